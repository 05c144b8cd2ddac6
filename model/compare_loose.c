/* compare_loose.c — a report without headings against one with them
 * (compare.h): each block of the first goes to the part of the second
 * that contains most of its shingles, or with its neighbour when it
 * shares none; consecutive blocks of one part make a run, paired with
 * it (moved when the runs leave that part's order); a part with no run
 * is only in its report, but a heading with no text of its own over
 * subsections that got some, which is paired with an empty place. */
#include <stdlib.h>
#include <string.h>

#include "compare_impl.h"

#define KEEP_SHARE 0.9 /* the part of the block before keeps a block that
                          shares this much of the best part's count */
#define LEAST_SHARE 0.25 /* of a block's shingles a part must hold to
                            take it (else it goes with its neighbour) */
enum { LEAST_PLACED = 10 }; /* one block in this many placed by its text,
                               or the reports are unrelated */

typedef struct loose {
    cmp_side *p, *h; /* the side without headings and the other */
    int p_is_b;
    int *to;         /* per unit of p: its unit of h, or -1 */
    cmp_side runs;   /* the runs of p as units */
} loose;

/* The unit of h that holds most of unit i's shingles (the one before
 * keeps it when it holds nearly as many), or -1 when none holds a
 * quarter of them. */
static int best_part(const loose *l, const cmp_index *x, size_t i, int before,
                     uint32_t *shared, uint32_t *gshared, uint32_t *touched)
{
    size_t nt = cmp_index_count(x, &l->p->u[i], shared, gshared, touched);
    int best = -1;
    uint32_t most = 0;
    for (size_t k = 0; k < nt; k++)
        if (shared[touched[k]] > most) {
            most = shared[touched[k]];
            best = (int)touched[k];
        }
    if (most < LEAST_SHARE * l->p->u[i].shingles.n)
        best = -1;
    else if (before >= 0 && shared[before] >= KEEP_SHARE * most)
        best = before;
    for (size_t k = 0; k < nt; k++)
        shared[touched[k]] = gshared[touched[k]] = 0;
    return best;
}

/* l->to: every block's part; a block no part holds a quarter of goes
 * with the one before it, or after it at the start. Returns 0 when fewer
 * than one block in LEAST_PLACED has a part of its own: the reports are
 * not one another's. */
static int assign(loose *l)
{
    size_t nh = l->h->n, np = l->p->n;
    int *all = xcalloc(nh + 1, sizeof *all);
    for (size_t j = 0; j < nh; j++)
        all[j] = (int)j;
    cmp_index *x = cmp_index_new(l->h, all, nh, 0);
    uint32_t *shared = xcalloc(nh + 1, sizeof *shared);
    uint32_t *gshared = xcalloc(nh + 1, sizeof *gshared);
    uint32_t *touched = xcalloc(nh + 1, sizeof *touched);
    int before = -1, any = -1;
    size_t placed = 0;
    for (size_t i = 0; i < np; i++) {
        l->to[i] = best_part(l, x, i, before, shared, gshared, touched);
        placed += l->to[i] >= 0;
        if (l->to[i] >= 0 && any < 0)
            any = l->to[i];
        if (l->to[i] < 0)
            l->to[i] = before;
        before = l->to[i];
    }
    for (size_t i = 0; i < np && l->to[i] < 0; i++)
        l->to[i] = any;
    free(all);
    free(shared);
    free(gshared);
    free(touched);
    cmp_index_free(x);
    return placed && placed * LEAST_PLACED >= np;
}

/* A run of units [from, to] of p, paired with h's unit part, as a unit. */
static void run_add(loose *l, size_t *cap, size_t from, size_t to, int part,
                    arena *a)
{
    const cmp_unit *u = l->p->u;
    l->runs.u = xgrow(l->runs.u, cap, l->runs.n, sizeof *l->runs.u);
    cmp_unit *r = &l->runs.u[l->runs.n++];
    memset(r, 0, sizeof *r);
    r->part = (compare_part){-1, u[from].part.block,
                             u[to].part.block + u[to].part.nblocks - u[from].part.block,
                             u[from].part.line};
    r->parent = -1;
    r->match = part;
    r->title = "";
    sbuf all = {0};
    for (size_t i = from; i <= to; i++) {
        if (i > from)
            sbuf_addc(&all, '\n');
        sbuf_add(&all, u[i].text, u[i].text_len);
        r->shingles = i == from ? u[i].shingles : cmp_set_union(r->shingles, u[i].shingles, a);
    }
    r->text = arena_strndup(a, all.p ? all.p : "", all.len);
    r->text_len = (uint32_t)all.len;
    sbuf_free(&all);
}

/* The runs of consecutive blocks of one part. */
static void make_runs(loose *l, arena *a)
{
    size_t cap = 0;
    for (size_t i = 0; i < l->p->n;) {
        size_t j = i;
        while (j + 1 < l->p->n && l->to[j + 1] == l->to[i])
            j++;
        run_add(l, &cap, i, j, l->to[i], a);
        i = j + 1;
    }
}

/* Runs out of their parts' order are moved: all but the largest set (by
 * blocks) in order. */
static void find_moved(loose *l)
{
    size_t n = l->runs.n;
    cmp_cand *c = xcalloc(n + 1, sizeof *c);
    for (size_t r = 0; r < n; r++)
        c[r] = (cmp_cand){(int)r, l->runs.u[r].match, l->runs.u[r].part.nblocks, 0};
    unsigned char *keep = xcalloc(n + 1, 1);
    cmp_heaviest(c, n, keep);
    for (size_t k = 0; k < n; k++)
        l->runs.u[c[k].a].moved = !keep[k];
    free(keep);
    free(c);
}

/* The pair of run r (or -1) and h's unit j (or -1), sides in their
 * order. */
static compare_pair pair_of(const loose *l, int r, int j)
{
    if (l->p_is_b)
        return cmp_pair_of(l->h, j, &l->runs, r);
    return cmp_pair_of(&l->runs, r, l->h, j);
}

/* h's unit j with no run but for its subsections', the first of which
 * is run r: paired with an empty place there. */
static compare_pair empty_place(const loose *l, int j, int r)
{
    compare_pair p = {0};
    compare_part at = l->runs.u[r].part;
    at.nblocks = 0;
    p.a = l->p_is_b ? l->h->u[j].part : at;
    p.b = l->p_is_b ? at : l->h->u[j].part;
    p.status = COMPARE_CHANGED;
    return p;
}

/* Per unit of h: the first run of it or of a unit under it, or -1. */
static int *first_runs(const loose *l)
{
    int *sub = xcalloc(l->h->n + 1, sizeof *sub);
    for (size_t j = 0; j < l->h->n; j++)
        sub[j] = -1;
    for (size_t r = l->runs.n; r-- > 0;)
        sub[l->runs.u[r].match] = (int)r;
    for (size_t j = l->h->n; j-- > 0;) {
        int up = l->h->u[j].parent;
        if (up >= 0 && sub[j] >= 0 && (sub[up] < 0 || sub[j] < sub[up]))
            sub[up] = sub[j];
    }
    return sub;
}

/* A unit of h with no run: an empty place before its subsections' first
 * run when it has no text of its own, else only in its report. */
static cmp_row lone_row(const loose *l, int j, const int *sub, long long anchor)
{
    const cmp_unit *u = &l->h->u[j];
    int r = sub[j];
    if (r >= 0 && !u->text_len) {
        long long key = l->p_is_b ? 3 * (long long)r : 3 * (long long)j + 1;
        return (cmp_row){key, l->p_is_b ? j : -1, empty_place(l, j, r)};
    }
    long long key = l->p_is_b ? anchor : 3 * (long long)j + 1;
    return (cmp_row){key, j, pair_of(l, -1, j)};
}

/* The rows in B's order (compare.h). */
static size_t loose_rows(const loose *l, cmp_row **rows)
{
    cmp_row *v = xcalloc(l->runs.n + l->h->n + 1, sizeof *v);
    size_t n = 0;
    for (size_t r = 0; r < l->runs.n; r++) {
        int j = l->runs.u[r].match;
        long long key = l->p_is_b ? 3 * (long long)r + 1 : 3 * (long long)j + 1;
        v[n++] = (cmp_row){key, l->p_is_b ? 0 : (long long)r, pair_of(l, (int)r, j)};
    }
    int *sub = first_runs(l), *last = xcalloc(l->h->n + 1, sizeof *last);
    for (size_t j = 0; j < l->h->n; j++)
        last[j] = -1;
    for (size_t r = 0; r < l->runs.n; r++)
        last[l->runs.u[r].match] = (int)r;
    long long anchor = -1; /* after the last run of the part before */
    for (size_t j = 0; j < l->h->n; j++) {
        if (last[j] >= 0) {
            anchor = 3 * (long long)last[j] + 2;
            continue;
        }
        v[n++] = lone_row(l, (int)j, sub, anchor);
        if (sub[j] >= 0 && !l->h->u[j].text_len)
            anchor = 3 * (long long)sub[j];
    }
    free(sub);
    free(last);
    *rows = v;
    return n;
}

/* No block shares anything: every part only in its report. */
static size_t apart(const loose *l, cmp_row **rows)
{
    cmp_row *v = xcalloc(l->p->n + l->h->n + 1, sizeof *v);
    size_t n = 0;
    const cmp_side *a = l->p_is_b ? l->h : l->p, *b = l->p_is_b ? l->p : l->h;
    for (size_t j = 0; j < b->n; j++)
        v[n++] = (cmp_row){1, (long long)j, cmp_pair_of(a, -1, b, (int)j)};
    for (size_t i = 0; i < a->n; i++)
        v[n++] = (cmp_row){0, (long long)i, cmp_pair_of(a, (int)i, b, -1)};
    *rows = v;
    return n;
}

size_t cmp_align_loose(cmp_side *a, cmp_side *b, arena *scratch,
                       cmp_row **rows)
{
    loose l = {.p = a->loose ? a : b, .h = a->loose ? b : a, .p_is_b = b->loose};
    l.to = xcalloc(l.p->n + 1, sizeof *l.to);
    size_t n;
    if (!l.p->n || !assign(&l)) {
        n = apart(&l, rows);
    } else {
        make_runs(&l, scratch);
        find_moved(&l);
        n = loose_rows(&l, rows);
    }
    free(l.to);
    free(l.runs.u);
    return n;
}
