/* trend.c — a query's hits per report, grouped by region and year (see
 * trend.h): the reports kept compactly, counted through search_doc,
 * sorted once per grouping. */
#include "trend.h"
#include "strs.h"

#include <stdlib.h>
#include <string.h>

void trend_init(trend *t, size_t nq)
{
    memset(t, 0, sizeof *t);
    t->nq = nq ? nq : 1;
    arena_init(&t->strings);
}

void trend_free(trend *t)
{
    free(t->reports);
    free(t->counts);
    arena_free(&t->strings);
    memset(t, 0, sizeof *t);
}

size_t trend_chars(const char *s, size_t n)
{
    /* without branches, so that it runs at memory speed: the lead bytes,
     * less the white space; then the ideographic spaces, which are rare */
    const unsigned char *u = (const unsigned char *)s;
    size_t lead = 0, space = 0;
    for (size_t i = 0; i < n; i++) {
        lead += (u[i] & 0xC0) != 0x80;
        space += (u[i] == ' ') | (u[i] == '\t') | (u[i] == '\n') | (u[i] == '\r');
    }
    for (const char *p = s, *end = s + n;
         (p = strs_find(p, (size_t)(end - p), "\xE3\x80\x80", 3)) != NULL; p += 3)
        space++;
    return lead - space;
}

void trend_count_hit(trend_count *c, const doc *d, const search_hit *h)
{
    if (!c->hits || h->start < c->start) {
        c->start = h->start;
        c->end = h->end;
        c->line = doc_origin_line(d, h->start);
    }
    c->hits++;
}

static void count_hit(void *ctx, const doc *d, const search_hit *h)
{
    trend_count_hit(ctx, d, h);
}

trend_count trend_count_doc(const query *q, const doc *d, const folded *f)
{
    trend_count c = {0};
    search_doc(q, d, f, count_hit, &c);
    return c;
}

size_t trend_add(trend *t, const doc *d, size_t chars, const trend_count *counts)
{
    size_t had = t->cap;
    t->reports = xgrow(t->reports, &t->cap, t->n, sizeof *t->reports);
    if (t->cap != had)
        t->counts = xrealloc(t->counts, t->cap * t->nq * sizeof *t->counts);
    const char *region = d->meta.region ? d->meta.region : "";
    t->reports[t->n] = (trend_report){
        arena_strndup(&t->strings, d->name, strlen(d->name)),
        arena_strndup(&t->strings, region, strlen(region)),
        d->meta.region ? d->meta.region_code : 0, d->meta.year, chars, -1};
    memcpy(t->counts + t->n * t->nq, counts, t->nq * sizeof *counts);
    return t->n++;
}

void trend_set_duplicate(trend *t, size_t r, size_t of)
{
    if (r < t->n && of < t->n && of != r)
        t->reports[r].duplicate_of = (long)of;
}

/* Whether reports a and b name one region: one code, or (neither having
 * one) one name. */
static int same_region(const trend_report *a, const trend_report *b)
{
    if (a->region_code || b->region_code)
        return a->region_code == b->region_code;
    return strcmp(a->region, b->region) == 0;
}

/* Regions in order: by code, then those without a code by name, the
 * unknown region ("") last. */
static int region_cmp(const trend_report *a, const trend_report *b)
{
    int ka = a->region_code ? 0 : *a->region ? 1 : 2;
    int kb = b->region_code ? 0 : *b->region ? 1 : 2;
    if (ka != kb)
        return ka - kb;
    if (ka == 0)
        return (a->region_code > b->region_code) - (a->region_code < b->region_code);
    return ka == 1 ? strcmp(a->region, b->region) : 0;
}

/* Years in order, the unknown year (0) after every known one. */
static int year_cmp(int a, int b)
{
    unsigned ua = a ? (unsigned)a : ~0u, ub = b ? (unsigned)b : ~0u;
    return (ua > ub) - (ua < ub);
}

/* A report to sort, with what it is sorted by. */
typedef struct item {
    const trend_report *r;
    size_t i;
    trend_by by;
} item;

static int item_cmp(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    int c = 0;
    if (a->by != TREND_BY_YEAR)
        c = region_cmp(a->r, b->r);
    if (!c && a->by != TREND_BY_REGION)
        c = year_cmp(a->r->year, b->r->year);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* Whether items a and b fall in one group. */
static int same_group(const item *a, const item *b)
{
    if (a->by != TREND_BY_YEAR && !same_region(a->r, b->r))
        return 0;
    return a->by == TREND_BY_REGION || a->r->year == b->r->year;
}

/* The primary of report r's near-duplicates: the end of its chain of
 * duplicate_of (bounded, in case of a cycle). */
static size_t root_of(const trend *t, size_t r)
{
    for (size_t k = 0; k < t->n && t->reports[r].duplicate_of >= 0; k++)
        r = (size_t)t->reports[r].duplicate_of;
    return r;
}

/* A report by its cluster of near-duplicates, region and year. */
typedef struct cluster_item {
    const trend_report *r;
    size_t i, root;
} cluster_item;

static int cluster_cmp(const void *pa, const void *pb)
{
    const cluster_item *a = pa, *b = pb;
    if (a->root != b->root)
        return (a->root > b->root) - (a->root < b->root);
    int c = region_cmp(a->r, b->r);
    if (!c)
        c = year_cmp(a->r->year, b->r->year);
    if (!c) /* the primary first, then the order added */
        c = (a->i != a->root) - (b->i != b->root);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

void trend_counted(const trend *t, unsigned char *counted)
{
    cluster_item *v = xcalloc(t->n + 1, sizeof *v);
    for (size_t i = 0; i < t->n; i++)
        v[i] = (cluster_item){&t->reports[i], i, root_of(t, i)};
    qsort(v, t->n, sizeof *v, cluster_cmp);
    for (size_t k = 0; k < t->n; k++)
        counted[v[k].i] = k == 0 || v[k].root != v[k - 1].root ||
                          !same_region(v[k].r, v[k - 1].r) ||
                          v[k].r->year != v[k - 1].r->year;
    free(v);
}

/* Whether report a comes before report b as a first place: an earlier
 * year (unknown last), then the order added. */
static int earlier(const trend *t, size_t a, size_t b)
{
    int c = year_cmp(t->reports[a].year, t->reports[b].year);
    return c < 0 || (c == 0 && a < b);
}

void trend_group(const trend *t, trend_by by, trend_table *out)
{
    memset(out, 0, sizeof *out);
    out->nq = t->nq;
    item *v = xcalloc(t->n + 1, sizeof *v);
    unsigned char *counted = xcalloc(t->n + 1, 1);
    trend_counted(t, counted);
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        if (counted[i])
            v[n++] = (item){&t->reports[i], i, by};
    free(counted);
    qsort(v, n, sizeof *v, item_cmp);
    size_t groups = 0;
    for (size_t i = 0; i < n; i++)
        groups += i == 0 || !same_group(&v[i - 1], &v[i]);
    out->rows = xcalloc(groups + 1, sizeof *out->rows);
    out->cells = xcalloc((groups + 1) * t->nq, sizeof *out->cells);
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || !same_group(&v[i - 1], &v[i])) {
            trend_row *row = &out->rows[out->n];
            row->cells = out->cells + out->n * t->nq;
            row->region = by == TREND_BY_YEAR ? NULL : v[i].r->region;
            row->region_code = by == TREND_BY_YEAR ? 0 : v[i].r->region_code;
            row->year = by == TREND_BY_REGION ? 0 : v[i].r->year;
            for (size_t q = 0; q < t->nq; q++)
                row->cells[q].first = SIZE_MAX;
            out->n++;
        }
        trend_row *row = &out->rows[out->n - 1];
        row->reports++;
        row->chars += v[i].r->chars;
        for (size_t q = 0; q < t->nq; q++) {
            const trend_count *c = &t->counts[v[i].i * t->nq + q];
            trend_cell *cell = &row->cells[q];
            if (!c->hits)
                continue;
            cell->hits += c->hits;
            if (cell->first == SIZE_MAX || earlier(t, v[i].i, cell->first))
                cell->first = v[i].i;
        }
    }
    free(v);
}

void trend_table_free(trend_table *tt)
{
    free(tt->rows);
    free(tt->cells);
    memset(tt, 0, sizeof *tt);
}

size_t trend_first(const trend *t, size_t q)
{
    size_t first = SIZE_MAX;
    unsigned char *counted = xcalloc(t->n + 1, 1);
    trend_counted(t, counted);
    for (size_t i = 0; i < t->n; i++)
        if (t->counts[i * t->nq + q].hits && counted[i] &&
            (first == SIZE_MAX || earlier(t, i, first)))
            first = i;
    free(counted);
    return first;
}

double trend_per_10k(size_t hits, size_t chars)
{
    return chars ? 10000.0 * (double)hits / (double)chars : 0;
}
