/* compare.c — the alignment of two reports' sections (see compare.h):
 * the outlines level by level through the heaviest in-order set of
 * candidate pairs (compare_chain.c), moves among what is left, and the
 * rows in B's order with A's unpaired sections where A had them. Against
 * a report without headings, compare_loose.c aligns block by block. */
#include "compare.h"

#include <stdlib.h>
#include <string.h>

#include "compare_impl.h"

#define PAIR_MIN 0.3 /* the least score of a pair in order */
#define MOVE_MIN 0.5 /* the least score of a pair out of order */

const char *compare_status_name(compare_status s)
{
    static const char *const names[COMPARE_NSTATUS] = {
        "same", "changed", "added", "removed", "moved"};
    return (unsigned)s < COMPARE_NSTATUS ? names[s] : "";
}

void compare_part_range(const doc *d, const compare_part *p, size_t *start,
                        size_t *end)
{
    *start = *end = 0;
    if (!p->line || p->block >= d->nblocks)
        return;
    *start = *end = d->blocks[p->block].start;
    if (p->nblocks)
        *end = d->blocks[p->block + p->nblocks - 1].end;
}

/* ---- the outlines, level by level ---- */

/* The children of every unit of a side, and the top level. */
typedef struct kids {
    int *of;     /* of[at[p]..at[p+1]): the children of unit p; p = n: the top */
    size_t *at;
} kids;

static void kids_build(kids *k, const cmp_side *s)
{
    k->at = xcalloc(s->n + 2, sizeof *k->at);
    k->of = xcalloc(s->n + 1, sizeof *k->of);
    for (size_t i = 0; i < s->n; i++) {
        int p = s->u[i].parent;
        k->at[(p < 0 ? s->n : (size_t)p) + 1]++;
    }
    for (size_t p = 0; p <= s->n; p++)
        k->at[p + 1] += k->at[p];
    size_t *fill = xcalloc(s->n + 1, sizeof *fill);
    for (size_t i = 0; i < s->n; i++) {
        int p = s->u[i].parent;
        size_t slot = p < 0 ? s->n : (size_t)p;
        k->of[k->at[slot] + fill[slot]++] = (int)i;
    }
    free(fill);
}

static void kids_free(kids *k)
{
    free(k->of);
    free(k->at);
}

typedef struct tree {
    cmp_side *a, *b;
    kids ka, kb;
} tree;

/* Pairs unit a with unit b. */
static void pair(tree *t, int a, int b, int moved)
{
    t->a->u[a].match = b;
    t->b->u[b].match = a;
    t->a->u[a].moved = t->b->u[b].moved = moved;
}

/* Aligns the unpaired children of A's unit pa and B's pb (-1: the top
 * levels) in order, by the heaviest set of pairs weighed by their scores
 * squared (two pairs of 0.6 do not outweigh one of 1 across them), then
 * the children of each pair made. */
static void align_children(tree *t, int pa, int pb)
{
    size_t sa = pa < 0 ? t->a->n : (size_t)pa, sb = pb < 0 ? t->b->n : (size_t)pb;
    const int *ia = t->ka.of + t->ka.at[sa], *ib = t->kb.of + t->kb.at[sb];
    size_t na = t->ka.at[sa + 1] - t->ka.at[sa], nb = t->kb.at[sb + 1] - t->kb.at[sb];
    if (!na || !nb)
        return;
    cmp_cand *c;
    size_t n = cmp_candidates(t->a, ia, na, t->b, ib, nb, PAIR_MIN, &c);
    unsigned char *keep = xcalloc(n + 1, 1);
    for (size_t k = 0; k < n; k++) /* one sure pair outweighs two unsure ones */
        c[k].score *= c[k].score;
    cmp_heaviest(c, n, keep);
    for (size_t k = 0; k < n; k++)
        if (keep[k] && t->a->u[c[k].a].match < 0 && t->b->u[c[k].b].match < 0)
            pair(t, c[k].a, c[k].b, 0);
    for (size_t k = 0; k < n; k++)
        if (keep[k] && t->a->u[c[k].a].match == c[k].b)
            align_children(t, c[k].a, c[k].b);
    free(keep);
    free(c);
}

/* The units of s still unpaired, into a malloc'd array; their count in *n. */
static int *unpaired(const cmp_side *s, size_t *n)
{
    int *v = xcalloc(s->n + 1, sizeof *v);
    *n = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->u[i].match < 0)
            v[(*n)++] = (int)i;
    return v;
}

/* Shallower pairs first (depth: the lesser of the two units'), then the
 * more similar. */
static int move_order(const void *p, const void *q)
{
    const cmp_cand *x = p, *y = q;
    if (x->depth != y->depth)
        return x->depth < y->depth ? -1 : 1;
    return x->score > y->score ? -1 : x->score < y->score;
}

/* Pairs out of order what is similar enough among the unpaired. */
static void find_moves(tree *t)
{
    size_t na, nb;
    int *ia = unpaired(t->a, &na), *ib = unpaired(t->b, &nb);
    cmp_cand *c = NULL;
    size_t n = na && nb ? cmp_candidates(t->a, ia, na, t->b, ib, nb, MOVE_MIN, &c) : 0;
    for (size_t k = 0; k < n; k++) {
        int da = t->a->u[c[k].a].depth, db = t->b->u[c[k].b].depth;
        c[k].depth = da < db ? da : db;
    }
    if (n)
        qsort(c, n, sizeof *c, move_order);
    for (size_t k = 0; k < n; k++) {
        if (t->a->u[c[k].a].match >= 0 || t->b->u[c[k].b].match >= 0)
            continue;
        pair(t, c[k].a, c[k].b, 1);
        align_children(t, c[k].a, c[k].b);
    }
    free(c);
    free(ia);
    free(ib);
}

/* The rows: B's units in order, each removed unit of A after the row of
 * the paired unit before it in A (first of all when there is none). */
static size_t tree_rows(const tree *t, cmp_row **rows)
{
    cmp_row *r = xcalloc(t->a->n + t->b->n + 1, sizeof *r);
    size_t n = 0;
    for (size_t j = 0; j < t->b->n; j++)
        r[n++] = (cmp_row){3 * (long long)j + 1, 0,
                           cmp_pair_of(t->a, t->b->u[j].match, t->b, (int)j)};
    long long anchor = -1;
    for (size_t i = 0; i < t->a->n; i++) {
        int m = t->a->u[i].match;
        if (m >= 0)
            anchor = 3 * (long long)m + 2;
        else
            r[n++] = (cmp_row){anchor, (long long)i, cmp_pair_of(t->a, (int)i, t->b, -1)};
    }
    *rows = r;
    return n;
}

static size_t align_tree(cmp_side *a, cmp_side *b, cmp_row **rows)
{
    tree t = {a, b, {0}, {0}};
    kids_build(&t.ka, a);
    kids_build(&t.kb, b);
    align_children(&t, -1, -1);
    find_moves(&t);
    size_t n = tree_rows(&t, rows);
    kids_free(&t.ka);
    kids_free(&t.kb);
    return n;
}

/* ---- the result ---- */

static int row_order(const void *p, const void *q)
{
    const cmp_row *x = p, *y = q;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->tie < y->tie ? -1 : x->tie > y->tie;
}

compare *compare_docs(const doc *a, const doc *b)
{
    arena scratch;
    arena_init(&scratch);
    int loose = (a->nsections == 0) != (b->nsections == 0);
    cmp_side A, B;
    cmp_side_build(&A, a, loose, &scratch);
    cmp_side_build(&B, b, loose, &scratch);
    cmp_row *rows;
    size_t n = loose ? cmp_align_loose(&A, &B, &scratch, &rows)
                     : align_tree(&A, &B, &rows);
    qsort(rows, n, sizeof *rows, row_order);
    compare *c = xcalloc(1, sizeof *c);
    arena_init(&c->mem);
    c->pairs = arena_alloc(&c->mem, (n + 1) * sizeof *c->pairs);
    for (size_t k = 0; k < n; k++)
        c->pairs[k] = rows[k].pair;
    c->npairs = n;
    free(rows);
    free(A.u);
    free(B.u);
    arena_free(&scratch);
    return c;
}

void compare_free(compare *c)
{
    if (!c)
        return;
    arena_free(&c->mem);
    free(c);
}
