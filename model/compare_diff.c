/* compare_diff.c — a section pair's text diff (see compare_diff.h). */
#include "compare_diff.h"

#include <string.h>

int compare_pair_differs(const compare *c, size_t k)
{
    const compare_pair *p = &c->pairs[k];
    return !p->identical && p->a.nblocks && p->b.nblocks &&
           (p->status == COMPARE_CHANGED || p->status == COMPARE_MOVED);
}

int compare_pair_diff(const compare *c, size_t k, const doc *a, const doc *b,
                      word_bounds_fn words, textdiff *out, size_t *sa, size_t *sb)
{
    memset(out, 0, sizeof *out);
    *sa = *sb = 0;
    if (k >= c->npairs || !compare_pair_differs(c, k))
        return 0;
    size_t ea, eb;
    compare_part_range(a, &c->pairs[k].a, sa, &ea);
    compare_part_range(b, &c->pairs[k].b, sb, &eb);
    textdiff_run(a->clean.bytes + *sa, ea - *sa, b->clean.bytes + *sb, eb - *sb, words, 0,
                 out);
    return 1;
}
