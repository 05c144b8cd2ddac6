/* compare_rows.h — two reports' aligned sections as rows of a screen: the
 * pairs of model/compare.h in their order, each as many rows as its
 * longer side has display lines (doclayout.h), the shorter side filled,
 * so that paired sections start on the same row and one scroll moves
 * both. No curses. */
#ifndef BAOGAO_COMPARE_ROWS_H
#define BAOGAO_COMPARE_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "compare.h"
#include "doclayout.h"

/* A row: its pair, and the display line of each side (-1: filler). */
typedef struct compare_row {
    uint32_t pair;
    int32_t a, b;
} compare_row;

typedef struct compare_rows {
    compare_row *v;
    size_t n, cap;
    size_t *first;  /* first[k]: pair k's first row (n when it has none) */
    size_t npairs;
} compare_rows;

/* The rows of c over la and lb, complete layouts of the documents c
 * compared (A's and B's), into r (emptied first). A side's lines are those
 * whose text starts in its part (compare_part_range) but for the lines of
 * a narrower part inside it (a table made a part of its own), which that
 * part's pair shows: every line once; a missing side or an empty place
 * has none. A pair with no line on either side has no row.
 * Aborts on out-of-memory only. */
void compare_rows_build(compare_rows *r, const compare *c, const reader_layout *la,
                        const reader_layout *lb);

/* The row holding display line `line` of side (0 A, 1 B), or r->n. */
size_t compare_rows_find(const compare_rows *r, int side, int32_t line);

void compare_rows_free(compare_rows *r);

#endif
