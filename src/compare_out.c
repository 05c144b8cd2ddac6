/* compare_out.c — indicator deltas and target verdicts as rows (see
 * compare_out.h). */
#include "compare_out.h"

#include <math.h>
#include <stdio.h>

#include "indicator_pick.h"
#include "section.h"

enum { TITLE_BYTES = 120 }; /* of a section label's title */

static const out_column delta_cols[] = {
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"a_period", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"a_value", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"a_unit", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"b_period", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"b_value", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"b_unit", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"delta", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, OUT_DIGITS_SHORT, NULL},
    {"delta_pct", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, 3, NULL},
    {"status", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"a_line", OUT_INT, OUT_IN_FLAT | OUT_NULLABLE, 0, NULL},
    {"b_line", OUT_INT, OUT_IN_FLAT | OUT_NULLABLE, 0, NULL},
    {"delta_on", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"a", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &indicator_obj_columns},
    {"b", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &indicator_obj_columns},
};
const out_columns compare_delta_columns = OUT_COLUMNS(delta_cols);

static const out_column target_cols[] = {
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"period", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"target", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"target_note", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"actual", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"met", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"rule", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"target_line", OUT_INT, OUT_IN_FLAT, 0, NULL},
    {"actual_line", OUT_INT, OUT_IN_FLAT | OUT_NULLABLE, 0, NULL},
    {"target", OUT_OBJ, OUT_IN_JSON, 0, &indicator_obj_columns},
    {"actual", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &indicator_obj_columns},
};
const out_columns compare_target_columns = OUT_COLUMNS(target_cols);

/* The period, value (the change without one) and unit of a side. */
static void side_flat(out_writer *w, const indicator *x)
{
    char period[32];
    out_str(w, x ? indicator_period_format(x->period_from, x->period_to, period,
                                           sizeof period) : "");
    out_str(w, !x ? "" : *x->value ? x->value : x->change);
    out_str(w, x && *x->value ? x->unit : "");
}

static void line_or_null(out_writer *w, const indicator *x)
{
    if (x)
        out_int(w, x->line);
    else
        out_null(w);
}

static void num_or_null(out_writer *w, double v)
{
    if (isfinite(v))
        out_num(w, v);
    else
        out_null(w);
}

/* x as an indicator object of d (its section label). */
static void obj(out_writer *w, const doc *d, const indicator *x)
{
    char label[512] = "";
    if (x && x->section >= 0 && (size_t)x->section < d->nsections)
        section_label(d->sections, d->nsections, x->section, TITLE_BYTES, label,
                      sizeof label);
    indicator_out_obj(w, x, label);
}

static void delta_row(out_writer *w, const doc *a, const doc *b,
                      const indicator_delta *d)
{
    const indicator *x = d->b ? d->b : d->a;
    out_row_begin(w);
    out_str(w, x->name);
    out_str(w, x->canonical);
    side_flat(w, d->a);
    side_flat(w, d->b);
    num_or_null(w, d->delta);
    num_or_null(w, d->delta_pct);
    out_str(w, delta_status_name(d->status));
    line_or_null(w, d->a);
    line_or_null(w, d->b);
    if (d->on == TF_NONE)
        out_null(w);
    else
        out_str(w, d->on == TF_AMOUNT ? "amount" : "change");
    obj(w, a, d->a);
    obj(w, b, d->b);
    out_row_end(w);
}

static void target_row(out_writer *w, const doc *a, const doc *b,
                       const target_check *t)
{
    char period[32], tn[96], an[96];
    out_row_begin(w);
    out_str(w, t->target->name);
    out_str(w, t->target->canonical);
    out_str(w, indicator_period_format(t->target->period_from, t->target->period_to,
                                       period, sizeof period));
    out_str(w, indicator_number_text(t->target, "", tn, sizeof tn));
    out_str(w, t->target->note);
    out_str(w, target_actual_text(t->target, t->actual, "", an, sizeof an));
    out_str(w, target_verdict_name(t->met));
    out_str(w, t->rule->says);
    out_int(w, t->target->line);
    line_or_null(w, t->actual);
    obj(w, a, t->target);
    obj(w, b, t->actual);
    out_row_end(w);
}

void compare_out_rows(out_writer *w, const doc *a, const doc *b,
                      const compare_numbers *c, int targets)
{
    if (targets)
        for (size_t i = 0; i < c->ntargets; i++)
            target_row(w, a, b, &c->targets[i]);
    else
        for (size_t i = 0; i < c->ndeltas; i++)
            delta_row(w, a, b, &c->deltas[i]);
}
