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
    const char *said[2];  /* the value with its unit, the change, in the
                             form compared (folded, numbers written one
                             way), or NULL when not stated */
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

/* The number at s (digits, ',' between digits, one '.' before a digit)
 * appended to b written one way: no separators, no leading zeros, no
 * trailing zeros after the point (1,277.930 → 1277.93, 5.0 → 5). Returns
 * the end of the number. */
static const char *add_number(sbuf *b, const char *s)
{
    size_t at = b->len;
    for (; (*s >= '0' && *s <= '9') || (*s == ',' && s[1] >= '0' && s[1] <= '9'); s++)
        if (*s != ',')
            sbuf_addc(b, *s);
    size_t z = at;
    while (z + 1 < b->len && b->p[z] == '0')
        z++;
    memmove(b->p + at, b->p + z, b->len - z + 1);
    b->len -= z - at;
    if (*s == '.' && s[1] >= '0' && s[1] <= '9') {
        size_t point = b->len;
        for (sbuf_addc(b, *s++); *s >= '0' && *s <= '9'; s++)
            sbuf_addc(b, *s);
        while (b->len > point + 1 && b->p[b->len - 1] == '0')
            b->len--;
        b->len -= b->len == point + 1;
        b->p[b->len] = '\0';
    }
    return s;
}

/* s folded (indicator_name_key) with its numbers written one way
 * (add_number), appended to b: the form statements are compared in. */
static void add_said(sbuf *b, const char *s)
{
    sbuf f = {0};
    indicator_name_key(s, strlen(s), &f);
    for (const char *p = f.p; *p;)
        if (*p >= '0' && *p <= '9')
            p = add_number(b, p);
        else
            sbuf_addc(b, *p++);
    sbuf_free(&f);
}

/* The value with its unit and the change as compared; a rate name's
 * value in % or 个百分点 becomes its change (see indicators.h). */
static void compared_fields(rec *r, const indicator *x, arena *a)
{
    int value = x->value && *x->value, change = x->change && *x->change;
    sbuf v = {0}, c = {0}, unit = {0};
    indicator_name_key(x->unit ? x->unit : "", x->unit ? strlen(x->unit) : 0, &unit);
    canon_match m;
    if (value && !change && x->name && indicator_canonical_match(x->name, &m) && m.rate &&
        (strcmp(unit.p, "%") == 0 || strcmp(unit.p, "个百分点") == 0)) {
        if (*x->value != '-' && *x->value != '+')
            sbuf_addc(&c, m.rate < 0 ? '-' : '+');
        add_said(&c, x->value);
        sbuf_adds(&c, unit.p);
        value = 0;
        change = 1;
    } else if (change) {
        add_said(&c, x->change);
    }
    if (value) {
        add_said(&v, x->value);
        sbuf_addc(&v, '\x1f');
        sbuf_adds(&v, unit.p);
    }
    r->said[0] = value ? arena_strndup(a, v.p, v.len) : NULL;
    r->said[1] = change ? arena_strndup(a, c.p, c.len) : NULL;
    sbuf_free(&v);
    sbuf_free(&c);
    sbuf_free(&unit);
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

/* One report's statement of one field. */
typedef struct said {
    const char *key;
    size_t doc;
} said;

static int by_doc_key(const void *a, const void *b)
{
    const said *x = a, *y = b;
    return x->doc != y->doc ? CMP(x->doc, y->doc) : strcmp(x->key, y->key);
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const said *)a)->key, ((const said *)b)->key);
}

/* The end of the run of s[i..n) from s[i]'s report. */
static size_t report_run(const said *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && s[j].doc == s[i].doc)
        j++;
    return j;
}

/* True when the sorted keys of x[0..nx) and y[0..ny) share one. */
static int meet(const said *x, size_t nx, const said *y, size_t ny)
{
    for (size_t i = 0, j = 0; i < nx && j < ny;) {
        int c = strcmp(x[i].key, y[j].key);
        if (!c)
            return 1;
        i += c < 0;
        j += c > 0;
    }
    return 0;
}

/* s[0..n) sorted by report, then key, without repeats, from two reports or
 * more: -1 when two share no key, 1 when they all do. Each report saying
 * one thing (the common case) is a sort; otherwise report by report. */
static int reports_agree(said *s, size_t n)
{
    int single = 1;
    for (size_t i = 1; i < n; i++)
        single &= s[i].doc != s[i - 1].doc;
    if (single) {
        qsort(s, n, sizeof *s, by_key);
        return strcmp(s[0].key, s[n - 1].key) == 0 ? 1 : -1;
    }
    for (size_t a = 0, a1; a < n; a = a1) {
        a1 = report_run(s, a, n);
        for (size_t b = a1, b1; b < n; b = b1) {
            b1 = report_run(s, b, n);
            if (!meet(s + a, a1 - a, s + b, b1 - b))
                return -1;
        }
    }
    return 1;
}

/* Field f (0 value, 1 change) among r[first..end): -1 two reports stating
 * it conflict, 1 they agree, 0 fewer than two state it. */
static int field_agreement(const rec *r, size_t first, size_t end, int f)
{
    said *s = xcalloc(end - first, sizeof *s);
    size_t n = 0, reports = 0;
    for (size_t i = first; i < end; i++)
        if (r[i].said[f])
            s[n++] = (said){r[i].said[f], r[i].doc};
    if (n)
        qsort(s, n, sizeof *s, by_doc_key);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!w || by_doc_key(&s[w - 1], &s[i]) != 0) {
            reports += !w || s[w - 1].doc != s[i].doc;
            s[w++] = s[i];
        }
    int v = reports >= 2 ? reports_agree(s, w) : 0;
    free(s);
    return v;
}

static indicator_agreement group_agreement(const rec *r, size_t first, size_t end)
{
    int v = field_agreement(r, first, end, 0);
    int c = field_agreement(r, first, end, 1);
    return v < 0 || c < 0 ? IND_CONFLICT : v > 0 || c > 0 ? IND_AGREE : IND_ALONE;
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
