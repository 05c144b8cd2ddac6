/* trend_bars.h — the Search view's trend (Ctrl-T): the query's hits per
 * year (model/trend.h, near-duplicates once) as a sparkline ▁▂▃▄▅▆▇█ on
 * one line, labelled with the first and last year and the largest count;
 * or, in a tall pane, a horizontal bar a year. A cursor over the years
 * (Left, Right) picks one, whose reports the list is then of. */
#ifndef BAOGAO_TREND_BARS_H
#define BAOGAO_TREND_BARS_H

#include <stddef.h>

#include <ncursesw/curses.h>

#include "trend.h"

typedef struct tbars {
    int from, to;         /* the years shown, from..to (0 when none) */
    size_t *hits;         /* hits[y - from] */
    size_t *reports;      /* reports of year y that count */
    size_t cap;
    size_t undated;       /* hits in reports of no known year */
    size_t total, max;    /* all hits; the largest count of a year */
    int max_year;         /* the (first) year of max */
    int first_year;       /* the earliest year with a hit, 0 none */
    int cursor;           /* the year under the cursor, 0: none */
    int pick;             /* the year picked, 0: none */
    int partial;          /* the counts stopped before every report */
} tbars;

/* The counts of a table grouped by year (trend_group, TREND_BY_YEAR, its
 * first query); the cursor and the pick stay when their years are still
 * shown. */
void tbars_set(tbars *b, const trend_table *by_year);

/* The rows the bars take at the foot of a pane h rows high: 1 (the
 * sparkline), or a title and a line a year when the pane has 30 rows or
 * more and that is at most a third of them; 0 when h < 4. */
int tbars_rows(const tbars *b, int h);

/* Draws b on rows y0 .. y0+rows-1 of w, width cells (rows: tbars_rows). */
void tbars_draw(const tbars *b, WINDOW *w, int y0, int rows, int width);

/* Moves the cursor a year back (dir < 0) or on; the first move starts at
 * the pick, else at the last year. Returns 0 when there are no years. */
int tbars_move(tbars *b, int dir);

/* The year drawn at row y (from the bars' first row), column x, or 0. */
int tbars_year_at(const tbars *b, int y, int x, int rows, int width);

void tbars_free(tbars *b);

#endif
