/* meta_view.c — what the parts of the metadata stage share: the folded
 * views of a document (its first blocks, its last, its top-level
 * headings, its file name), each block folded once, read by meta_title.c,
 * meta_region.c, meta_kind.c and meta_years.c, and a few small tests of
 * text (see meta_impl.h). Keywords are matched on a folded copy of the
 * text (fold_compact: traditional → simplified, full-width → half-width,
 * lower case, spaces dropped), so a traditional report reads like a
 * simplified one. */
#include <string.h>

#include "cn_numeral.h"
#include "fold.h"
#include "marker.h"
#include "meta_impl.h"
#include "strs.h"
#include "utf8.h"

enum {
    TAIL_BLOCKS = 12,   /* a closing signature and date */
    HEADING_LINES = 64  /* 一、 lines read for the years */
};

void meta_fold_into(sbuf *scratch, const char *s, size_t n)
{
    scratch->len = 0;
    fold_compact(s, n, scratch);
}

int meta_is_text_block(const block *b)
{
    return b->kind != BLOCK_TABLE && b->kind != BLOCK_TOC;
}

const char *meta_block_text(const doc *d, const block *b, size_t *n)
{
    *n = b->end - b->start;
    return d->clean.bytes + b->start;
}

/* Appends the start of a block folded, and a newline. */
static void add_block(sbuf *b, const doc *d, const block *blk)
{
    size_t n;
    const char *s = meta_block_text(d, blk, &n);
    fold_compact(s, n < META_BLOCK_BYTES ? n : META_BLOCK_BYTES, b);
    sbuf_addc(b, '\n');
}

size_t meta_line_end(const char *f, size_t n, size_t i)
{
    if (i >= n)
        return n;
    const char *nl = memchr(f + i, '\n', n - i);
    return nl ? (size_t)(nl - f) : n;
}

int meta_has_any(const char *f, size_t n, const char *const *words)
{
    for (; *words; words++)
        if (strs_has(f, n, *words))
            return 1;
    return 0;
}

/* True when s[0..n) may open with an ordinal: its first character a
 * numeral written in Han (marker_ordinal reads no Arabic digits, ASCII
 * or full-width). Most blocks and lines do not, and are not read on. */
static int may_open_ordinal(const char *s, size_t n)
{
    uint32_t cp;
    if (!n || (unsigned char)s[0] < 0x80)
        return 0;
    utf8_decode(s, n, &cp);
    return !(cp >= 0xFF10 && cp <= 0xFF19) && cn_numeral_glyph(cp);
}

size_t meta_top_marker(const char *s, size_t n)
{
    if (!may_open_ordinal(s, n))
        return 0;
    int v;
    size_t i = marker_ordinal(s, n, &v);
    return i && strs_starts(s + i, n - i, "、") ? i + 3 : 0;
}

/* The top-level headings: blocks that start with 一、 …, and the titles
 * of the level-1 sections. */
static void view_headings(meta_view *v)
{
    const doc *d = v->d;
    size_t found = 0;
    for (size_t i = 0; i < d->nblocks && found < HEADING_LINES; i++) {
        size_t n;
        const char *s = meta_block_text(d, &d->blocks[i], &n);
        if (meta_is_text_block(&d->blocks[i]) && meta_top_marker(s, n)) {
            add_block(&v->headings, d, &d->blocks[i]);
            found++;
        }
    }
    for (size_t i = 0; i < d->nsections && i < HEADING_LINES; i++) {
        if (d->sections[i].level != 1 || !d->sections[i].title)
            continue;
        const char *title = d->sections[i].title;
        fold_compact(title, strlen(title), &v->headings);
        sbuf_addc(&v->headings, '\n');
    }
}

/* The file's name folded, without its folder and extension; nothing for
 * a row of an export (its name is the export's, not the report's). */
static void view_name(meta_view *v)
{
    const doc *d = v->d;
    if (!d->path || !d->name || strcmp(d->path, d->name) != 0)
        return;
    const char *base = strrchr(d->path, '/');
    base = base ? base + 1 : d->path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    fold_compact(base, n, &v->name);
}

/* Ends b with a NUL kept out of its length (p never NULL after). */
static void terminate(sbuf *b)
{
    sbuf_addc(b, '\0');
    b->len--;
}

void meta_view_init(meta_view *v, const doc *d)
{
    memset(v, 0, sizeof *v);
    v->d = d;
    for (size_t i = 0; i < d->nblocks && v->nfirst < META_HEAD_BLOCKS; i++)
        if (meta_is_text_block(&d->blocks[i])) {
            v->first_at[v->nfirst] = v->head.len;
            v->first[v->nfirst++] = &d->blocks[i];
            add_block(&v->head, d, &d->blocks[i]);
        }
    view_headings(v);
    view_name(v);
    terminate(&v->head);
    terminate(&v->headings);
    terminate(&v->name);
    v->tail_due = 1;
}

const sbuf *meta_view_tail(meta_view *v)
{
    if (v->tail_due) {
        const doc *d = v->d;
        size_t from = d->nblocks > TAIL_BLOCKS ? d->nblocks - TAIL_BLOCKS : 0;
        for (size_t i = from; i < d->nblocks; i++)
            if (meta_is_text_block(&d->blocks[i]))
                add_block(&v->tail, d, &d->blocks[i]);
        v->tail_due = 0;
    }
    terminate(&v->tail);
    return &v->tail;
}

const char *meta_view_first(const meta_view *v, size_t i, size_t *n)
{
    size_t end = i + 1 < v->nfirst ? v->first_at[i + 1] : v->head.len;
    *n = end - v->first_at[i] - 1; /* without its newline */
    return v->head.p + v->first_at[i];
}

void meta_view_free(meta_view *v)
{
    sbuf_free(&v->head);
    sbuf_free(&v->tail);
    sbuf_free(&v->headings);
    sbuf_free(&v->name);
}
