/* compare_rows.c — the aligned rows of two reports (see compare_rows.h). */
#include "compare_rows.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* The display lines [*from, *to) of l whose text starts in part p of d. */
static void lines_of(const reader_layout *l, const doc *d, const compare_part *p,
                     size_t *from, size_t *to)
{
    *from = *to = 0;
    if (!p->line || !p->nblocks)
        return;
    size_t start, end;
    compare_part_range(d, p, &start, &end);
    *from = reader_layout_find(l, start);
    *to = reader_layout_find(l, end);
    if (*to < *from)
        *to = *from;
}

/* Which pair shows each display line of one side: of the parts whose
 * lines hold it, the narrowest (a table the comparison made a part of its
 * own inside a section's run of blocks is shown by its own pair, not
 * twice). owner[i] is the pair, or SIZE_MAX. */
static size_t *owners(const compare *c, const reader_layout *l, int side)
{
    size_t *owner = xmalloc((l->n + 1) * sizeof *owner);
    size_t *width = xmalloc((l->n + 1) * sizeof *width);
    for (size_t i = 0; i < l->n; i++)
        owner[i] = width[i] = SIZE_MAX;
    for (size_t k = 0; k < c->npairs; k++) {
        const compare_part *p = side ? &c->pairs[k].b : &c->pairs[k].a;
        size_t from, to;
        lines_of(l, l->d, p, &from, &to);
        for (size_t i = from; i < to && i < l->n; i++)
            if (to - from < width[i]) {
                owner[i] = k;
                width[i] = to - from;
            }
    }
    free(width);
    return owner;
}

/* The lines of pair k among [from, to) that it shows, into out; how many. */
static size_t shown_lines(const size_t *owner, size_t k, size_t from, size_t to,
                          int32_t *out)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        if (owner[i] == k)
            out[n++] = (int32_t)i;
    return n;
}

void compare_rows_build(compare_rows *r, const compare *c, const reader_layout *la,
                        const reader_layout *lb)
{
    compare_rows_free(r);
    r->npairs = c->npairs;
    r->first = xmalloc((c->npairs + 1) * sizeof *r->first);
    size_t *oa = owners(c, la, 0), *ob = owners(c, lb, 1);
    int32_t *va = xmalloc((la->n + 1) * sizeof *va), *vb = xmalloc((lb->n + 1) * sizeof *vb);
    for (size_t k = 0; k < c->npairs; k++) {
        const compare_pair *p = &c->pairs[k];
        size_t a0, a1, b0, b1;
        lines_of(la, la->d, &p->a, &a0, &a1);
        lines_of(lb, lb->d, &p->b, &b0, &b1);
        size_t na = shown_lines(oa, k, a0, a1, va), nb = shown_lines(ob, k, b0, b1, vb);
        size_t rows = na > nb ? na : nb;
        r->first[k] = rows ? r->n : (size_t)-1;
        for (size_t i = 0; i < rows; i++) {
            r->v = xgrow(r->v, &r->cap, r->n, sizeof *r->v);
            r->v[r->n++] = (compare_row){(uint32_t)k, i < na ? va[i] : -1,
                                         i < nb ? vb[i] : -1};
        }
    }
    for (size_t k = 0; k < c->npairs; k++)
        if (r->first[k] == (size_t)-1)
            r->first[k] = r->n;
    free(oa);
    free(ob);
    free(va);
    free(vb);
}

size_t compare_rows_find(const compare_rows *r, int side, int32_t line)
{
    for (size_t i = 0; i < r->n; i++)
        if ((side ? r->v[i].b : r->v[i].a) == line)
            return i;
    return r->n;
}

void compare_rows_free(compare_rows *r)
{
    free(r->v);
    free(r->first);
    memset(r, 0, sizeof *r);
}
