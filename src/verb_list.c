/* verb_list.c — `baogao list`: one row per document: its region (as
 * named, its GB/T 2260 code and its chain 广东省 › 广州市 › 荔湾区), year,
 * kind, script, encoding, format (text, csv, html…), title and the
 * document it is a near-duplicate of (TSV, --json or --csv; JSON also
 * gives the years reviewed and planned and the counts of paragraphs,
 * sections and tables). */
#include <stdio.h>

#include "corpus.h"
#include "divisions.h"
#include "list_rows.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

/* What list keeps while loading: a record per document, and what
 * near-duplicate pairing needs of those that can pair, each named by the
 * position of its record. */
typedef struct lister {
    list_rows rows;
    corpus_pairs *pairs;
} lister;

/* Each document leaves its record and what pairing needs; then it goes. */
static void list_add(void *p, doc *d)
{
    lister *l = p;
    corpus_pairs_add(l->pairs, d, list_rows_add(&l->rows, d), CORPUS_PAIRS_COPY);
    doc_free(d);
}

/* "2023", "2016-2020", or "" when from is 0. */
static const char *span(char *buf, size_t n, int from, int to)
{
    if (!from)
        snprintf(buf, n, "%s", "");
    else if (to && to != from)
        snprintf(buf, n, "%d-%d", from, to);
    else
        snprintf(buf, n, "%d", from);
    return buf;
}

/* The columns: TSV and CSV have the first twelve, JSON all of them. */
static const out_column list_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"region", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"region_code", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"region_chain", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"year", OUT_INT, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"kind", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"script", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"encoding", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"format", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"title", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"duplicate_of", OUT_STR, OUT_IN_ALL | OUT_NULLABLE | OUT_BYTES, 0, NULL},
    {"similarity", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, 3, NULL},
    {"reviews", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"plans", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"paragraphs", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"sections", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"tables", OUT_INT, OUT_IN_JSON, 0, NULL},
};
static const out_columns list_columns = OUT_COLUMNS(list_cols);

/* A span of years (see span), or null when from is 0. */
static void out_span(out_writer *w, int from, int to)
{
    char buf[32];
    if (from)
        out_str(w, span(buf, sizeof buf, from, to));
    else
        out_null(w);
}

/* The region's code and chain, or nulls when it has no code. */
static void out_region(out_writer *w, unsigned code, sbuf *chain)
{
    if (!code) {
        out_null(w);
        out_null(w);
        return;
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%u", code);
    out_str(w, buf);
    chain->len = 0;
    divisions_chain(code, chain);
    out_str(w, chain->p ? chain->p : "");
}

/* The row of the record at pos; returns the next record's position. */
static size_t list_row_out(out_writer *w, const lister *l, size_t pos,
                           sbuf *name, sbuf *dup_name, sbuf *chain)
{
    list_row r, dup;
    size_t next = list_rows_read(&l->rows, pos, &r, name);
    out_row_begin(w);
    out_str(w, r.name);
    out_str(w, r.region);
    out_region(w, r.region_code, chain);
    if (r.year)
        out_int(w, r.year);
    else
        out_null(w);
    out_str(w, doc_kind_name(r.kind));
    out_str(w, doc_script_name(r.script));
    out_str(w, r.encoding);
    out_str(w, r.format);
    out_str(w, r.title);
    size_t of;
    double similarity;
    if (corpus_pairs_of(l->pairs, pos, &of, &similarity)) {
        list_rows_read(&l->rows, of, &dup, dup_name);
        out_str(w, dup.name);
        out_num(w, similarity);
    } else {
        out_null(w);
        out_null(w);
    }
    out_span(w, r.reviews_from, r.reviews_to);
    out_span(w, r.plans_from, r.plans_to);
    out_int(w, (long long)r.paragraphs);
    out_int(w, (long long)r.sections);
    out_int(w, (long long)r.tables);
    out_row_end(w);
    return next;
}

int verb_list(const options *o)
{
    lister l = {.pairs = corpus_pairs_new(NULL)};
    list_rows_init(&l.rows);
    load_opts lo = {list_add, &l, NULL, NULL, 0, corpus_pairs_prepare_copy, 1};
    load_result r = load_paths_with(o->paths, o->npaths, &lo);
    corpus_pairs_find(l.pairs);
    out_writer *w = out_open(stdout, o->format, o->bom, &list_columns);
    sbuf name = {0}, dup_name = {0}, chain = {0};
    for (size_t i = 0, pos = 0; i < l.rows.n; i++)
        pos = list_row_out(w, &l, pos, &name, &dup_name, &chain);
    out_close(w);
    sbuf_free(&chain);
    sbuf_free(&name);
    sbuf_free(&dup_name);
    corpus_pairs_free(l.pairs);
    list_rows_free(&l.rows);
    return r.docs ? 0 : 1;
}
