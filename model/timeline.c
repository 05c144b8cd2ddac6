/* timeline.c — the points of a timeline picked from groups and put in
 * its order (see timeline.h): the pick's answers kept per distinct text
 * (strset numbers), and for a timeline from documents alone, the concepts
 * picked found first and only their statements grouped. */
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "sbuf.h"
#include "strset.h"

/* The pick's answers by text: 0 not asked, 1 no, 2 yes. */
typedef struct memo {
    strset texts;
    unsigned char *said;
    size_t cap;
    timeline_pick pick;
    void *ctx;
} memo;

static int memo_ask(memo *m, const char *s)
{
    uint32_t id = strset_add(&m->texts, s);
    if (id >= m->cap) {
        size_t cap = m->cap ? m->cap : 256;
        while (cap <= id)
            cap *= 2;
        m->said = xrealloc(m->said, cap);
        memset(m->said + m->cap, 0, cap - m->cap);
        m->cap = cap;
    }
    if (!m->said[id])
        m->said[id] = m->pick(m->ctx, s) ? 2 : 1;
    return m->said[id] == 2;
}

static int memo_wants(memo *m, const indicator *x)
{
    return memo_ask(m, x->canonical) || memo_ask(m, x->name);
}

static void memo_free(memo *m)
{
    strset_free(&m->texts);
    free(m->said);
}

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

/* The points of g that m wants (all, when m is NULL), sorted, into *out. */
static size_t points_of(const indicator_groups *g, const doc *const *docs, memo *m,
                        timeline_point **out)
{
    keyed *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < g->ngroups; k++) {
        const indicator_group *gr = &g->groups[k];
        for (size_t r = gr->first; r < gr->first + gr->n; r++) {
            indicator_ref ref = g->refs[r];
            if (m && !memo_wants(m, &docs[ref.doc]->indicators[ref.i]))
                continue;
            v = xgrow(v, &cap, n, sizeof *v);
            v[n++] = (keyed){{ref, k}, gr};
        }
    }
    *out = NULL;
    if (n) {
        qsort(v, n, sizeof *v, keyed_cmp);
        *out = xmalloc(n * sizeof **out);
        for (size_t i = 0; i < n; i++)
            (*out)[i] = v[i].p;
    }
    free(v);
    return n;
}

size_t timeline_points(const indicator_groups *g, const doc *const *docs,
                       timeline_pick pick, void *ctx, timeline_point **out)
{
    memo m = {.pick = pick, .ctx = ctx};
    size_t n = points_of(g, docs, &m, out);
    memo_free(&m);
    return n;
}

/* The concepts of the statements m wants, as folded keys (the grouping's:
 * indicator_name_key), in *keys. */
static void picked_concepts(const doc *const *docs, size_t n, memo *m, strset *keys,
                            sbuf *scratch, char ***owned, size_t *nowned, size_t *cap)
{
    strset seen = {0};
    for (size_t d = 0; d < n; d++)
        for (size_t i = 0; i < docs[d]->nindicators; i++) {
            const indicator *x = &docs[d]->indicators[i];
            if (!memo_wants(m, x))
                continue;
            size_t before = seen.n;
            strset_add(&seen, x->canonical);
            if (seen.n == before)
                continue; /* this concept's text seen already */
            scratch->len = 0;
            indicator_name_key(x->canonical, strlen(x->canonical), scratch);
            char *k = xmalloc(scratch->len + 1);
            memcpy(k, scratch->p ? scratch->p : "", scratch->len);
            k[scratch->len] = '\0';
            *owned = xgrow(*owned, cap, *nowned, sizeof **owned);
            (*owned)[(*nowned)++] = k;
            strset_add(keys, k);
        }
    strset_free(&seen);
}

void timeline_build(timeline *t, const doc *const *docs, size_t n,
                    timeline_pick pick, void *ctx)
{
    memset(t, 0, sizeof *t);
    memo m = {.pick = pick, .ctx = ctx};
    strset keys = {0}, canon = {0};
    sbuf k = {0};
    char **owned = NULL;
    size_t nowned = 0, cap = 0;
    picked_concepts(docs, n, &m, &keys, &k, &owned, &nowned, &cap);
    /* each document's statements of those concepts, in a document of
     * its own (its meta copied: the grouping reads the region) */
    unsigned char *in = NULL; /* by canonical text's number: 1 no, 2 yes */
    size_t incap = 0;
    t->nsub = n;
    t->sub = xcalloc(n + 1, sizeof *t->sub);
    t->orig = xcalloc(n + 1, sizeof *t->orig);
    for (size_t d = 0; d < n && keys.n; d++) {
        doc *s = &t->sub[d];
        s->meta = docs[d]->meta;
        s->indicators = xmalloc((docs[d]->nindicators + 1) * sizeof *s->indicators);
        t->orig[d] = xmalloc((docs[d]->nindicators + 1) * sizeof **t->orig);
        for (size_t i = 0; i < docs[d]->nindicators; i++) {
            const indicator *x = &docs[d]->indicators[i];
            uint32_t id = strset_add(&canon, x->canonical);
            if (id >= incap) {
                size_t c = incap ? incap : 256;
                while (c <= id)
                    c *= 2;
                in = xrealloc(in, c);
                memset(in + incap, 0, c - incap);
                incap = c;
            }
            if (!in[id]) {
                k.len = 0;
                indicator_name_key(x->canonical, strlen(x->canonical), &k);
                in[id] = strset_find(&keys, k.p) != UINT32_MAX ? 2 : 1;
            }
            if (in[id] == 2) {
                t->orig[d][s->nindicators] = i;
                s->indicators[s->nindicators++] = *x;
            }
        }
    }
    const doc **subs = xmalloc((n + 1) * sizeof *subs);
    for (size_t d = 0; d < n; d++)
        subs[d] = &t->sub[d];
    indicator_groups_build(&t->groups, subs, n, NULL);
    t->npoints = points_of(&t->groups, subs, &m, &t->points);
    for (size_t p = 0; p < t->npoints; p++) { /* back to the documents' */
        indicator_ref *r = &t->points[p].ref;
        r->i = t->orig[r->doc][r->i];
    }
    free(subs);
    free(in);
    for (size_t i = 0; i < nowned; i++)
        free(owned[i]);
    free(owned);
    sbuf_free(&k);
    strset_free(&keys);
    strset_free(&canon);
    memo_free(&m);
}

void timeline_free(timeline *t)
{
    indicator_groups_free(&t->groups);
    free(t->points);
    for (size_t d = 0; d < t->nsub; d++) {
        free(t->sub[d].indicators);
        free(t->orig[d]);
    }
    free(t->sub);
    free(t->orig);
    memset(t, 0, sizeof *t);
}
