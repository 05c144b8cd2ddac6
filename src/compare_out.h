/* compare_out.h — the numbers half of the compare verb's output: the
 * indicator deltas and the target verdicts of model/compare_numbers.h as
 * rows of the one row writer (out.h), flat (--indicators, --targets) or
 * nested in compare's JSON object. */
#ifndef BAOGAO_COMPARE_OUT_H
#define BAOGAO_COMPARE_OUT_H

#include "compare_numbers.h"
#include "doc.h"
#include "out.h"

/* The columns of a delta row: name canonical a_period a_value a_unit
 * b_period b_value b_unit delta delta_pct status a_line b_line (flat;
 * a_value is the change when a states no value), and in JSON name,
 * canonical, status, delta, delta_pct, delta_on ("amount", "change" or
 * null), a and b (indicator objects or null). */
extern const out_columns compare_delta_columns;

/* The columns of a target row: name canonical period target target_note
 * actual met rule target_line actual_line (flat), and in JSON name,
 * canonical, period, met, rule, target and actual (indicator objects,
 * actual null when none was found). */
extern const out_columns compare_target_columns;

/* Writes the rows of c (deltas, or targets when targets is set) at the
 * writer's current level: the rows of an out_open of those columns, or
 * between out_rows_begin and out_rows_end of a column of them. a and b
 * are the reports c was built from (their sections label the JSON
 * objects); the targets' outcomes are all B's. */
void compare_out_rows(out_writer *w, const doc *a, const doc *b,
                      const compare_numbers *c, int targets);

#endif
