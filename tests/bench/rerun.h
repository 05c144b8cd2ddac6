/* rerun.h — what the benchmarks that time one stage share (header-only):
 * a clock, and the pipeline over the files named, each parsed `repeat`
 * times, every document handed to the caller's function, which reruns
 * its stage on it and frees it. */
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

/* Parses each of files[0..n) repeat times (unreadable ones skipped),
 * every document to fn; returns the seconds it all took, fn's included. */
static inline double bench_rerun(int repeat, char **files, int n, pipeline_doc_fn fn)
{
    double t_all = 0;
    for (int r = 0; r < repeat; r++)
        for (int i = 0; i < n; i++) {
            size_t len;
            char *buf = slurp(files[i], &len);
            if (!buf)
                continue;
            const char *err;
            double t0 = bench_now();
            pipeline_file(files[i], buf, len, fn, NULL, NULL, &err);
            t_all += bench_now() - t0;
            free(buf);
        }
    return t_all;
}

#endif
