/* timeline.h — one indicator through the years: the statements of the
 * groups of model/indicators.h (region, concept, period, kind) that a
 * pick accepts, in the order a timeline reads — by region, then period,
 * then kind —, each with its group, so that two reports stating one
 * region's period differently (a conflict) stand side by side. The pick
 * is asked once per distinct text (a name stated in every report is
 * matched once). Borrows the documents. Model code: no ICU, no curses. */
#ifndef BAOGAO_TIMELINE_H
#define BAOGAO_TIMELINE_H

#include <stddef.h>

#include "doc.h"
#include "indicators.h"

/* Whether indicator text s (a name or a canonical name) is one the
 * timeline is of. */
typedef int (*timeline_pick)(void *ctx, const char *s);

typedef struct timeline_point {
    indicator_ref ref; /* docs[ref.doc]->indicators[ref.i] */
    size_t group;      /* its group in the groups it was taken from */
} timeline_point;

/* The statements of g (grouped from docs) whose name or canonical name
 * pick accepts, sorted by region (the group's; unknown last), period
 * (from, then to; unknown last), kind (actual, target, expected), then
 * concept, report and text order; into *out (malloc'd; NULL when none).
 * Returns how many. Aborts on out-of-memory only. */
size_t timeline_points(const indicator_groups *g, const doc *const *docs,
                       timeline_pick pick, void *ctx, timeline_point **out);

/* A timeline made from the documents alone: only the statements of the
 * concepts pick names (every statement of a concept one picked statement
 * has, so agreement sees them all) are grouped — the cost is in the
 * matches, not in the corpus. */
typedef struct timeline {
    indicator_groups groups; /* of the picked concepts (internal refs) */
    timeline_point *points;  /* refs into the documents given (doc, i) */
    size_t npoints;
    /* Internal: the documents the groups were made from. */
    doc *sub;
    size_t nsub;
    size_t **orig;           /* orig[d][k]: sub d's indicator k in docs[d] */
} timeline;

/* Builds t over docs[0..n) (borrowed: they must outlive t). Each point's
 * group is in t->groups. Aborts on out-of-memory only. */
void timeline_build(timeline *t, const doc *const *docs, size_t n,
                    timeline_pick pick, void *ctx);

void timeline_free(timeline *t);

#endif
