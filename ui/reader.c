/* reader.c — the Reader view: any report laid out for the pane's width
 * (doclayout.c), headings styled by level, tables as grids (draw.c), in
 * the display script, with highlighted ranges by role (a search hit, the
 * current hit, changed text, a number); scrolling and heading jumps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "doclayout.h"
#include "docline.h"
#include "draw.h"
#include "script.h"
#include "view.h"

/* Where the reader goes once the layout reaches it (a long report is laid
 * out as far as it is needed; a key stops that and it goes on after). */
typedef enum goal {
    GOAL_NONE,
    GOAL_HEADING, /* a heading at off at the top */
    GOAL_HIT,     /* the line holding off, a little context above it */
    GOAL_ANCHOR,  /* the line holding off at the top (a new width) */
    GOAL_END      /* the last page */
} goal;

typedef struct reader {
    int doc;           /* the document shown, or -1 */
    reader_layout lay;
    const doc *laid;   /* the document lay is for */
    size_t top;        /* first display line shown */
    goal goal;         /* where to go once laid out that far */
    size_t goal_off;
    docline_marks marks; /* highlights, sorted by start */
    size_t anchor;     /* clean offset the top line showed when the user
                          last moved: a resize keeps the line holding it,
                          so resizing there and back returns to it */
} reader;

/* A report shorter than this is laid out whole at once (a few ms); a
 * longer one as far as the screen and the jumps need. */
enum { WHOLE_LAYOUT_BYTES = 1 << 20 };

static reader *state(pane *p)
{
    if (!p->state) {
        reader *r = xcalloc(1, sizeof(reader));
        r->doc = -1;
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

/* The top line of the last page. */
static size_t last_top(const reader *r, int h)
{
    return r->lay.n > (size_t)h ? r->lay.n - (size_t)h : 0;
}

/* Lays out as far as goal g at off needs; returns whether it got there
 * (else stop said to stop first). */
static int reach(reader *r, goal g, size_t off, int (*stop)(void))
{
    reader_layout *l = &r->lay;
    if (g == GOAL_END)
        return reader_layout_extend(l, (size_t)-1, (size_t)-1, stop);
    reader_layout_extend(l, 0, off, stop);
    return l->done || reader_layout_reaches(l, off);
}

/* Goes to the goal, laid out that far. */
static void arrive(reader *r, int h)
{
    size_t line;
    switch (r->goal) {
    case GOAL_HIT:
        line = line_of(&r->lay, r->goal_off);
        r->top = line > 2 ? line - 2 : 0;
        break;
    case GOAL_HEADING:
        r->top = reader_layout_find(&r->lay, r->goal_off);
        break;
    case GOAL_ANCHOR:
        r->top = r->goal_off ? line_of(&r->lay, r->goal_off) : 0;
        break;
    case GOAL_END:
        r->top = last_top(r, h);
        break;
    case GOAL_NONE:
        return;
    }
    if (r->goal != GOAL_ANCHOR)
        r->anchor = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
    r->goal = GOAL_NONE;
}

/* Lays the document out again when it or the width changed, keeping the
 * same text at the top; goes where a jump asked once laid out that far;
 * lays out the lines the pane shows. Work on a long report stops when
 * c->interrupted says so (a key, a quit signal) and goes on next time. */
static void ensure_layout(reader *r, const view_ctx *c, int cols, int h)
{
    const doc *d = view_doc(c, r->doc);
    if (!d) {
        reader_layout_free(&r->lay);
        r->laid = NULL;
        return;
    }
    if (r->laid != d || r->lay.cols != cols) {
        if (r->laid == d && r->goal == GOAL_NONE) {
            r->goal = GOAL_ANCHOR; /* a new width: the same text on top */
            r->goal_off = r->anchor;
        }
        reader_layout_start(&r->lay, d, cols, term_ambiwide());
        r->laid = d;
        r->top = 0;
        if (d->clean.len < WHOLE_LAYOUT_BYTES)
            reader_layout_extend(&r->lay, (size_t)-1, (size_t)-1, NULL);
    }
    if (r->goal != GOAL_NONE && reach(r, r->goal, r->goal_off, c->interrupted))
        arrive(r, h);
    reader_layout_extend(&r->lay, r->top + (size_t)h + 1, (size_t)-1,
                         c->interrupted);
}

static void reader_draw(pane *p, const view_ctx *c)
{
    reader *r = state(p);
    ensure_layout(r, c, p->w, p->h);
    const doc *d = view_doc(c, r->doc);
    if (!d) {
        draw_str(p->win, 0, 1, "Enter on a report opens it here.", p->w - 1,
                 ROLE_DIM);
        return;
    }
    for (int y = 0; y < p->h && r->top + (size_t)y < r->lay.n; y++)
        docline_draw(p->win, y, 0, p->w, &r->lay, &r->lay.v[r->top + (size_t)y],
                     &r->marks, c->script);
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
 * line `from`, of level `level` (0: any), or SIZE_MAX; forward, the
 * layout grows until one is found, the end, or stop says to stop
 * (*stopped is set). */
static size_t find_heading(reader_layout *l, size_t from, int dir, int level,
                           int (*stop)(void), int *stopped)
{
    size_t i = from;
    for (;;) {
        while (dir > 0 ? i + 1 < l->n : i > 0) {
            i = dir > 0 ? i + 1 : i - 1;
            if (heading_starts(l, i) && (!level || l->v[i].level == level))
                return i;
        }
        if (dir < 0 || l->done)
            return (size_t)-1;
        reader_layout_extend(l, l->n + 4096, (size_t)-1, stop);
        if (!l->done && stop && stop()) {
            *stopped = 1;
            return (size_t)-1;
        }
    }
}

/* The level of the section the top line is in (1 before any heading). */
static int current_level(const reader *r, const doc *d)
{
    if (r->top >= r->lay.n)
        return 1;
    int s = section_at(d, r->lay.v[r->top].start);
    return s >= 0 ? d->sections[s].level : 1;
}

static void scroll_by(reader *r, const view_ctx *c, long delta, int h)
{
    if (delta > 0) /* the lines it moves to, laid out */
        reader_layout_extend(&r->lay, r->top + (size_t)delta + (size_t)h,
                             (size_t)-1, c->interrupted);
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
 * when same_level); says so when there is none or a key stopped it. */
static void heading_jump(reader *r, const view_ctx *c, const doc *d, int dir,
                         int same_level, view_event *ev)
{
    int level = same_level ? current_level(r, d) : 0, stopped = 0;
    size_t line = find_heading(&r->lay, r->top, dir, level, c->interrupted,
                               &stopped);
    if (!jump(r, line))
        view_say(ev, stopped ? "stopped looking for the next heading"
                             : "no more headings that way");
}

/* The last page, once the report is laid out to its end (a key stops
 * that; it goes on when the keys stop). */
static void to_bottom(reader *r, const view_ctx *c, int h, view_event *ev)
{
    r->goal = GOAL_END;
    if (reach(r, GOAL_END, 0, c->interrupted))
        arrive(r, h);
    else
        view_say(ev, "laying out the report to its end…");
}

static int reader_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    reader *r = state(p);
    const doc *d = view_doc(c, r->doc);
    if (!d)
        return EV_IGNORED;
    switch (act) {
    case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
    case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
    case ACT_NEXT_HEADING: case ACT_PREV_HEADING: case ACT_NEXT_SIBLING:
    case ACT_PREV_SIBLING:
        break;
    default:
        return EV_IGNORED;
    }
    ensure_layout(r, c, p->w, p->h);
    r->goal = GOAL_NONE; /* the newest move wins over one still pending */
    long page = p->h > 2 ? p->h - 2 : 1;
    switch (act) {
    case ACT_DOWN: scroll_by(r, c, 1, p->h); break;
    case ACT_UP: scroll_by(r, c, -1, p->h); break;
    case ACT_PAGE_DOWN: scroll_by(r, c, page, p->h); break;
    case ACT_PAGE_UP: scroll_by(r, c, -page, p->h); break;
    case ACT_HALF_DOWN: scroll_by(r, c, p->h / 2, p->h); break;
    case ACT_HALF_UP: scroll_by(r, c, -(long)(p->h / 2), p->h); break;
    case ACT_TOP: r->top = 0; break;
    case ACT_BOTTOM: to_bottom(r, c, p->h, ev); break;
    case ACT_NEXT_HEADING: heading_jump(r, c, d, 1, 0, ev); break;
    case ACT_PREV_HEADING: heading_jump(r, c, d, -1, 0, ev); break;
    case ACT_NEXT_SIBLING: heading_jump(r, c, d, 1, 1, ev); break;
    case ACT_PREV_SIBLING: heading_jump(r, c, d, -1, 1, ev); break;
    }
    set_anchor(r);
    return ev->what = EV_MOVED;
}

static void reader_open(pane *p, const view_ctx *c, const view_target *t)
{
    reader *r = state(p);
    if (t->how == TARGET_START || t->doc != r->doc) {
        r->doc = t->doc;
        r->laid = NULL;
        r->top = 0;
        r->anchor = 0;
        r->goal = GOAL_NONE;
        docline_marks_set(&r->marks, NULL, 0);
    }
    if (t->how == TARGET_HIT)
        docline_marks_set(&r->marks, t->hl, t->nhl);
    if (t->how != TARGET_START) {
        r->goal = t->how == TARGET_HIT ? GOAL_HIT : GOAL_HEADING;
        r->goal_off = t->off;
    }
    ensure_layout(r, c, p->w, p->h);
}

/* A goal a key stopped goes on between keys. */
static int reader_sync(pane *p, const view_ctx *c)
{
    reader *r = p->state;
    if (!r || !r->laid || r->goal == GOAL_NONE || !p->shown)
        return 0;
    ensure_layout(r, c, p->w, p->h);
    return r->goal == GOAL_NONE ? SYNC_CHANGED : SYNC_BUSY;
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
    /* By lines once laid out whole; by bytes before (a long report). */
    size_t len = r->laid->clean.len;
    pos->percent = r->lay.done ? (int)(bottom * 100 / r->lay.n)
                   : len ? (int)(r->lay.v[bottom - 1].end * 100 / len) : 0;
    pos->off = r->lay.v[r->top].start;
    return 1;
}

static void reader_destroy(pane *p)
{
    reader *r = p->state;
    if (r) {
        reader_layout_free(&r->lay);
        docline_marks_free(&r->marks);
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
    .sync = reader_sync,
    .destroy = reader_destroy,
};
