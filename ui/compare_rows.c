/* compare_rows.c — the aligned rows of two reports (see compare_rows.h). */
#include "compare_rows.h"

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

void compare_rows_build(compare_rows *r, const compare *c, const reader_layout *la,
                        const reader_layout *lb)
{
    compare_rows_free(r);
    r->npairs = c->npairs;
    r->first = xmalloc((c->npairs + 1) * sizeof *r->first);
    for (size_t k = 0; k < c->npairs; k++) {
        const compare_pair *p = &c->pairs[k];
        size_t a0, a1, b0, b1;
        lines_of(la, la->d, &p->a, &a0, &a1);
        lines_of(lb, lb->d, &p->b, &b0, &b1);
        size_t na = a1 - a0, nb = b1 - b0, rows = na > nb ? na : nb;
        r->first[k] = rows ? r->n : (size_t)-1;
        for (size_t i = 0; i < rows; i++) {
            r->v = xgrow(r->v, &r->cap, r->n, sizeof *r->v);
            r->v[r->n++] = (compare_row){(uint32_t)k,
                                         i < na ? (int32_t)(a0 + i) : -1,
                                         i < nb ? (int32_t)(b0 + i) : -1};
        }
    }
    for (size_t k = 0; k < c->npairs; k++)
        if (r->first[k] == (size_t)-1)
            r->first[k] = r->n;
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
