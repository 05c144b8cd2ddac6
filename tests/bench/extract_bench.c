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
#include "rerun.h"

static double t_extract;
static size_t n_ind, n_bytes;

/* Times a second extraction of d (what the pipeline's first one cost). */
static void measure(void *ctx, doc *d)
{
    (void)ctx;
    double t0 = bench_now();
    extract_run(d, NULL);
    t_extract += bench_now() - t0;
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
    double t_all = bench_rerun(repeat, argv + 2, argc - 2, measure);
    /* t_all holds one extraction inside the pipeline and one rerun */
    double pipe = t_all - t_extract;
    printf("%d %zu %.3f %.3f %.1f%% %.0f\n", (argc - 2) * repeat, n_ind, pipe,
           t_extract, pipe > t_extract ? 100 * t_extract / (pipe - t_extract) : 0,
           n_ind ? (double)n_bytes / (double)n_ind : 0);
    return 0;
}
