/* region_bench.c — what region detection costs (./run bench): over the
 * files named, each parsed `repeat` times, the time of the whole pipeline
 * and of the region stage alone (meta_region_find rerun on the parsed
 * document), the share it adds, and the bytes of the gazetteer's tables.
 * Prints "files pipeline_s region_s share table_bytes divisions".
 * Args: REPEAT FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "divisions.h"
#include "meta_impl.h"
#include "rerun.h"

static double t_region;

/* Times a second region detection of d (what the pipeline's cost). */
static void measure(void *ctx, doc *d)
{
    (void)ctx;
    meta_view v;
    meta_view_init(&v, d);
    double t0 = bench_now();
    meta_region_find(d, &v);
    t_region += bench_now() - t0;
    meta_view_free(&v);
    doc_free(d);
}

int main(int argc, char **argv)
{
    int repeat = argc > 1 ? atoi(argv[1]) : 1;
    double t_all = bench_parse_files(repeat, argv + 2, argc - 2, measure);
    /* t_all holds one detection inside the pipeline and one rerun */
    double pipe = t_all - t_region;
    printf("%d %.3f %.3f %.1f%% %zu %zu\n", (argc - 2) * repeat, pipe, t_region,
           pipe > t_region ? 100 * t_region / (pipe - t_region) : 0,
           divisions_table_bytes(), divisions_count());
    return 0;
}
