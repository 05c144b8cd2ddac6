/* indicator_table.c — the Indicators view's rows (see indicator_table.h):
 * building them, each cell's text, comparing, filtering, CSV. */
#include "indicator_table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "script.h"
#include "out.h"

static const char *const titles[ICOL_COUNT] = {
    [ICOL_REPORT] = "report", [ICOL_REGION] = "region",
    [ICOL_NAME] = "name",     [ICOL_VALUE] = "value",
    [ICOL_CHANGE] = "change", [ICOL_PERIOD] = "period",
    [ICOL_KIND] = "kind",     [ICOL_NOTE] = "note",
    [ICOL_VALUES] = "values", [ICOL_AGREE] = "",
};

static const int cols_one[] = {ICOL_NAME, ICOL_VALUE, ICOL_CHANGE,
                               ICOL_PERIOD, ICOL_KIND, ICOL_NOTE};
static const int cols_all[] = {ICOL_REPORT, ICOL_NAME, ICOL_VALUE,
                               ICOL_CHANGE, ICOL_PERIOD, ICOL_KIND, ICOL_NOTE};
static const int cols_groups[] = {ICOL_REGION, ICOL_NAME, ICOL_PERIOD,
                                  ICOL_KIND, ICOL_AGREE, ICOL_VALUES};

enum { MAX_VALUES = 8 }; /* a group's values shown side by side */

static void set_cols(itab *t, const int *cols, int n)
{
    memcpy(t->cols, cols, (size_t)n * sizeof *cols);
    t->ncols = n;
}

void itab_reset(itab *t, itab_mode mode, const doc *const *docs,
                size_t ndocs)
{
    t->mode = mode;
    t->docs = docs;
    t->ndocs = ndocs;
    t->nrows = 0;
    t->nfold = 0;
    indicator_groups_free(&t->groups);
    if (mode == ITAB_ALL)
        set_cols(t, cols_all, sizeof cols_all / sizeof *cols_all);
    else if (mode == ITAB_GROUPS)
        set_cols(t, cols_groups, sizeof cols_groups / sizeof *cols_groups);
    else
        set_cols(t, cols_one, sizeof cols_one / sizeof *cols_one);
}

/* The number a change starts with ("+4.8%" → 4.8), NAN for none. */
static double change_number(const char *s)
{
    char *end;
    double v = s && *s ? strtod(s, &end) : NAN;
    return s && *s && end != s ? v : NAN;
}

/* Member k of group g. */
static const indicator *member(const itab *t, const indicator_group *g,
                               size_t k, size_t *d)
{
    const indicator_ref *ref = &t->groups.refs[g->first + k % g->n];
    if (d)
        *d = ref->doc;
    return &t->docs[ref->doc]->indicators[ref->i];
}

/* Row r's indicator: its own, or its group's first member's. */
static const indicator *ind_of(const itab *t, size_t r)
{
    const itab_row *row = &t->rows[r];
    if (t->mode == ITAB_GROUPS)
        return member(t, &t->groups.groups[row->doc], 0, NULL);
    return &t->docs[row->doc]->indicators[row->i];
}

/* Row r's document (a group's first member's). */
static size_t doc_of(const itab *t, size_t r)
{
    size_t d = t->rows[r].doc;
    if (t->mode == ITAB_GROUPS)
        member(t, &t->groups.groups[d], 0, &d);
    return d;
}

static void fold_row(itab *t, size_t r);

void itab_add_doc(itab *t, size_t d)
{
    if (d >= t->ndocs)
        return;
    const doc *dd = t->docs[d];
    for (size_t i = 0; i < dd->nindicators; i++) {
        t->rows = xgrow(t->rows, &t->cap, t->nrows, sizeof *t->rows);
        t->rows[t->nrows++] = (itab_row){(uint32_t)d, (uint32_t)i,
                                         change_number(dd->indicators[i].change)};
        fold_row(t, t->nrows - 1);
    }
}


/* The report's label: district, year, 繁 for a traditional report. */
static void report_label(const doc *d, sbuf *out)
{
    const doc_meta *m = &d->meta;
    sbuf_printf(out, "%s", meta_region_short(m->region));
    if (m->year)
        sbuf_printf(out, " %d", m->year);
    if (m->script == DOC_SCRIPT_HANT)
        sbuf_printf(out, " 繁");
}

void itab_add_groups(itab *t)
{
    indicator_groups_free(&t->groups);
    indicator_groups_build(&t->groups, t->docs, t->ndocs);
    for (size_t k = 0; k < t->groups.ngroups; k++) {
        t->rows = xgrow(t->rows, &t->cap, t->nrows, sizeof *t->rows);
        t->rows[t->nrows++] = (itab_row){(uint32_t)k, 0, NAN};
        fold_row(t, t->nrows - 1);
    }
}

/* A group's values side by side: value and unit, then the change, of
 * each member (MAX_VALUES at most, then how many more). */
static void group_values(itab *t, const indicator_group *g, sbuf *b)
{
    for (size_t k = 0; k < g->n && k < MAX_VALUES; k++) {
        const indicator *in = member(t, g, k, NULL);
        sbuf_printf(b, "%s%s%s%s%s", k ? " · " : "", in->value, in->unit,
                    *in->value && *in->change ? " " : "", in->change);
    }
    if (g->n > MAX_VALUES)
        sbuf_printf(b, " · +%zu", g->n - MAX_VALUES);
}

/* A period as text into b. */
static void period_text(int from, int to, sbuf *b)
{
    char period[32];
    sbuf_printf(b, "%s", indicator_period_format(from, to, period,
                                                 sizeof period));
}

/* Column c of group g, in t->cell or the group's own strings. */
static const char *group_cell(itab *t, const indicator_group *g, int c)
{
    sbuf *b = &t->cell;
    switch (c) {
    case ICOL_REGION: return *g->region ? meta_region_short(g->region) : "";
    case ICOL_NAME: return g->canonical;
    case ICOL_PERIOD: period_text(g->period_from, g->period_to, b); break;
    case ICOL_KIND: return indicator_kind_name(g->kind);
    case ICOL_VALUES: group_values(t, g, b); break;
    case ICOL_AGREE:
        return g->agreement == IND_AGREE      ? "✓"
               : g->agreement == IND_CONFLICT ? "≠"
                                              : "";
    default: break;
    }
    return b->p;
}

const char *itab_cell(itab *t, size_t r, int k)
{
    sbuf *b = &t->cell;
    b->len = 0;
    sbuf_add(b, "", 0);
    if (r >= t->nrows || k < 0 || k >= t->ncols)
        return b->p;
    const indicator *in = ind_of(t, r);
    if (t->mode == ITAB_GROUPS)
        return group_cell(t, &t->groups.groups[t->rows[r].doc], t->cols[k]);
    switch (t->cols[k]) {
    case ICOL_REPORT: report_label(t->docs[doc_of(t, r)], b); break;
    case ICOL_NAME: return in->name;
    case ICOL_VALUE: sbuf_printf(b, "%s%s", in->value, in->unit); break;
    case ICOL_CHANGE: return in->change;
    case ICOL_PERIOD: period_text(in->period_from, in->period_to, b); break;
    case ICOL_KIND: return indicator_kind_name(in->kind);
    case ICOL_NOTE: return in->note;
    default: break;
    }
    return b->p;
}

const char *itab_title(const itab *t, int k)
{
    return k >= 0 && k < t->ncols ? titles[t->cols[k]] : "";
}

/* Numbers: NAN after every number. */
static int by_number(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) - isnan(b);
    return (a > b) - (a < b);
}

static int by_int(long a, long b)
{
    return (a > b) - (a < b);
}

/* Periods by their first year, then their last. */
static int by_period(int af, int at, int bf, int bt)
{
    int r = by_int(af, bf);
    return r ? r : by_int(at, bt);
}

/* Groups x and y (their first members ix, iy) by column c. */
static int group_compare(const indicator_group *x, const indicator_group *y,
                         const indicator *ix, const indicator *iy, int c)
{
    switch (c) {
    case ICOL_REGION: return strcmp(x->region, y->region);
    case ICOL_NAME: return strcmp(x->canonical, y->canonical);
    case ICOL_PERIOD:
        return by_period(x->period_from, x->period_to, y->period_from,
                         y->period_to);
    case ICOL_KIND: return by_int(x->kind, y->kind);
    case ICOL_VALUES: return by_number(ix->amount, iy->amount);
    case ICOL_AGREE: return by_int(x->agreement, y->agreement);
    default: return 0;
    }
}

int itab_compare(const itab *t, size_t a, size_t b, int k)
{
    if (a >= t->nrows || b >= t->nrows || k < 0 || k >= t->ncols)
        return 0;
    const indicator *x = ind_of(t, a), *y = ind_of(t, b);
    if (t->mode == ITAB_GROUPS)
        return group_compare(&t->groups.groups[t->rows[a].doc],
                             &t->groups.groups[t->rows[b].doc], x, y,
                             t->cols[k]);
    switch (t->cols[k]) {
    case ICOL_REPORT: return by_int(t->rows[a].doc, t->rows[b].doc);
    case ICOL_NAME: return strcmp(x->name, y->name);
    case ICOL_VALUE: return by_number(x->amount, y->amount);
    case ICOL_CHANGE: return by_number(t->rows[a].change, t->rows[b].change);
    case ICOL_PERIOD:
        return by_period(x->period_from, x->period_to, y->period_from,
                         y->period_to);
    case ICOL_KIND: return by_int(x->kind, y->kind);
    case ICOL_NOTE: return strcmp(x->note, y->note);
    default: return 0;
    }
}

int itab_set_filter(itab *t, const char *f)
{
    if (t->has_query)
        query_free(&t->q);
    t->has_query = 0;
    const char *err;
    if (!f[0] || query_parse(f, &t->q, &err) != 0)
        return f[0] ? -1 : 0;
    t->has_query = 1;
    return 0;
}

/* Appends row r's filter text folded (name and canonical name, a line
 * each) to t->fold; off[r] is where it starts. */
static void fold_row(itab *t, size_t r)
{
    const indicator *in = ind_of(t, r);
    sbuf *b = &t->cell;
    b->len = 0;
    if (t->mode == ITAB_GROUPS)
        sbuf_printf(b, "%s\n%s", t->groups.groups[t->rows[r].doc].canonical,
                    t->groups.groups[t->rows[r].doc].region);
    else
        sbuf_printf(b, "%s\n%s", in->name, in->canonical);
    folded f;
    fold_text(b->p, b->len, &f);
    if (t->nfold + f.len + 1 > t->foldcap) {
        t->foldcap = (t->nfold + f.len + 1) * 2;
        t->fold = xrealloc(t->fold, t->foldcap);
    }
    if (t->offcap < t->nrows) {
        t->offcap = t->cap;
        t->off = xrealloc(t->off, t->offcap * sizeof *t->off);
    }
    t->off[r] = t->nfold;
    memcpy(t->fold + t->nfold, f.s, f.len + 1);
    t->nfold += f.len + 1;
    fold_free(&f);
}

int itab_match(itab *t, size_t r)
{
    if (!t->has_query || r >= t->nrows)
        return r < t->nrows;
    if (!query_doc_ok(&t->q, t->docs[doc_of(t, r)]))
        return 0;
    const char *f = t->fold + t->off[r];
    return query_match_folded(&t->q, f, strlen(f));
}

int itab_source(const itab *t, size_t r, size_t k, size_t *d, size_t *start,
                size_t *end)
{
    if (r >= t->nrows)
        return 0;
    const indicator *in = ind_of(t, r);
    *d = t->rows[r].doc;
    if (t->mode == ITAB_GROUPS)
        in = member(t, &t->groups.groups[t->rows[r].doc], k, d);
    *start = in->start;
    *end = in->end;
    return 1;
}

/* The CSV's columns: the shown ones, value and unit apart, the path
 * first for every report's rows. */
static size_t csv_columns(const itab *t, out_column *cols, int *which)
{
    size_t n = 0;
    if (t->mode == ITAB_ALL) {
        cols[n] = (out_column){"path", OUT_STR, OUT_IN_ALL, 0, NULL};
        which[n++] = -1;
    }
    for (int k = 0; k < t->ncols; k++) {
        int c = t->cols[k];
        cols[n] = (out_column){c == ICOL_AGREE ? "agreement" : titles[c],
                               OUT_STR, OUT_IN_ALL, 0, NULL};
        which[n++] = k;
        if (c == ICOL_VALUE) {
            cols[n] = (out_column){"unit", OUT_STR, OUT_IN_ALL, 0, NULL};
            which[n++] = -2;
        }
    }
    return n;
}

/* Field `which` of row r (a column, -1 the path, -2 the unit) in
 * script into out. */
static void csv_field(itab *t, size_t r, int which, int script, sbuf *out)
{
    const char *s;
    if (which == -1)
        s = t->docs[doc_of(t, r)]->path;
    else if (which == -2)
        s = ind_of(t, r)->unit;
    else if (t->cols[which] == ICOL_VALUE)
        s = ind_of(t, r)->value;
    else if (t->cols[which] == ICOL_AGREE)
        s = indicator_agreement_name(t->groups.groups[t->rows[r].doc].agreement);
    else
        s = itab_cell(t, r, which);
    script_convert(script, s, strlen(s), out);
    sbuf_add(out, "", 0); /* NUL-terminated */
}

int itab_write_csv(itab *t, const size_t *order, size_t n, int script,
                   FILE *f)
{
    out_column cols[ITAB_MAX_COLS + 2];
    int which[ITAB_MAX_COLS + 2];
    out_columns oc = {cols, csv_columns(t, cols, which)};
    out_writer *w = out_open(f, OUT_CSV, 0, &oc);
    sbuf field = {0};
    for (size_t k = 0; k < n; k++) {
        if (order[k] >= t->nrows)
            continue;
        out_row_begin(w);
        for (size_t c = 0; c < oc.n; c++) {
            csv_field(t, order[k], which[c], script, &field);
            out_str(w, field.p);
        }
        out_row_end(w);
    }
    out_close(w);
    sbuf_free(&field);
    return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}

void itab_free(itab *t)
{
    if (t->has_query)
        query_free(&t->q);
    indicator_groups_free(&t->groups);
    free(t->rows);
    free(t->fold);
    free(t->off);
    sbuf_free(&t->cell);
    memset(t, 0, sizeof *t);
}
