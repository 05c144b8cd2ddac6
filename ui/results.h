/* results.h — the search view: a query typed at the bottom, every hit in
 * every report listed as the user types (report, section breadcrumb,
 * snippet with the hit highlighted), Enter opens the reader on the hit,
 * n/N in the reader step through the hits across reports. */
#ifndef BAOGAO_RESULTS_H
#define BAOGAO_RESULTS_H

#include <wchar.h>

#include "app.h"

/* Opens the search view with an empty query. */
void results_open(app *a);

/* A key while the view is open: editing the query (characters, pasted
 * text, Backspace by character, Ctrl-U), ↑/↓ the history, moving through
 * the hits (Ctrl-N/Ctrl-P, PgDn/PgUp, Home/End), Enter (open the hit; the
 * query goes into the history), Esc (close). */
void results_key(app *a, wint_t ch, int fk);

/* Draws the view on stdscr, rows 0 … a->lines - 2, and the prompt on the
 * status line. */
void results_draw(app *a);

/* The next (dir 1) or previous (dir -1) hit of the last search, opening
 * its report in the reader; says so when there is none. */
void results_step(app *a, int dir);

void results_free(app *a);

#endif
