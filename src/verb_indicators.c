/* verb_indicators.c — `baogao indicators [--name TEXT] [--kind KIND]
 * [--period P] [PATH...]`: every indicator of the reports, one row each
 * in document order, then text order: path name canonical value unit
 * amount change period kind note line section (TSV, --csv); --json adds
 * the byte range of the number in the clean text (start, end), whether
 * the reports stating the same (region, concept, period, kind) agree
 * (agreement: "", "agree", "conflict"; model/indicators.h) and those other
 * reports (others: their paths). --name keeps the indicators whose name
 * or canonical name matches TEXT as search matches (folded: script and
 * width; pinyin: dqsczz) or whose concept TEXT names (GDP: every
 * 地区生产总值), --kind one kind, --period one period; agreement
 * is always over every indicator loaded, filtered or not. Exit 1 when no
 * indicator is printed, 2 for a bad --kind, --period or --name. The
 * reports that state an indicator stay loaded until the end (agreement
 * needs them all); the others are freed as they load. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "doc.h"
#include "indicators.h"
#include "load.h"
#include "out.h"
#include "search.h"
#include "verbs.h"

enum { TITLE_BYTES = 120 /* of the section title, whole characters */ };

typedef struct filter {
    query q;
    const char *concept; /* the concept --name's TEXT names, or NULL */
    int by_name, by_kind, by_period;
    indicator_kind kind;
    int from, to;
} filter;

typedef struct kept {
    doc **docs;
    size_t n, cap;
} kept;

static const out_column ind_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"value", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"unit", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"amount", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, OUT_DIGITS_SHORT, NULL},
    {"change", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"period", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"kind", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"note", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"section", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"agreement", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"others", OUT_STRS, OUT_IN_JSON, 0, NULL},
};
static const out_columns ind_columns = OUT_COLUMNS(ind_cols);

/* The filters of o into f: 0, or 2 (a usage error, said) for a bad one. */
static int filter_parse(const options *o, filter *f)
{
    const char *err = NULL;
    if (o->kind && !(f->by_kind = indicator_kind_parse(o->kind, &f->kind))) {
        out_error("indicators: --kind %s: not actual, target or expected", o->kind);
        return 2;
    }
    if (o->period && !(f->by_period = indicator_period_parse(o->period, &f->from, &f->to))) {
        out_error("indicators: --period %s: not a year or a span (2023, 2021-2025)",
                  o->period);
        return 2;
    }
    if (o->name && query_parse(o->name, &f->q, &err) != 0) {
        out_error("indicators: --name: %s", err);
        return 2;
    }
    f->by_name = o->name != NULL;
    f->concept = o->name ? indicator_canonical(o->name) : NULL;
    return 0;
}

static int wanted(const filter *f, const indicator *x)
{
    if (f->by_kind && x->kind != f->kind)
        return 0;
    if (f->by_period && (x->period_from != f->from || x->period_to != f->to))
        return 0;
    return !f->by_name || query_match_text(&f->q, x->name) ||
           query_match_text(&f->q, x->canonical) ||
           (f->concept && strcmp(f->concept, x->canonical) == 0);
}

/* A document with indicators is kept for the groups; the others go. */
static void keep_doc(void *ctx, doc *d)
{
    kept *k = ctx;
    if (!d->nindicators) {
        doc_free(d);
        return;
    }
    k->docs = xgrow(k->docs, &k->cap, k->n, sizeof *k->docs);
    k->docs[k->n++] = d;
}

/* The consistency of docs[di]->indicators[i]: its group's agreement and
 * the other reports of the group. */
static void consistency(out_writer *w, const indicator_groups *g,
                        doc *const *docs, size_t di, size_t i)
{
    size_t k = indicator_groups_find(g, di, i);
    size_t *in = xcalloc(g->groups[k].n, sizeof *in);
    const char **names = xcalloc(g->groups[k].n, sizeof *names);
    size_t n = indicator_group_docs(g, k, in), m = 0;
    for (size_t j = 0; j < n; j++)
        if (in[j] != di)
            names[m++] = docs[in[j]]->name;
    out_str(w, indicator_agreement_name(g->groups[k].agreement));
    out_strs(w, names, m);
    free(in);
    free(names);
}

static void row(out_writer *w, const indicator_groups *g, doc *const *docs,
                size_t di, size_t i)
{
    const doc *d = docs[di];
    const indicator *x = &d->indicators[i];
    char period[32], label[512];
    int s = x->section >= 0 && (size_t)x->section < d->nsections ? x->section : -1;
    out_row_begin(w);
    out_str(w, d->name);
    out_str(w, x->name);
    out_str(w, x->canonical);
    out_str(w, x->value);
    out_str(w, x->unit);
    if (isfinite(x->amount))
        out_num(w, x->amount);
    else
        out_null(w);
    out_str(w, x->change);
    out_str(w, indicator_period_format(x->period_from, x->period_to, period,
                                       sizeof period));
    out_str(w, indicator_kind_name(x->kind));
    out_str(w, x->note);
    out_int(w, x->line);
    out_str(w, section_label(d->sections, d->nsections, s, TITLE_BYTES, label,
                             sizeof label));
    out_int(w, x->start);
    out_int(w, x->end);
    consistency(w, g, docs, di, i);
    out_row_end(w);
}

/* Prints the wanted indicators of k's documents; returns how many. */
static size_t print_rows(const kept *k, const filter *f, const options *o)
{
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)k->docs, k->n);
    out_writer *w = out_open(stdout, o->format, o->bom, &ind_columns);
    size_t rows = 0;
    for (size_t d = 0; d < k->n; d++)
        for (size_t i = 0; i < k->docs[d]->nindicators; i++)
            if (wanted(f, &k->docs[d]->indicators[i])) {
                row(w, &g, k->docs, d, i);
                rows++;
            }
    out_close(w);
    indicator_groups_free(&g);
    return rows;
}

int verb_indicators(const options *o)
{
    filter f = {0};
    int bad = filter_parse(o, &f);
    if (bad)
        return bad;
    kept k = {0};
    load_paths(o->paths, o->npaths, keep_doc, &k);
    size_t rows = print_rows(&k, &f, o);
    for (size_t d = 0; d < k.n; d++)
        doc_free(k.docs[d]);
    free(k.docs);
    if (f.by_name)
        query_free(&f.q);
    return rows ? 0 : 1;
}
