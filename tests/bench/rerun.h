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

/* Parses each of files[0..nfiles) repeat times, handing every document to
 * sink (which owns it); returns the seconds all of it took, the sink's
 * time included. A file that cannot be read is skipped. */
static inline double bench_parse_files(int repeat, char **files, int nfiles,
                                       pipeline_doc_fn sink)
{
    double total = 0;
    for (int r = 0; r < repeat; r++)
        for (int i = 0; i < nfiles; i++) {
            size_t n;
            char *buf = slurp(files[i], &n);
            if (!buf)
                continue;
            const char *err;
            double t0 = bench_now();
            pipeline_file(files[i], buf, n, sink, NULL, NULL, &err);
            total += bench_now() - t0;
            free(buf);
        }
    return total;
}

#endif
