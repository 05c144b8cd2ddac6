/* compare_numbers.h — the numbers of two reports side by side (the
 * indicator half of compare): A's and B's indicators paired by concept
 * and kind, year over year (A's period p against B's p + 1) or for the
 * same period when both state it, with B − A; and A's targets against the
 * outcomes stated for their period, in B or in other reports of the same
 * region, judged by target_rule.h. Borrows the documents: the results
 * point into them. Model code: no ICU, no curses. */
#ifndef BAOGAO_COMPARE_NUMBERS_H
#define BAOGAO_COMPARE_NUMBERS_H

#include <stddef.h>

#include "doc.h"
#include "indicator.h"
#include "target_rule.h"

typedef enum delta_status {
    DELTA_SAME,     /* both state it, the same numbers */
    DELTA_CHANGED,  /* both state it, other numbers (or the next year's) */
    DELTA_ADDED,    /* only B states it */
    DELTA_REMOVED   /* only A states it */
} delta_status;

/* "same", "changed", "added", "removed". */
const char *delta_status_name(delta_status s);

typedef struct indicator_delta {
    const indicator *a, *b; /* NULL on the side that does not state it */
    delta_status status;
    target_field on;        /* what delta is of: amounts (in the base unit:
                               元, 吨, % …) or changes (in points of their
                               unit); TF_NONE when it is not computed */
    double delta;           /* B − A, NAN when not computed */
    double delta_pct;       /* delta as a percent of |A|, amounts only;
                               NAN otherwise or when A is 0 */
} indicator_delta;

typedef struct target_check {
    const indicator *target;  /* of A */
    const indicator *actual;  /* the outcome for its period, or NULL */
    size_t actual_doc;        /* index in the reports searched (0: B) */
    const target_rule *rule;
    target_verdict met;
} target_check;

typedef struct compare_numbers {
    indicator_delta *deltas;  /* in B's order, A's unpaired ones where A
                                 had them (before the next pair) */
    size_t ndeltas;
    target_check *targets;    /* A's targets with a single-year or span
                                 period, in A's order */
    size_t ntargets;
} compare_numbers;

/* Compares A's and B's indicators into *out (arrays malloc'd:
 * compare_numbers_free). Pairs: an indicator of B with one of A of the
 * same concept (canonical names compared by indicator_name_key) and kind,
 * for the same period first, else A's period one year before B's; a pair
 * with the same name as written first, then the first in text order; one
 * to one. Targets: each target of A with a known period, against the
 * actual for that period (an expected one, 预计, when none is actual) in
 * the first of more[0..nmore) that states it — the caller passes B first,
 * then the other reports of A's region —; more may be NULL. Aborts on
 * out-of-memory only. */
void compare_numbers_build(const doc *a, const doc *b, const doc *const *more,
                           size_t nmore, compare_numbers *out);

void compare_numbers_free(compare_numbers *c);

#endif
