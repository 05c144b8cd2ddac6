/* doclist.c — the Reports pane: one row per report (region, year, kind,
 * script), near-duplicates folded under their primary as ×N; the open
 * report's row in the display script. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "script.h"

typedef struct doclist {
    int sel, top;
} doclist;

static doclist *state(pane *p)
{
    if (!p->state)
        p->state = calloc(1, sizeof(doclist));
    return p->state;
}

/* The kind as a reader says it. */
static const char *kind_label(const char *kind)
{
    static const struct { const char *k, *label; } labels[] = {
        {"work-report", "政府工作报告"}, {"plan-execution", "计划执行情况"},
        {"five-year-plan", "五年规划纲要"}, {"budget", "预算执行"},
        {"statistical-communique", "统计公报"},
    };
    for (size_t i = 0; kind && i < sizeof labels / sizeof labels[0]; i++)
        if (strcmp(kind, labels[i].k) == 0)
            return labels[i].label;
    return "报告";
}

/* 广州市荔湾区 → 荔湾区: the district is what tells reports apart. */
static const char *short_region(const char *region)
{
    const char *city = region ? strstr(region, "市") : NULL;
    return city && city[3] ? city + 3 : (region && *region ? region : "—");
}

/* A row's label: district, year, kind, 繁 for a traditional report. */
static void row_text(const app *a, const doc_entry *e, char *buf, size_t len)
{
    const doc *d = a->docs->docs[e->doc];
    const doc_meta *m = &d->meta;
    char year[16] = "";
    if (m->year)
        snprintf(year, sizeof year, " %d", m->year);
    snprintf(buf, len, "%s%s %s%s", short_region(m->region), year,
             kind_label(doc_kind_name(m->kind)),
             m->script == DOC_SCRIPT_HANT ? " 繁" : "");
}

/* Row y: the open marker, the label (in the display script for the open
 * report, cut with "…" when narrow) and the ×N of near-duplicates, which
 * the cut never takes. */
static void draw_row(pane *p, const app *a, const doc_entry *e, int y, role r)
{
    char label[512], copies[16] = "";
    row_text(a, e, label, sizeof label);
    if (e->copies > 1)
        snprintf(copies, sizeof copies, " ×%d", e->copies);
    int open = e->doc == a->current, cw = draw_width(copies, strlen(copies));
    int room = p->w - 1 - cw;
    if (room < 1) { /* a pane too narrow for both: the label first */
        room = p->w - 1;
        copies[0] = '\0';
    }
    draw_fill(p->win, y, 0, p->w, r);
    /* ▶ is ambiguous-width: where it takes two cells, > fits the slot */
    const char *open_mark = draw_width("▶", strlen("▶")) == 1 ? "▶" : ">";
    draw_str(p->win, y, 0, open ? open_mark : " ", 1, r);
    int x = 1 + draw_text_script(p->win, y, 1, label, strlen(label), room, r, 1,
                                 open ? a->script : SCRIPT_ORIGINAL);
    draw_str(p->win, y, x, copies, p->w - x, r);
}

static void doclist_title(pane *p, const app *a, char *buf, size_t len)
{
    (void)p;
    snprintf(buf, len, "Reports %zu", a->nentries);
}

static void keep_visible(doclist *s, int h)
{
    if (s->sel < s->top)
        s->top = s->sel;
    if (s->sel >= s->top + h)
        s->top = s->sel - h + 1;
    if (s->top < 0)
        s->top = 0;
}

static void doclist_draw(pane *p, app *a)
{
    doclist *s = state(p);
    keep_visible(s, p->h);
    int focused = a->focus == PANE_DOCS;
    for (int y = 0; y < p->h; y++) {
        int i = s->top + y;
        if (i >= (int)a->nentries) {
            draw_fill(p->win, y, 0, p->w, ROLE_NORMAL);
            continue;
        }
        role r = i == s->sel ? (focused ? ROLE_SELECTED : ROLE_SELECTED_DIM)
                             : ROLE_NORMAL;
        draw_row(p, a, &a->entries[i], y, r);
    }
}

static int doclist_act(pane *p, app *a, action act)
{
    doclist *s = state(p);
    int n = (int)a->nentries;
    if (app_list_move(&s->sel, n, p->h, act))
        return PANE_HANDLED;
    if (act != ACT_OPEN)
        return PANE_IGNORED;
    if (n)
        app_open(a, a->entries[s->sel].doc);
    return PANE_HANDLED;
}

static void doclist_click(pane *p, app *a, int y)
{
    doclist *s = state(p);
    int i = s->top + y;
    if (i >= 0 && i < (int)a->nentries) {
        s->sel = i;
        app_open(a, a->entries[i].doc);
    }
}

const pane_ops doclist_ops = {"reports", doclist_title, doclist_draw,
                              doclist_act, doclist_click, NULL, NULL, NULL};
