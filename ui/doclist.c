/* doclist.c — the Reports view: one row per report (region, year, kind,
 * script), near-duplicates folded under their primary as ×N; the open
 * report's row in the display script. < > sort by region, year or kind
 * (r reverses), p groups by province, then by prefecture (a heading per
 * group, not selectable), then not; an unknown region or year is written
 * ? and sorts last (meta_order.h has the keys). v marks a report (*), c
 * compares the two marked, or the one under the cursor with its region's
 * previous report, in the Compare view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "divisions.h"
#include "draw.h"
#include "list.h"
#include "meta_order.h"
#include "sbuf.h"
#include "script.h"
#include "view.h"

/* The view's own actions. */
enum {
    ACT_R_SORT_NEXT = ACT_VIEW,
    ACT_R_SORT_PREV,
    ACT_R_REVERSE,
    ACT_R_GROUP,
    ACT_R_MARK,
    ACT_R_COMPARE
};

static keybind doclist_keys[] = {
    {ACT_R_SORT_NEXT, ">", "next sort: region, year, kind, off", KEYS_FOCUS, "sort-next"},
    {ACT_R_SORT_PREV, "<", "previous sort", KEYS_FOCUS, "sort-prev"},
    {ACT_R_REVERSE, "r", "reverse the sort", KEYS_FOCUS, "reverse"},
    {ACT_R_GROUP, "p", "group: province, prefecture, none", KEYS_FOCUS, "group"},
    {ACT_R_MARK, "v", "mark for c (two at most)", KEYS_FOCUS, "mark"},
    {ACT_R_COMPARE, "c", "compare the marked, or this and the one before",
     KEYS_FOCUS, "compare"},
};

enum { GROUP_NONE, GROUP_PROVINCE, GROUP_PREFECTURE, GROUP_MODES };

/* A row of the list: a report (an entry) or the heading of a group. */
typedef struct report_row {
    int entry;         /* index in c->entries, or -1 for a heading */
    int doc;           /* the entry's report when the rows were made */
    meta_group group;  /* a heading's group */
    int reports;       /* a heading's reports (copies included) */
} report_row;

typedef struct doclist {
    list rows;
    list_source src;
    report_row *row;   /* the list's source rows, in the order shown */
    size_t nrow;
    int sort;          /* meta_field sorted by, -1: the corpus's order */
    int desc;
    int group;         /* GROUP_* */
    size_t seen;       /* entries the rows were made for */
    int seen_loaded;
    int stale;         /* the sort or the grouping changed */
    int mark[2];       /* the reports marked with v (corpus indices), -1 */
    const view_ctx *c; /* for the list's callbacks, during a call */
    char label[512], copies[16];
} doclist;

static doclist *state(pane *p)
{
    if (!p->state) {
        doclist *s = xcalloc(1, sizeof(doclist));
        s->sort = -1;
        s->mark[0] = s->mark[1] = -1;
        p->state = s;
    }
    return p->state;
}

/* A row's label: district, year, kind, 繁 for a traditional report; ?
 * for a region or a year not known. */
static void row_text(const doc *d, char *buf, size_t len)
{
    const doc_meta *m = &d->meta;
    char year[16] = "?";
    if (m->year > 0)
        snprintf(year, sizeof year, "%d", m->year);
    snprintf(buf, len, "%s %s %s%s",
             meta_region_unknown(m) ? "?" : meta_region_short(m->region),
             year, doc_kind_label(m->kind),
             m->script == DOC_SCRIPT_HANT ? " 繁" : "");
}

/* A group heading's label: the division's chain (or 全国, the region's
 * name, ?) and its reports. */
static void heading_text(const report_row *r, char *buf, size_t len)
{
    sbuf chain = {0};
    if (r->group.code)
        divisions_chain(r->group.code, &chain);
    const char *name = r->group.name ? r->group.name
                       : r->group.rank == 0 ? "全国" : "?";
    if (chain.len)
        snprintf(buf, len, "%.*s  %d", (int)chain.len, chain.p, r->reports);
    else
        snprintf(buf, len, "%s  %d", name, r->reports);
    sbuf_free(&chain);
}

/* Columns: the open marker, the label (cut with …), the ×N of
 * near-duplicates (which the cut never takes). */
static const list_column columns[] = {{1, 0, 0}, {LIST_FLEX, 1, 0}, {LIST_FIT, 0, 0}};

static size_t row_count(void *ctx)
{
    return ((doclist *)ctx)->nrow;
}

static int row_heading(void *ctx, size_t i)
{
    doclist *s = ctx;
    return i < s->nrow && s->row[i].entry < 0;
}

static void row_describe(void *ctx, size_t i, role base, list_row *r)
{
    doclist *s = ctx;
    const view_ctx *c = s->c;
    if (s->row[i].entry < 0) {
        heading_text(&s->row[i], s->label, sizeof s->label);
        r->whole = 1;
        list_add(r, 0, s->label, strlen(s->label), ROLE_HEADING2,
                 SCRIPT_ORIGINAL);
        return;
    }
    const doc_entry *e = &c->entries[s->row[i].entry];
    row_text(view_doc(c, e->doc), s->label, sizeof s->label);
    s->copies[0] = '\0';
    if (e->copies > 1)
        snprintf(s->copies, sizeof s->copies, " ×%d", e->copies);
    int open = e->doc == c->current;
    /* ▶ is ambiguous-width: where it takes two cells, > fits the slot; a
     * report marked for c shows * */
    const char *mark = e->doc == s->mark[0] || e->doc == s->mark[1] ? "*"
                       : !open ? " "
                       : draw_width("▶", strlen("▶")) == 1 ? "▶" : ">";
    list_add(r, 0, mark, strlen(mark), base, SCRIPT_ORIGINAL);
    list_add(r, 1, s->label, strlen(s->label), base,
             open ? c->script : SCRIPT_ORIGINAL);
    list_add(r, 2, s->copies, strlen(s->copies), base, SCRIPT_ORIGINAL);
}

/* An entry where the sort puts it: its group, its key (made to sort
 * ascending when the sort is descending; unknown still last) and its
 * place in the corpus's order (ties keep it). */
typedef struct placed {
    meta_group group;
    uint64_t key;
    int entry;
} placed;

static int placed_cmp(const void *pa, const void *pb)
{
    const placed *a = pa, *b = pb;
    int g = meta_group_cmp(&a->group, &b->group);
    if (g)
        return g;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->entry > b->entry) - (a->entry < b->entry);
}

static placed place(const doclist *s, const view_ctx *c, int entry)
{
    const doc_meta *m = &view_doc(c, c->entries[entry].doc)->meta;
    placed p = {.entry = entry};
    if (s->group != GROUP_NONE)
        p.group = meta_group_of(m, s->group == GROUP_PROVINCE ? 1 : 2);
    if (s->sort >= 0) {
        p.key = meta_order_key(m, (meta_field)s->sort);
        if (s->desc && p.key != META_KEY_NONE)
            p.key = META_KEY_NONE - 1 - p.key;
    }
    return p;
}

/* The rows made again from the entries, in the sort's order, a heading
 * before each group; the cursor stays on the report it was on. */
static void make_rows(doclist *s, const view_ctx *c)
{
    size_t sel = list_selected(&s->rows);
    int was = sel < s->nrow ? s->row[sel].doc : -1;
    size_t n = c->nentries;
    placed *p = xmalloc((n ? n : 1) * sizeof *p);
    for (size_t e = 0; e < n; e++)
        p[e] = place(s, c, (int)e);
    if (s->sort >= 0 || s->group != GROUP_NONE)
        qsort(p, n, sizeof *p, placed_cmp);
    free(s->row);
    s->row = xmalloc((2 * n + 1) * sizeof *s->row);
    s->nrow = 0;
    size_t head = 0; /* the group's heading */
    for (size_t k = 0; k < n; k++) {
        const doc_entry *e = &c->entries[p[k].entry];
        if (s->group != GROUP_NONE
            && (!k || meta_group_cmp(&p[k].group, &p[k - 1].group))) {
            head = s->nrow;
            s->row[s->nrow++] = (report_row){-1, -1, p[k].group, 0};
        }
        if (s->group != GROUP_NONE)
            s->row[head].reports += e->copies;
        s->row[s->nrow++] = (report_row){p[k].entry, e->doc, {0, 0, NULL}, 0};
    }
    free(p);
    list_refresh(&s->rows, &s->src);
    for (size_t i = 0; was >= 0 && i < s->nrow; i++)
        if (s->row[i].doc == was) {
            list_select(&s->rows, i);
            break;
        }
    s->seen = n;
    s->seen_loaded = c->loaded;
    s->stale = 0;
}

/* The list over the entries, made again when they, the sort or the
 * grouping changed. */
static const list_source *rows_of(doclist *s, const view_ctx *c)
{
    s->src = (list_source){.ctx = s, .cols = columns, .ncols = 3,
                           .count = row_count, .row = row_describe,
                           .heading = row_heading};
    s->c = c;
    if (s->stale || s->seen != c->nentries || s->seen_loaded != c->loaded
        || !s->row)
        make_rows(s, c);
    return &s->src;
}

/* The title in one of three forms, longest first: "Reports N · year↑ ·
 * province", "Reports N year↑ 省", "N year↑ 省". */
static void title_form(const doclist *s, size_t n, int form, char *buf,
                       size_t len)
{
    static const char *const groups[2][GROUP_MODES] = {
        {"", " · province", " · prefecture"}, {"", " 省", " 市"}};
    const char *sep = form ? " " : " · ";
    char sort[32] = "";
    if (s->sort >= 0)
        snprintf(sort, sizeof sort, "%s%s%s", sep,
                 meta_field_name((meta_field)s->sort), s->desc ? "↓" : "↑");
    snprintf(buf, len, "%s%zu%s%s", form == 2 ? "" : "Reports ", n, sort,
             groups[form > 0][s->group]);
}

/* "Reports N", with the sort and the grouping in the longest form that
 * fits the border. */
static void doclist_title(const pane *p, const view_ctx *c, char *buf,
                          size_t len)
{
    const doclist *s = p->state;
    if (!s) {
        snprintf(buf, len, "Reports %zu", c->nentries);
        return;
    }
    for (int form = 0; form < 3; form++) {
        title_form(s, c->nentries, form, buf, len);
        if (draw_width(buf, strlen(buf)) <= p->w - 3)
            return;
    }
}

static void doclist_draw(pane *p, const view_ctx *c)
{
    doclist *s = state(p);
    list_draw(&s->rows, rows_of(s, c), p->win, p->h, p->w, p->focused);
}

/* Opens the report of row i (a report's, not a heading's). */
static int open_row(const doclist *s, const view_ctx *c, size_t i,
                    view_event *ev)
{
    if (i >= s->nrow || s->row[i].entry < 0
        || (size_t)s->row[i].entry >= c->nentries)
        return ev->what = EV_HANDLED;
    ev->doc = c->entries[s->row[i].entry].doc;
    return ev->what = EV_OPEN;
}

/* v: marks the report under the cursor, or unmarks it; a third mark
 * replaces the older one. */
static int toggle_mark(doclist *s, const view_ctx *c, view_event *ev)
{
    size_t i = list_selected(&s->rows);
    if (i >= s->nrow || s->row[i].entry < 0 || (size_t)s->row[i].entry >= c->nentries)
        return ev->what = EV_HANDLED;
    int d = c->entries[s->row[i].entry].doc;
    if (s->mark[0] == d || s->mark[1] == d) {
        if (s->mark[0] == d)
            s->mark[0] = s->mark[1];
        s->mark[1] = -1;
        return view_say(ev, "unmarked");
    }
    if (s->mark[1] >= 0)
        s->mark[0] = s->mark[1];
    s->mark[s->mark[0] >= 0] = d;
    return view_say(ev, s->mark[1] >= 0 ? "two marked: c compares them"
                                        : "marked: v another, then c");
}

/* How well report o of d's region stands for "the report before d": of
 * the same kind and earlier (the later the better), then of the same
 * year, then earlier of another kind, then later; 0 when o is d or of
 * another region. */
static long before_score(const doc_meta *m, const doc_meta *n, int same_doc)
{
    int same = m->region_code ? n->region_code == m->region_code
                              : *m->region && n->region && !strcmp(n->region, m->region);
    if (same_doc || !same)
        return 0;
    if (n->year && n->year < m->year)
        return (n->kind == m->kind ? 40000L : 20000L) + n->year;
    if (n->year == m->year)
        return 30000L;
    return 10000L - n->year; /* later: the nearest */
}

/* The report c compares d with when only d is given (the best
 * before_score), or -1 when its region has no other. */
static int previous_of(const view_ctx *c, int d)
{
    const doc_meta *m = &view_doc(c, d)->meta;
    int best = -1;
    long best_score = 0;
    for (size_t e = 0; e < c->nentries; e++) {
        int o = c->entries[e].doc;
        long sc = before_score(m, &view_doc(c, o)->meta, o == d);
        if (sc > best_score)
            best = o, best_score = sc;
    }
    return best;
}

/* c: the two marked reports (A the earlier), else the marked one and the
 * cursor's, else the cursor's (B) and its previous (A). */
static int compare_reports(doclist *s, const view_ctx *c, view_event *ev)
{
    size_t i = list_selected(&s->rows);
    int here = i < s->nrow && s->row[i].entry >= 0 && (size_t)s->row[i].entry < c->nentries
                   ? c->entries[s->row[i].entry].doc : -1;
    int a = s->mark[0], b = s->mark[1];
    if (b < 0) {
        b = here;
        a = a >= 0 && a != here ? a : here >= 0 ? previous_of(c, here) : -1;
    }
    if (a < 0 || b < 0)
        return view_say(ev, "no other report of this region: v marks two to compare");
    if (view_doc(c, a)->meta.year > view_doc(c, b)->meta.year) {
        int t = a;
        a = b;
        b = t;
    }
    s->mark[0] = s->mark[1] = -1;
    ev->doc = b;
    ev->other = a;
    return ev->what = EV_COMPARE;
}

/* < >: the sort one field on (the corpus's order between the last field
 * and the first), the direction kept. */
static void sort_step(doclist *s, int dir)
{
    int n = META_NFIELDS + 1;
    s->sort = (s->sort + 1 + dir + n) % n - 1;
    s->stale = 1;
}

static int doclist_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    doclist *s = state(p);
    switch (act) {
    case ACT_R_SORT_NEXT: sort_step(s, 1); break;
    case ACT_R_SORT_PREV: sort_step(s, -1); break;
    case ACT_R_REVERSE:
        s->desc = !s->desc;
        s->stale = s->sort >= 0;
        break;
    case ACT_R_GROUP:
        s->group = (s->group + 1) % GROUP_MODES;
        s->stale = 1;
        break;
    case ACT_R_MARK: rows_of(s, c); return toggle_mark(s, c, ev);
    case ACT_R_COMPARE: rows_of(s, c); return compare_reports(s, c, ev);
    default: {
        const list_source *src = rows_of(s, c);
        if (list_move(&s->rows, src, p->h, act))
            return ev->what = EV_HANDLED;
        if (act != ACT_OPEN)
            return EV_IGNORED;
        return open_row(s, c, list_selected(&s->rows), ev);
    }
    }
    rows_of(s, c);
    return ev->what = EV_HANDLED;
}

static int doclist_click(pane *p, const view_ctx *c, int y, int x,
                         view_event *ev)
{
    (void)x;
    doclist *s = state(p);
    const list_source *src = rows_of(s, c);
    size_t i = list_row_at(&s->rows, src, y, p->h);
    if (i == (size_t)-1 || !list_select(&s->rows, i))
        return EV_IGNORED;
    return open_row(s, c, i, ev);
}

static void doclist_destroy(pane *p)
{
    doclist *s = p->state;
    if (s) {
        list_free(&s->rows);
        free(s->row);
    }
    free(s);
}

const view_ops doclist_ops = {
    .name = "reports",
    .keys = doclist_keys,
    .nkeys = sizeof doclist_keys / sizeof doclist_keys[0],
    .title = doclist_title,
    .draw = doclist_draw,
    .act = doclist_act,
    .click = doclist_click,
    .destroy = doclist_destroy,
};
