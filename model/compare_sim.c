/* compare_sim.c — how alike two parts of a comparison are (compare.h):
 * set operations on sorted hashes, the title and text similarities, and
 * the index of hashes that finds candidate pairs without trying every
 * pair. */
#include <stdlib.h>
#include <string.h>

#include "compare_impl.h"
#include "keysort.h"

enum { COMMON_MIN_UNITS = 64 }; /* below this many units no hash is common */

#define TITLE_WEIGHT 0.4
#define NEAR_ONE 0.999 /* the most a pair not identical scores */

uint32_t cmp_set_common(cmp_set x, cmp_set y)
{
    uint32_t i = 0, j = 0, n = 0;
    while (i < x.n && j < y.n) {
        if (x.h[i] < y.h[j]) {
            i++;
        } else if (x.h[i] > y.h[j]) {
            j++;
        } else {
            n++;
            i++;
            j++;
        }
    }
    return n;
}

cmp_set cmp_set_union(cmp_set x, cmp_set y, arena *a)
{
    uint64_t *h = arena_alloc_uninit(a, ((size_t)x.n + y.n + 1) * sizeof *h);
    uint32_t i = 0, j = 0, n = 0;
    while (i < x.n || j < y.n) {
        if (j == y.n || (i < x.n && x.h[i] < y.h[j]))
            h[n++] = x.h[i++];
        else if (i == x.n || y.h[j] < x.h[i])
            h[n++] = y.h[j++];
        else
            h[n++] = x.h[i++], j++;
    }
    return (cmp_set){h, n};
}

/* Dice coefficient of the title bigrams; -1 when neither has a title. */
static double title_sim(const cmp_unit *x, const cmp_unit *y)
{
    if (!x->grams.n && !y->grams.n)
        return -1;
    return 2.0 * cmp_set_common(x->grams, y->grams) / (x->grams.n + y->grams.n);
}

/* Shared over the smaller, from counts. */
static double containment(uint32_t common, uint32_t nx, uint32_t ny)
{
    uint32_t least = nx < ny ? nx : ny;
    return least ? (double)common / least : 0;
}

double cmp_text_sim(const cmp_unit *x, const cmp_unit *y)
{
    if (!x->shingles.n && !y->shingles.n)
        return -1;
    return containment(cmp_set_common(x->shingles, y->shingles),
                       x->shingles.n, y->shingles.n);
}

/* The score of a title and a text similarity (-1: undefined). */
static double combine(double t, double x)
{
    if (t < 0 && x < 0)
        return 0;
    if (t < 0)
        return x;
    if (x < 0)
        return t;
    return TITLE_WEIGHT * t + (1 - TITLE_WEIGHT) * x;
}

/* Whether titles count between x and y: not when either is a
 * pseudo-section (it has none). */
static int titled(const cmp_unit *x, const cmp_unit *y)
{
    return x->part.section >= 0 && y->part.section >= 0;
}

int cmp_identical(const cmp_unit *x, const cmp_unit *y)
{
    if (titled(x, y) && (x->title_len != y->title_len ||
                         memcmp(x->title, y->title, x->title_len) != 0))
        return 0;
    return x->text_len == y->text_len && memcmp(x->text, y->text, x->text_len) == 0;
}

double cmp_score(const cmp_unit *x, const cmp_unit *y)
{
    if (cmp_identical(x, y))
        return 1;
    double s = combine(titled(x, y) ? title_sim(x, y) : -1, cmp_text_sim(x, y));
    return s < NEAR_ONE ? s : NEAR_ONE;
}

compare_pair cmp_pair_of(const cmp_side *a, int ia, const cmp_side *b, int ib)
{
    compare_pair p = {0};
    if (ia >= 0)
        p.a = a->u[ia].part;
    if (ib >= 0)
        p.b = b->u[ib].part;
    if (ia < 0 || ib < 0) {
        p.status = ia < 0 ? COMPARE_ADDED : COMPARE_REMOVED;
        return p;
    }
    p.identical = cmp_identical(&a->u[ia], &b->u[ib]);
    p.similarity = cmp_score(&a->u[ia], &b->u[ib]);
    if (a->u[ia].moved || b->u[ib].moved)
        p.status = COMPARE_MOVED;
    else
        p.status = p.identical ? COMPARE_SAME : COMPARE_CHANGED;
    return p;
}

/* ---- the index ---- */

typedef struct entry {
    uint64_t h;
    uint32_t pos;  /* in the index's units */
    uint32_t gram; /* a title bigram, not a shingle */
} entry;

struct cmp_index {
    entry *e;
    size_t n;
    size_t nunits;
    size_t common; /* a hash in more units than this is passed over */
};

/* The entries by hash, in linear time. */
static void sort_entries(cmp_index *x)
{
    uint64_t *key = xcalloc(x->n + 1, sizeof *key);
    uint32_t *order = xcalloc(x->n + 1, sizeof *order);
    for (size_t k = 0; k < x->n; k++)
        key[k] = x->e[k].h;
    keysort(key, x->n, order);
    entry *e = xcalloc(x->n + 1, sizeof *e);
    for (size_t k = 0; k < x->n; k++)
        e[k] = x->e[order[k]];
    free(x->e);
    x->e = e;
    free(key);
    free(order);
}

static void add_set(cmp_index *x, size_t *cap, cmp_set s, uint32_t pos,
                    uint32_t gram)
{
    for (uint32_t k = 0; k < s.n; k++) {
        x->e = xgrow(x->e, cap, x->n, sizeof *x->e);
        x->e[x->n++] = (entry){s.h[k], pos, gram};
    }
}

cmp_index *cmp_index_new(const cmp_side *s, const int *units, size_t n,
                         int with_grams)
{
    cmp_index *x = xcalloc(1, sizeof *x);
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        const cmp_unit *u = &s->u[units[i]];
        add_set(x, &cap, u->shingles, (uint32_t)i, 0);
        if (with_grams)
            add_set(x, &cap, u->grams, (uint32_t)i, 1);
    }
    sort_entries(x);
    x->nunits = n;
    x->common = n > COMMON_MIN_UNITS ? n / 4 : n;
    return x;
}

void cmp_index_free(cmp_index *x)
{
    if (x)
        free(x->e);
    free(x);
}

/* The first entry of x with hash h or above. */
static size_t lower_bound(const cmp_index *x, uint64_t h)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->e[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Counts the units holding each hash of s (gram: title bigrams). */
static size_t count_set(const cmp_index *x, cmp_set s, uint32_t gram,
                        uint32_t *shared, uint32_t *gshared,
                        uint32_t *touched, size_t nt)
{
    for (uint32_t k = 0; k < s.n; k++) {
        size_t i = lower_bound(x, s.h[k]), j = i;
        while (j < x->n && x->e[j].h == s.h[k])
            j++;
        if (j - i > x->common)
            continue;
        for (; i < j; i++) {
            const entry *e = &x->e[i];
            if (e->gram != gram)
                continue;
            if (!shared[e->pos] && !gshared[e->pos])
                touched[nt++] = e->pos;
            (gram ? gshared : shared)[e->pos]++;
        }
    }
    return nt;
}

size_t cmp_index_count(const cmp_index *x, const cmp_unit *u,
                       uint32_t *shared, uint32_t *gshared,
                       uint32_t *touched)
{
    size_t nt = count_set(x, u->shingles, 0, shared, gshared, touched, 0);
    return count_set(x, u->grams, 1, shared, gshared, touched, nt);
}

/* ---- candidates ---- */

typedef struct guess {
    uint32_t pos;
    double est;
} guess;

static int guess_cmp(const void *p, const void *q)
{
    const guess *x = p, *y = q;
    return x->est > y->est ? -1 : x->est < y->est;
}

/* The score of u and v estimated from the counts of shared hashes. */
static double estimate(const cmp_unit *u, const cmp_unit *v, uint32_t shared,
                       uint32_t gshared)
{
    double t = -1, x = -1;
    if ((u->grams.n || v->grams.n) && titled(u, v))
        t = 2.0 * gshared / (u->grams.n + v->grams.n);
    if (u->shingles.n || v->shingles.n)
        x = containment(shared, u->shingles.n, v->shingles.n);
    return combine(t, x);
}

size_t cmp_candidates(const cmp_side *A, const int *ia, size_t na,
                      const cmp_side *B, const int *ib, size_t nb,
                      double min, cmp_cand **out)
{
    cmp_index *x = cmp_index_new(B, ib, nb, 1);
    uint32_t *shared = xcalloc(nb + 1, sizeof *shared);
    uint32_t *gshared = xcalloc(nb + 1, sizeof *gshared);
    uint32_t *touched = xcalloc(nb + 1, sizeof *touched);
    guess *g = xcalloc(nb + 1, sizeof *g);
    cmp_cand *c = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < na; i++) {
        const cmp_unit *u = &A->u[ia[i]];
        size_t nt = cmp_index_count(x, u, shared, gshared, touched);
        for (size_t k = 0; k < nt; k++) {
            uint32_t p = touched[k];
            g[k] = (guess){p, estimate(u, &B->u[ib[p]], shared[p], gshared[p])};
            shared[p] = gshared[p] = 0;
        }
        qsort(g, nt, sizeof *g, guess_cmp);
        for (size_t k = 0; k < nt && k < CMP_CANDIDATES; k++) {
            double s = cmp_score(u, &B->u[ib[g[k].pos]]);
            if (s < min)
                continue;
            c = xgrow(c, &cap, n, sizeof *c);
            c[n++] = (cmp_cand){ia[i], ib[g[k].pos], s, 0};
        }
    }
    free(shared);
    free(gshared);
    free(touched);
    free(g);
    cmp_index_free(x);
    *out = c;
    return n;
}
