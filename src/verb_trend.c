/* verb_trend.c — `baogao trend QUERY [PATH...]`: how often QUERY occurs
 * (search's hits, model/trend.h) per region and year: region year reports
 * hits per_10k first_path first_line (TSV, --csv; --json adds
 * region_code, chars and first_year), every region and year of the
 * corpus a row, sorted by region then year; --by year or --by region
 * groups across the other. With --each, the words before the first
 * existing PATH are queries, each a column of counts (--json: a
 * "queries" array per row with each one's hits, rate and first place).
 * Near-duplicates of a report of the same region and year are counted
 * once. Each report is counted as it loads and then freed (what pairing
 * needs is kept). Exit 1 when no query has a hit, 2 for a usage error. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "corpus.h"
#include "load.h"
#include "out.h"
#include "trend.h"
#include "verbs.h"

enum { RATE_DIGITS = 2, MAX_QUERIES = 64 };

typedef struct trender {
    query *qs;
    size_t nq;
    trend t;
    corpus_pairs *pairs;
    trend_count *scratch;
} trender;

/* Each report as it loads: counted for every query, kept in the trend,
 * offered to the pairing, freed. */
static void count_one(void *ctx, doc *d)
{
    trender *r = ctx;
    const folded *f = doc_fold(d);
    for (size_t q = 0; q < r->nq; q++)
        r->scratch[q] = trend_count_doc(&r->qs[q], d, f);
    size_t i = trend_add(&r->t, d, trend_chars(d->clean.bytes, d->clean.len), r->scratch);
    corpus_pairs_add(r->pairs, d, i, CORPUS_PAIRS_COPY);
    doc_free(d);
}

/* Every column a row can have, as the flat formats and JSON show them;
 * the grouping leaves out region or year (cols_for). */
enum { C_REGION, C_CODE, C_YEAR, C_REPORTS, C_CHARS, C_HITS, C_RATE,
       C_PATH, C_LINE, C_FIRST_YEAR, C_QUERIES, C_COUNT };

static const out_column query_cols[] = {
    {"query", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"hits", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"per_10k", OUT_NUM, OUT_IN_JSON, RATE_DIGITS, NULL},
    {"first_path", OUT_STR, OUT_IN_JSON | OUT_NULLABLE | OUT_BYTES, 0, NULL},
    {"first_line", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"first_year", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
};
static const out_columns query_columns = OUT_COLUMNS(query_cols);

static const out_column all_cols[C_COUNT] = {
    [C_REGION] = {"region", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    [C_CODE] = {"region_code", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    [C_YEAR] = {"year", OUT_INT, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    [C_REPORTS] = {"reports", OUT_INT, OUT_IN_ALL, 0, NULL},
    [C_CHARS] = {"chars", OUT_INT, OUT_IN_JSON, 0, NULL},
    [C_HITS] = {"hits", OUT_INT, OUT_IN_ALL, 0, NULL},
    [C_RATE] = {"per_10k", OUT_NUM, OUT_IN_ALL, RATE_DIGITS, NULL},
    [C_PATH] = {"first_path", OUT_STR, OUT_IN_ALL | OUT_NULLABLE | OUT_BYTES, 0, NULL},
    [C_LINE] = {"first_line", OUT_INT, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    [C_FIRST_YEAR] = {"first_year", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    [C_QUERIES] = {"queries", OUT_ROWS, OUT_IN_JSON, 0, &query_columns},
};

/* The columns of a run: which of all_cols (in *ids, their number
 * returned), then with --each one count column per query (named by it). */
typedef struct columns {
    out_column col[C_COUNT + MAX_QUERIES];
    int id[C_COUNT];
    size_t nid;
    out_columns set;
} columns;

static void add_col(columns *c, int id)
{
    c->col[c->nid] = all_cols[id];
    c->id[c->nid++] = id;
}

static void cols_for(columns *c, trend_by by, char *const *texts, size_t nq, int each)
{
    memset(c, 0, sizeof *c);
    if (by != TREND_BY_YEAR) {
        add_col(c, C_REGION);
        add_col(c, C_CODE);
    }
    if (by != TREND_BY_REGION)
        add_col(c, C_YEAR);
    add_col(c, C_REPORTS);
    add_col(c, C_CHARS);
    size_t n = c->nid;
    if (!each) {
        int one[] = {C_HITS, C_RATE, C_PATH, C_LINE, C_FIRST_YEAR};
        for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
            add_col(c, one[i]);
        n = c->nid;
    } else {
        /* a count column per query, named as typed (the writer escapes
         * a header as it escapes a field) */
        for (size_t q = 0; q < nq; q++)
            c->col[n++] = (out_column){texts[q], OUT_INT, OUT_IN_FLAT, 0, NULL};
        c->col[n] = all_cols[C_QUERIES];
        c->id[c->nid++] = C_QUERIES;
        n++;
    }
    c->set = (out_columns){c->col, n};
}

/* A count's first place: path, line and year, or nulls. */
static void out_first(out_writer *w, const trend *t, const trend_cell *cell, size_t q,
                      int with_year)
{
    if (cell->first == SIZE_MAX) {
        out_null(w);
        out_null(w);
        if (with_year)
            out_null(w);
        return;
    }
    const trend_report *r = &t->reports[cell->first];
    out_str(w, r->name);
    out_int(w, t->counts[cell->first * t->nq + q].line);
    if (!with_year)
        return;
    if (r->year)
        out_int(w, r->year);
    else
        out_null(w);
}

static void out_row(out_writer *w, const columns *c, const trend *t,
                    const trend_row *row, char *const *texts, int each)
{
    char code[16];
    out_row_begin(w);
    for (size_t i = 0; i < c->nid; i++) {
        switch (c->id[i]) {
        case C_REGION:
            if (*row->region)
                out_str(w, row->region);
            else
                out_null(w);
            break;
        case C_CODE:
            if (row->region_code) {
                snprintf(code, sizeof code, "%u", row->region_code);
                out_str(w, code);
            } else {
                out_null(w);
            }
            break;
        case C_YEAR:
            if (row->year)
                out_int(w, row->year);
            else
                out_null(w);
            break;
        case C_REPORTS: out_int(w, (long long)row->reports); break;
        case C_CHARS:
            out_int(w, (long long)row->chars);
            if (each)
                for (size_t q = 0; q < t->nq; q++)
                    out_int(w, (long long)row->cells[q].hits);
            break;
        case C_HITS: out_int(w, (long long)row->cells[0].hits); break;
        case C_RATE: out_num(w, trend_per_10k(row->cells[0].hits, row->chars)); break;
        case C_PATH: out_first(w, t, &row->cells[0], 0, 1); break;
        case C_LINE: case C_FIRST_YEAR: break; /* with C_PATH */
        case C_QUERIES:
            out_rows_begin(w);
            for (size_t q = 0; q < t->nq; q++) {
                out_row_begin(w);
                out_str(w, texts[q]);
                out_int(w, (long long)row->cells[q].hits);
                out_num(w, trend_per_10k(row->cells[q].hits, row->chars));
                out_first(w, t, &row->cells[q], q, 1);
                out_row_end(w);
            }
            out_rows_end(w);
            break;
        }
    }
    out_row_end(w);
}

/* The queries of o: its first word, or with --each every word before the
 * first that names a file or folder. Returns how many (into qs), 0 after
 * saying what is wrong; *paths_from the first PATH's place. */
static size_t parse_queries(const options *o, query *qs, size_t *paths_from)
{
    size_t n = o->each ? 0 : 1;
    if (o->each)
        while (n < o->npaths && !load_exists(o->paths[n]))
            n++;
    if (o->bundled || !o->npaths || !n) {
        out_error("trend: needs a QUERY (baogao trend 营商环境 [PATH...]%s)",
                  o->each ? "; --each: the queries before the PATHs" : "");
        return 0;
    }
    if (n > MAX_QUERIES) {
        out_error("trend: %zu queries; at most %d", n, MAX_QUERIES);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const char *err = NULL;
        if (o->each && strchr(o->paths[i], '/')) {
            out_error("trend: %s: no such file or folder", o->paths[i]);
        } else if (query_parse(o->paths[i], &qs[i], &err) == 0) {
            continue;
        } else {
            out_error("trend: '%s': %s", o->paths[i], err);
        }
        while (i--)
            query_free(&qs[i]);
        return 0;
    }
    *paths_from = n;
    return n;
}

int verb_trend(const options *o)
{
    query qs[MAX_QUERIES];
    size_t from = 0, nq = parse_queries(o, qs, &from);
    if (!nq)
        return 2;
    trender r = {qs, nq, {0}, corpus_pairs_new(NULL), xcalloc(nq, sizeof(trend_count))};
    trend_init(&r.t, nq);
    char *const *paths = from < o->npaths ? o->paths + from : o->defaults;
    size_t npaths = from < o->npaths ? o->npaths - from : o->ndefaults;
    load_opts lo = {count_one, &r, NULL, NULL, 0, corpus_pairs_prepare_copy, 1};
    load_paths_with(paths, npaths, &lo);
    corpus_pairs_find(r.pairs);
    for (size_t i = 0; i < r.t.n; i++) {
        size_t of;
        double similarity;
        if (corpus_pairs_of(r.pairs, i, &of, &similarity))
            trend_set_duplicate(&r.t, i, of);
    }
    trend_by by = o->trend_by == 1 ? TREND_BY_YEAR
                  : o->trend_by == 2 ? TREND_BY_REGION : TREND_BY_REGION_YEAR;
    trend_table tt;
    trend_group(&r.t, by, &tt);
    columns c;
    cols_for(&c, by, o->paths, nq, o->each);
    out_writer *w = out_open(stdout, o->format, o->bom, &c.set);
    size_t hits = 0;
    for (size_t i = 0; i < tt.n; i++) {
        out_row(w, &c, &r.t, &tt.rows[i], o->paths, o->each);
        for (size_t q = 0; q < nq; q++)
            hits += tt.rows[i].cells[q].hits;
    }
    out_close(w);
    trend_table_free(&tt);
    trend_free(&r.t);
    corpus_pairs_free(r.pairs);
    free(r.scratch);
    for (size_t q = 0; q < nq; q++)
        query_free(&qs[q]);
    return hits ? 0 : 1;
}
