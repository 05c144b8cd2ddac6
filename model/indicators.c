/* indicators.c — grouping indicators across reports (see indicators.h) as
 * a job in phases, each a loop a budget of work can end anywhere: the
 * reports' regions folded, then each region's longest form; a record per
 * indicator (its folded canonical name numbered once per distinct name,
 * its statement for agreement: indicator_agree.c); the canonical names
 * ranked; the records sorted by their group key of ranks and numbers
 * (stepsort.h: no string is compared in the sort); the groups and their
 * agreement. */
#include "indicators.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "indicator_agree.h"
#include "sbuf.h"
#include "stepsort.h"
#include "strs.h"
#include "strset.h"

typedef enum phase {
    P_REGIONS,      /* each report's region folded and numbered */
    P_RANK_REGIONS, /* the distinct regions in byte order */
    P_LONGEST,      /* each region's longest form */
    P_RECORDS,      /* a record per indicator */
    P_RANK_NAMES,   /* the distinct canonical names in byte order */
    P_KEYS,         /* each record's group key */
    P_SORT,         /* the keys sorted */
    P_GROUPS,       /* the groups, their members and agreement */
    P_DONE
} phase;

/* What a piece of each phase costs, in budget units (about 15 ns). */
enum { COST_REGION = 64, COST_RECORD = 24, COST_KEY = 2, COST_MEMBER = 6 };

/* The most a sort's piece may spend: the cancel flag is looked at
 * between pieces (cancel.h's stride). */
enum { PIECE = 4096 };

/* What grouping and comparing need of one indicator. */
typedef struct rec {
    uint32_t name;    /* its folded canonical name: a number in ckeys */
    uint32_t region;  /* its report's region, the longest form: in rkeys */
    size_t own;       /* 0, or 1 + doc when it groups with its own
                         report's only */
    int from, to;
    indicator_kind kind;
    size_t i;         /* docs[st.doc]->indicators[i] */
    indicator_statement st;
} rec;

/* A record's group key (canonical, region, period, kind, own) in ranks
 * and numbers, then the record: the order of groups, members by
 * document and in text order. */
typedef struct gkey {
    uint32_t name, region;
    int from, to;
    uint32_t kind;
    size_t own, rec;
} gkey;

/* A distinct region (folded). */
typedef struct region {
    size_t first;     /* the first report with it */
    size_t len;
    uint32_t longest; /* the longest form of it: a number in rkeys */
} region;

struct indicator_grouping {
    const doc **docs;
    size_t n;
    phase phase;
    size_t at;              /* how far the phase is */
    size_t doc_at;          /* P_RECORDS: the document of record at */
    int cancelled;
    indicator_groups g;     /* what is made (refs, base, group_of, groups) */
    size_t gcap;
    arena mem;              /* folded keys and statements */
    sbuf key;               /* scratch */
    /* Regions: each report's (region_of: a number in rkeys, its own form,
     * then its group's longest); of each distinct one its first report,
     * length and longest form; the numbers in byte order; the region each
     * report's groups are named by. */
    strset rkeys;
    uint32_t *region_of, *by_rank;
    region *rg;
    size_t rcap;
    const char **rname;
    /* Canonical names (or names): as stated (names, the documents'
     * strings), each to its folded key (name_key, a number in ckeys);
     * the keys' ranks in byte order (sorted as ids). Units as stated, each
     * to its folded form. */
    strset names, ckeys, units;
    uint32_t *name_key, *ck_ids, *ck_rank;
    size_t name_cap;
    const char **unit_key;
    size_t unit_cap;
    rec *r;
    gkey *keys;
    stepsort sort;
    indicator_statement *st; /* a group's statements */
    size_t st_cap;
};

/* s folded (canonical.h's indicator_name_key), kept in j's arena. */
static const char *key_of(indicator_grouping *j, const char *s)
{
    j->key.len = 0;
    sbuf_add(&j->key, "", 0);
    indicator_name_key(s ? s : "", s ? strlen(s) : 0, &j->key);
    return arena_strndup(&j->mem, j->key.p, j->key.len);
}

indicator_grouping *indicator_grouping_new(const doc *const *docs, size_t n)
{
    indicator_grouping *j = xcalloc(1, sizeof *j);
    j->n = n;
    j->docs = xcalloc(n, sizeof *j->docs);
    if (n)
        memcpy(j->docs, docs, n * sizeof *docs);
    arena_init(&j->mem);
    indicator_groups *g = &j->g;
    g->ndocs = n;
    g->base = xcalloc(n + 1, sizeof *g->base);
    for (size_t d = 0; d < n; d++)
        g->base[d + 1] = g->base[d] + docs[d]->nindicators;
    g->nrefs = g->base[n];
    g->refs = xcalloc(g->nrefs, sizeof *g->refs);
    g->group_of = xcalloc(g->nrefs, sizeof *g->group_of);
    j->region_of = xcalloc(n, sizeof *j->region_of);
    j->rname = xcalloc(n, sizeof *j->rname);
    j->r = xcalloc(g->nrefs, sizeof *j->r);
    return j;
}

/* ---- regions ------------------------------------------------------------ */

/* Report d's region folded and numbered; the first report of each kept. */
static void add_region(indicator_grouping *j, size_t d)
{
    const char *k = key_of(j, j->docs[d]->meta.region);
    size_t before = j->rkeys.n;
    uint32_t id = strset_add(&j->rkeys, k);
    if (j->rkeys.n > before) {
        j->rg = xgrow(j->rg, &j->rcap, id, sizeof *j->rg);
        j->rg[id] = (region){d, strlen(k), id};
    }
    j->region_of[d] = id;
}

static void rank_regions(indicator_grouping *j)
{
    size_t nu = j->rkeys.n;
    const uint32_t *rank = strset_rank(&j->rkeys);
    j->by_rank = xcalloc(nu, sizeof *j->by_rank);
    for (size_t k = 0; k < nu; k++)
        j->by_rank[rank[k]] = (uint32_t)k;
}

/* Region k's longest form: of the regions that end with it, the longest;
 * of two as long, the first in byte order (regions are few, some 3,000
 * counties in all: each is compared with each). */
static void find_longest(indicator_grouping *j, uint32_t k)
{
    const char *const *u = j->rkeys.s;
    uint32_t best = k;
    for (size_t r = 0; j->rg[k].len && r < j->rkeys.n; r++) {
        uint32_t o = j->by_rank[r];
        if (j->rg[o].len > j->rg[best].len &&
            strs_ends(u[o], j->rg[o].len, u[k]))
            best = o;
    }
    j->rg[k].longest = best;
}

/* Each report's region as its group's longest form, and the region its
 * groups are named by: that of the first report with that form. */
static void settle_regions(indicator_grouping *j)
{
    for (size_t d = 0; d < j->n; d++) {
        uint32_t k = j->rg[j->region_of[d]].longest;
        const char *r = j->docs[j->rg[k].first]->meta.region;
        j->region_of[d] = k;
        j->rname[d] = r ? r : "";
    }
}

/* ---- records ------------------------------------------------------------ */

/* The number in ckeys of name s's folded key, folded once per name. */
static uint32_t name_of(indicator_grouping *j, const char *s)
{
    size_t before = j->names.n;
    uint32_t id = strset_add(&j->names, s);
    if (j->names.n > before) {
        j->name_key = xgrow(j->name_key, &j->name_cap, id, sizeof *j->name_key);
        j->name_key[id] = strset_add(&j->ckeys, key_of(j, s));
    }
    return j->name_key[id];
}

/* Unit s folded, once per unit. */
static const char *unit_of(indicator_grouping *j, const char *s)
{
    size_t before = j->units.n;
    uint32_t id = strset_add(&j->units, s);
    if (j->units.n > before) {
        j->unit_key = xgrow(j->unit_key, &j->unit_cap, id, sizeof *j->unit_key);
        j->unit_key[id] = key_of(j, s);
    }
    return j->unit_key[id];
}

/* The record of flat index f: docs[d]->indicators[i]. */
static void make_record(indicator_grouping *j, size_t f, size_t d, size_t i)
{
    const indicator *x = &j->docs[d]->indicators[i];
    rec *r = &j->r[f];
    r->name = name_of(j, x->canonical && *x->canonical ? x->canonical
                         : x->name ? x->name : "");
    r->region = j->region_of[d];
    r->from = x->period_from;
    r->to = x->period_to;
    r->kind = x->kind;
    r->own = !j->rg[r->region].len || !x->period_from ? d + 1 : 0;
    r->i = i;
    indicator_state(x, unit_of(j, x->unit ? x->unit : ""), &j->mem, &r->st);
    r->st.doc = d;
}

/* ---- ranks and the sort ------------------------------------------------- */

static int by_text(const void *a, const void *b, void *ctx)
{
    const char *const *s = ctx;
    return strcmp(s[*(const uint32_t *)a], s[*(const uint32_t *)b]);
}

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

/* The group key: canonical, region, period, kind, own report. */
static int same_group(const gkey *x, const gkey *y)
{
    int c = CMP(x->name, y->name);
    if (!c)
        c = CMP(x->region, y->region);
    if (!c)
        c = CMP(x->from, y->from);
    if (!c)
        c = CMP(x->to, y->to);
    if (!c)
        c = CMP(x->kind, y->kind);
    return c ? c : CMP(x->own, y->own);
}

static int by_group(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    const gkey *x = a, *y = b;
    int c = same_group(x, y);
    return c ? c : CMP(x->rec, y->rec);
}

static void start_name_sort(indicator_grouping *j)
{
    size_t n = j->ckeys.n;
    j->ck_ids = xcalloc(n, sizeof *j->ck_ids);
    for (size_t k = 0; k < n; k++)
        j->ck_ids[k] = (uint32_t)k;
    stepsort_start(&j->sort, j->ck_ids, n, sizeof *j->ck_ids, by_text,
                   (void *)j->ckeys.s);
}

static void end_name_sort(indicator_grouping *j)
{
    const uint32_t *ids = stepsort_result(&j->sort);
    j->ck_rank = xcalloc(j->ckeys.n, sizeof *j->ck_rank);
    for (size_t k = 0; k < j->ckeys.n; k++)
        j->ck_rank[ids[k]] = (uint32_t)k;
    stepsort_free(&j->sort);
    j->keys = xcalloc(j->g.nrefs, sizeof *j->keys);
}

static void make_key(indicator_grouping *j, size_t f)
{
    const rec *r = &j->r[f];
    const uint32_t *rrank = strset_rank(&j->rkeys);
    j->keys[f] = (gkey){j->ck_rank[r->name], rrank[r->region], r->from, r->to,
                        (uint32_t)r->kind, r->own, f};
}

/* ---- groups ------------------------------------------------------------- */

/* The group of the sorted keys k[i..end): its members, its agreement. */
static void make_group(indicator_grouping *j, const gkey *k, size_t i,
                       size_t end)
{
    indicator_groups *g = &j->g;
    if (end - i > j->st_cap) {
        j->st_cap = end - i;
        j->st = xrealloc(j->st, j->st_cap * sizeof *j->st);
    }
    for (size_t m = i; m < end; m++) {
        const rec *r = &j->r[k[m].rec];
        g->refs[m] = (indicator_ref){r->st.doc, r->i};
        g->group_of[g->base[r->st.doc] + r->i] = g->ngroups;
        j->st[m - i] = r->st;
    }
    const rec *r = &j->r[k[i].rec];
    const indicator *x = &j->docs[r->st.doc]->indicators[r->i];
    g->groups = xgrow(g->groups, &j->gcap, g->ngroups, sizeof *g->groups);
    g->groups[g->ngroups++] = (indicator_group){
        j->rg[r->region].len ? j->rname[r->st.doc] : "",
        x->canonical && *x->canonical ? x->canonical : x->name ? x->name : "",
        r->from, r->to, r->kind, i, end - i,
        indicator_agreement_of(j->st, end - i)};
}

/* The end of the group of sorted key i. */
static size_t group_end(const gkey *k, size_t i, size_t n)
{
    size_t end = i + 1;
    while (end < n && !same_group(&k[i], &k[end]))
        end++;
    return end;
}

/* ---- the job ------------------------------------------------------------ */

/* One piece of the phase j is in: its cost in budget units (at least 1);
 * budget is what a piece of a sort may spend. */
static size_t step(indicator_grouping *j, size_t budget)
{
    size_t nrefs = j->g.nrefs;
    switch (j->phase) {
    case P_REGIONS:
        if (j->at < j->n) {
            add_region(j, j->at++);
            return COST_REGION;
        }
        j->phase = P_RANK_REGIONS;
        return 1;
    case P_RANK_REGIONS:
        rank_regions(j);
        j->phase = P_LONGEST;
        j->at = 0;
        return 1 + j->rkeys.n;
    case P_LONGEST:
        if (j->at < j->rkeys.n) {
            find_longest(j, (uint32_t)j->at++);
            return 1 + j->rkeys.n;
        }
        settle_regions(j);
        j->phase = P_RECORDS;
        j->at = 0;
        return 1 + j->n;
    case P_RECORDS:
        if (j->at < nrefs) { /* flat index at, of document doc_at */
            while (j->at >= j->g.base[j->doc_at + 1])
                j->doc_at++;
            make_record(j, j->at, j->doc_at, j->at - j->g.base[j->doc_at]);
            j->at++;
            return COST_RECORD;
        }
        start_name_sort(j);
        j->phase = P_RANK_NAMES;
        return 1 + j->ckeys.n;
    case P_RANK_NAMES: {
        size_t left = budget;
        if (!stepsort_run(&j->sort, &left))
            return budget - left ? budget - left : 1;
        end_name_sort(j);
        j->phase = P_KEYS;
        j->at = 0;
        return 1 + budget - left;
    }
    case P_KEYS:
        if (j->at < nrefs) {
            make_key(j, j->at++);
            return COST_KEY;
        }
        stepsort_start(&j->sort, j->keys, nrefs, sizeof *j->keys, by_group,
                       NULL);
        j->phase = P_SORT;
        return 1;
    case P_SORT: {
        size_t left = budget;
        if (!stepsort_run(&j->sort, &left))
            return budget - left ? budget - left : 1;
        j->phase = P_GROUPS;
        j->at = 0;
        return 1 + budget - left;
    }
    case P_GROUPS:
        if (j->at < nrefs) {
            const gkey *k = stepsort_result(&j->sort);
            size_t i = j->at, end = group_end(k, i, nrefs);
            make_group(j, k, i, end);
            j->at = end;
            return COST_MEMBER * (end - i);
        }
        j->phase = P_DONE;
        return 1;
    case P_DONE: break;
    }
    return 1;
}

indicator_grouping_status indicator_grouping_run(indicator_grouping *j,
                                                 size_t budget,
                                                 const cancel_flag *cancel)
{
    size_t spent = 0, next = 0;
    while (!j->cancelled && j->phase != P_DONE && spent < budget) {
        if (cancel_every(cancel, spent, &next)) {
            j->cancelled = 1;
            break;
        }
        size_t left = budget - spent;
        spent += step(j, left < PIECE ? left : PIECE);
    }
    if (j->phase != P_DONE && cancel_raised(cancel))
        j->cancelled = 1;
    return j->cancelled ? IND_GROUPING_CANCELLED
           : j->phase == P_DONE ? IND_GROUPING_DONE
                                : IND_GROUPING_MORE;
}

int indicator_grouping_percent(const indicator_grouping *j)
{
    /* The phases' rough shares of the time: records 60, sort 25, the
     * groups 10, the rest 5. */
    size_t n = j->g.nrefs ? j->g.nrefs : 1;
    switch (j->phase) {
    case P_REGIONS: case P_RANK_REGIONS: case P_LONGEST: return 0;
    case P_RECORDS: return (int)(2 + 60 * j->at / n);
    case P_RANK_NAMES: case P_KEYS: return 63;
    case P_SORT: return 65 + stepsort_percent(&j->sort) / 4;
    case P_GROUPS: return (int)(90 + 10 * j->at / n);
    case P_DONE: break;
    }
    return 100;
}

void indicator_grouping_take(indicator_grouping *j, indicator_groups *g)
{
    *g = j->g;
    memset(&j->g, 0, sizeof j->g);
}

void indicator_grouping_free(indicator_grouping *j)
{
    if (!j)
        return;
    indicator_groups_free(&j->g);
    stepsort_free(&j->sort);
    arena_free(&j->mem);
    sbuf_free(&j->key);
    strset_free(&j->rkeys);
    strset_free(&j->names);
    strset_free(&j->ckeys);
    strset_free(&j->units);
    free(j->docs);
    free(j->region_of);
    free(j->by_rank);
    free(j->rg);
    free(j->rname);
    free(j->name_key);
    free(j->ck_ids);
    free(j->ck_rank);
    free(j->unit_key);
    free(j->r);
    free(j->keys);
    free(j->st);
    free(j);
}

indicator_grouping_status indicator_groups_build(indicator_groups *g,
                                                 const doc *const *docs,
                                                 size_t n,
                                                 const cancel_flag *cancel)
{
    memset(g, 0, sizeof *g);
    indicator_grouping *j = indicator_grouping_new(docs, n);
    indicator_grouping_status s = indicator_grouping_run(j, SIZE_MAX, cancel);
    if (s == IND_GROUPING_DONE)
        indicator_grouping_take(j, g);
    indicator_grouping_free(j);
    return s;
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
