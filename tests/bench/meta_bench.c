/* meta_bench.c — what the metadata stage costs in ingest (./run bench):
 * over the files named, each parsed `repeat` times, the time of the whole
 * pipeline and of the metadata stage alone (rerun on the parsed
 * document), and its share of ingest. Prints "files pipeline_s meta_s
 * share". Args: REPEAT FILE... */
#include <stdio.h>

#include "meta_detect.h"
#include "rerun.h"

static double t_meta;

/* Times a second detection on d (what the pipeline's first one cost). */
static void measure(void *ctx, doc *d)
{
    (void)ctx;
    double t0 = bench_now();
    meta_detect(d);
    t_meta += bench_now() - t0;
    doc_free(d);
}

int main(int argc, char **argv)
{
    int repeat = argc > 1 ? atoi(argv[1]) : 1;
    double t_all = bench_parse_files(repeat, argv + 2, argc - 2, measure);
    /* t_all holds one detection inside the pipeline and one rerun */
    double pipe = t_all - t_meta;
    printf("%d %.3f %.3f %.2f%%\n", (argc - 2) * repeat, pipe, t_meta,
           pipe > 0 ? 100 * t_meta / pipe : 0);
    return 0;
}
