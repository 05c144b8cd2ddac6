/* timeline.c — the points of a timeline picked from the groups and put
 * in its order (see timeline.h). */
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* A point with what it sorts by. */
typedef struct keyed {
    timeline_point p;
    const indicator_group *g;
} keyed;

/* Unknown (0) after every year. */
static int year_cmp(int a, int b)
{
    unsigned x = a > 0 ? (unsigned)a : ~0u, y = b > 0 ? (unsigned)b : ~0u;
    return (x > y) - (x < y);
}

static int keyed_cmp(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int au = !*a->g->region, bu = !*b->g->region, c;
    if (au != bu)
        return au - bu;
    if ((c = strcmp(a->g->region, b->g->region)) != 0)
        return c;
    if ((c = year_cmp(a->g->period_from, b->g->period_from)) != 0)
        return c;
    if ((c = year_cmp(a->g->period_to, b->g->period_to)) != 0)
        return c;
    if (a->g->kind != b->g->kind)
        return a->g->kind < b->g->kind ? -1 : 1;
    if ((c = strcmp(a->g->canonical, b->g->canonical)) != 0)
        return c;
    if (a->p.ref.doc != b->p.ref.doc)
        return a->p.ref.doc < b->p.ref.doc ? -1 : 1;
    return (a->p.ref.i > b->p.ref.i) - (a->p.ref.i < b->p.ref.i);
}

size_t timeline_points(const indicator_groups *g, const doc *const *docs,
                       int (*pick)(void *ctx, const indicator *x), void *ctx,
                       timeline_point **out)
{
    keyed *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < g->ngroups; k++) {
        const indicator_group *gr = &g->groups[k];
        for (size_t m = gr->first; m < gr->first + gr->n; m++) {
            indicator_ref r = g->refs[m];
            if (!pick(ctx, &docs[r.doc]->indicators[r.i]))
                continue;
            v = xgrow(v, &cap, n, sizeof *v);
            v[n++] = (keyed){{r, k}, gr};
        }
    }
    *out = NULL;
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, keyed_cmp);
    *out = xmalloc(n * sizeof **out);
    for (size_t i = 0; i < n; i++)
        (*out)[i] = v[i].p;
    free(v);
    return n;
}
