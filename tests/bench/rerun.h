/* rerun.h — what the stage benchmarks that rerun one stage on each parsed
 * document share (extract_bench, meta_bench): a monotonic clock, and the
 * loop that parses files with a sink that reruns and times the stage.
 * Header-only: each benchmark is one translation unit. */
#ifndef BAOGAO_BENCH_RERUN_H
#define BAOGAO_BENCH_RERUN_H

#include <stdlib.h>
#include <time.h>

#include "pipeline.h"
#include "../unit/slurp.h"

/* Seconds on the monotonic clock. */
static inline double bench_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Calls one(path, bytes, n, ctx) on each of files[0..nfiles), read
 * whole, repeat times; returns the sum of the seconds it returned. A
 * file that cannot be read is skipped. */
static inline double bench_each_file(int repeat, char **files, int nfiles,
                                     double (*one)(const char *, char *,
                                                   size_t, void *),
                                     void *ctx)
{
    double total = 0;
    for (int r = 0; r < repeat; r++)
        for (int i = 0; i < nfiles; i++) {
            size_t n;
            char *buf = slurp(files[i], &n);
            if (!buf)
                continue;
            total += one(files[i], buf, n, ctx);
            free(buf);
        }
    return total;
}

/* The sink of bench_parse_files (a function pointer in an object). */
typedef struct bench_sink {
    pipeline_doc_fn fn;
} bench_sink;

/* bench_each_file's step for bench_parse_files: ctx is a bench_sink. */
static inline double bench_parse_one(const char *path, char *buf, size_t n,
                                     void *ctx)
{
    const char *err;
    double t0 = bench_now();
    pipeline_file(path, buf, n, ((bench_sink *)ctx)->fn, NULL, NULL, &err);
    return bench_now() - t0;
}

/* Parses each of files[0..nfiles) repeat times, handing every document to
 * sink (which owns it); returns the seconds all of it took, the sink's
 * time included. A file that cannot be read is skipped. */
static inline double bench_parse_files(int repeat, char **files, int nfiles,
                                       pipeline_doc_fn sink)
{
    bench_sink s = {sink};
    return bench_each_file(repeat, files, nfiles, bench_parse_one, &s);
}

#endif
