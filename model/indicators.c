/* indicators.c — grouping indicators across reports and their agreement
 * (see indicators.h). */
#include "indicators.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "sbuf.h"
#include "strs.h"

/* What grouping and comparing need of one indicator, keys in a scratch
 * arena. */
typedef struct rec {
    const char *ckey;     /* folded canonical name */
    const char *rkey;     /* folded region (its group's longest form) */
    size_t own;           /* 0, or 1 + doc when it groups with its own
                             report's only */
    int from, to;
    indicator_kind kind;
    size_t doc, i;
    const char *value;    /* ASCII number text, or NULL: no value */
    const char *unit;     /* folded */
    const char *change;   /* folded, or NULL: no change */
} rec;

static char *key_of(arena *a, const char *s)
{
    sbuf b = {0};
    indicator_name_key(s ? s : "", s ? strlen(s) : 0, &b);
    char *k = arena_strndup(a, b.p, b.len);
    sbuf_free(&b);
    return k;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The index of key k among the sorted distinct keys u[0..n). */
static size_t key_index(const char *const *u, size_t n, const char *k)
{
    const char *const *hit = bsearch(&k, u, n, sizeof *u, by_string);
    return (size_t)(hit - u);
}

/* For each document, the folded key of its region's longest known form
 * (see indicators.h; of two as long, the first in byte order) into
 * rkey[d], and the region of the first document with that form into
 * name[d]. Distinct regions are few (some 3,000 counties in all): each is
 * compared with each. */
static void cluster_regions(const doc *const *docs, size_t n, arena *a,
                            const char **rkey, const char **name)
{
    const char **keys = xcalloc(n, sizeof *keys), **u = xcalloc(n, sizeof *u);
    size_t nu = 0;
    for (size_t d = 0; d < n; d++)
        u[d] = keys[d] = key_of(a, docs[d]->meta.region);
    qsort(u, n, sizeof *u, by_string);
    for (size_t d = 0; d < n; d++)
        if (!nu || strcmp(u[nu - 1], u[d]) != 0)
            u[nu++] = u[d];
    size_t *best = xcalloc(nu, sizeof *best), *first = xcalloc(nu, sizeof *first);
    for (size_t k = 0; k < nu; k++) {
        size_t len = strlen(u[k]);
        best[k] = k;
        first[k] = SIZE_MAX;
        for (size_t j = 0; len && j < nu; j++)
            if (strlen(u[j]) > strlen(u[best[k]]) && strs_ends(u[j], strlen(u[j]), u[k]))
                best[k] = j;
    }
    for (size_t d = 0; d < n; d++) {
        size_t k = key_index(u, nu, keys[d]);
        if (first[k] == SIZE_MAX)
            first[k] = d;
    }
    for (size_t d = 0; d < n; d++) {
        size_t k = best[key_index(u, nu, keys[d])];
        const char *r = docs[first[k]]->meta.region;
        rkey[d] = u[k];
        name[d] = r ? r : "";
    }
    free(keys);
    free(u);
    free(best);
    free(first);
}

/* value, unit and change as compared: a rate name's value in % or
 * 个百分点 becomes its change (see indicators.h). */
static void compared_fields(rec *r, const indicator *x, arena *a)
{
    r->value = x->value && *x->value ? x->value : NULL;
    r->unit = key_of(a, x->unit);
    r->change = x->change && *x->change ? key_of(a, x->change) : NULL;
    canon_match m;
    if (!r->value || r->change || !indicator_canonical_match(x->name, &m) ||
        !m.rate || !(strcmp(r->unit, "%") == 0 || strcmp(r->unit, "个百分点") == 0))
        return;
    sbuf b = {0};
    if (*r->value != '-' && *r->value != '+')
        sbuf_addc(&b, m.rate < 0 ? '-' : '+');
    sbuf_adds(&b, r->value);
    sbuf_adds(&b, r->unit);
    r->change = arena_strndup(a, b.p, b.len);
    sbuf_free(&b);
    r->value = NULL;
}

static void fill_rec(rec *r, const doc *d, size_t doc_i, size_t i,
                     const char *rkey, arena *a)
{
    const indicator *x = &d->indicators[i];
    r->ckey = key_of(a, x->canonical && *x->canonical ? x->canonical : x->name);
    r->rkey = rkey;
    r->from = x->period_from;
    r->to = x->period_to;
    r->kind = x->kind;
    r->own = !*rkey || !x->period_from ? doc_i + 1 : 0;
    r->doc = doc_i;
    r->i = i;
    compared_fields(r, x, a);
}

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

/* The group key: canonical, region, period, kind, own report. */
static int same_group(const rec *x, const rec *y)
{
    int c = strcmp(x->ckey, y->ckey);
    if (!c)
        c = strcmp(x->rkey, y->rkey);
    if (!c)
        c = CMP(x->from, y->from);
    if (!c)
        c = CMP(x->to, y->to);
    if (!c)
        c = CMP((int)x->kind, (int)y->kind);
    return c ? c : CMP(x->own, y->own);
}

static int by_group(const void *a, const void *b)
{
    const rec *x = a, *y = b;
    int c = same_group(x, y);
    if (!c)
        c = CMP(x->doc, y->doc);
    return c ? c : CMP(x->i, y->i);
}

/* The number at *s (digits, '.', and ',' between digits), advancing *s. */
static double number_at(const char **s)
{
    char buf[96];
    size_t n = 0;
    const char *p = *s;
    for (; (*p >= '0' && *p <= '9') || *p == '.' ||
           (*p == ',' && p[1] >= '0' && p[1] <= '9');
         p++)
        if (*p != ',' && n + 1 < sizeof buf)
            buf[n++] = *p;
    buf[n] = '\0';
    *s = p;
    return strtod(buf, NULL);
}

/* a and b equal, their runs of digits compared as numbers (5 = 5.0). */
static int same_text(const char *a, const char *b)
{
    while (*a && *b) {
        if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
            if (number_at(&a) != number_at(&b))
                return 0;
        } else if (*a++ != *b++) {
            return 0;
        }
    }
    return !*a && !*b;
}

static int same_value(const rec *x, const rec *y)
{
    return same_text(x->value, y->value) && strcmp(x->unit, y->unit) == 0;
}

/* Whether two reports' statements r[a0..a1) and r[b0..b1) agree on the
 * field (value when values, else change): -1 conflict, 1 agree, 0 a field
 * not both state. */
static int field_agreement(const rec *r, size_t a0, size_t a1, size_t b0,
                           size_t b1, int values)
{
    int a_states = 0, b_states = 0;
    for (size_t i = a0; i < a1; i++)
        for (size_t j = b0; j < b1; j++) {
            const rec *x = &r[i], *y = &r[j];
            int xs = values ? x->value != NULL : x->change != NULL;
            int ys = values ? y->value != NULL : y->change != NULL;
            a_states |= xs;
            b_states |= ys;
            if (xs && ys && (values ? same_value(x, y) : same_text(x->change, y->change)))
                return 1;
        }
    return a_states && b_states ? -1 : 0;
}

/* The end of the run of r[i..end) from r[i]'s document. */
static size_t doc_run(const rec *r, size_t i, size_t end)
{
    size_t j = i;
    while (j < end && r[j].doc == r[i].doc)
        j++;
    return j;
}

static indicator_agreement group_agreement(const rec *r, size_t first, size_t end)
{
    int agree = 0;
    for (size_t a = first, a1; a < end; a = a1) {
        a1 = doc_run(r, a, end);
        for (size_t b = a1, b1; b < end; b = b1) {
            b1 = doc_run(r, b, end);
            int v = field_agreement(r, a, a1, b, b1, 1);
            int c = field_agreement(r, a, a1, b, b1, 0);
            if (v < 0 || c < 0)
                return IND_CONFLICT;
            agree |= v > 0 || c > 0;
        }
    }
    return agree ? IND_AGREE : IND_ALONE;
}

/* The groups of the sorted records r[0..n). */
static void make_groups(indicator_groups *g, const rec *r, size_t n,
                        const doc *const *docs, const char *const *rname)
{
    size_t cap = 0;
    for (size_t i = 0, end; i < n; i = end) {
        for (end = i + 1; end < n && !same_group(&r[i], &r[end]); end++)
            ;
        const indicator *x = &docs[r[i].doc]->indicators[r[i].i];
        g->groups = xgrow(g->groups, &cap, g->ngroups, sizeof *g->groups);
        g->groups[g->ngroups] = (indicator_group){
            *r[i].rkey ? rname[r[i].doc] : "",
            x->canonical && *x->canonical ? x->canonical : x->name ? x->name : "",
            r[i].from, r[i].to, r[i].kind, i, end - i,
            group_agreement(r, i, end)};
        for (size_t k = i; k < end; k++) {
            g->refs[k] = (indicator_ref){r[k].doc, r[k].i};
            g->group_of[g->base[r[k].doc] + r[k].i] = g->ngroups;
        }
        g->ngroups++;
    }
}

void indicator_groups_build(indicator_groups *g, const doc *const *docs, size_t n)
{
    memset(g, 0, sizeof *g);
    g->ndocs = n;
    g->base = xcalloc(n + 1, sizeof *g->base);
    for (size_t d = 0; d < n; d++)
        g->base[d + 1] = g->base[d] + docs[d]->nindicators;
    g->nrefs = g->base[n];
    g->refs = xcalloc(g->nrefs, sizeof *g->refs);
    g->group_of = xcalloc(g->nrefs, sizeof *g->group_of);
    arena a;
    arena_init(&a);
    const char **rkey = xcalloc(n, sizeof *rkey), **rname = xcalloc(n, sizeof *rname);
    cluster_regions(docs, n, &a, rkey, rname);
    rec *r = xcalloc(g->nrefs, sizeof *r);
    for (size_t d = 0; d < n; d++)
        for (size_t i = 0; i < docs[d]->nindicators; i++)
            fill_rec(&r[g->base[d] + i], docs[d], d, i, rkey[d], &a);
    if (g->nrefs)
        qsort(r, g->nrefs, sizeof *r, by_group);
    make_groups(g, r, g->nrefs, docs, rname);
    free(r);
    free(rkey);
    free(rname);
    arena_free(&a);
}

void indicator_groups_free(indicator_groups *g)
{
    free(g->refs);
    free(g->groups);
    free(g->base);
    free(g->group_of);
    memset(g, 0, sizeof *g);
}

size_t indicator_groups_find(const indicator_groups *g, size_t d, size_t i)
{
    if (d >= g->ndocs || i >= g->base[d + 1] - g->base[d])
        return SIZE_MAX;
    return g->group_of[g->base[d] + i];
}

size_t indicator_group_docs(const indicator_groups *g, size_t k, size_t *out)
{
    size_t n = 0;
    const indicator_group *x = &g->groups[k];
    for (size_t j = x->first; j < x->first + x->n; j++)
        if (!n || out[n - 1] != g->refs[j].doc)
            out[n++] = g->refs[j].doc;
    return n;
}

const char *indicator_agreement_name(indicator_agreement a)
{
    return a == IND_AGREE ? "agree" : a == IND_CONFLICT ? "conflict" : "";
}
