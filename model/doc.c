/* doc.c — document lifetime, names of drop reasons and block kinds, the
 * original lines of page-break joins (see doc.h). */
#include "doc.h"

#include <string.h>

static const char *const drop_names[DROP_NREASONS] = {
    [DROP_BREADCRUMB] = "breadcrumb",
    [DROP_PUBINFO] = "pubinfo",
    [DROP_TOOLBAR] = "toolbar",
    [DROP_FOOTER] = "footer",
    [DROP_SPAM] = "spam",
    [DROP_MARKUP] = "markup",
    [DROP_REPEAT] = "filler",
};

const char *block_kind_name(block_kind k)
{
    static const char *const names[BLOCK_NKINDS] = {
        [BLOCK_PARAGRAPH] = "paragraph", [BLOCK_HEADING] = "heading",
        [BLOCK_TABLE] = "table",         [BLOCK_CAPTION] = "caption",
        [BLOCK_TOC] = "toc",             [BLOCK_SIGNATURE] = "signature",
        [BLOCK_APPENDIX] = "appendix",
    };
    return (unsigned)k < BLOCK_NKINDS ? names[k] : "?";
}

const char *drop_reason_name(drop_reason r)
{
    return (unsigned)r < DROP_NREASONS ? drop_names[r] : "?";
}

/* The doc struct lives in its own arena's first chunk: one allocation
 * less per document, and no malloc header. */
doc *doc_new(const char *path, const char *name)
{
    arena mem;
    arena_init(&mem);
    doc *d = arena_alloc(&mem, sizeof *d);
    d->mem = mem;
    d->path = arena_strndup(&d->mem, path, strlen(path));
    d->name = arena_strndup(&d->mem, name, strlen(name));
    d->encoding = "";
    d->format = "text";
    return d;
}

void doc_free(doc *d)
{
    if (!d)
        return;
    if (d->pairing && d->pairing_free)
        d->pairing_free(d->pairing);
    arena mem = d->mem; /* d itself is in it */
    arena_free(&mem);
}

size_t doc_first_join(const doc *d, uint32_t line)
{
    size_t lo = 0, hi = d->njoins;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->joins[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->njoins && d->joins[lo].line == line ? lo : d->njoins;
}

uint32_t doc_line_at(const doc *d, uint32_t line, size_t at)
{
    uint32_t got = line;
    for (size_t j = doc_first_join(d, line);
         j < d->njoins && d->joins[j].line == line && d->joins[j].at <= at; j++)
        got = d->joins[j].from;
    return got;
}

const folded *doc_fold(doc *d)
{
    return doc_fold_until(d, NULL);
}

const folded *doc_fold_until(doc *d, const cancel_flag *cancel)
{
    if (!d->fold.s) {
        folded f;
        if (fold_text_until(d->clean.bytes, d->clean.len, &f, cancel) < 0) {
            fold_free(&f);
            return NULL;
        }
        arena_adopt(&d->mem, f.s);
        if (f.seg)
            arena_adopt(&d->mem, f.seg);
        d->fold = f;
    }
    return &d->fold;
}

uint32_t doc_origin_line(const doc *d, size_t off)
{
    size_t lo = 0, hi = d->clean.nlines;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->clean.off[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return d->clean.nlines ? d->clean.origin[lo] : 0;
}

int doc_heading_level(const doc *d, uint32_t line)
{
    size_t lo = 0, hi = d->nheading_hints;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->heading_hints[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nheading_hints && d->heading_hints[lo].line == line
               ? d->heading_hints[lo].level
               : 0;
}
