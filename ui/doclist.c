/* doclist.c — the Reports view: one row per report (region, year, kind,
 * script), near-duplicates folded under their primary as ×N; the open
 * report's row in the display script. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "draw.h"
#include "list.h"
#include "script.h"
#include "view.h"

typedef struct doclist {
    list rows;
    list_source src;
    size_t seen;       /* entries the list was refreshed for */
    const view_ctx *c; /* for the list's callbacks, during a call */
    char label[512], copies[16];
} doclist;

static doclist *state(pane *p)
{
    if (!p->state)
        p->state = xcalloc(1, sizeof(doclist));
    return p->state;
}

/* The kind as a reader says it. */
static const char *kind_label(doc_kind k)
{
    static const char *const labels[DOC_NKINDS] = {
        [DOC_KIND_OTHER] = "报告",
        [DOC_KIND_WORK_REPORT] = "政府工作报告",
        [DOC_KIND_PLAN_EXECUTION] = "计划执行情况",
        [DOC_KIND_FIVE_YEAR_PLAN] = "五年规划纲要",
        [DOC_KIND_BUDGET] = "预算执行",
        [DOC_KIND_STATISTICAL_COMMUNIQUE] = "统计公报",
    };
    return labels[(unsigned)k < DOC_NKINDS ? k : DOC_KIND_OTHER];
}

/* A row's label: district, year, kind, 繁 for a traditional report. */
static void row_text(const doc *d, char *buf, size_t len)
{
    const doc_meta *m = &d->meta;
    char year[16] = "";
    if (m->year)
        snprintf(year, sizeof year, " %d", m->year);
    snprintf(buf, len, "%s%s %s%s", meta_region_short(m->region), year,
             kind_label(m->kind),
             m->script == DOC_SCRIPT_HANT ? " 繁" : "");
}

/* Columns: the open marker, the label (cut with …), the ×N of
 * near-duplicates (which the cut never takes). */
static const list_column columns[] = {{1, 0, 0}, {LIST_FLEX, 1, 0}, {LIST_FIT, 0, 0}};

static size_t row_count(void *ctx)
{
    return ((doclist *)ctx)->c->nentries;
}

static void row_describe(void *ctx, size_t i, role base, list_row *r)
{
    doclist *s = ctx;
    const view_ctx *c = s->c;
    const doc_entry *e = &c->entries[i];
    row_text(view_doc(c, e->doc), s->label, sizeof s->label);
    s->copies[0] = '\0';
    if (e->copies > 1)
        snprintf(s->copies, sizeof s->copies, " ×%d", e->copies);
    int open = e->doc == c->current;
    /* ▶ is ambiguous-width: where it takes two cells, > fits the slot */
    const char *mark = draw_width("▶", strlen("▶")) == 1 ? "▶" : ">";
    list_add(r, 0, open ? mark : " ", strlen(open ? mark : " "), base,
             SCRIPT_ORIGINAL);
    list_add(r, 1, s->label, strlen(s->label), base,
             open ? c->script : SCRIPT_ORIGINAL);
    list_add(r, 2, s->copies, strlen(s->copies), base, SCRIPT_ORIGINAL);
}

/* The list over the entries, refreshed when they changed. */
static const list_source *rows_of(doclist *s, const view_ctx *c)
{
    s->src = (list_source){.ctx = s, .cols = columns, .ncols = 3,
                           .count = row_count, .row = row_describe};
    s->c = c;
    if (s->seen != c->nentries || s->rows.n != c->nentries) {
        list_refresh(&s->rows, &s->src);
        s->seen = c->nentries;
    }
    return &s->src;
}

static void doclist_title(const pane *p, const view_ctx *c, char *buf,
                          size_t len)
{
    (void)p;
    snprintf(buf, len, "Reports %zu", c->nentries);
}

static void doclist_draw(pane *p, const view_ctx *c)
{
    doclist *s = state(p);
    list_draw(&s->rows, rows_of(s, c), p->win, p->h, p->w, p->focused);
}

/* Opens the report of entry i. */
static int open_entry(const view_ctx *c, size_t i, view_event *ev)
{
    if (i >= c->nentries)
        return ev->what = EV_HANDLED;
    ev->doc = c->entries[i].doc;
    return ev->what = EV_OPEN;
}

static int doclist_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    doclist *s = state(p);
    const list_source *src = rows_of(s, c);
    if (list_move(&s->rows, src, p->h, act))
        return ev->what = EV_HANDLED;
    if (act != ACT_OPEN)
        return EV_IGNORED;
    return open_entry(c, list_selected(&s->rows), ev);
}

static int doclist_click(pane *p, const view_ctx *c, int y, int x,
                         view_event *ev)
{
    (void)x;
    doclist *s = state(p);
    const list_source *src = rows_of(s, c);
    size_t i = list_row_at(&s->rows, src, y, p->h);
    if (i == (size_t)-1)
        return EV_IGNORED;
    list_select(&s->rows, i);
    return open_entry(c, i, ev);
}

static void doclist_destroy(pane *p)
{
    doclist *s = p->state;
    if (s)
        list_free(&s->rows);
    free(s);
}

const view_ops doclist_ops = {
    .name = "reports",
    .title = doclist_title,
    .draw = doclist_draw,
    .act = doclist_act,
    .click = doclist_click,
    .destroy = doclist_destroy,
};
