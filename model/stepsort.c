/* stepsort.c — a bottom-up merge sort in slices (see stepsort.h): runs of
 * RUN items sorted by insertion in place, then passes merging runs of
 * width items two by two into the other array, the width doubling; the
 * merge under way is kept (its runs' start and the three positions) so a
 * slice can end anywhere. */
#include "stepsort.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { RUN = 16 };

void stepsort_start(stepsort *s, void *v, size_t n, size_t size,
                    stepsort_cmp cmp, void *ctx)
{
    *s = (stepsort){.v = v, .n = n, .size = size, .cmp = cmp, .ctx = ctx,
                    .done = n < 2};
    s->tmp = xmalloc((n ? n : 1) * size);
    s->src = s->v;
    s->dst = s->tmp;
}

static size_t min_of(size_t a, size_t b)
{
    return a < b ? a : b;
}

/* The merge of the runs at lo (this pass's width) begins. */
static void begin_merge(stepsort *s, size_t lo)
{
    s->lo = s->i = s->k = lo;
    s->j = min_of(lo + s->width, s->n);
}

/* Items [lo, lo + RUN) of v sorted by insertion; the budget they cost. */
static size_t insertion(stepsort *s, size_t lo)
{
    size_t hi = min_of(lo + RUN, s->n), z = s->size, cost = 0;
    char *v = s->v, *x = s->tmp; /* tmp is free until the merges */
    for (size_t a = lo + 1; a < hi; a++) {
        memcpy(x, v + a * z, z);
        size_t b = a;
        for (; b > lo && s->cmp(v + (b - 1) * z, x, s->ctx) > 0; b--, cost++)
            memcpy(v + b * z, v + (b - 1) * z, z);
        memcpy(v + b * z, x, z);
        cost++;
    }
    return cost;
}

/* Merges on until *budget is spent or the merge is over (1). */
static int merge(stepsort *s, size_t *budget)
{
    size_t z = s->size, mid = min_of(s->lo + s->width, s->n),
           hi = min_of(s->lo + 2 * s->width, s->n);
    for (; s->k < hi && *budget; s->k++, (*budget)--) {
        size_t from = s->j >= hi || (s->i < mid &&
                                     s->cmp(s->src + s->i * z,
                                            s->src + s->j * z, s->ctx) <= 0)
                          ? s->i++ : s->j++;
        memcpy(s->dst + s->k * z, s->src + from * z, z);
    }
    return s->k == hi;
}

int stepsort_run(stepsort *s, size_t *budget)
{
    while (!s->done && *budget) {
        if (!s->width) {
            size_t cost = insertion(s, s->lo);
            *budget -= cost < *budget ? cost : *budget;
            s->lo += RUN;
            if (s->lo >= s->n) {
                s->width = RUN;
                begin_merge(s, 0);
            }
        } else if (s->width >= s->n) {
            s->done = 1;
        } else if (merge(s, budget)) {
            size_t next = min_of(s->lo + 2 * s->width, s->n);
            if (next >= s->n) { /* the pass is over: the next, twice as wide */
                char *t = s->src;
                s->src = s->dst;
                s->dst = t;
                s->width *= 2;
                next = 0;
            }
            begin_merge(s, next);
        }
    }
    return s->done;
}

int stepsort_percent(const stepsort *s)
{
    size_t passes = 1, done = 0; /* the insertion runs count as one */
    for (size_t w = RUN; w < s->n; w *= 2)
        passes++;
    for (size_t w = RUN; w <= s->width && w < s->n; w *= 2)
        done++;
    if (s->done || !s->n)
        return 100;
    double part = (double)(s->width ? s->k : s->lo) / (double)s->n;
    return (int)(100 * ((double)done + part) / (double)passes);
}

const void *stepsort_result(const stepsort *s)
{
    return s->src;
}

void stepsort_free(stepsort *s)
{
    free(s->tmp);
    memset(s, 0, sizeof *s);
}
