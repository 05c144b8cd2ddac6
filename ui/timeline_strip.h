/* timeline_strip.h — the Indicators view's timeline (t on a group): the
 * groups (indicators.h) of the chosen group's concept and region, every
 * period the reports state, as bars against the largest value of the same
 * unit, targets marked ◆, a sparkline of the outcomes; a cursor over
 * them and the source of the statement under it. */
#ifndef BAOGAO_TIMELINE_STRIP_H
#define BAOGAO_TIMELINE_STRIP_H

#include <stddef.h>

#include <ncursesw/curses.h>

#include "indicators.h"
#include "keys.h"

typedef struct tstrip_point {
    size_t group;          /* in the groups it was built from */
    const indicator *x;    /* the group's first statement */
    size_t doc;            /* its report (an index in the documents) */
} tstrip_point;

typedef struct tstrip {
    tstrip_point *v;       /* by period, then kind */
    size_t n, cap;
    size_t sel, top;       /* the cursor, the first line shown */
    double max;            /* the largest number of the scale's unit */
    char family[16];       /* that unit (target_rule.h's family) */
    char title[256];       /* concept · region */
} tstrip;

/* The points of the concept and region of g's group `group` (grouped from
 * docs), the cursor on that group's. Borrows g and docs. */
void tstrip_build(tstrip *s, const indicator_groups *g, const doc *const *docs,
                  size_t group);

/* Moves the cursor by a movement action (line, top, bottom), the lines
 * shown h − 1 (under the title). Returns whether act is one. */
int tstrip_move(tstrip *s, int act, int h);

/* Draws s on rows y0 .. y0+h-1 of w, width cells: its title line, then a
 * line a point; the cursor's when focused. */
void tstrip_draw(const tstrip *s, const indicator_groups *g, WINDOW *w, int y0, int h,
                 int width, int focused, int script);

/* The statement under the cursor: its report and clean bytes. Returns 0
 * when there is none. */
int tstrip_source(const tstrip *s, size_t *d, size_t *start, size_t *end);

void tstrip_free(tstrip *s);

#endif
