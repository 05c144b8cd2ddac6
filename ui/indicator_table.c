/* indicator_table.c — the Indicators view's rows (see indicator_table.h):
 * building them, each cell's text, comparing, filtering, CSV. */
#include "indicator_table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "list.h"
#include "pinyin.h"

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
    indicator_groups_free(&t->groups);
    strset_clear(&t->names);
    strset_clear(&t->notes);
    strset_clear(&t->regions);
    strset_clear(&t->keys);
    strset_clear(&t->folds);
    keyset_clear(&t->values);
    keyset_clear(&t->changes);
    keyset_clear(&t->periods);
    arena_free(&t->mem);
    t->ndocmemo = 0;
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

const indicator *itab_indicator(const itab *t, size_t r)
{
    return ind_of(t, r);
}

const indicator_group *itab_group(const itab *t, size_t r)
{
    return t->mode == ITAB_GROUPS ? &t->groups.groups[t->rows[r].doc] : NULL;
}

size_t itab_doc(const itab *t, size_t r)
{
    return doc_of(t, r);
}

/* A number as a key in its order; NAN (no value) none. */
static uint64_t number_key(double v)
{
    if (isnan(v))
        return LIST_KEY_NONE;
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    u = u >> 63 ? ~u : u | 1ull << 63; /* negatives reversed, below positives */
    return u == LIST_KEY_NONE ? u - 1 : u;
}

/* A period: its first year, then its last; none when unknown. */
static uint64_t period_key(int from, int to)
{
    return from > 0 ? (uint64_t)from << 32 | (uint32_t)to : LIST_KEY_NONE;
}

/* The number of key k in set t, ITAB_NONE for none. */
static uint32_t number_of(keyset *t, uint64_t k)
{
    return k == LIST_KEY_NONE ? ITAB_NONE : keyset_add(t, k);
}

/* The key of number id in set t: its rank, LIST_KEY_NONE for none. */
static uint64_t rank_of(keyset *t, uint32_t id)
{
    return id == ITAB_NONE ? LIST_KEY_NONE : keyset_rank(t)[id];
}

static void fold_row(itab *t, size_t r, const char *a, const char *b);

void itab_add_doc(itab *t, size_t d)
{
    if (d >= t->ndocs)
        return;
    const doc *dd = t->docs[d];
    for (size_t i = 0; i < dd->nindicators; i++) {
        t->rows = xgrow(t->rows, &t->cap, t->nrows, sizeof *t->rows);
        const indicator *in = &dd->indicators[i];
        t->rows[t->nrows++] = (itab_row){
            (uint32_t)d, (uint32_t)i, strset_add(&t->names, in->name),
            strset_add(&t->notes, in->note), 0,
            number_of(&t->values, number_key(in->amount)),
            number_of(&t->changes, number_key(change_number(in->change))),
            number_of(&t->periods, period_key(in->period_from, in->period_to)),
            (uint32_t)in->kind};
        fold_row(t, t->nrows - 1, in->name, in->canonical);
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

void itab_add_groups(itab *t, indicator_groups *made)
{
    indicator_groups_free(&t->groups);
    t->groups = *made;
    memset(made, 0, sizeof *made);
    for (size_t k = 0; k < t->groups.ngroups; k++) {
        t->rows = xgrow(t->rows, &t->cap, t->nrows, sizeof *t->rows);
        const indicator_group *g = &t->groups.groups[k];
        const indicator *first = member(t, g, 0, NULL);
        t->rows[t->nrows++] = (itab_row){
            (uint32_t)k, 0, strset_add(&t->names, g->canonical),
            strset_add(&t->regions, g->region), 0,
            number_of(&t->values, number_key(first->amount)), ITAB_NONE,
            number_of(&t->periods, period_key(g->period_from, g->period_to)),
            (uint32_t)g->kind};
        fold_row(t, t->nrows - 1, g->canonical, g->region);
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

void itab_rank(itab *t)
{
    strset_rank(&t->names);
    strset_rank(&t->notes);
    strset_rank(&t->regions);
    keyset_rank(&t->values);
    keyset_rank(&t->changes);
    keyset_rank(&t->periods);
}

/* Group row r's key by column c. */
static uint64_t group_key(itab *t, size_t r, int c)
{
    const itab_row *row = &t->rows[r];
    switch (c) {
    case ICOL_REGION: return strset_rank(&t->regions)[row->note];
    case ICOL_NAME: return strset_rank(&t->names)[row->name];
    case ICOL_PERIOD: return rank_of(&t->periods, row->period);
    case ICOL_KIND: return row->kind;
    case ICOL_VALUES: return rank_of(&t->values, row->value);
    case ICOL_AGREE:
        return (uint64_t)(IND_CONFLICT - t->groups.groups[row->doc].agreement);
    default: return 0;
    }
}

uint64_t itab_key(itab *t, size_t r, int k)
{
    if (r >= t->nrows || k < 0 || k >= t->ncols)
        return 0;
    int c = t->cols[k];
    if (t->mode == ITAB_GROUPS)
        return group_key(t, r, c);
    const itab_row *row = &t->rows[r];
    switch (c) {
    case ICOL_REPORT: return row->doc;
    case ICOL_NAME: return strset_rank(&t->names)[row->name];
    case ICOL_VALUE: return rank_of(&t->values, row->value);
    case ICOL_CHANGE: return rank_of(&t->changes, row->change);
    case ICOL_PERIOD: return rank_of(&t->periods, row->period);
    case ICOL_KIND: return row->kind;
    case ICOL_NOTE:
        return *t->notes.s[row->note] ? strset_rank(&t->notes)[row->note]
                                      : LIST_KEY_NONE;
    default: return 0;
    }
}

static int same_text(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Whether every text query b matches, query a matches too: the same
 * terms and filters, each positive term of b typed on from a's (a's the
 * start of it, pinyin only where a's was), the excluded ones the same. */
static int narrows(const query *a, const query *b)
{
    if (a->nterms != b->nterms || a->year != b->year ||
        !same_text(a->region, b->region) || !same_text(a->kind, b->kind) ||
        !same_text(a->section, b->section))
        return 0;
    for (size_t i = 0; i < a->nterms; i++) {
        const query_term *x = &a->terms[i], *y = &b->terms[i];
        if (x->negative != y->negative)
            return 0;
        if (x->negative ? strcmp(x->folded, y->folded) != 0
                        : strncmp(x->folded, y->folded, x->len) != 0 ||
                              (pinyin_query(y->folded, y->len) &&
                               !pinyin_query(x->folded, x->len)))
            return 0;
    }
    return 1;
}

int itab_set_filter(itab *t, const char *f, int *narrower)
{
    query q;
    const char *err;
    int ok = f[0] && query_parse(f, &q, &err) == 0;
    if (narrower)
        *narrower = !t->has_query || (ok && narrows(&t->q, &q));
    if (t->has_query)
        query_free(&t->q);
    t->has_query = ok;
    if (ok)
        t->q = q;
    if (t->memo)
        memset(t->memo, -1, t->folds.n);
    if (t->docmemo)
        memset(t->docmemo, -1, t->ndocmemo);
    return f[0] && !ok ? -1 : 0;
}

/* Row r's filter text (a and b, a line each: name and canonical name, or a
 * group's canonical name and region) folded once per distinct text: the
 * row's fold. */
static void fold_row(itab *t, size_t r, const char *a, const char *b)
{
    sbuf *buf = &t->cell;
    buf->len = 0;
    sbuf_printf(buf, "%s\n%s", a, b);
    size_t before = t->keys.n;
    uint32_t id = strset_add(&t->keys, buf->p);
    if (t->keys.n > before) { /* new: kept, and folded */
        t->keys.s[id] = arena_strndup(&t->mem, buf->p, buf->len);
        folded f;
        fold_text(buf->p, buf->len, &f);
        size_t nf = t->folds.n;
        uint32_t fid = strset_add(&t->folds, f.s);
        if (t->folds.n > nf) {
            t->folds.s[fid] = arena_strndup(&t->mem, f.s, f.len);
            t->memo = xrealloc(t->memo, t->folds.n);
            t->memo[fid] = -1;
        }
        fold_free(&f);
        t->fold_of = xgrow(t->fold_of, &t->fold_cap, id, sizeof *t->fold_of);
        t->fold_of[id] = fid;
    }
    t->rows[r].fold = id;
}

/* Whether the query passes document d's region/year/kind (once per
 * document and query). */
static int doc_ok(itab *t, size_t d)
{
    if (!t->q.region && !t->q.kind && !t->q.year)
        return 1;
    if (t->ndocmemo < t->ndocs) {
        t->docmemo = xrealloc(t->docmemo, t->ndocs);
        memset(t->docmemo + t->ndocmemo, -1, t->ndocs - t->ndocmemo);
        t->ndocmemo = t->ndocs;
    }
    if (t->docmemo[d] < 0)
        t->docmemo[d] = (signed char)query_doc_ok(&t->q, t->docs[d]);
    return t->docmemo[d];
}

int itab_match(itab *t, size_t r)
{
    if (!t->has_query || r >= t->nrows)
        return r < t->nrows;
    if (!doc_ok(t, doc_of(t, r)))
        return 0;
    uint32_t id = t->fold_of[t->rows[r].fold];
    if (t->memo[id] < 0) {
        const char *f = t->folds.s[id];
        t->memo[id] = (signed char)query_match_folded(&t->q, f, strlen(f));
    }
    return t->memo[id];
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

void itab_free(itab *t)
{
    if (t->has_query)
        query_free(&t->q);
    indicator_groups_free(&t->groups);
    free(t->rows);
    strset_free(&t->names);
    strset_free(&t->notes);
    strset_free(&t->regions);
    strset_free(&t->keys);
    strset_free(&t->folds);
    keyset_free(&t->values);
    keyset_free(&t->changes);
    keyset_free(&t->periods);
    arena_free(&t->mem);
    free(t->memo);
    free(t->docmemo);
    free(t->fold_of);
    sbuf_free(&t->cell);
    memset(t, 0, sizeof *t);
}
