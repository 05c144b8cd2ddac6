/* timeline.h — one indicator through the years: the statements of the
 * groups of model/indicators.h (region, concept, period, kind) that a
 * pick accepts, in the order a timeline reads — by region, then period,
 * then kind —, each with its group, so that two reports stating one
 * region's period differently (a conflict) stand side by side. Borrows
 * the groups and the documents. Model code: no ICU, no curses. */
#ifndef BAOGAO_TIMELINE_H
#define BAOGAO_TIMELINE_H

#include <stddef.h>

#include "doc.h"
#include "indicators.h"

typedef struct timeline_point {
    indicator_ref ref; /* docs[ref.doc]->indicators[ref.i] */
    size_t group;      /* its group in g->groups */
} timeline_point;

/* The statements of g (grouped from docs) whose indicator pick(ctx, x)
 * accepts, sorted by region (the group's; unknown last), period (from,
 * then to; unknown last), kind (actual, target, expected), then concept,
 * report and text order; into *out (malloc'd; NULL when none). Returns
 * how many. Aborts on out-of-memory only. */
size_t timeline_points(const indicator_groups *g, const doc *const *docs,
                       int (*pick)(void *ctx, const indicator *x), void *ctx,
                       timeline_point **out);

#endif
