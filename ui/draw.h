/* draw.h — the one routine that puts text on the screen: every string
 * goes through it, sanitized (controls become visible placeholders) and
 * fitted by cells (a wide character is never split). */
#ifndef BAOGAO_DRAW_H
#define BAOGAO_DRAW_H

#include <stddef.h>

#include <ncursesw/curses.h>

#include "term.h"

/* Draws s[0..n) at row y, column x of w in at most cols cells with role r.
 * When it does not fit and ellipsis is set, it ends in "…" within cols.
 * Returns the cells used. */
int draw_text(WINDOW *w, int y, int x, const char *s, size_t n, int cols,
              role r, int ellipsis);

/* draw_text of s[0..n) shown in display script `script` (script.h): the
 * open report's text, as the s key chose. */
int draw_text_script(WINDOW *w, int y, int x, const char *s, size_t n,
                     int cols, role r, int ellipsis, int script);

/* draw_text of a NUL-terminated string. */
int draw_str(WINDOW *w, int y, int x, const char *s, int cols, role r);

/* Fills cols cells from (y, x) with blanks of role r. */
void draw_fill(WINDOW *w, int y, int x, int cols, role r);

/* Display width of s[0..n) in cells (sanitized). */
int draw_width(const char *s, size_t n);

/* A sparkline's cell for share (0–1) of the largest value: one of
 * ▁▂▃▄▅▆▇█ (UTF-8) in eighths rounded, ▁ for 0 and less, █ for 1 and
 * more. */
const char *draw_eighth(double share);

/* One line of a table grid at row y, from column x to column `right`
 * (exclusive): a border, then each of the ncols columns widths[c] cells
 * wide followed by a border. A rule line (rule set) fills the columns
 * with a horizontal line; else column c shows cells[c] (c < ncells; cut
 * with …) in display script `script`, in ROLE_TABLE when header, else
 * ROLE_NORMAL. Borders and rules are ROLE_TABLE. */
void draw_grid_row(WINDOW *w, int y, int x, int right,
                   const char *const *cells, size_t ncells, const int *widths,
                   size_t ncols, int rule, int header, int script);

#endif
