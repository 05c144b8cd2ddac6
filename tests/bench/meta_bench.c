/* meta_bench.c — what the metadata stage costs in ingest (./run bench):
 * over the files named, each parsed `repeat` times, the time of the whole
 * pipeline and of the metadata stage alone (rerun on the parsed
 * document), and its share of ingest. Prints "files pipeline_s meta_s
 * share". Args: REPEAT FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "meta_detect.h"
#include "pipeline.h"
#include "../unit/slurp.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double t_meta;

/* Times a second detection on d (what the pipeline's first one cost). */
static void measure(void *ctx, doc *d)
{
    (void)ctx;
    double t0 = now();
    meta_detect(d);
    t_meta += now() - t0;
    doc_free(d);
}

int main(int argc, char **argv)
{
    int repeat = argc > 1 ? atoi(argv[1]) : 1;
    double t_all = 0;
    for (int r = 0; r < repeat; r++)
        for (int i = 2; i < argc; i++) {
            size_t n;
            char *buf = slurp(argv[i], &n);
            if (!buf)
                continue;
            const char *err;
            double t0 = now();
            pipeline_file(argv[i], buf, n, measure, NULL, NULL, &err);
            t_all += now() - t0;
            free(buf);
        }
    /* t_all holds one detection inside the pipeline and one rerun */
    double pipe = t_all - t_meta;
    printf("%d %.3f %.3f %.2f%%\n", (argc - 2) * repeat, pipe, t_meta,
           pipe > 0 ? 100 * t_meta / pipe : 0);
    return 0;
}
