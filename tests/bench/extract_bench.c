/* extract_bench.c — what the extract stage adds to parsing (./run bench):
 * over the files named, each parsed `repeat` times, the time of the whole
 * pipeline and of extraction alone (rerun on the parsed document), the
 * share extraction adds, and the memory per indicator (the struct plus its
 * strings). Prints "files indicators pipeline_s extract_s share bytes/ind".
 * Args: REPEAT FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "pipeline.h"
#include "../unit/slurp.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double t_extract;
static size_t n_ind, n_bytes;

/* Times a second extraction of d (what the pipeline's first one cost). */
static void measure(void *ctx, doc *d)
{
    (void)ctx;
    double t0 = now();
    extract_run(d, NULL);
    t_extract += now() - t0;
    n_ind += d->nindicators;
    for (size_t i = 0; i < d->nindicators; i++) {
        const indicator *x = &d->indicators[i];
        n_bytes += sizeof *x + strlen(x->value) + strlen(x->unit) +
                   strlen(x->change) + strlen(x->note) + strlen(x->name) + 5;
    }
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
    /* t_all holds one extraction inside the pipeline and one rerun */
    double pipe = t_all - t_extract;
    printf("%d %zu %.3f %.3f %.1f%% %.0f\n", (argc - 2) * repeat, n_ind, pipe,
           t_extract, pipe > t_extract ? 100 * t_extract / (pipe - t_extract) : 0,
           n_ind ? (double)n_bytes / (double)n_ind : 0);
    return 0;
}
