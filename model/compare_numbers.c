/* compare_numbers.c — indicator deltas and target verdicts between
 * reports (see compare_numbers.h). Each report's indicators are indexed
 * once: records (concept key, kind, period, place) sorted, so a pair or
 * an outcome is found by binary search, not by a scan of the other
 * report. */
#include "compare_numbers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "sbuf.h"

const char *delta_status_name(delta_status s)
{
    static const char *const names[] = {"same", "changed", "added", "removed"};
    return (unsigned)s <= DELTA_REMOVED ? names[s] : names[0];
}

/* An indicator as it is looked up. */
typedef struct rec {
    const char *key; /* its concept, folded (in the index's keys) */
    int kind, from, to;
    size_t i;        /* in the document's indicators */
} rec;

typedef struct ind_index {
    const doc *d;
    rec *v;          /* sorted by key, kind, from, to, i */
    char **key;      /* key[i]: indicator i's (malloc'd) */
    size_t n;
} ind_index;

static int rec_order(const rec *a, const char *key, int kind, int from, int to)
{
    int c = strcmp(a->key, key);
    if (c)
        return c;
    if (a->kind != kind)
        return a->kind < kind ? -1 : 1;
    if (a->from != from)
        return a->from < from ? -1 : 1;
    return (a->to > to) - (a->to < to);
}

static int rec_cmp(const void *pa, const void *pb)
{
    const rec *a = pa, *b = pb;
    int c = rec_order(a, b->key, b->kind, b->from, b->to);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

static void index_build(ind_index *x, const doc *d)
{
    x->d = d;
    x->n = d->nindicators;
    x->v = xmalloc((x->n ? x->n : 1) * sizeof *x->v);
    x->key = xmalloc((x->n ? x->n : 1) * sizeof *x->key);
    sbuf k = {0};
    for (size_t i = 0; i < x->n; i++) {
        const indicator *in = &d->indicators[i];
        k.len = 0;
        indicator_name_key(in->canonical, strlen(in->canonical), &k);
        x->key[i] = xmalloc(k.len + 1);
        memcpy(x->key[i], k.p ? k.p : "", k.len);
        x->key[i][k.len] = '\0';
        x->v[i] = (rec){x->key[i], (int)in->kind, in->period_from, in->period_to, i};
    }
    sbuf_free(&k);
    qsort(x->v, x->n, sizeof *x->v, rec_cmp);
}

static void index_free(ind_index *x)
{
    for (size_t i = 0; i < x->n; i++)
        free(x->key[i]);
    free(x->key);
    free(x->v);
}

/* The first record of x not before (key, kind, from, to). */
static size_t lower(const ind_index *x, const char *key, int kind, int from, int to)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rec_order(&x->v[mid], key, kind, from, to) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The indicator of x stating (key, kind, from, to) not yet used (used may
 * be NULL): the first with name `name`, else the first; x->n when none. */
static size_t find(const ind_index *x, const char *key, int kind, int from,
                   int to, const char *name, const unsigned char *used)
{
    size_t best = x->n;
    for (size_t k = lower(x, key, kind, from, to);
         k < x->n && !rec_order(&x->v[k], key, kind, from, to); k++) {
        size_t i = x->v[k].i;
        if (used && used[i])
            continue;
        if (strcmp(x->d->indicators[i].name, name) == 0)
            return i;
        if (best == x->n)
            best = i;
    }
    return best;
}

/* True when a and b state the same numbers. */
static int same_numbers(const indicator *a, const indicator *b)
{
    int an = isnan(a->amount), bn = isnan(b->amount);
    if (an != bn || strcmp(a->change, b->change) != 0)
        return 0;
    return an || fabs(a->amount - b->amount) <= 1e-9 * fmax(1, fabs(a->amount));
}

/* The delta of pair p (both sides stated): on amounts of one family, else
 * on changes of one family. */
static void delta_of(indicator_delta *p)
{
    p->on = TF_NONE;
    p->delta = p->delta_pct = NAN;
    static const target_field fields[] = {TF_AMOUNT, TF_CHANGE};
    for (size_t f = 0; f < 2; f++) {
        target_number x, y;
        if (!target_number_of(p->a, fields[f], &x) ||
            !target_number_of(p->b, fields[f], &y) || strcmp(x.family, y.family))
            continue;
        double av = (x.lo + x.hi) / 2, bv = (y.lo + y.hi) / 2;
        p->on = fields[f];
        p->delta = bv - av;
        if (fields[f] == TF_AMOUNT && av != 0)
            p->delta_pct = 100 * p->delta / fabs(av);
        return;
    }
}

static void push_delta(compare_numbers *c, size_t *cap, indicator_delta d)
{
    c->deltas = xgrow(c->deltas, cap, c->ndeltas, sizeof *c->deltas);
    c->deltas[c->ndeltas++] = d;
}

static void build_deltas(const ind_index *ia, const ind_index *ib,
                         compare_numbers *out)
{
    const doc *a = ia->d, *b = ib->d;
    unsigned char *used = xcalloc(a->nindicators + 1, 1);
    size_t *pair = xmalloc((b->nindicators + 1) * sizeof *pair);
    for (size_t j = 0; j < b->nindicators; j++) {
        const indicator *y = &b->indicators[j];
        const char *key = ib->key[j];
        size_t i = find(ia, key, (int)y->kind, y->period_from, y->period_to,
                        y->name, used);
        if (i == ia->n && y->period_from)
            i = find(ia, key, (int)y->kind, y->period_from - 1,
                     y->period_to - 1, y->name, used);
        pair[j] = i;
        if (i < ia->n)
            used[i] = 1;
    }
    size_t cap = 0, next_a = 0; /* A's unpaired emitted up to next_a */
    for (size_t j = 0; j < b->nindicators; j++) {
        size_t i = pair[j];
        for (; i < ia->n && next_a < i; next_a++)
            if (!used[next_a])
                push_delta(out, &cap, (indicator_delta){&a->indicators[next_a], NULL,
                                                        DELTA_REMOVED, TF_NONE, NAN, NAN});
        indicator_delta d = {i < ia->n ? &a->indicators[i] : NULL, &b->indicators[j],
                             DELTA_ADDED, TF_NONE, NAN, NAN};
        if (d.a) {
            d.status = same_numbers(d.a, d.b) ? DELTA_SAME : DELTA_CHANGED;
            delta_of(&d);
        }
        push_delta(out, &cap, d);
    }
    for (; next_a < ia->n; next_a++)
        if (!used[next_a])
            push_delta(out, &cap, (indicator_delta){&a->indicators[next_a], NULL,
                                                    DELTA_REMOVED, TF_NONE, NAN, NAN});
    free(pair);
    free(used);
}

static void build_targets(const ind_index *ia, ind_index *more, size_t nmore,
                          compare_numbers *out)
{
    const doc *a = ia->d;
    size_t cap = 0;
    for (size_t i = 0; i < a->nindicators; i++) {
        const indicator *t = &a->indicators[i];
        if (t->kind != IND_TARGET || !t->period_from)
            continue;
        target_check c = {t, NULL, 0, target_rule_of(t), TARGET_UNKNOWN};
        static const int kinds[] = {IND_ACTUAL, IND_EXPECTED};
        for (size_t k = 0; k < 2 && !c.actual; k++)
            for (size_t m = 0; m < nmore && !c.actual; m++) {
                size_t j = find(&more[m], ia->key[i], kinds[k], t->period_from,
                                t->period_to, t->name, NULL);
                if (j < more[m].n) {
                    c.actual = &more[m].d->indicators[j];
                    c.actual_doc = m;
                }
            }
        c.met = target_judge(c.rule, t, c.actual);
        out->targets = xgrow(out->targets, &cap, out->ntargets, sizeof *out->targets);
        out->targets[out->ntargets++] = c;
    }
}

void compare_numbers_build(const doc *a, const doc *b, const doc *const *more,
                           size_t nmore, compare_numbers *out)
{
    memset(out, 0, sizeof *out);
    ind_index ia, ib;
    index_build(&ia, a);
    index_build(&ib, b);
    build_deltas(&ia, &ib, out);
    ind_index *im = xcalloc(nmore + 1, sizeof *im);
    for (size_t m = 0; m < nmore; m++) {
        if (more[m] == b)
            im[m] = ib; /* borrowed: freed once, below */
        else
            index_build(&im[m], more[m]);
    }
    build_targets(&ia, im, nmore, out);
    for (size_t m = 0; m < nmore; m++)
        if (more[m] != b)
            index_free(&im[m]);
    free(im);
    index_free(&ia);
    index_free(&ib);
}

void compare_numbers_free(compare_numbers *c)
{
    free(c->deltas);
    free(c->targets);
    memset(c, 0, sizeof *c);
}
