/* index_bench.c — the search index on a big corpus: parse and fold every
 * file named, build the index on every core and then on one (MB/s of
 * folded text; the growth of the peak resident memory while the first
 * build ran), its memory against the text, and per-query latency
 * (p50/p95) for the queries given after "--", each repeated. Prints one
 * line per measure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "index.h"
#include "pinyin.h"
#include "pipeline.h"
#include "../unit/slurp.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct corpus_text {
    folded *f;
    size_t n, cap, bytes, clean_bytes;
    double fold_seconds;
} corpus_text;

static void keep(void *ctx, doc *d)
{
    corpus_text *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->f = xrealloc(c->f, c->cap * sizeof *c->f);
    }
    double t0 = now();
    fold_text(d->clean.bytes, d->clean.len, &c->f[c->n]);
    c->fold_seconds += now() - t0;
    c->clean_bytes += d->clean.len;
    c->bytes += c->f[c->n].len;
    c->n++;
    doc_free(d);
}

static void count_hit(void *ctx, size_t di, size_t pos)
{
    (void)di;
    (void)pos;
    ++*(size_t *)ctx;
}

static void count_span(void *ctx, size_t di, size_t pos, size_t len)
{
    (void)len;
    count_hit(ctx, di, pos);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    corpus_text c = {0};
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        size_t n;
        char *bytes = slurp(argv[i], &n);
        const char *err;
        if (bytes)
            pipeline_file(argv[i], bytes, n, keep, &c, NULL, &err);
        free(bytes);
    }
    printf("fold: %.1f MB of clean text in %.2f s, %.1f MB/s\n",
           (double)c.clean_bytes / 1048576, c.fold_seconds,
           (double)c.clean_bytes / 1048576 / c.fold_seconds);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = cores < 1 ? 1 : cores > INDEX_MAX_JOBS ? INDEX_MAX_JOBS : (int)cores;
    double mb = (double)c.bytes / 1048576;
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    double t0 = now();
    search_index *ix = index_build_jobs(c.f, c.n, jobs, NULL);
    double t = now() - t0;
    getrusage(RUSAGE_SELF, &after);
    printf("index build, %d threads: %zu documents, %.1f MB folded, %.2f s, %.1f MB/s\n",
           jobs, c.n, mb, t, mb / t);
    printf("index build peak: resident memory grew %.1f MB = %.2fx the folded text\n",
           (double)(after.ru_maxrss - before.ru_maxrss) / 1024,
           (double)(after.ru_maxrss - before.ru_maxrss) * 1024 / (double)c.bytes);
    t0 = now();
    index_free(index_build_jobs(c.f, c.n, 1, NULL));
    t = now() - t0;
    printf("index build, 1 thread: %.2f s, %.1f MB/s\n", t, mb / t);
    printf("index memory: %.1f MB = %.2fx the folded text\n",
           (double)index_bytes(ix) / 1048576,
           (double)index_bytes(ix) / (double)c.bytes);
    for (i++; i < argc; i++) {
        enum { RUNS = 21 };
        double ms[RUNS];
        size_t hits = 0;
        for (int r = 0; r < RUNS; r++) {
            hits = 0;
            double q0 = now();
            size_t qn = strlen(argv[i]);
            if (pinyin_query(argv[i], qn))
                index_find_pinyin(ix, c.f, c.n, argv[i], qn, NULL, count_span, &hits);
            else
                index_find(ix, c.f, c.n, argv[i], qn, count_hit, &hits);
            ms[r] = (now() - q0) * 1000;
        }
        qsort(ms, RUNS, sizeof ms[0], by_value);
        printf("query %-14s %8zu hits  p50 %7.2f ms  p95 %7.2f ms\n", argv[i],
               hits, ms[RUNS / 2], ms[RUNS * 95 / 100]);
    }
    index_free(ix);
    for (size_t k = 0; k < c.n; k++)
        free(c.f[k].s);
    free(c.f);
    return 0;
}
