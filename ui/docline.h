/* docline.h — one display line of a laid-out report drawn into a window
 * at a column and a width (the Reader's and the Compare view's painter):
 * headings styled by level, captions dim, table rows as grids, and the
 * highlighted ranges (hits, changed text, numbers) in their roles, a later
 * highlight over an earlier one, found by binary search. */
#ifndef BAOGAO_DOCLINE_H
#define BAOGAO_DOCLINE_H

#include <stddef.h>

#include <ncursesw/curses.h>

#include "doclayout.h"
#include "view.h"

/* Highlights over a document's clean text, sorted by start. */
typedef struct docline_marks {
    highlight *hl;
    size_t n;
    size_t longest; /* the longest one's length, to find a line's */
} docline_marks;

/* Replaces m's highlights by a copy of hl[0..n), sorted. Aborts on
 * out-of-memory only. */
void docline_marks_set(docline_marks *m, const highlight *hl, size_t n);

void docline_marks_free(docline_marks *m);

/* Display line dl of l (a layout of d) at row y of w, from column x over
 * width cells, in display script `script`, with m's highlights (m may be
 * NULL). */
void docline_draw(WINDOW *w, int y, int x, int width, const reader_layout *l,
                  const display_line *dl, const docline_marks *m, int script);

#endif
