/* reader.c — the Reader view: any report laid out for the pane's width
 * (doclayout.c), headings styled by level, tables as grids (draw.c), in
 * the display script, with highlighted ranges by role (a search hit, the
 * current hit, changed text, a number); scrolling and heading jumps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "doclayout.h"
#include "draw.h"
#include "script.h"
#include "view.h"

typedef struct reader {
    int doc;           /* the document shown, or -1 */
    reader_layout lay;
    const doc *laid;   /* the document lay is for */
    size_t top;        /* first display line shown */
    size_t want_off;   /* clean offset to show once laid out, or SIZE_MAX */
    int want_context;  /* show want_off with some lines above it */
    highlight *hl;     /* sorted by start */
    size_t nhl;
    size_t hl_longest; /* the longest highlight, for finding a line's */
    size_t anchor;     /* clean offset the top line showed when the user
                          last moved: a resize keeps the line holding it,
                          so resizing there and back returns to it */
} reader;

static reader *state(pane *p)
{
    if (!p->state) {
        reader *r = xcalloc(1, sizeof(reader));
        r->doc = -1;
        r->want_off = (size_t)-1;
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

static void set_anchor(reader *r)
{
    r->anchor = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
}

/* Lays the document out again when it or the width changed, keeping the
 * same text at the top; then goes where a jump asked. */
static void ensure_layout(reader *r, const view_ctx *c, int cols)
{
    const doc *d = view_doc(c, r->doc);
    if (!d) {
        reader_layout_free(&r->lay);
        r->laid = NULL;
        return;
    }
    int jump = r->want_off != (size_t)-1;
    if (r->laid == d && r->lay.cols == cols && !jump)
        return;
    size_t off = jump ? r->want_off : r->laid == d ? r->anchor : 0;
    if (r->laid != d || r->lay.cols != cols)
        reader_layout_build(&r->lay, d, cols, term_ambiwide());
    r->laid = d;
    if (jump && r->want_context) { /* a hit: a little context above */
        size_t line = line_of(&r->lay, off);
        r->top = line > 2 ? line - 2 : 0;
    } else {
        /* A jump shows the heading at off; a new width keeps the line
         * that holds the old top's first character. */
        r->top = !off ? 0 : jump ? reader_layout_find(&r->lay, off)
                                 : line_of(&r->lay, off);
    }
    if (jump)
        set_anchor(r);
    r->want_off = (size_t)-1;
}

static role heading_role(int level)
{
    return level <= 1 ? ROLE_HEADING1 : level == 2 ? ROLE_HEADING2 : ROLE_HEADING3;
}

static role highlight_look(highlight_role h)
{
    switch (h) {
    case HL_CURRENT: return ROLE_SELECTED;
    case HL_CHANGED: return ROLE_CHANGED;
    case HL_NUMBER: return ROLE_NUMBER;
    default: return ROLE_HIT;
    }
}

static void draw_table_line(pane *p, const reader *r, const doc *d,
                            const display_line *dl, int y, int script)
{
    const table *t = &d->tables[dl->table];
    const table_row *row = &t->rows[dl->row];
    size_t ncols = r->lay.colw_of[dl->table + 1] - r->lay.colw_of[dl->table];
    draw_grid_row(p->win, y, dl->indent, p->w, row->cells, row->ncells,
                  r->lay.colw + r->lay.colw_of[dl->table], ncols,
                  dl->kind == LINE_TABLE_RULE, row->header, script);
}

/* The first highlight that may reach into [a, ...): ends after a. */
static size_t first_highlight(const reader *r, size_t a)
{
    size_t lo = 0, hi = r->nhl, from = a > r->hl_longest ? a - r->hl_longest : 0;
    while (lo < hi) { /* the first that starts at or after from */
        size_t mid = (lo + hi) / 2;
        if (r->hl[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < r->nhl && r->hl[lo].end <= a)
        lo++;
    return lo;
}

/* Text s[a, b) of a display line at row y from column x, the highlights
 * over it drawn in their roles (a later one over an earlier one). */
static void draw_highlighted(pane *p, const reader *r, const char *s,
                             size_t a, size_t b, int y, int x, role ro,
                             int script)
{
    size_t k = first_highlight(r, a), at = a;
    while (at < b && x < p->w) {
        size_t next = b;
        role look = ro;
        for (size_t i = k; i < r->nhl && r->hl[i].start < b; i++) {
            const highlight *h = &r->hl[i];
            if (h->end <= at)
                continue;
            if (h->start <= at) {
                look = highlight_look(h->role);
                next = h->end < next ? h->end : next;
            } else if (h->start < next) {
                next = h->start;
            }
        }
        x += draw_text_script(p->win, y, x, s + at, next - at, p->w - x, look,
                              0, script);
        at = next;
    }
}

/* Display line dl at row y, in display script `script`. */
static void draw_line(pane *p, const reader *r, const doc *d,
                      const display_line *dl, int y, int script)
{
    if (dl->kind == LINE_BLANK)
        return;
    if (dl->kind == LINE_TABLE_ROW || dl->kind == LINE_TABLE_RULE) {
        draw_table_line(p, r, d, dl, y, script);
        return;
    }
    role ro = dl->kind == LINE_HEADING   ? heading_role(dl->level)
              : dl->kind == LINE_CAPTION ? ROLE_DIM
                                         : ROLE_NORMAL;
    draw_highlighted(p, r, d->clean.bytes, dl->start, dl->end, y, dl->indent,
                     ro, script);
}

static void reader_draw(pane *p, const view_ctx *c)
{
    reader *r = state(p);
    ensure_layout(r, c, p->w);
    const doc *d = view_doc(c, r->doc);
    if (!d) {
        draw_str(p->win, 0, 1, "Enter on a report opens it here.", p->w - 1,
                 ROLE_DIM);
        return;
    }
    for (int y = 0; y < p->h && r->top + (size_t)y < r->lay.n; y++)
        draw_line(p, r, d, &r->lay.v[r->top + (size_t)y], y, c->script);
}

/* The report's title, region and year; its own script (繁) and the
 * display script chosen. */
static void reader_title(const pane *p, const view_ctx *c, char *buf,
                         size_t len)
{
    const reader *r = p->state;
    const doc *d = r ? view_doc(c, r->doc) : NULL;
    if (!d) {
        snprintf(buf, len, "Reader");
        return;
    }
    const doc_meta *m = &d->meta;
    char year[16] = "", title[256], region[128];
    if (m->year)
        snprintf(year, sizeof year, " · %d", m->year);
    script_copy(c->script, m->title && *m->title ? m->title : d->name, title,
                sizeof title);
    script_copy(c->script, m->region, region, sizeof region);
    snprintf(buf, len, "%s%s%s%s%s%s", title, *region ? " · " : "", region,
             year, m->script == DOC_SCRIPT_HANT ? " · 繁" : "",
             script_mark(c->script));
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

/* Moves to line `line` (SIZE_MAX: there is none); 0 when there is none. */
static int jump(reader *r, size_t line)
{
    if (line == (size_t)-1)
        return 0;
    r->top = line;
    return 1;
}

/* A heading jump: to the next or previous heading (of the current level
 * when same_level). */
static int heading_jump(reader *r, const doc *d, int dir, int same_level)
{
    int level = same_level ? current_level(r, d) : 0;
    return jump(r, find_heading(&r->lay, r->top, dir, level));
}

static int reader_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    reader *r = state(p);
    const doc *d = view_doc(c, r->doc);
    if (!d)
        return EV_IGNORED;
    ensure_layout(r, c, p->w);
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
    case ACT_NEXT_HEADING: found = heading_jump(r, d, 1, 0); break;
    case ACT_PREV_HEADING: found = heading_jump(r, d, -1, 0); break;
    case ACT_NEXT_SIBLING: found = heading_jump(r, d, 1, 1); break;
    case ACT_PREV_SIBLING: found = heading_jump(r, d, -1, 1); break;
    default: return EV_IGNORED;
    }
    if (!found)
        view_say(ev, "no more headings that way");
    set_anchor(r);
    return ev->what = EV_MOVED;
}

static int by_start(const void *a, const void *b)
{
    const highlight *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

static void set_highlights(reader *r, const highlight *hl, size_t n)
{
    free(r->hl);
    r->hl = n ? xmalloc(n * sizeof *r->hl) : NULL;
    if (n)
        memcpy(r->hl, hl, n * sizeof *r->hl);
    r->nhl = n;
    if (n > 1)
        qsort(r->hl, n, sizeof *r->hl, by_start); /* ties keep no order */
    r->hl_longest = 0;
    for (size_t i = 0; i < n; i++)
        if (r->hl[i].end - r->hl[i].start > r->hl_longest)
            r->hl_longest = r->hl[i].end - r->hl[i].start;
}

static void reader_open(pane *p, const view_ctx *c, const view_target *t)
{
    reader *r = state(p);
    if (t->how == TARGET_START || t->doc != r->doc) {
        r->doc = t->doc;
        r->laid = NULL;
        r->top = 0;
        r->anchor = 0;
        r->want_off = (size_t)-1;
        set_highlights(r, NULL, 0);
    }
    if (t->how == TARGET_HIT)
        set_highlights(r, t->hl, t->nhl);
    if (t->how != TARGET_START) {
        r->want_off = t->off;
        r->want_context = t->how == TARGET_HIT;
    }
    ensure_layout(r, c, p->w);
}

static int reader_position(const pane *p, const view_ctx *c,
                           view_position *pos)
{
    (void)c;
    const reader *r = p->state;
    pos->doc = r ? r->doc : -1;
    pos->off = 0;
    pos->percent = 0;
    if (!r || !r->laid || r->top >= r->lay.n)
        return r && r->doc >= 0;
    size_t bottom = r->top + (size_t)p->h;
    bottom = bottom > r->lay.n ? r->lay.n : bottom;
    pos->percent = (int)(bottom * 100 / r->lay.n);
    pos->off = r->lay.v[r->top].start;
    return 1;
}

static void reader_destroy(pane *p)
{
    reader *r = p->state;
    if (r) {
        reader_layout_free(&r->lay);
        free(r->hl);
    }
    free(r);
}

const view_ops reader_ops = {
    .name = "reader",
    .title = reader_title,
    .draw = reader_draw,
    .act = reader_act,
    .open = reader_open,
    .position = reader_position,
    .destroy = reader_destroy,
};
