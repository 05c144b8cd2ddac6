/* indicator_pick.c — the indicator verbs' filters and the compact copies
 * of the reports they keep (see indicator_pick.h). */
#include "indicator_pick.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "out.h"

enum { TITLE_BYTES = 120 /* of the section title, whole characters */ };

int indicator_pick_parse(const options *o, const char *name_text, const char *verb,
                         indicator_pick *p)
{
    memset(p, 0, sizeof *p);
    const char *err = NULL, *name = name_text ? name_text : o->name;
    if (o->kind && !(p->by_kind = indicator_kind_parse(o->kind, &p->kind))) {
        out_error("%s: --kind %s: not actual, target or expected", verb, o->kind);
        return 2;
    }
    if (o->period && !(p->by_period = indicator_period_parse(o->period, &p->from, &p->to))) {
        out_error("%s: --period %s: not a year or a span (2023, 2021-2025)", verb,
                  o->period);
        return 2;
    }
    if (name && query_parse(name, &p->q, &err) != 0) {
        out_error("%s: %s: %s", verb, name_text ? "NAME" : "--name", err);
        return 2;
    }
    p->by_name = name != NULL;
    p->concept = name ? indicator_canonical(name) : NULL;
    return 0;
}

int indicator_pick_wants(const indicator_pick *p, const indicator *x)
{
    if (p->by_kind && x->kind != p->kind)
        return 0;
    if (p->by_period && (x->period_from != p->from || x->period_to != p->to))
        return 0;
    return indicator_pick_text(p, x->name) || indicator_pick_text(p, x->canonical);
}

int indicator_pick_text(const indicator_pick *p, const char *s)
{
    return !p->by_name || query_match_text(&p->q, s) ||
           (p->concept && strcmp(p->concept, s) == 0);
}

void indicator_pick_free(indicator_pick *p)
{
    if (p->by_name)
        query_free(&p->q);
    memset(p, 0, sizeof *p);
}

void indicator_out_number(out_writer *w, const indicator *x)
{
    out_str(w, x->value);
    out_str(w, x->unit);
    if (isfinite(x->amount))
        out_num(w, x->amount);
    else
        out_null(w);
    out_str(w, x->change);
}

static const out_column obj_cols[] = {
    {"name", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"value", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"unit", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"amount", OUT_NUM, OUT_IN_JSON | OUT_NULLABLE, OUT_DIGITS_SHORT, NULL},
    {"change", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"period", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"kind", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"note", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"line", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"section", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
};
const out_columns indicator_obj_columns = OUT_COLUMNS(obj_cols);

void indicator_out_obj(out_writer *w, const indicator *x, const char *label)
{
    if (!x) {
        out_null(w);
        return;
    }
    out_obj_begin(w);
    indicator_out_fields(w, x, label);
    out_obj_end(w);
}

void indicator_out_fields(out_writer *w, const indicator *x, const char *label)
{
    char period[32];
    out_str(w, x->name);
    out_str(w, x->canonical);
    indicator_out_number(w, x);
    out_str(w, indicator_period_format(x->period_from, x->period_to, period,
                                       sizeof period));
    out_str(w, indicator_kind_name(x->kind));
    out_str(w, x->note);
    out_int(w, x->line);
    out_str(w, label ? label : "");
    out_int(w, x->start);
    out_int(w, x->end);
}

static const char *copy(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : "";
}

/* What the rows and the groups need of d, in a document of its own: its
 * path and name, region, year and indicators (strings copied), and each
 * indicator's section label into *labels (in the copy's arena); d's text
 * and structure are left behind. */
static doc *compact(const doc *d, const char ***labels)
{
    doc *c = doc_new(d->path, d->name);
    char label[512];
    c->meta.region = copy(&c->mem, d->meta.region);
    c->meta.region_code = d->meta.region_code;
    c->meta.year = d->meta.year;
    c->nindicators = d->nindicators;
    c->indicators = arena_alloc(&c->mem, d->nindicators * sizeof *c->indicators);
    *labels = arena_alloc(&c->mem, d->nindicators * sizeof **labels);
    for (size_t i = 0; i < d->nindicators; i++) {
        const indicator *x = &d->indicators[i];
        indicator *y = &c->indicators[i];
        *y = *x;
        y->name = copy(&c->mem, x->name);
        y->canonical = copy(&c->mem, x->canonical);
        y->value = copy(&c->mem, x->value);
        y->unit = copy(&c->mem, x->unit);
        y->change = copy(&c->mem, x->change);
        y->note = copy(&c->mem, x->note);
        y->section = y->table = y->row = -1; /* the copy has no structure */
        int s = x->section >= 0 && (size_t)x->section < d->nsections ? x->section : -1;
        (*labels)[i] = copy(&c->mem, section_label(d->sections, d->nsections, s,
                                                   TITLE_BYTES, label, sizeof label));
    }
    return c;
}

void indicator_keep(void *ctx, doc *d)
{
    indicator_kept *k = ctx;
    if (d->nindicators) {
        k->docs = xgrow(k->docs, &k->cap, k->n, sizeof *k->docs);
        k->labels = xgrow(k->labels, &k->lcap, k->n, sizeof *k->labels);
        k->docs[k->n] = compact(d, &k->labels[k->n]);
        k->n++;
    }
    doc_free(d);
}

void indicator_kept_free(indicator_kept *k)
{
    for (size_t d = 0; d < k->n; d++)
        doc_free(k->docs[d]);
    free(k->docs);
    free(k->labels);
    memset(k, 0, sizeof *k);
}
