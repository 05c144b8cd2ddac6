/* trend_bench.c — a query's trend once the corpus is loaded, as the Search
 * view's hits per year computes it: every file named parsed and folded,
 * its year spread over 25 (the copies of the samples would all be of two
 * years), the search index built; then per query (after "--"), repeated:
 * the hits of every report counted through the index (corpus_search) and
 * the trend grouped by year and by region and year (model/trend.h), p50
 * and p95 in ms; and once the same counts by scanning each report
 * (trend_count_doc: what `baogao trend` does as it loads); and the first
 * 200 hits in the reports' order (the Search view's first screen, through
 * corpus_search's first), p50 and p95. Usage:
 * trend_bench FILE... -- QUERY... Prints a line per query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus_search.h"
#include "index.h"
#include "pipeline.h"
#include "trend.h"
#include "../unit/sample_doc.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}


static int count_hit(void *ctx, size_t i, const doc *d, const search_hit *h)
{
    trend_count_hit(&((trend_count *)ctx)[i], d, h);
    return 0;
}

static int no_op(void *ctx, size_t i, const doc *d, const search_hit *h)
{
    (void)ctx;
    (void)i;
    (void)d;
    (void)h;
    return 0;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The trend of counts over every report: added, grouped two ways. Returns
 * the rows by year. */
static size_t group(const sample_docs *l, const size_t *chars, const trend_count *counts,
                    size_t *hits)
{
    trend t;
    trend_init(&t, 1);
    for (size_t i = 0; i < l->n; i++)
        trend_add(&t, l->d[i], chars[i], &counts[i]);
    trend_table by_year, by_region_year;
    trend_group(&t, TREND_BY_YEAR, &by_year);
    trend_group(&t, TREND_BY_REGION_YEAR, &by_region_year);
    *hits = 0;
    for (size_t i = 0; i < by_year.n; i++)
        *hits += by_year.rows[i].cells[0].hits;
    size_t rows = by_year.n;
    trend_table_free(&by_year);
    trend_table_free(&by_region_year);
    trend_free(&t);
    return rows;
}

int main(int argc, char **argv)
{
    sample_docs l = {0};
    size_t bytes = 0;
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        size_t n = 0;
        char *b = slurp(argv[i], &n);
        const char *err;
        if (b) {
            pipeline_file(argv[i], b, n, sample_docs_keep, &l, NULL, &err);
            bytes += n;
        }
        free(b);
    }
    for (size_t k = 0; k < l.n; k++) { /* years spread; folded once */
        l.d[k]->meta.year = 2000 + (int)(k % 25);
        doc_fold(l.d[k]);
    }
    folded *f = xcalloc(l.n + 1, sizeof *f);
    size_t *chars = xcalloc(l.n + 1, sizeof *chars);
    double t0 = now();
    for (size_t k = 0; k < l.n; k++)
        chars[k] = trend_chars(l.d[k]->clean.bytes, l.d[k]->clean.len);
    double tc = now() - t0;
    for (size_t k = 0; k < l.n; k++)
        f[k] = l.d[k]->fold;
    search_index *ix = index_build(f, l.n, NULL);
    printf("trend corpus: %zu reports, %.1f MB; characters counted once in %.1f ms\n", l.n,
           (double)bytes / 1048576, tc * 1000);
    trend_count *counts = xcalloc(l.n + 1, sizeof *counts);
    for (i++; i < argc; i++) {
        enum { RUNS = 21 };
        double ms[RUNS];
        query q;
        const char *err;
        if (query_parse(argv[i], &q, &err) != 0)
            continue;
        size_t hits = 0, rows = 0;
        for (int r = 0; r < RUNS; r++) {
            double q0 = now();
            memset(counts, 0, l.n * sizeof *counts);
            corpus_search_in in = {l.d, l.n, NULL, 0, f, NULL, NULL, ix, NULL, 0};
            corpus_search(&q, &in, count_hit, counts);
            rows = group(&l, chars, counts, &hits);
            ms[r] = (now() - q0) * 1000;
        }
        qsort(ms, RUNS, sizeof ms[0], by_value);
        double first[RUNS];
        for (int r = 0; r < RUNS; r++) {
            double q0 = now();
            corpus_search_in in = {l.d, l.n, NULL, 0, f, NULL, NULL, ix, NULL, 200};
            corpus_search(&q, &in, no_op, NULL);
            first[r] = (now() - q0) * 1000;
        }
        qsort(first, RUNS, sizeof first[0], by_value);
        double s0 = now();
        size_t scanned = 0;
        for (size_t k = 0; k < l.n; k++)
            scanned += trend_count_doc(&q, l.d[k], &f[k]).hits;
        double scan = (now() - s0) * 1000;
        printf("trend %-12s %8zu hits %3zu years  index p50 %7.2f ms  p95 %7.2f ms  "
               "scan %8.1f ms%s\n", argv[i], hits, rows, ms[RUNS / 2],
               ms[RUNS * 95 / 100], scan, scanned == hits ? "" : "  (scan differs!)");
        printf("first 200 hits of %-12s p50 %7.2f ms  p95 %7.2f ms\n", argv[i],
               first[RUNS / 2], first[RUNS * 95 / 100]);
        query_free(&q);
    }
    index_free(ix);
    for (size_t k = 0; k < l.n; k++)
        doc_free(l.d[k]);
    free(l.d);
    free(f);
    free(chars);
    free(counts);
    return 0;
}
