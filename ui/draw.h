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

#endif
