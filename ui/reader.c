/* reader.c — the Reader pane: the open report laid out for the pane's
 * width (layout.c), headings styled by level, tables as grids, in the
 * display script (script.h); scrolling, heading jumps. */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "script.h"

typedef struct reader {
    reader_layout lay;
    const doc *laid;   /* the document lay is for */
    size_t top;        /* first display line shown */
    size_t want_off;   /* clean offset to show once laid out, or SIZE_MAX */
    size_t found;      /* offset of the last find match, or SIZE_MAX */
    size_t found_len;
    size_t anchor;     /* clean offset the top line showed when the user
                          last moved: a resize keeps the line holding it,
                          so resizing there and back returns to it */
} reader;

static reader *state(pane *p)
{
    if (!p->state) {
        reader *r = calloc(1, sizeof(reader));
        r->want_off = (size_t)-1;
        r->found = (size_t)-1;
        p->state = r;
    }
    return p->state;
}

/* The display line that holds clean offset off. */
static size_t line_of(const reader_layout *l, size_t off)
{
    size_t i = reader_layout_find(l, off + 1);
    while (i > 0 && (i >= l->n || l->v[i].start > off))
        i--;
    return i;
}

/* Lays the document out again when it or the width changed, keeping the
 * same text at the top. */
static void ensure_layout(reader *r, const app *a, int cols)
{
    const doc *d = app_current(a);
    if (!d) {
        reader_layout_free(&r->lay);
        r->laid = NULL;
        return;
    }
    if (r->laid == d && r->lay.cols == cols && r->want_off == (size_t)-1)
        return;
    int jump = r->want_off != (size_t)-1;
    size_t off = jump ? r->want_off : r->laid == d ? r->anchor : 0;
    if (r->laid != d || r->lay.cols != cols)
        reader_layout_build(&r->lay, d, cols, a->ambiwide);
    r->laid = d;
    /* A jump shows the heading at off; a new width keeps the line that
     * holds the old top's first character. */
    r->top = !off ? 0 : jump ? reader_layout_find(&r->lay, off)
                             : line_of(&r->lay, off);
    if (jump)
        r->anchor = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
    r->want_off = (size_t)-1;
}

static role heading_role(int level)
{
    return level <= 1 ? ROLE_HEADING1 : level == 2 ? ROLE_HEADING2 : ROLE_HEADING3;
}

static void draw_table_row(pane *p, const reader *r, const doc *d,
                           const display_line *dl, int y, int script)
{
    const table *t = &d->tables[dl->table];
    const table_row *row = &t->rows[dl->row];
    const int *w = r->lay.colw + r->lay.colw_of[dl->table];
    size_t ncols = r->lay.colw_of[dl->table + 1] - r->lay.colw_of[dl->table];
    int x = dl->indent, border = term_attr(ROLE_TABLE);
    for (size_t c = 0; c < ncols && x < p->w; c++) {
        mvwaddch(p->win, y, x++, (chtype)(ACS_VLINE | (chtype)border));
        if (dl->kind == LINE_TABLE_RULE) {
            wattrset(p->win, border);
            mvwhline(p->win, y, x, ACS_HLINE, w[c] < p->w - x ? w[c] : p->w - x);
            wattrset(p->win, 0);
        } else if (c < row->ncells) {
            const char *s = row->cells[c];
            draw_text_script(p->win, y, x, s, strlen(s),
                             w[c] < p->w - x ? w[c] : p->w - x,
                             row->header ? ROLE_TABLE : ROLE_NORMAL, 1, script);
        }
        x += w[c];
    }
    if (x < p->w)
        mvwaddch(p->win, y, x, (chtype)(ACS_VLINE | (chtype)border));
}

/* Display line dl at row y, in display script `script`. */
static void draw_line(pane *p, const reader *r, const doc *d,
                      const display_line *dl, int y, int script)
{
    if (dl->kind == LINE_BLANK)
        return;
    if (dl->kind == LINE_TABLE_ROW || dl->kind == LINE_TABLE_RULE) {
        draw_table_row(p, r, d, dl, y, script);
        return;
    }
    role ro = dl->kind == LINE_HEADING   ? heading_role(dl->level)
              : dl->kind == LINE_CAPTION ? ROLE_DIM
                                         : ROLE_NORMAL;
    const char *s = d->clean.bytes;
    size_t a = dl->start, b = dl->end, m0 = r->found, m1 = m0 + r->found_len;
    if (m0 == (size_t)-1 || m1 <= a || m0 >= b) {
        draw_text_script(p->win, y, dl->indent, s + a, b - a, p->w - dl->indent,
                         ro, 0, script);
        return;
    }
    /* The line holds (part of) the find match: before, match, after. */
    m0 = m0 < a ? a : m0;
    m1 = m1 > b ? b : m1;
    int x = dl->indent;
    x += draw_text_script(p->win, y, x, s + a, m0 - a, p->w - x, ro, 0, script);
    x += draw_text_script(p->win, y, x, s + m0, m1 - m0, p->w - x,
                          ROLE_SELECTED, 0, script);
    draw_text_script(p->win, y, x, s + m1, b - m1, p->w - x, ro, 0, script);
}

static void reader_draw(pane *p, app *a)
{
    reader *r = state(p);
    ensure_layout(r, a, p->w);
    const doc *d = app_current(a);
    if (!d) {
        draw_str(p->win, 0, 1, "Enter on a report opens it here.", p->w - 1,
                 ROLE_DIM);
        return;
    }
    for (int y = 0; y < p->h && r->top + (size_t)y < r->lay.n; y++)
        draw_line(p, r, d, &r->lay.v[r->top + (size_t)y], y, a->script);
}

/* The open report's title, region and year; its own script (繁) and the
 * display script chosen. */
static void reader_title(pane *p, const app *a, char *buf, size_t len)
{
    (void)p;
    const doc *d = app_current(a);
    if (!d) {
        snprintf(buf, len, "Reader");
        return;
    }
    const doc_meta *m = &d->meta;
    char year[16] = "", title[256], region[128];
    if (m->year)
        snprintf(year, sizeof year, " · %d", m->year);
    script_copy(a->script, m->title && *m->title ? m->title : d->name, title,
                sizeof title);
    script_copy(a->script, m->region, region, sizeof region);
    snprintf(buf, len, "%s%s%s%s%s%s", title, *region ? " · " : "", region,
             year, m->script == DOC_SCRIPT_HANT ? " · 繁" : "",
             script_mark(a->script));
}

/* True when display line i is the first line of a heading (the lines of
 * one heading are consecutive; blocks are apart by a blank line). */
static int heading_starts(const reader_layout *l, size_t i)
{
    return l->v[i].kind == LINE_HEADING &&
           (i == 0 || l->v[i - 1].kind != LINE_HEADING);
}

/* The first line of the next (dir 1) or previous (dir -1) heading from
 * line `from`, of level `level` (0: any), or SIZE_MAX. */
static size_t find_heading(const reader_layout *l, size_t from, int dir,
                           int level)
{
    size_t i = from;
    while (dir > 0 ? i + 1 < l->n : i > 0) {
        i = dir > 0 ? i + 1 : i - 1;
        if (heading_starts(l, i) && (!level || l->v[i].level == level))
            return i;
    }
    return (size_t)-1;
}

/* The level of the section the top line is in (1 before any heading). */
static int current_level(const reader *r, const doc *d)
{
    if (r->top >= r->lay.n)
        return 1;
    int s = section_at(d, r->lay.v[r->top].start);
    return s >= 0 ? d->sections[s].level : 1;
}

static size_t last_top(const reader *r, int h)
{
    return r->lay.n > (size_t)h ? r->lay.n - (size_t)h : 0;
}

static void scroll_by(reader *r, long delta, int h)
{
    long top = (long)r->top + delta, max = (long)last_top(r, h);
    r->top = (size_t)(top < 0 ? 0 : top > max ? max : top);
}

static int jump(reader *r, size_t line)
{
    if (line == (size_t)-1)
        return 0;
    r->top = line;
    return 1;
}

static int reader_act(pane *p, app *a, action act)
{
    reader *r = state(p);
    const doc *d = app_current(a);
    if (!d)
        return PANE_IGNORED;
    ensure_layout(r, a, p->w);
    long page = p->h > 2 ? p->h - 2 : 1;
    int found = 1;
    switch (act) {
    case ACT_DOWN: scroll_by(r, 1, p->h); break;
    case ACT_UP: scroll_by(r, -1, p->h); break;
    case ACT_PAGE_DOWN: scroll_by(r, page, p->h); break;
    case ACT_PAGE_UP: scroll_by(r, -page, p->h); break;
    case ACT_HALF_DOWN: scroll_by(r, p->h / 2, p->h); break;
    case ACT_HALF_UP: scroll_by(r, -(long)(p->h / 2), p->h); break;
    case ACT_TOP: r->top = 0; break;
    case ACT_BOTTOM: r->top = last_top(r, p->h); break;
    case ACT_NEXT_HEADING: found = jump(r, find_heading(&r->lay, r->top, 1, 0)); break;
    case ACT_PREV_HEADING: found = jump(r, find_heading(&r->lay, r->top, -1, 0)); break;
    case ACT_NEXT_SIBLING:
        found = jump(r, find_heading(&r->lay, r->top, 1, current_level(r, d)));
        break;
    case ACT_PREV_SIBLING:
        found = jump(r, find_heading(&r->lay, r->top, -1, current_level(r, d)));
        break;
    default: return PANE_IGNORED;
    }
    if (!found)
        snprintf(a->message, sizeof a->message, "no more headings that way");
    r->anchor = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
    app_reader_moved(a);
    return PANE_HANDLED;
}

static void reader_opened(pane *p, app *a)
{
    (void)a;
    reader *r = state(p);
    r->top = 0;
    r->laid = NULL;
    r->want_off = (size_t)-1;
    r->found = (size_t)-1;
    r->anchor = 0;
}

static void reader_destroy(pane *p)
{
    reader *r = p->state;
    if (r)
        reader_layout_free(&r->lay);
    free(r);
}

void app_reader_goto(app *a, size_t off)
{
    pane *p = &a->panes[PANE_READER];
    reader *r = state(p);
    r->want_off = off;
    ensure_layout(r, a, p->w);
    a->focus = PANE_READER;
    app_reader_moved(a);
}

void app_reader_show(app *a, int i, size_t start, size_t len)
{
    if (i != a->current)
        app_open(a, i);
    pane *p = &a->panes[PANE_READER];
    reader *r = state(p);
    ensure_layout(r, a, p->w);
    r->found = start;
    r->found_len = len;
    size_t line = line_of(&r->lay, start);
    r->top = line > 2 ? line - 2 : 0; /* a little context above */
    r->anchor = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
    a->focus = PANE_READER;
    app_reader_moved(a);
}

size_t app_reader_offset(const app *a, int *percent)
{
    const reader *r = a->panes[PANE_READER].state;
    *percent = 0;
    if (!r || !r->laid || r->top >= r->lay.n)
        return 0;
    const pane *p = &a->panes[PANE_READER];
    size_t bottom = r->top + (size_t)p->h;
    bottom = bottom > r->lay.n ? r->lay.n : bottom;
    *percent = (int)(bottom * 100 / r->lay.n);
    return r->lay.v[r->top].start;
}

const pane_ops reader_ops = {"reader", reader_title, reader_draw, reader_act,
                             NULL, reader_opened, NULL, reader_destroy};
