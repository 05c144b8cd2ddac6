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
 * reports that state an indicator are kept until the end (agreement
 * needs them all), each as a compact copy of its names, region and
 * indicators with their section labels; the rest of each report is freed
 * as it loads. */
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

/* The reports with indicators, each as a compact copy (see compact). */
typedef struct kept {
    doc **docs;
    const char ***labels; /* per report, each indicator's section label */
    size_t n, cap, lcap;
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

static const char *copy(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : "";
}

/* What the rows and the groups need of d, in a document of its own: its
 * path and name, region and indicators (strings copied), and each
 * indicator's section label into *labels (in the copy's arena); d's text
 * and structure are left behind. */
static doc *compact(const doc *d, const char ***labels)
{
    doc *c = doc_new(d->path, d->name);
    char label[512];
    c->meta.region = copy(&c->mem, d->meta.region);
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

/* A report with indicators is kept (compact) for the groups; the others
 * go. */
static void keep_doc(void *ctx, doc *d)
{
    kept *k = ctx;
    if (d->nindicators) {
        k->docs = xgrow(k->docs, &k->cap, k->n, sizeof *k->docs);
        k->labels = xgrow(k->labels, &k->lcap, k->n, sizeof *k->labels);
        k->docs[k->n] = compact(d, &k->labels[k->n]);
        k->n++;
    }
    doc_free(d);
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

static void row(out_writer *w, const indicator_groups *g, const kept *k,
                size_t di, size_t i)
{
    const doc *d = k->docs[di];
    const indicator *x = &d->indicators[i];
    char period[32];
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
    out_str(w, k->labels[di][i]);
    out_int(w, x->start);
    out_int(w, x->end);
    consistency(w, g, k->docs, di, i);
    out_row_end(w);
}

/* Prints the wanted indicators of k's documents; returns how many. */
static size_t print_rows(const kept *k, const filter *f, const options *o)
{
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)k->docs, k->n, NULL);
    out_writer *w = out_open(stdout, o->format, o->bom, &ind_columns);
    size_t rows = 0;
    for (size_t d = 0; d < k->n; d++)
        for (size_t i = 0; i < k->docs[d]->nindicators; i++)
            if (wanted(f, &k->docs[d]->indicators[i])) {
                row(w, &g, k, d, i);
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
    free(k.labels);
    if (f.by_name)
        query_free(&f.q);
    return rows ? 0 : 1;
}
