/* timeline_bench.c — `timeline` once the reports are loaded: the files
 * named on the command line parsed once and their indicators copied into
 * N reports (--reports N, default 2000), each with a region of its own (a
 * county of the gazetteer by turns) and its years moved by its place, so
 * that the groups are as many as a real corpus of N reports makes; then,
 * five times each, the timeline of one name as the verb makes it
 * (timeline_build: the picked concepts alone grouped) and as the
 * Indicators view would from every indicator grouped (indicators.h, then
 * timeline_points); the two must give as many points. Prints the median
 * milliseconds (CPU and wall clock); never fails.
 * usage: timeline_bench [--reports N] [--name NAME] FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "divisions.h"
#include "indicators.h"
#include "search.h"
#include "timeline.h"
#include "rerun.h"

enum { RUNS = 5 };

typedef struct docs_in {
    doc **v;
    size_t n, cap;
} docs_in;

static docs_in parsed;

static void keep(void *ctx, doc *d)
{
    (void)ctx;
    parsed.v = xgrow(parsed.v, &parsed.cap, parsed.n, sizeof *parsed.v);
    parsed.v[parsed.n++] = d;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A copy of d's indicators as report k: region the k-th division the
 * gazetteer has (codes tried from 110101 up), years moved by k % 40. */
static doc *copy_as(const doc *d, size_t k, unsigned *code)
{
    doc *c = doc_new(d->path, d->name);
    const char *name = NULL;
    while (!name && *code < 660000)
        name = divisions_name((*code)++);
    c->meta.region = name ? name : "";
    c->nindicators = d->nindicators;
    c->indicators = arena_alloc(&c->mem, (d->nindicators + 1) * sizeof *c->indicators);
    int shift = (int)(k % 40) - 20;
    for (size_t i = 0; i < d->nindicators; i++) {
        c->indicators[i] = d->indicators[i];
        if (c->indicators[i].period_from)
            c->indicators[i].period_from += shift, c->indicators[i].period_to += shift;
    }
    return c;
}

static int pick(void *ctx, const char *s)
{
    return query_match_text(ctx, s);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v)
{
    qsort(v, RUNS, sizeof *v, by_value);
    return v[RUNS / 2];
}

int main(int argc, char **argv)
{
    size_t reports = 2000;
    const char *name = "地区生产总值";
    int first = 1;
    while (first + 1 < argc && argv[first][0] == '-') {
        if (!strcmp(argv[first], "--reports"))
            reports = (size_t)strtoul(argv[first + 1], NULL, 10);
        else if (!strcmp(argv[first], "--name"))
            name = argv[first + 1];
        first += 2;
    }
    bench_parse_files(1, argv + first, argc - first, keep);
    if (!parsed.n || !reports) {
        fprintf(stderr, "usage: timeline_bench [--reports N] [--name NAME] FILE...\n");
        return 2;
    }
    doc **docs = xmalloc(reports * sizeof *docs);
    size_t indicators = 0;
    unsigned code = 110101;
    for (size_t k = 0; k < reports; k++) {
        docs[k] = copy_as(parsed.v[k % parsed.n], k, &code);
        indicators += docs[k]->nindicators;
    }
    query q;
    const char *err;
    if (query_parse(name, &q, &err) != 0) {
        fprintf(stderr, "timeline_bench: %s: %s\n", name, err);
        return 2;
    }
    /* the verb's way (timeline_build: the picked concepts grouped alone)
     * and the view's (every indicator grouped, as the Indicators view has
     * them, then timeline_points) */
    double build_cpu[RUNS], build_wall[RUNS], group_cpu[RUNS], tl_cpu[RUNS];
    size_t points = 0, groups = 0, picked_groups = 0;
    for (int r = 0; r < RUNS; r++) {
        timeline t;
        double w0 = bench_now(), c0 = cpu_now();
        timeline_build(&t, (const doc *const *)docs, reports, pick, &q);
        build_wall[r] = 1e3 * (bench_now() - w0), build_cpu[r] = 1e3 * (cpu_now() - c0);
        points = t.npoints;
        picked_groups = t.groups.ngroups;
        timeline_free(&t);
        indicator_groups g;
        c0 = cpu_now();
        indicator_groups_build(&g, (const doc *const *)docs, reports, NULL);
        double c1 = cpu_now();
        timeline_point *p;
        size_t np = timeline_points(&g, (const doc *const *)docs, pick, &q, &p);
        tl_cpu[r] = 1e3 * (cpu_now() - c1), group_cpu[r] = 1e3 * (c1 - c0);
        if (np != points)
            printf("timeline_points %zu points, timeline_build %zu\n", np, points);
        groups = g.ngroups;
        free(p);
        indicator_groups_free(&g);
    }
    printf("reports %zu indicators %zu groups %zu; %s: points %zu in %zu groups\n",
           reports, indicators, groups, name, points, picked_groups);
    printf("timeline once loaded (timeline_build): %.1f ms cpu, %.1f ms wall "
           "(median of %d)\n", median(build_cpu), median(build_wall), RUNS);
    printf("with every indicator grouped first: grouping %.1f ms cpu, then "
           "timeline_points %.1f ms cpu\n", median(group_cpu), median(tl_cpu));
    query_free(&q);
    for (size_t k = 0; k < reports; k++)
        doc_free(docs[k]);
    free(docs);
    for (size_t k = 0; k < parsed.n; k++)
        doc_free(parsed.v[k]);
    free(parsed.v);
    return 0;
}
