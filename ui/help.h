/* help.h — the keys, as the help overlay (?) and --help show them: the
 * global action list, then the actions of the views on screen, each from
 * the one table that also binds them (keys.h, view.h). */
#ifndef BAOGAO_HELP_H
#define BAOGAO_HELP_H

#include <stddef.h>

#include <ncursesw/curses.h>

#include "view.h"

/* Draws the help overlay over the screen (lines × cols): the global
 * actions and those of views[0..nviews) (their names after their help),
 * from row *top (kept in range here), with where it is in its bottom
 * border when not every key fits. */
void help_draw(int lines, int cols, const view_ops *const *views,
               size_t nviews, int *top);

#endif
