/* blocks.c — the clean text cut into blocks (see blocks.h). */
#include "blocks.h"

#include <stdlib.h>
#include <string.h>

#include "pagebreak.h"
#include "strs.h"
#include "utf8.h"

/* s[0..n) without its spaces (ASCII and U+3000: a spaced label, 名 词 解
 * 释) into out[0..size) when it fits; returns its length, or size when
 * it does not (then it is too long to be a label anyway). */
static size_t unspaced(const char *s, size_t n, char *out, size_t size)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ')
            continue;
        if (i + 3 <= n && memcmp(s + i, "\u3000", 3) == 0) {
            i += 2;
            continue;
        }
        if (k == size)
            return size;
        out[k++] = s[i];
    }
    return k;
}

int blocks_is_appendix_start(const char *line, size_t len)
{
    char buf[48];
    /* Its first byte kept must be 名's or 附's lead: most lines are
     * told by it, before the rest is copied. */
    if (!unspaced(line, len, buf, 1) || (buf[0] != '\xE5' && buf[0] != '\xE9'))
        return 0;
    size_t n = unspaced(line, len, buf, sizeof buf);
    if (n == sizeof buf)
        return 0;
    const char *s = buf;
    if (strs_starts(s, n, "名词解释") || strs_starts(s, n, "名詞解釋"))
        return n <= strlen("名词解释") + 3; /* alone, or with a colon */
    if (!strs_starts(s, n, "附件"))
        return 0;
    /* 附件, 附件:, 附件：, 附件 1, 附件1 — a short label, not a sentence */
    return n <= strlen("附件") + 8;
}

/* 2021年7月24日 alone on its line. */
static int is_date_line(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, digits++;
    if (digits != 4 || !strs_starts(s + i, n - i, "年"))
        return 0;
    return strs_ends(s, n, "日") && utf8_count(s, n) <= 12;
}

/* Short lines that sign the report: the issuing government, the speaker. */
static int is_signature(const char *s, size_t n)
{
    if (is_date_line(s, n))
        return 1;
    if (n > 24 * 4 || utf8_count(s, n) > 24 || strs_has(s, n, "。") ||
        strs_has(s, n, "，") ||
        memchr(s, ',', n))
        return 0;
    static const char *const ends[] = {"人民政府", "人民政府办公室",
                                       "人民政府辦公室", "以此件为准"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (strs_ends(s, n, ends[i]))
            return 1;
    static const char *const roles[] = {"区长", "區長", "市长", "市長", "省长",
                                        "省長", "县长", "縣長", "主任"};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strs_has(s, n, roles[i]) && utf8_count(s, n) <= 20)
            return 1;
    return 0;
}

/* Up to this many bytes of blocks are copied into the document's arena;
 * more are handed over (see blocks_split). */
enum { BLOCKS_COPY_MAX = 2048 };

typedef struct block_list {
    block *v;
    size_t n, cap;
} block_list;

static void push(block_list *l, block_kind kind, size_t start, size_t end,
                 uint32_t line)
{
    l->v = xgrow(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = (block){kind, start, end, line, -1, -1};
}

static block_kind paragraph_kind(const char *s, size_t n, int appendix)
{
    if (pagebreak_is_caption(s, n))
        return BLOCK_CAPTION;
    if (appendix)
        return BLOCK_APPENDIX;
    if (is_signature(s, n))
        return BLOCK_SIGNATURE;
    return BLOCK_PARAGRAPH;
}

void blocks_split(doc *d)
{
    const text *t = &d->clean;
    block_list l = {0};
    int appendix = 0;
    for (size_t i = 0; i < t->nlines; i++) {
        size_t n;
        const char *s = text_line(t, i, &n);
        if (!n)
            continue;
        size_t start = t->off[i];
        if (pagebreak_is_table_row(s, n)) {
            size_t j = i;
            while (j + 1 < t->nlines && t->off[j + 2] - t->off[j + 1] > 1 &&
                   t->bytes[t->off[j + 1]] == '|')
                j++;
            push(&l, BLOCK_TABLE, start, t->off[j + 1] - 1, t->origin[i]);
            i = j;
            continue;
        }
        if (blocks_is_appendix_start(s, n))
            appendix = 1;
        push(&l, paragraph_kind(s, n, appendix), start, start + n,
             t->origin[i]);
    }
    d->nblocks = l.n;
    size_t bytes = (l.n ? l.n : 1) * sizeof *l.v;
    if (bytes <= BLOCKS_COPY_MAX) {
        d->blocks = arena_alloc(&d->mem, bytes);
        if (l.n)
            memcpy(d->blocks, l.v, bytes);
        free(l.v);
        return;
    }
    /* Many blocks: the list itself, its slack given back, becomes the
     * document's (a copy would hold both at once). */
    d->blocks = arena_adopt(&d->mem, xrealloc(l.v, bytes));
}
