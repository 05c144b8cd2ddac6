/* outline.c — the Outline pane: the open report's section tree, indented
 * by level, foldable, in the display script; a numbering gap or an
 * inferred marker is marked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

typedef struct outline {
    int sel;             /* position in visible[] */
    int top;
    unsigned char *folded; /* per section */
    int *visible;        /* section indices shown, in order */
    int nvisible;
    size_t nsections;
} outline;

static outline *state(pane *p)
{
    if (!p->state)
        p->state = calloc(1, sizeof(outline));
    return p->state;
}

static int has_children(const doc *d, size_t i)
{
    return i + 1 < d->nsections && d->sections[i + 1].parent == (int)i;
}

/* Recomputes the visible rows: a section is hidden under a folded
 * ancestor. */
static void refresh_rows(outline *s, const doc *d)
{
    s->nvisible = 0;
    if (!d)
        return;
    for (size_t i = 0; i < d->nsections; i++) {
        int hidden = 0;
        for (int p = d->sections[i].parent; p >= 0 && !hidden;
             p = d->sections[p].parent)
            hidden = s->folded[p];
        if (!hidden)
            s->visible[s->nvisible++] = (int)i;
    }
    if (s->sel >= s->nvisible)
        s->sel = s->nvisible - 1;
    if (s->sel < 0)
        s->sel = 0;
}

static void outline_opened(pane *p, app *a)
{
    outline *s = state(p);
    const doc *d = app_current(a);
    size_t n = d ? d->nsections : 0;
    free(s->folded);
    free(s->visible);
    s->folded = calloc(n + 1, 1);
    s->visible = calloc(n + 1, sizeof *s->visible);
    s->nsections = n;
    s->sel = s->top = 0;
    refresh_rows(s, d);
}

static void outline_title(pane *p, const app *a, char *buf, size_t len)
{
    (void)p;
    const doc *d = app_current(a);
    snprintf(buf, len, d ? "Outline %zu" : "Outline", d ? d->nsections : 0);
}

/* 第一章 全面… and 1. 经济…: a space after a marker that does not end in
 * its own punctuation (、 or ）). */
static int marker_wants_space(const char *m)
{
    size_t n = strlen(m);
    return n && !(n >= 3 && (strcmp(m + n - 3, "、") == 0 ||
                             strcmp(m + n - 3, "）") == 0));
}

/* Section i at row y: indent, fold or gap flag, marker and title (in the
 * display script). */
static void draw_row(pane *p, const app *a, const doc *d, int y, int i, role r,
                     int is_folded)
{
    const section *s = &d->sections[i];
    int x = 0, indent = 2 * (s->level - 1);
    if (indent > p->w / 2)
        indent = p->w / 2;
    draw_fill(p->win, y, 0, p->w, r);
    x += indent;
    const char *flag = is_folded ? "+" : (s->flags & SECTION_GAP) ? "!" : " ";
    x += draw_str(p->win, y, x, flag, p->w - x,
                  (s->flags & SECTION_GAP) && !is_folded ? ROLE_NOTE : r);
    role mr = (s->flags & SECTION_INFERRED) ? ROLE_NOTE : r;
    x += draw_text_script(p->win, y, x, s->marker, strlen(s->marker), p->w - x,
                          mr, 0, a->script);
    if (marker_wants_space(s->marker))
        x += draw_str(p->win, y, x, " ", p->w - x, r);
    draw_text_script(p->win, y, x, s->title, strlen(s->title), p->w - x, r, 1,
                     a->script);
}

static void outline_draw(pane *p, app *a)
{
    outline *s = state(p);
    const doc *d = app_current(a);
    if (s->sel < s->top)
        s->top = s->sel;
    if (s->sel >= s->top + p->h)
        s->top = s->sel - p->h + 1;
    int focused = a->focus == PANE_OUTLINE;
    for (int y = 0; y < p->h; y++) {
        int v = s->top + y;
        if (!d || v >= s->nvisible) {
            draw_fill(p->win, y, 0, p->w, ROLE_NORMAL);
            if (d && !d->nsections && y == 0)
                draw_str(p->win, 0, 1, "(no headings)", p->w - 1, ROLE_DIM);
            continue;
        }
        int i = s->visible[v];
        role r = v == s->sel ? (focused ? ROLE_SELECTED : ROLE_SELECTED_DIM)
                             : ROLE_NORMAL;
        draw_row(p, a, d, y, i, r, s->folded[i] && has_children(d, (size_t)i));
    }
}

static void toggle_all(outline *s, const doc *d)
{
    int any_open = 0;
    for (size_t i = 0; i < d->nsections; i++)
        any_open |= has_children(d, i) && !s->folded[i];
    for (size_t i = 0; i < d->nsections; i++)
        s->folded[i] = (unsigned char)(any_open && has_children(d, i));
    int keep = s->nvisible ? s->visible[s->sel] : 0;
    while (keep >= 0 && d->sections[keep].parent >= 0 && any_open)
        keep = d->sections[keep].parent; /* stay on a row that remains */
    refresh_rows(s, d);
    for (int v = 0; v < s->nvisible; v++)
        if (s->visible[v] == keep)
            s->sel = v;
}

static int outline_act(pane *p, app *a, action act)
{
    outline *s = state(p);
    const doc *d = app_current(a);
    if (!d || !s->nvisible)
        return PANE_IGNORED;
    if (app_list_move(&s->sel, s->nvisible, p->h, act))
        return PANE_HANDLED;
    int i = s->visible[s->sel];
    switch (act) {
    case ACT_OPEN:
        app_reader_goto(a, d->sections[i].start);
        return PANE_HANDLED;
    case ACT_FOLD:
        if (has_children(d, (size_t)i))
            s->folded[i] = !s->folded[i];
        refresh_rows(s, d);
        return PANE_HANDLED;
    case ACT_FOLD_ALL:
        toggle_all(s, d);
        return PANE_HANDLED;
    default:
        return PANE_IGNORED;
    }
}

static void outline_click(pane *p, app *a, int y)
{
    outline *s = state(p);
    const doc *d = app_current(a);
    int v = s->top + y;
    if (d && v >= 0 && v < s->nvisible) {
        s->sel = v;
        app_reader_goto(a, d->sections[s->visible[v]].start);
    }
}

/* Selects the deepest visible section holding offset off. */
static void outline_follow(pane *p, app *a, size_t off)
{
    outline *s = state(p);
    const doc *d = app_current(a);
    if (!d)
        return;
    for (int i = section_at(d, off); i >= 0; i = d->sections[i].parent)
        for (int v = 0; v < s->nvisible; v++)
            if (s->visible[v] == i) {
                s->sel = v;
                return;
            }
}

static void outline_destroy(pane *p)
{
    outline *s = p->state;
    if (s) {
        free(s->folded);
        free(s->visible);
    }
    free(s);
}

const pane_ops outline_ops = {"outline", outline_title, outline_draw,
                              outline_act, outline_click, outline_opened,
                              outline_follow, outline_destroy};
