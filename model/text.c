/* text.c — line buffer shared by the parse stages (see text.h). */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Texts up to this size (bytes, offsets and origins) are copied into the
 * arena by tb_finish; bigger ones hand their buffers over. */
enum { TB_COPY_MAX = 2048 };

void tb_init(text_builder *tb)
{
    memset(tb, 0, sizeof *tb);
}

static void tb_grow(text_builder *tb)
{
    size_t cap = tb->cap; /* two arrays, grown alike; room for off[nlines] */
    tb->off = xgrow(tb->off, &cap, tb->nlines + 1, sizeof *tb->off);
    tb->origin = xgrow(tb->origin, &tb->cap, tb->nlines + 1, sizeof *tb->origin);
}

void tb_reserve(text_builder *tb, size_t bytes, size_t lines)
{
    sbuf_reserve(&tb->bytes, bytes);
    if (lines + 1 >= tb->cap) {
        tb->cap = lines + 2;
        tb->off = xrealloc(tb->off, tb->cap * sizeof *tb->off);
        tb->origin = xrealloc(tb->origin, tb->cap * sizeof *tb->origin);
    }
}

/* A text past TEXT_MAX_LEN (the offsets are 32 bits) ends the process,
 * as out-of-memory does. */
static void text_too_long(void)
{
    fputs("baogao: a text over 4 GiB\n", stderr);
    abort();
}

/* Aborts when the bytes, with n more and a '\n', would pass
 * TEXT_MAX_LEN. */
static void tb_check_room(const text_builder *tb, size_t n)
{
    if (n >= TEXT_MAX_LEN - tb->bytes.len)
        text_too_long();
}

/* Adds s[0..n) and a '\n' to the bytes. */
static void tb_add_line_bytes(text_builder *tb, const char *s, size_t n)
{
    tb_check_room(tb, n);
    sbuf_add(&tb->bytes, s, n);
    sbuf_addc(&tb->bytes, '\n');
}

sbuf *tb_line_open(text_builder *tb, uint32_t origin)
{
    tb_grow(tb);
    tb->off[tb->nlines] = (uint32_t)tb->bytes.len;
    tb->origin[tb->nlines] = origin;
    tb->nlines++;
    return &tb->bytes;
}

void tb_line_close(text_builder *tb)
{
    /* The line's bytes are in already: they and the '\n' must fit. */
    if (tb->bytes.len >= TEXT_MAX_LEN)
        text_too_long();
    sbuf_addc(&tb->bytes, '\n');
}

void tb_line(text_builder *tb, const char *s, size_t n, uint32_t origin)
{
    tb_line_open(tb, origin);
    tb_add_line_bytes(tb, s, n);
}

void tb_lines(text_builder *tb, const text *t, size_t from, size_t to)
{
    if (from >= to)
        return;
    size_t start = t->off[from], n = t->off[to] - start;
    if (n > TEXT_MAX_LEN - tb->bytes.len)
        text_too_long();
    size_t need = tb->nlines + (to - from);
    if (need + 1 >= tb->cap) /* doubling, as tb_grow does */
        tb_reserve(tb, n, need + 1 > 2 * tb->cap ? need + 1 : 2 * tb->cap);
    uint32_t base = (uint32_t)tb->bytes.len;
    sbuf_add(&tb->bytes, t->bytes + start, n);
    for (size_t k = from; k < to; k++, tb->nlines++) {
        tb->off[tb->nlines] = base + (t->off[k] - (uint32_t)start);
        tb->origin[tb->nlines] = t->origin[k];
    }
}

void tb_append(text_builder *tb, const char *s, size_t n)
{
    if (tb->nlines == 0) {
        tb_line(tb, s, n, 1);
        return;
    }
    tb->bytes.len--; /* drop the '\n' of the last line */
    tb_add_line_bytes(tb, s, n);
}

text tb_finish(text_builder *tb, arena *a)
{
    text t;
    sbuf_reserve(&tb->bytes, 0); /* a NUL-terminated buffer even if empty */
    tb->bytes.p[tb->bytes.len] = '\0';
    tb_grow(tb);                 /* room for off[nlines] */
    tb->off[tb->nlines] = (uint32_t)tb->bytes.len; /* every line ends in '\n' */
    tb->origin[tb->nlines] = 0;
    t.len = tb->bytes.len;
    t.nlines = tb->nlines;
    size_t noff = (tb->nlines + 1) * sizeof *tb->off;
    size_t norigin = (tb->nlines + 1) * sizeof *tb->origin;
    if (t.len + 1 + noff + norigin <= TB_COPY_MAX) {
        /* A small text is copied into the arena: three malloc'd blocks,
         * mostly slack, would outweigh it (a one-line document). */
        t.bytes = arena_strndup(a, tb->bytes.p, t.len);
        t.off = memcpy(arena_alloc_uninit(a, noff), tb->off, noff);
        t.origin = memcpy(arena_alloc_uninit(a, norigin), tb->origin, norigin);
        tb_free(tb);
        return t;
    }
    /* The builder's buffers become the text's: no copy, but no slack
     * either (a shrinking realloc is cheap). */
    if (tb->bytes.cap > tb->bytes.len + 4096)
        tb->bytes.p = xrealloc(tb->bytes.p, tb->bytes.len + 1);
    t.bytes = arena_adopt(a, tb->bytes.p);
    t.off = arena_adopt(a, tb->off);
    t.origin = arena_adopt(a, tb->origin);
    memset(tb, 0, sizeof *tb);
    return t;
}

void tb_free(text_builder *tb)
{
    sbuf_free(&tb->bytes);
    free(tb->off);
    free(tb->origin);
    memset(tb, 0, sizeof *tb);
}

text text_lines_of(const char *s, size_t n, uint32_t first, arena *a)
{
    text_builder tb;
    tb_init(&tb);
    if (n >= TEXT_MAX_LEN)
        text_too_long();
    /* The bytes in one copy, a '\n' added after a last line without
     * one; then the lines' starts, found by memchr. */
    sbuf_reserve(&tb.bytes, n + 1);
    if (n)
        memcpy(tb.bytes.p, s, n);
    tb.bytes.len = n;
    if (n && s[n - 1] != '\n')
        tb.bytes.p[tb.bytes.len++] = '\n';
    uint32_t line = first;
    for (size_t start = 0; start < tb.bytes.len;) {
        const char *nl = memchr(tb.bytes.p + start, '\n', tb.bytes.len - start);
        tb_grow(&tb);
        tb.off[tb.nlines] = (uint32_t)start;
        tb.origin[tb.nlines++] = line++;
        start = (size_t)(nl - tb.bytes.p) + 1; /* there is one: the last byte */
    }
    return tb_finish(&tb, a);
}

text text_from_bytes(const char *s, size_t n, arena *a)
{
    return text_lines_of(s, n, 1, a);
}
