/* outline.c — the Outline view: the open report's section tree, indented
 * by level, foldable, in the display script; a numbering gap or an
 * inferred marker is marked. Follows the reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "draw.h"
#include "list.h"
#include "view.h"

/* The outline's own actions. */
enum { ACT_FOLD = ACT_VIEW, ACT_FOLD_ALL };

static keybind outline_keys[] = {
    {ACT_FOLD, "o", "fold / unfold the section", KEYS_FOCUS, "fold"},
    {ACT_FOLD_ALL, "O", "fold / unfold all sections", KEYS_FOCUS, "fold-all"},
};

typedef struct outline {
    list rows;             /* over visible[] */
    list_source src;
    int doc;               /* the report shown, or -1 */
    unsigned char *folded; /* per section */
    int *visible;          /* section indices shown, in order */
    int nvisible;
    const view_ctx *c;     /* for the list's callbacks, during a call */
} outline;

static outline *state(pane *p)
{
    if (!p->state) {
        outline *s = xcalloc(1, sizeof(outline));
        s->doc = -1;
        p->state = s;
    }
    return p->state;
}

static int has_children(const doc *d, size_t i)
{
    return i + 1 < d->nsections && d->sections[i + 1].parent == (int)i;
}

/* 第一章 全面… and 1. 经济…: a space after a marker that does not end in
 * its own punctuation (、 or ）). */
static int marker_wants_space(const char *m)
{
    size_t n = strlen(m);
    return n && !(n >= 3 && (strcmp(m + n - 3, "、") == 0 ||
                             strcmp(m + n - 3, "）") == 0));
}

/* Columns: the fold or gap flag, the marker, the title (cut with …). */
static const list_column columns[] = {
    {LIST_FIT, 0, 0}, {LIST_FIT, 0, 0}, {LIST_FLEX, 1, 0}};

static size_t row_count(void *ctx)
{
    return (size_t)((outline *)ctx)->nvisible;
}

/* Section visible[v]: indented by level, its flag (+ folded, ! a gap),
 * marker and title, in the display script. */
static void row_describe(void *ctx, size_t v, role base, list_row *r)
{
    outline *s = ctx;
    const doc *d = view_doc(s->c, s->doc);
    int i = s->visible[v];
    const section *sec = &d->sections[i];
    int is_folded = s->folded[i] && has_children(d, (size_t)i);
    r->indent = 2 * (sec->level - 1);
    const char *flag = is_folded ? "+" : (sec->flags & SECTION_GAP) ? "!" : " ";
    list_add(r, 0, flag, 1,
             (sec->flags & SECTION_GAP) && !is_folded ? ROLE_NOTE : base, 0);
    list_add(r, 1, sec->marker, strlen(sec->marker),
             (sec->flags & SECTION_INFERRED) ? ROLE_NOTE : base, s->c->script);
    if (marker_wants_space(sec->marker))
        list_add(r, 1, " ", 1, base, 0);
    list_add(r, 2, sec->title, strlen(sec->title), base, s->c->script);
}

static const list_source *rows_of(outline *s, const view_ctx *c)
{
    s->src = (list_source){.ctx = s, .cols = columns, .ncols = 3,
                           .count = row_count, .row = row_describe};
    s->c = c;
    return &s->src;
}

/* Recomputes the visible rows (a section is hidden under a folded
 * ancestor), the cursor kept on section keep when it stays visible. */
static void refresh_rows(outline *s, const view_ctx *c, int keep)
{
    const doc *d = view_doc(c, s->doc);
    s->nvisible = 0;
    for (size_t i = 0; d && i < d->nsections; i++) {
        int hidden = 0;
        for (int p = d->sections[i].parent; p >= 0 && !hidden;
             p = d->sections[p].parent)
            hidden = s->folded[p];
        if (!hidden)
            s->visible[s->nvisible++] = (int)i;
    }
    const list_source *src = rows_of(s, c);
    list_refresh(&s->rows, src);
    for (int v = 0; v < s->nvisible; v++)
        if (s->visible[v] == keep)
            list_select(&s->rows, (size_t)v);
}

/* The section under the cursor, or -1. */
static int selected(const outline *s)
{
    size_t v = list_selected(&s->rows);
    return v < (size_t)s->nvisible ? s->visible[v] : -1;
}

/* A report opened in the reader (or another shown): its tree, unfolded. */
static void outline_open(pane *p, const view_ctx *c, const view_target *t)
{
    outline *s = state(p);
    if (t->how != TARGET_START && t->doc == s->doc)
        return;
    const doc *d = view_doc(c, t->doc);
    size_t n = d ? d->nsections : 0;
    free(s->folded);
    free(s->visible);
    s->doc = t->doc;
    s->folded = xcalloc(n + 1, 1);
    s->visible = xcalloc(n + 1, sizeof *s->visible);
    s->rows.sel = s->rows.top = 0;
    refresh_rows(s, c, -1);
}

static void outline_title(const pane *p, const view_ctx *c, char *buf,
                          size_t len)
{
    const outline *s = p->state;
    const doc *d = s ? view_doc(c, s->doc) : NULL;
    snprintf(buf, len, d ? "Outline %zu" : "Outline", d ? d->nsections : 0);
}

static void outline_draw(pane *p, const view_ctx *c)
{
    outline *s = state(p);
    const doc *d = view_doc(c, s->doc);
    list_draw(&s->rows, rows_of(s, c), p->win, p->h, p->w, p->focused);
    if (d && !d->nsections)
        draw_str(p->win, 0, 1, "(no headings)", p->w - 1, ROLE_DIM);
}

static void toggle_all(outline *s, const view_ctx *c, const doc *d)
{
    int any_open = 0;
    for (size_t i = 0; i < d->nsections; i++)
        any_open |= has_children(d, i) && !s->folded[i];
    for (size_t i = 0; i < d->nsections; i++)
        s->folded[i] = (unsigned char)(any_open && has_children(d, i));
    int keep = selected(s);
    while (keep >= 0 && d->sections[keep].parent >= 0 && any_open)
        keep = d->sections[keep].parent; /* stay on a row that remains */
    refresh_rows(s, c, keep);
}

/* Jumps the reader to section i. */
static int go_to(const doc *d, int i, view_event *ev)
{
    ev->off = d->sections[i].start;
    return ev->what = EV_GOTO;
}

static int outline_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    outline *s = state(p);
    const doc *d = view_doc(c, s->doc);
    if (!d || !s->nvisible)
        return EV_IGNORED;
    if (list_move(&s->rows, rows_of(s, c), p->h, act))
        return ev->what = EV_HANDLED;
    int i = selected(s);
    switch (act) {
    case ACT_OPEN:
        return go_to(d, i, ev);
    case ACT_FOLD:
        if (has_children(d, (size_t)i))
            s->folded[i] = !s->folded[i];
        refresh_rows(s, c, i);
        return ev->what = EV_HANDLED;
    case ACT_FOLD_ALL:
        toggle_all(s, c, d);
        return ev->what = EV_HANDLED;
    default:
        return EV_IGNORED;
    }
}

static int outline_click(pane *p, const view_ctx *c, int y, int x,
                         view_event *ev)
{
    (void)x;
    outline *s = state(p);
    const doc *d = view_doc(c, s->doc);
    size_t v = list_row_at(&s->rows, rows_of(s, c), y, p->h);
    if (!d || v >= (size_t)s->nvisible)
        return EV_IGNORED;
    list_select(&s->rows, v);
    return go_to(d, s->visible[v], ev);
}

/* Selects the deepest visible section holding the reader's offset. */
static void outline_follow(pane *p, const view_ctx *c,
                           const view_position *pos)
{
    outline *s = state(p);
    const doc *d = view_doc(c, s->doc);
    if (!d || pos->doc != s->doc)
        return;
    for (int i = section_at(d, pos->off); i >= 0; i = d->sections[i].parent)
        for (int v = 0; v < s->nvisible; v++)
            if (s->visible[v] == i) {
                list_select(&s->rows, (size_t)v);
                return;
            }
}

static void outline_destroy(pane *p)
{
    outline *s = p->state;
    if (s) {
        list_free(&s->rows);
        free(s->folded);
        free(s->visible);
    }
    free(s);
}

const view_ops outline_ops = {
    .name = "outline",
    .keys = outline_keys,
    .nkeys = sizeof outline_keys / sizeof outline_keys[0],
    .title = outline_title,
    .draw = outline_draw,
    .act = outline_act,
    .click = outline_click,
    .open = outline_open,
    .follow = outline_follow,
    .destroy = outline_destroy,
};
