/* test_compare_rows.c — the Compare view's aligned rows (ui/compare_rows.h)
 * on the samples (argv[1..]: 000, 001, 003, 004), each pair of them laid
 * out at 40 and 70 cells: a pair takes as many rows as its longer side
 * has display lines, the shorter side filled (-1) after its lines; each
 * side's line stands on its own pair's rows, in order, and its text (a
 * blank line has none) starts inside that pair's part; no display line is
 * shown twice (a table part inside a section's run of blocks: its own
 * pair's); the pairs' rows follow the comparison's order; compare_rows_find
 * finds each line's row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "compare_rows.h"
#include "sample_doc.h"

static void rows_of(const doc *a, const doc *b, int width)
{
    compare *c = compare_docs(a, b);
    reader_layout la = {0}, lb = {0};
    reader_layout_build(&la, a, width, 0);
    reader_layout_build(&lb, b, width, 0);
    compare_rows r = {0};
    compare_rows_build(&r, c, &la, &lb);
    CHECK_INT(r.npairs, c->npairs);
    unsigned char *seen_a = xcalloc(la.n + 1, 1), *seen_b = xcalloc(lb.n + 1, 1);
    int ok_order = 1, ok_side = 1, ok_fill = 1, ok_once = 1, ok_find = 1;
    size_t expect = 0;
    for (size_t k = 0; k < c->npairs; k++) {
        size_t first = r.first[k], end = first;
        while (end < r.n && r.v[end].pair == k)
            end++;
        ok_order &= first == r.n || first == expect;
        if (first < r.n)
            expect = end;
        int a_done = 0, b_done = 0;
        size_t sa, ea, sb, eb;
        compare_part_range(a, &c->pairs[k].a, &sa, &ea);
        compare_part_range(b, &c->pairs[k].b, &sb, &eb);
        for (size_t i = first; i < end; i++) {
            const compare_row *w = &r.v[i];
            /* a side's lines, then only filler */
            ok_fill &= !(a_done && w->a >= 0) && !(b_done && w->b >= 0);
            a_done |= w->a < 0;
            b_done |= w->b < 0;
            ok_fill &= w->a >= 0 || w->b >= 0; /* no row of filler alone */
            if (w->a >= 0) {
                ok_side &= la.v[w->a].kind == LINE_BLANK ||
                           (la.v[w->a].start >= sa && la.v[w->a].start <= ea);
                ok_once &= !seen_a[w->a];
                seen_a[w->a] = 1;
                ok_find &= compare_rows_find(&r, 0, w->a) == i;
            }
            if (w->b >= 0) {
                ok_side &= lb.v[w->b].kind == LINE_BLANK ||
                           (lb.v[w->b].start >= sb && lb.v[w->b].start <= eb);
                ok_once &= !seen_b[w->b];
                seen_b[w->b] = 1;
            }
        }
    }
    CHECK(ok_order);
    CHECK(ok_side);
    CHECK(ok_fill);
    CHECK(ok_once);
    CHECK(ok_find);
    CHECK(r.n > 0);
    CHECK_INT(compare_rows_find(&r, 1, -5), r.n);
    compare_rows_free(&r);
    reader_layout_free(&la);
    reader_layout_free(&lb);
    compare_free(c);
    free(seen_a);
    free(seen_b);
}

int main(int argc, char **argv)
{
    doc *d[8] = {0};
    int n = 0;
    for (int i = 1; i < argc && n < 8; i++)
        if ((d[n] = sample_doc(argv[i])) != NULL)
            n++;
    CHECK(n >= 2);
    static const int widths[] = {40, 70};
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            for (int w = 0; w < 2; w++)
                rows_of(d[i], d[j], widths[w]);
    for (int i = 0; i < n; i++)
        doc_free(d[i]);
    return check_done();
}
