/* indicator_agree.h — what an indicator says in the form two reports'
 * statements are compared in, and whether the reports of one group agree
 * (indicators.h, "Agreement"): the grouping's comparing half. Model code:
 * no ICU, no curses. */
#ifndef BAOGAO_INDICATOR_AGREE_H
#define BAOGAO_INDICATOR_AGREE_H

#include <stddef.h>

#include "arena.h"
#include "indicator.h"

typedef enum indicator_agreement { IND_ALONE, IND_AGREE, IND_CONFLICT } indicator_agreement;

/* "", "agree", "conflict" (also "" for a value out of range). */
const char *indicator_agreement_name(indicator_agreement a);

/* One report's statement of a group's indicator: the value with its unit
 * and the change as compared (NULL: not stated), and the report. */
typedef struct indicator_statement {
    const char *said[2];
    size_t doc;
} indicator_statement;

/* What x states, into st->said (strings in a): folded, numbers written one
 * way (1,277.930 → 1277.93), the unit folded as unit_key (x's unit
 * through indicator_name_key: the caller's, who may keep it for the next
 * indicator with that unit); the value of a rate name (canonical.h) in %
 * or 个百分点 as its change. Aborts on out-of-memory only. */
void indicator_state(const indicator *x, const char *unit_key, arena *a,
                     indicator_statement *st);

/* The agreement between the reports of statements s[0..n):
 * conflict when two reports share nothing in a field both state, agree
 * when some two share something in each field both state and none
 * conflict, alone otherwise. Aborts on out-of-memory only. */
indicator_agreement indicator_agreement_of(const indicator_statement *s,
                                           size_t n);

#endif
