/* compare_chain.c — the heaviest set of candidate pairs in order on both
 * sides (compare_impl.h's cmp_heaviest): a weighted longest increasing
 * subsequence over the pairs sorted by A, with a Fenwick tree of prefix
 * maxima over B's ranks. */
#include <stdlib.h>
#include <string.h>

#include "compare_impl.h"

static int cand_order(const void *p, const void *q)
{
    const cmp_cand *x = p, *y = q;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    return x->b > y->b ? -1 : x->b < y->b;
}

static int int_cmp(const void *p, const void *q)
{
    int x = *(const int *)p, y = *(const int *)q;
    return x < y ? -1 : x > y;
}

/* The rank of b among the m distinct values in bs, 1-based. */
static size_t rank_of(const int *bs, size_t m, int b)
{
    size_t lo = 0, hi = m;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (bs[mid] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo + 1;
}

/* A Fenwick tree of prefix maxima: the best chain ending at a rank. */
typedef struct fenwick {
    double *best;
    long *who;
    size_t n;
} fenwick;

static void fenwick_best(const fenwick *f, size_t r, double *best, long *who)
{
    *best = 0;
    *who = -1;
    for (; r > 0; r -= r & (~r + 1))
        if (f->best[r] > *best) {
            *best = f->best[r];
            *who = f->who[r];
        }
}

static void fenwick_put(fenwick *f, size_t r, double v, long k)
{
    for (; r <= f->n; r += r & (~r + 1))
        if (v > f->best[r]) {
            f->best[r] = v;
            f->who[r] = k;
        }
}

void cmp_heaviest(cmp_cand *c, size_t n, unsigned char *keep)
{
    memset(keep, 0, n);
    if (!n)
        return;
    qsort(c, n, sizeof *c, cand_order);
    int *bs = xcalloc(n, sizeof *bs);
    for (size_t k = 0; k < n; k++)
        bs[k] = c[k].b;
    qsort(bs, n, sizeof *bs, int_cmp);
    size_t m = 0;
    for (size_t k = 0; k < n; k++)
        if (!m || bs[k] != bs[m - 1])
            bs[m++] = bs[k];
    fenwick f = {xcalloc(m + 1, sizeof *f.best), xcalloc(m + 1, sizeof *f.who), m};
    double *val = xcalloc(n, sizeof *val);
    long *prev = xcalloc(n, sizeof *prev), top = -1;
    for (size_t k = 0; k < n; k++) {
        size_t r = rank_of(bs, m, c[k].b);
        double best;
        fenwick_best(&f, r - 1, &best, &prev[k]);
        val[k] = best + c[k].score;
        fenwick_put(&f, r, val[k], (long)k);
        if (top < 0 || val[k] > val[top])
            top = (long)k;
    }
    for (long k = top; k >= 0; k = prev[k])
        keep[k] = 1;
    free(bs);
    free(f.best);
    free(f.who);
    free(val);
    free(prev);
}
