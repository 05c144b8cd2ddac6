/* myers.c — Myers' diff in linear space with xdiff's cost heuristics and
 * a work budget (see myers.h). The division follows git's xdl_split:
 * forward and backward searches from the two corners of a box meet on a
 * middle snake; boxes wait on an explicit stack, not the C stack. */
#include "myers.h"

#include <stdlib.h>

#include "arena.h"

typedef ptrdiff_t idx;

/* xdiff's constants: the lowest cost cap, the snake length that counts
 * as a good one, the cost after which good diagonals are taken, and how
 * much a diagonal must beat its cost by. */
enum { MAX_COST_MIN = 256, SNAKE_CNT = 20, HEUR_MIN_COST = 256, K_HEUR = 4 };

typedef struct box {
    idx off1, lim1, off2, lim2;
    int need_min;
} box;

typedef struct split {
    idx i1, i2;
    int min_lo, min_hi;
} split;

typedef struct run {
    const uint32_t *a, *b;
    idx *kvdf, *kvdb; /* furthest points per diagonal, forward / backward */
    idx mxcost;
    size_t work, budget;
} run;

/* True when SNAKE_CNT equal symbols end at (i1, i2) (fwd) or start
 * there. */
static int snake_at(const run *r, idx i1, idx i2, int fwd)
{
    for (idx k = 0; k < SNAKE_CNT; k++)
        if (fwd ? r->a[i1 - 1 - k] != r->b[i2 - 1 - k]
                : r->a[i1 + k] != r->b[i2 + k])
            return 0;
    return 1;
}

/* The best diagonal of the forward (fwd) or backward search, kv[lo..hi]
 * with mid its first, whose point is at the end of a snake of SNAKE_CNT
 * inside the box (xdiff's "good diagonal" heuristic): 1 and spl set, or
 * 0. */
static int good_diagonal(const run *r, const box *x, const idx *kv, idx lo,
                         idx hi, idx mid, idx ec, int fwd, split *spl)
{
    idx best = 0;
    for (idx d = hi; d >= lo; d -= 2) {
        idx dd = d > mid ? d - mid : mid - d;
        idx i1 = kv[d], i2 = i1 - d;
        idx v = fwd ? (i1 - x->off1) + (i2 - x->off2) - dd
                    : (x->lim1 - i1) + (x->lim2 - i2) - dd;
        int inside =
            fwd ? x->off1 + SNAKE_CNT <= i1 && i1 < x->lim1 &&
                      x->off2 + SNAKE_CNT <= i2 && i2 < x->lim2
                : x->off1 < i1 && i1 <= x->lim1 - SNAKE_CNT &&
                      x->off2 < i2 && i2 <= x->lim2 - SNAKE_CNT;
        if (v > K_HEUR * ec && v > best && inside && snake_at(r, i1, i2, fwd)) {
            best = v;
            spl->i1 = i1;
            spl->i2 = i2;
        }
    }
    spl->min_lo = fwd;
    spl->min_hi = !fwd;
    return best > 0;
}

/* Past the cost cap: the furthest-reaching point of either search. */
static void furthest(const run *r, const box *x, idx fmin, idx fmax,
                     idx bmin, idx bmax, split *spl)
{
    idx fbest = -1, fbest1 = -1;
    for (idx d = fmax; d >= fmin; d -= 2) {
        idx i1 = r->kvdf[d] < x->lim1 ? r->kvdf[d] : x->lim1, i2 = i1 - d;
        if (x->lim2 < i2) {
            i1 = x->lim2 + d;
            i2 = x->lim2;
        }
        if (fbest < i1 + i2) {
            fbest = i1 + i2;
            fbest1 = i1;
        }
    }
    idx bbest = PTRDIFF_MAX, bbest1 = PTRDIFF_MAX;
    for (idx d = bmax; d >= bmin; d -= 2) {
        idx i1 = r->kvdb[d] > x->off1 ? r->kvdb[d] : x->off1, i2 = i1 - d;
        if (i2 < x->off2) {
            i1 = x->off2 + d;
            i2 = x->off2;
        }
        if (i1 + i2 < bbest) {
            bbest = i1 + i2;
            bbest1 = i1;
        }
    }
    if ((x->lim1 + x->lim2) - bbest < fbest - (x->off1 + x->off2)) {
        spl->i1 = fbest1;
        spl->i2 = fbest - fbest1;
        spl->min_lo = 1;
        spl->min_hi = 0;
    } else {
        spl->i1 = bbest1;
        spl->i2 = bbest - bbest1;
        spl->min_lo = 0;
        spl->min_hi = 1;
    }
}

/* Where to divide box x (both sides non-empty, no common ends): the
 * middle snake, or a heuristic point. Returns 0, -1 over budget. */
static int divide(run *r, const box *x, split *spl)
{
    const uint32_t *a = r->a, *b = r->b;
    idx *kvdf = r->kvdf, *kvdb = r->kvdb;
    idx dmin = x->off1 - x->lim2, dmax = x->lim1 - x->off2;
    idx fmid = x->off1 - x->off2, bmid = x->lim1 - x->lim2;
    int odd = (fmid - bmid) & 1;
    idx fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    kvdf[fmid] = x->off1;
    kvdb[bmid] = x->lim1;
    for (idx ec = 1;; ec++) {
        int got_snake = 0;
        size_t work = 0;
        if (fmin > dmin)
            kvdf[--fmin - 1] = -1;
        else
            ++fmin;
        if (fmax < dmax)
            kvdf[++fmax + 1] = -1;
        else
            --fmax;
        for (idx d = fmax; d >= fmin; d -= 2) {
            idx i1 = kvdf[d - 1] >= kvdf[d + 1] ? kvdf[d - 1] + 1 : kvdf[d + 1];
            idx prev = i1, i2 = i1 - d;
            while (i1 < x->lim1 && i2 < x->lim2 && a[i1] == b[i2])
                i1++, i2++;
            work += 1 + (size_t)(i1 - prev);
            if (i1 - prev > SNAKE_CNT)
                got_snake = 1;
            kvdf[d] = i1;
            if (odd && bmin <= d && d <= bmax && kvdb[d] <= i1) {
                *spl = (split){i1, i2, 1, 1};
                r->work += work;
                return 0;
            }
        }
        if (bmin > dmin)
            kvdb[--bmin - 1] = PTRDIFF_MAX;
        else
            ++bmin;
        if (bmax < dmax)
            kvdb[++bmax + 1] = PTRDIFF_MAX;
        else
            --bmax;
        for (idx d = bmax; d >= bmin; d -= 2) {
            idx i1 = kvdb[d - 1] < kvdb[d + 1] ? kvdb[d - 1] : kvdb[d + 1] - 1;
            idx prev = i1, i2 = i1 - d;
            while (i1 > x->off1 && i2 > x->off2 && a[i1 - 1] == b[i2 - 1])
                i1--, i2--;
            work += 1 + (size_t)(prev - i1);
            if (prev - i1 > SNAKE_CNT)
                got_snake = 1;
            kvdb[d] = i1;
            if (!odd && fmin <= d && d <= fmax && i1 <= kvdf[d]) {
                *spl = (split){i1, i2, 1, 1};
                r->work += work;
                return 0;
            }
        }
        r->work += work;
        if (r->work > r->budget)
            return -1;
        if (x->need_min)
            continue;
        if (got_snake && ec > HEUR_MIN_COST &&
            (good_diagonal(r, x, kvdf, fmin, fmax, fmid, ec, 1, spl) ||
             good_diagonal(r, x, kvdb, bmin, bmax, bmid, ec, 0, spl)))
            return 0;
        if (ec >= r->mxcost) {
            furthest(r, x, fmin, fmax, bmin, bmax, spl);
            return 0;
        }
    }
}

/* Shrinks x by its common ends; marks it all when one side is empty.
 * Returns 1 when x is left to divide. */
static int trim(run *r, box *x, unsigned char *ca, unsigned char *cb)
{
    idx o1 = x->off1;
    while (x->off1 < x->lim1 && x->off2 < x->lim2 &&
           r->a[x->off1] == r->b[x->off2])
        x->off1++, x->off2++;
    while (x->off1 < x->lim1 && x->off2 < x->lim2 &&
           r->a[x->lim1 - 1] == r->b[x->lim2 - 1])
        x->lim1--, x->lim2--;
    r->work += (size_t)(x->off1 - o1);
    if (x->off1 == x->lim1) {
        for (idx j = x->off2; j < x->lim2; j++)
            cb[j] = 1;
        return 0;
    }
    if (x->off2 == x->lim2) {
        for (idx i = x->off1; i < x->lim1; i++)
            ca[i] = 1;
        return 0;
    }
    return 1;
}

/* xdiff's cost cap: about the square root of the diagonals, at least
 * MAX_COST_MIN. */
static idx cost_cap(size_t ndiags)
{
    idx c = 1;
    for (size_t i = ndiags; i >= 4; i >>= 2)
        c <<= 1;
    return c < MAX_COST_MIN ? MAX_COST_MIN : c;
}

int myers_diff(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
               unsigned char *ca, unsigned char *cb, size_t *budget)
{
    size_t ndiags = n + m + 3;
    idx *kv = xmalloc(2 * (ndiags + 1) * sizeof *kv);
    run r = {a, b, kv + m + 1, kv + ndiags + 1 + m + 1, cost_cap(ndiags), 0,
             *budget};
    box *stack = NULL;
    size_t depth = 0, cap = 0;
    stack = xgrow(stack, &cap, depth, sizeof *stack);
    stack[depth++] = (box){0, (idx)n, 0, (idx)m, 0};
    int rc = 0;
    while (depth && rc == 0) {
        box x = stack[--depth];
        if (!trim(&r, &x, ca, cb))
            continue;
        split spl;
        if (divide(&r, &x, &spl) < 0) {
            rc = -1;
            break;
        }
        stack = xgrow(stack, &cap, depth + 1, sizeof *stack);
        stack[depth++] = (box){spl.i1, x.lim1, spl.i2, x.lim2, spl.min_hi};
        stack[depth++] = (box){x.off1, spl.i1, x.off2, spl.i2, spl.min_lo};
        if (r.work > r.budget)
            rc = -1;
    }
    *budget = r.work >= *budget ? 0 : *budget - r.work;
    free(stack);
    free(kv);
    return rc;
}
