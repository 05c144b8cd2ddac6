/* verb_search.c — `baogao search QUERY [PATH...]`: every place the query
 * matches, as path, line, section and snippet (TSV, --json or --csv;
 * JSON also gives the byte range and the kind of match): exact
 * matches of the original text first, then folded ones, then pinyin, each
 * in document order. Exit 1 when nothing matches. Each report is searched
 * as it loads, by model/corpus_search's scan: the TUI's matching, without
 * the index (building it for one query takes longer than the scan). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "corpus_search.h"
#include "doc.h"
#include "load.h"
#include "out.h"
#include "search.h"
#include "utf8.h"
#include "verbs.h"

enum {
    SNIPPET_CHARS = 18,
    TITLE_BYTES = 120 /* of the deepest title in the breadcrumb, whole characters */
};

typedef struct row {
    char *path, *section, *snippet;
    unsigned line;
    size_t start, end;
    int rank;     /* 2 exact original match, 1 folded, 0 pinyin */
    size_t order; /* document order across the corpus */
} row;

typedef struct search_run {
    query q;
    row *rows;
    size_t n, cap;
} search_run;

/* 一、›（一） 经济运行质效提升… : the breadcrumb and the deepest title. */
static char *section_text(const doc *d, int s)
{
    char buf[512];
    return xstrdup(section_label(d->sections, d->nsections, s, TITLE_BYTES,
                                 buf, sizeof buf));
}

/* Up to SNIPPET_CHARS characters either side of the hit, newlines made
 * spaces. */
static char *snippet(const doc *d, size_t a, size_t b)
{
    const char *s = d->clean.bytes;
    size_t from = a, to = b;
    for (int i = 0; i < SNIPPET_CHARS && from > 0; i++)
        from -= utf8_prev_len(s, from);
    for (int i = 0; i < SNIPPET_CHARS && to < d->clean.len; i++) {
        uint32_t cp;
        to += utf8_decode(s + to, d->clean.len - to, &cp);
    }
    char *out = xstrndup(s + from, to - from);
    for (char *p = out; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return out;
}

static int on_hit(void *ctx, size_t i, const doc *d, const search_hit *h)
{
    (void)i;
    search_run *r = ctx;
    r->rows = xgrow(r->rows, &r->cap, r->n, sizeof *r->rows);
    r->rows[r->n] = (row){xstrdup(d->name), section_text(d, h->section),
                          snippet(d, h->start, h->end), doc_origin_line(d, h->start),
                          h->start, h->end,
                          h->exact ? 2 : h->pinyin ? 0 : 1, r->n};
    r->n++;
    return 0;
}

/* Each document as it is loaded: folded and scanned (through the same
 * matching the TUI's index path uses), then freed, so memory stays that
 * of one document and the rows. */
static void search_one(void *ctx, doc *d)
{
    search_run *r = ctx;
    corpus_search_in in = {&d, 1, NULL, 0, doc_fold(d), NULL, NULL, NULL, NULL, 0};
    corpus_search(&r->q, &in, on_hit, r);
    doc_free(d);
}

static int by_rank(const void *a, const void *b)
{
    const row *x = a, *y = b;
    if (x->rank != y->rank)
        return y->rank - x->rank;
    return (x->order > y->order) - (x->order < y->order);
}

static const out_column search_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"section", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"snippet", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"match", OUT_STR, OUT_IN_JSON, 0, NULL},
};
static const out_columns search_columns = OUT_COLUMNS(search_cols);

static void print_rows(const search_run *r, const options *o)
{
    static const char *const kinds[] = {"pinyin", "folded", "exact"};
    out_writer *w = out_open(stdout, o->format, o->bom, &search_columns);
    for (size_t i = 0; i < r->n; i++) {
        const row *x = &r->rows[i];
        out_row_begin(w);
        out_str(w, x->path);
        out_int(w, x->line);
        out_str(w, x->section);
        out_str(w, x->snippet);
        out_int(w, (long long)x->start);
        out_int(w, (long long)x->end);
        out_str(w, kinds[x->rank]);
        out_row_end(w);
    }
    out_close(w);
}

int verb_search(const options *o)
{
    search_run r = {0};
    const char *err = NULL;
    if (o->bundled || !o->npaths || query_parse(o->paths[0], &r.q, &err) != 0) {
        out_error("search: %s", err ? err : "needs a QUERY");
        return 2;
    }
    char *const *paths = o->npaths > 1 ? o->paths + 1 : o->defaults;
    size_t npaths = o->npaths > 1 ? o->npaths - 1 : o->ndefaults;
    load_opts lo = {.fn = search_one, .ctx = &r, .no_indicators = 1};
    load_result res = load_paths_with(paths, npaths, &lo);
    if (r.n)
        qsort(r.rows, r.n, sizeof *r.rows, by_rank);
    print_rows(&r, o);
    for (size_t i = 0; i < r.n; i++) {
        free(r.rows[i].path);
        free(r.rows[i].section);
        free(r.rows[i].snippet);
    }
    free(r.rows);
    query_free(&r.q);
    return res.docs && r.n ? 0 : 1;
}
