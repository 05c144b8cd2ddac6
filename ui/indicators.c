/* indicators.c — the Indicators view (i): every number of the open report
 * as a table (name, value and unit, change, period, kind, note) over the
 * whole screen, in the report's script; a toggles every report (a report
 * column first), c the groups of the same indicator across reports
 * (values side by side, ✓ agree, ≠ conflict); < > r sort by a column, /
 * filters as you type (a search query: the same folding and pinyin), Enter
 * shows the number in its sentence in the reader, w writes the rows shown
 * as CSV. The rows are indicator_table.c's; every report's are gathered a
 * slice at a time, stopping for a key, and grouped (indicators.h's
 * grouping job) the same way, "grouping…" on the status line meanwhile. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "arena.h"
#include "draw.h"
#include "indicator_table.h"
#include "layout.h"
#include "list.h"
#include "script.h"
#include "textedit.h"
#include "timeline_strip.h"
#include "utf8.h"
#include "view.h"

enum { SLICE = 64 }; /* reports gathered between looks at the keys */

/* Grouping draws its progress this often (and at once when it starts);
 * it looks at the keys between slices of work (INDICATOR_GROUPING_SLICE,
 * well under a millisecond). */
enum { PROGRESS_MS = 100 };

#define DEFAULT_CSV "./baogao-indicators.csv"

/* The view's own actions. */
enum {
    ACT_I_SHOW = ACT_VIEW,
    ACT_I_ALL,
    ACT_I_GROUPS,
    ACT_I_SORT_NEXT,
    ACT_I_SORT_PREV,
    ACT_I_REVERSE,
    ACT_I_FILTER,
    ACT_I_WRITE,
    ACT_I_TIMELINE
};

static keybind indicators_keys[] = {
    {ACT_I_SHOW, "Enter", "show the number in its sentence (again: the next "
     "report's)", KEYS_FOCUS, "show"},
    {ACT_I_ALL, "a", "every report's indicators, or the open report's",
     KEYS_FOCUS, "all"},
    {ACT_I_GROUPS, "c", "compare across reports (✓ agree, ≠ conflict)",
     KEYS_FOCUS, "compare"},
    {ACT_I_SORT_NEXT, ">", "sort by the next column", KEYS_FOCUS, "sort-next"},
    {ACT_I_SORT_PREV, "<", "sort by the previous column", KEYS_FOCUS, "sort-prev"},
    {ACT_I_REVERSE, "r", "reverse the sort", KEYS_FOCUS, "reverse"},
    {ACT_I_FILTER, "/", "filter as you type (经济, jj, -word, year:)",
     KEYS_FOCUS, "filter"},
    {ACT_I_WRITE, "w", "write the rows shown as CSV", KEYS_FOCUS, "write"},
    {ACT_I_TIMELINE, "t", "a compared row's timeline: its periods (j k, Enter)",
     KEYS_FOCUS, "timeline"},
};

/* What the status line is taking: nothing, the filter, the CSV's path, a
 * yes to overwrite it. */
enum { P_NONE, P_FILTER, P_PATH, P_OVERWRITE };

typedef struct indview {
    itab t;
    list list;
    list_source src;
    int built_mode;     /* the mode t was built for, -1: not built */
    int doc;            /* ITAB_ONE: the report listed */
    size_t gathered;    /* ITAB_ALL: c->order[0..gathered) added */
    size_t norder;      /* c->norder when gathering began */
    int loaded;         /* c->loaded then */
    int want_mode;      /* the mode asked for */
    indicator_grouping *job; /* the groups being made, or NULL; */
    int job_loaded;     /* c->loaded and the corpus's size when it began, */
    size_t job_n;
    int drawn;          /* a frame drawn since it began or since the last
                           key: grouping goes on only then, so a key's
                           effect is on screen before the next slices */
    int prompt;
    char filter[128];
    char path[PATH_MAX];
    int want[ITAB_MAX_COLS]; /* cells each column wants: its widest text
                                of every row and the title's */
    list_column cols[ITAB_MAX_COLS];
    sbuf text[ITAB_MAX_COLS]; /* a row's cells while it is drawn */
    char head[ITAB_MAX_COLS][32];
    highlight hl;
    size_t shown_row;   /* the row Enter last showed, and which member */
    size_t member;
    const view_ctx *c;  /* for the list's callbacks, during a call */
    int script;
    tstrip strip;       /* t: the timeline of a group's concept and region */
    int strip_on;
} indview;

static indview *state(pane *p)
{
    if (!p->state) {
        indview *v = xcalloc(1, sizeof(indview));
        v->built_mode = -1;
        v->doc = -1;
        v->shown_row = (size_t)-1;
        p->state = v;
    }
    return p->state;
}

/* ---- the list ------------------------------------------------------------ */

static size_t row_count(void *ctx)
{
    return ((indview *)ctx)->t.nrows;
}

/* Column k's text in the view's buffer for it. */
static const char *cell(indview *v, size_t r, int k)
{
    const char *s = itab_cell(&v->t, r, k);
    sbuf *b = &v->text[k];
    b->len = 0;
    sbuf_add(b, s, strlen(s));
    return b->p;
}

/* Rows [from, to) measured into want (with the gap after each column but
 * the last), so the columns fit every row, not just those on screen. */
static void measure(indview *v, size_t from, size_t to)
{
    for (size_t r = from; r < to; r++)
        for (int k = 0; k < v->t.ncols; k++) {
            const char *s = itab_cell(&v->t, r, k);
            int w = draw_width(s, strlen(s)) + (k + 1 < v->t.ncols);
            if (w > v->want[k])
                v->want[k] = w;
        }
}

static void row_describe(void *ctx, size_t i, role base, list_row *r)
{
    indview *v = ctx;
    for (int k = 0; k < v->t.ncols; k++) {
        const char *s = cell(v, i, k);
        int c = v->t.cols[k];
        role ro = base == ROLE_NORMAL && (c == ICOL_VALUE || c == ICOL_VALUES)
                      ? ROLE_NUMBER
                  : base == ROLE_NORMAL && c == ICOL_AGREE ? ROLE_NOTE
                                                           : base;
        list_add(r, k, s, strlen(s), ro,
                 c == ICOL_KIND || c == ICOL_PERIOD ? SCRIPT_ORIGINAL
                                                    : v->script);
    }
}

/* The titles, the sorted column's with ↑ or ↓. */
static void header_describe(void *ctx, list_row *r)
{
    indview *v = ctx;
    for (int k = 0; k < v->t.ncols; k++) {
        snprintf(v->head[k], sizeof v->head[k], "%s%s", itab_title(&v->t, k),
                 v->list.sort == k + 1 ? (v->list.sort_desc ? "↓" : "↑") : "");
        list_add(r, k, v->head[k], strlen(v->head[k]), ROLE_TABLE,
                 SCRIPT_ORIGINAL);
    }
}

static uint64_t row_key(void *ctx, size_t i, int col)
{
    return itab_key(&((indview *)ctx)->t, i, col);
}

static int row_match(void *ctx, size_t i, const char *f)
{
    (void)f; /* parsed once, by itab_set_filter */
    return itab_match(&((indview *)ctx)->t, i);
}

/* Who gives cells up when the columns do not fit, in turn: the name to
 * 20 cells, a group's values to 24 (cut with … at the edge), the note,
 * the report to 10, the name to 12, the period and region to 5, the
 * kind, the name to 6 (cut with …), the report. Value, change and the
 * agreement mark never give. */
static const list_give give_order[] = {
    {ICOL_NAME, 20},  {ICOL_VALUES, 24}, {ICOL_NOTE, 0}, {ICOL_REPORT, 10},
    {ICOL_NAME, 12},
    {ICOL_PERIOD, 5}, {ICOL_REGION, 5}, {ICOL_KIND, 0},  {ICOL_NAME, 6},
    {ICOL_REPORT, 0},
};

/* Columns' widths in `room` cells (see give_order); the last column (the
 * note, a group's values) takes what is left over. */
static void fit_columns(indview *v, int room)
{
    enum { NGIVE = sizeof give_order / sizeof *give_order };
    list_give order[NGIVE];
    int out[ITAB_MAX_COLS], n = 0, used = 0, rest = v->t.ncols - 1;
    for (int g = 0; g < NGIVE; g++)
        for (int k = 0; k < v->t.ncols; k++)
            if (v->t.cols[k] == give_order[g].col)
                order[n++] = (list_give){k, give_order[g].min};
    list_fit(v->want, order, n, v->t.ncols, room, out);
    for (int k = 0; k < v->t.ncols; k++)
        used += out[k];
    if (rest >= 0 && used < room)
        out[rest] += room - used;
    for (int k = 0; k < v->t.ncols; k++) {
        int c = v->t.cols[k];
        /* A group's values, the last column, are cut only by the edge. */
        v->cols[k] = (list_column){out[k], c != ICOL_VALUE && c != ICOL_CHANGE,
                                   k + 1 < v->t.ncols};
    }
}

static const list_source *rows_of(indview *v, const view_ctx *c)
{
    v->c = c;
    v->script = c->script;
    v->t.docs = (const doc *const *)c->docs->docs; /* the array moves as the
                                                      corpus grows */
    v->t.ndocs = c->docs->n;
    v->src = (list_source){.ctx = v, .cols = v->cols, .ncols = v->t.ncols,
                           .count = row_count, .row = row_describe,
                           .key = row_key, .match = row_match,
                           .header = header_describe};
    return &v->src;
}

/* ---- building the rows ------------------------------------------------------ */

/* The columns measured afresh: their titles (with room for the sort's
 * arrow) and rows [0, to). */
static void measure_afresh(indview *v, size_t to)
{
    for (int k = 0; k < v->t.ncols; k++) {
        const char *t = itab_title(&v->t, k);
        v->want[k] = draw_width(t, strlen(t)) + (*t ? draw_width("↑", 3) : 0) +
                     (k + 1 < v->t.ncols);
    }
    measure(v, 0, to);
}

/* The rows are in: the list takes them, the cursor at the top of new
 * ones (fresh), else kept on its row. */
static void rows_changed(indview *v, const view_ctx *c, int fresh)
{
    itab_rank(&v->t);
    if (fresh)
        v->list.sel = v->list.top = 0;
    list_refresh(&v->list, rows_of(v, c));
}

/* Adds reports c->order[gathered..) until done (1) or a key waits (0). */
static int gather(indview *v, const view_ctx *c)
{
    size_t k = v->gathered;
    for (; k < c->norder; k++) {
        if (k > v->gathered && (k - v->gathered) % SLICE == 0 &&
            c->interrupted && c->interrupted()) {
            v->gathered = k;
            return 0;
        }
        size_t from = v->t.nrows;
        itab_add_doc(&v->t, c->order[k]);
        measure(v, from, v->t.nrows);
    }
    v->gathered = k;
    return 1;
}

/* Milliseconds since some fixed point. */
static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Whether the grouping under way is of a corpus other than c's: loading
 * ended since it began, or (loaded) reports came. Grouping takes every
 * report at once: while they load, once, then again when all are in. */
static int job_stale(const indview *v, const view_ctx *c)
{
    return v->job_loaded != c->loaded || (c->loaded && v->job_n != c->docs->n);
}

static void drop_job(indview *v)
{
    indicator_grouping_free(v->job);
    v->job = NULL;
}

/* ITAB_GROUPS: starts grouping when the groups shown are not of c's
 * corpus, then groups on, a slice at a time, until done (the rows
 * follow), a key waits or PROGRESS_MS have passed; the rows of before
 * stay until then. Returns SYNC_*. */
static int build_groups(indview *v, const view_ctx *c)
{
    const doc *const *docs = (const doc *const *)c->docs->docs;
    if (v->job && job_stale(v, c))
        drop_job(v);
    if (!v->job) {
        if (v->built_mode == ITAB_GROUPS && v->loaded == c->loaded &&
            (!c->loaded || v->norder == c->docs->n))
            return 0;
        v->job = indicator_grouping_new(docs, c->docs->n);
        v->job_loaded = c->loaded;
        v->job_n = c->docs->n;
        v->drawn = 0;
    }
    if (!v->drawn) /* "grouping…", or what a key did, on screen first */
        return SYNC_BUSY | SYNC_CHANGED;
    long long until = now_ms() + PROGRESS_MS;
    while (indicator_grouping_run(v->job, INDICATOR_GROUPING_SLICE, NULL) ==
           IND_GROUPING_MORE) {
        if (c->interrupted && c->interrupted())
            return SYNC_BUSY; /* the key first */
        if (now_ms() >= until)
            return SYNC_BUSY | SYNC_CHANGED; /* the progress drawn */
    }
    indicator_groups g;
    indicator_grouping_take(v->job, &g);
    drop_job(v);
    v->strip_on = 0; /* its points are in the groups that go */
    itab_reset(&v->t, ITAB_GROUPS, docs, c->docs->n);
    itab_add_groups(&v->t, &g);
    measure_afresh(v, v->t.nrows);
    v->built_mode = ITAB_GROUPS;
    v->loaded = v->job_loaded;
    v->norder = v->job_n;
    rows_changed(v, c, 1);
    return SYNC_CHANGED;
}

/* Builds the rows of the mode asked for, as far as a key lets it;
 * returns SYNC_* */
static int build(indview *v, const view_ctx *c)
{
    const doc *const *docs = (const doc *const *)c->docs->docs;
    rows_of(v, c); /* the corpus's array as it is now */
    int mode = v->want_mode;
    if (mode != ITAB_GROUPS && v->job)
        drop_job(v); /* asked for something else meanwhile */
    if (mode == ITAB_ONE) {
        if (v->built_mode == ITAB_ONE && v->doc == c->current)
            return 0;
        v->strip_on = 0;
        itab_reset(&v->t, ITAB_ONE, docs, c->docs->n);
        v->doc = c->current;
        if (c->current >= 0)
            itab_add_doc(&v->t, (size_t)c->current);
        measure_afresh(v, v->t.nrows);
        v->built_mode = ITAB_ONE;
        rows_changed(v, c, 1);
        return SYNC_CHANGED;
    }
    if (mode == ITAB_GROUPS)
        return build_groups(v, c);
    int fresh = v->built_mode != mode || v->loaded != c->loaded ||
                c->norder < v->norder;
    if (!fresh && v->gathered == c->norder)
        return 0;
    if (fresh) {
        v->strip_on = 0;
        itab_reset(&v->t, ITAB_ALL, docs, c->docs->n);
        list_refresh(&v->list, rows_of(v, c)); /* none yet: the old rows'
                                                  orders forgotten */
        measure_afresh(v, 0);
        v->gathered = 0;
        v->loaded = c->loaded;
        v->built_mode = mode;
    }
    v->norder = c->norder;
    if (!gather(v, c))
        return SYNC_BUSY;
    rows_changed(v, c, fresh);
    return SYNC_CHANGED;
}

/* ---- writing the CSV ---------------------------------------------------- */

/* The folder of path, resolved (into out, PATH_MAX); 0 when it does not
 * exist. */
static int folder_of(const char *path, char *out)
{
    char copy[PATH_MAX];
    snprintf(copy, sizeof copy, "%s", path);
    return realpath(dirname(copy), out) != NULL;
}

/* A loaded report in folder dir, or NULL. */
static const doc *report_in(const view_ctx *c, const char *dir)
{
    char other[PATH_MAX];
    for (size_t i = 0; i < c->docs->n; i++) {
        const char *p = c->docs->docs[i]->path;
        if (strcmp(p, "-") != 0 && folder_of(p, other) && strcmp(other, dir) == 0)
            return c->docs->docs[i];
    }
    return NULL;
}

static int write_csv(indview *v, const view_ctx *c, view_event *ev)
{
    FILE *f = fopen(v->path, "w");
    if (!f)
        return view_say(ev, "cannot write %s: %s", v->path, strerror(errno));
    int bad = itab_write_csv(&v->t, v->list.order, v->list.n, c->script, f);
    bad |= fclose(f) != 0;
    if (bad)
        return view_say(ev, "writing %s failed: %s", v->path, strerror(errno));
    return view_say(ev, "wrote %zu rows to %s", v->list.n, v->path);
}

/* The path typed: refused next to a report, asked about when it is
 * there, else written. */
static int ask_write(indview *v, const view_ctx *c, view_event *ev)
{
    char dir[PATH_MAX];
    struct stat st;
    v->prompt = P_NONE;
    if (!v->path[0])
        return view_say(ev, "no file named: nothing written");
    if (!folder_of(v->path, dir))
        return view_say(ev, "cannot write %s: its folder does not exist",
                        v->path);
    const doc *d = report_in(c, dir);
    if (d)
        return view_say(ev, "not written: %s is the folder of report %s "
                            "(nothing is written next to a report)",
                        dir, d->name);
    if (stat(v->path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return view_say(ev, "not written: %s is a folder", v->path);
        v->prompt = P_OVERWRITE;
        return ev->what = EV_HANDLED;
    }
    return write_csv(v, c, ev);
}

/* ---- the view ------------------------------------------------------------ */

/* The rows the timeline takes of a pane h rows high: a third, 5 at
 * least (its title and four points). */
static int strip_rows(int h)
{
    int n = h / 3 > 5 ? h / 3 : 5;
    return n < h - 2 ? n : h - 2;
}

/* The reader on report d's number at clean bytes [start, end). */
static int show_at(indview *v, size_t d, size_t start, size_t end, view_event *ev)
{
    v->hl = (highlight){start, end, HL_NUMBER};
    ev->doc = (int)d;
    ev->off = start;
    ev->len = end - start;
    ev->hl = &v->hl;
    ev->nhl = 1;
    return ev->what = EV_SHOW;
}

/* Enter: the reader on the number's sentence, the number highlighted; on
 * a group, its first member's, and on the same group again the next's;
 * with the timeline shown, its point's. */
static int show(indview *v, view_event *ev)
{
    size_t d, start, end, row = list_selected(&v->list);
    if (v->strip_on) {
        if (!tstrip_source(&v->strip, &d, &start, &end))
            return ev->what = EV_HANDLED;
        return show_at(v, d, start, end, ev);
    }
    v->member = row == v->shown_row && v->built_mode == ITAB_GROUPS
                    ? v->member + 1 : 0;
    v->shown_row = row;
    if (!itab_source(&v->t, row, v->member, &d, &start, &end))
        return ev->what = EV_HANDLED;
    return show_at(v, d, start, end, ev);
}

/* t: the timeline of the group under the cursor (groups only), or away. */
static int timeline(indview *v, view_event *ev)
{
    if (v->strip_on) {
        v->strip_on = 0;
        return ev->what = EV_HANDLED;
    }
    size_t row = list_selected(&v->list);
    if (v->built_mode != ITAB_GROUPS || row >= v->t.nrows)
        return view_say(ev, "t: c first (the timeline is of a compared row)");
    tstrip_build(&v->strip, &v->t.groups, v->t.docs, v->t.rows[row].doc);
    v->strip_on = v->strip.n > 0;
    return ev->what = EV_HANDLED;
}

/* < >: the sort column one step on (source order between the last column
 * and the first). */
static void sort_step(indview *v, const view_ctx *c, int dir)
{
    int n = v->t.ncols + 1, col = (v->list.sort + dir + n) % n;
    list_sort(&v->list, rows_of(v, c), col - 1, v->list.sort_desc);
}

static int open_view(pane *p, indview *v, const view_ctx *c, view_event *ev)
{
    if (p->shown)
        return ev->what = EV_CLOSE;
    v->prompt = P_NONE;
    build(v, c);
    ev->layout = LAYOUT_FULL;
    return ev->what = EV_LAYOUT;
}

static int mode_to(indview *v, const view_ctx *c, int mode)
{
    v->want_mode = v->want_mode == mode ? ITAB_ONE : mode;
    build(v, c);
    return EV_HANDLED;
}

static int indicators_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    indview *v = state(p);
    v->drawn = 0;
    if (act == ACT_INDICATORS)
        return open_view(p, v, c, ev);
    if (!p->shown)
        return EV_IGNORED;
    const list_source *src = rows_of(v, c);
    if (v->strip_on && act == ACT_BACK) { /* q closes the timeline first */
        v->strip_on = 0;
        return ev->what = EV_HANDLED;
    }
    if (v->strip_on && tstrip_move(&v->strip, act, strip_rows(p->h)))
        return ev->what = EV_HANDLED;
    switch (act) {
    case ACT_I_TIMELINE: return timeline(v, ev);
    case ACT_I_SHOW: return show(v, ev);
    case ACT_I_ALL: return ev->what = mode_to(v, c, ITAB_ALL);
    case ACT_I_GROUPS: return ev->what = mode_to(v, c, ITAB_GROUPS);
    case ACT_I_SORT_NEXT: sort_step(v, c, 1); return ev->what = EV_HANDLED;
    case ACT_I_SORT_PREV: sort_step(v, c, -1); return ev->what = EV_HANDLED;
    case ACT_I_REVERSE:
        list_sort(&v->list, src, v->list.sort - 1, !v->list.sort_desc);
        return ev->what = EV_HANDLED;
    case ACT_I_FILTER: v->prompt = P_FILTER; return ev->what = EV_HANDLED;
    case ACT_I_WRITE:
        snprintf(v->path, sizeof v->path, "%s", DEFAULT_CSV);
        v->prompt = P_PATH;
        return ev->what = EV_HANDLED;
    default: break;
    }
    return list_move(&v->list, src, p->h - 1, act) ? (ev->what = EV_HANDLED)
                                                   : EV_IGNORED;
}

/* The filter typed so far applied: to the rows shown when it narrows
 * them, else to every row. */
static void filter_now(indview *v, const view_ctx *c)
{
    int narrower;
    itab_set_filter(&v->t, v->filter, &narrower);
    if (narrower)
        list_narrow(&v->list, rows_of(v, c), v->filter);
    else
        list_set_filter(&v->list, rows_of(v, c), v->filter);
}

static int indicators_input(pane *p, const view_ctx *c, wint_t ch, int fk,
                            view_event *ev)
{
    indview *v = state(p);
    v->drawn = 0;
    int enter = keys_spec_has("Enter", (int)ch, fk),
        esc = keys_spec_has("Esc", (int)ch, fk);
    switch (v->prompt) {
    case P_FILTER:
        if (enter || esc) {
            v->prompt = P_NONE;
            if (esc) {
                v->filter[0] = '\0';
                filter_now(v, c);
            }
            return ev->what = EV_HANDLED;
        }
        if (!textedit_key(v->filter, sizeof v->filter, ch, fk))
            return EV_IGNORED; /* arrows move the cursor */
        filter_now(v, c);
        return ev->what = EV_HANDLED;
    case P_PATH:
        if (esc) {
            v->prompt = P_NONE;
            return view_say(ev, "nothing written");
        }
        if (enter)
            return ask_write(v, c, ev);
        textedit_key(v->path, sizeof v->path, ch, fk);
        return ev->what = EV_HANDLED;
    case P_OVERWRITE:
        v->prompt = P_NONE;
        if (!fk && (ch == 'y' || ch == 'Y'))
            return write_csv(v, c, ev);
        return view_say(ev, "nothing written: %s is left as it was", v->path);
    default: return EV_IGNORED;
    }
}

static int indicators_paste(pane *p, const view_ctx *c, const char *s,
                            size_t n, int cut, view_event *ev)
{
    (void)cut;
    indview *v = state(p);
    v->drawn = 0;
    char *buf = v->prompt == P_PATH ? v->path : v->filter;
    size_t len = v->prompt == P_PATH ? sizeof v->path : sizeof v->filter;
    if (v->prompt != P_PATH && v->prompt != P_FILTER)
        return view_say(ev, "a paste goes into the filter: / opens it");
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp >= 0x20 && cp != 0x7F && !textedit_add(buf, len, cp))
            break;
    }
    if (v->prompt == P_FILTER)
        filter_now(v, c);
    return ev->what = EV_HANDLED;
}

static void indicators_title(const pane *p, const view_ctx *c, char *buf,
                             size_t len)
{
    indview *v = p->state;
    const doc *d = view_doc(c, v ? v->doc : -1);
    char what[160];
    if (v && v->built_mode == ITAB_ALL && v->gathered < c->norder)
        snprintf(what, sizeof what, "every report (%zu of %zu gathered…)",
                 v->gathered, c->norder);
    else if (v && v->built_mode == ITAB_ALL)
        snprintf(what, sizeof what, "every report%s",
                 c->loaded ? "" : " · loading…");
    else if (v && v->built_mode == ITAB_GROUPS)
        snprintf(what, sizeof what, "compared across %zu reports%s", v->norder,
                 c->loaded ? "" : " · loading…");
    else
        script_copy(c->script, d ? (d->meta.title && *d->meta.title
                                        ? d->meta.title : d->name)
                                 : "no report open",
                    what, sizeof what);
    size_t shown = v ? v->list.n : 0, all = v ? v->t.nrows : 0;
    if (shown == all)
        snprintf(buf, len, "Indicators %zu · %s", all, what);
    else
        snprintf(buf, len, "Indicators %zu of %zu · %s", shown, all, what);
}

/* What an empty table says. */
static const char *empty_text(const indview *v, const view_ctx *c)
{
    if (v->t.nrows && v->filter[0])
        return "no indicator matches the filter";
    if (v->built_mode == ITAB_ALL || v->built_mode == ITAB_GROUPS)
        return v->built_mode == ITAB_ALL && v->gathered < c->norder
                   ? "gathering…" : "no report states a number";
    return c->current < 0 ? "no report open" : "no numbers found in this report";
}

static void indicators_draw(pane *p, const view_ctx *c)
{
    indview *v = state(p);
    if (v->built_mode < 0)
        build(v, c);
    v->drawn = 1;
    const list_source *src = rows_of(v, c);
    fit_columns(v, p->w);
    int sh = v->strip_on ? strip_rows(p->h) : 0;
    list_draw(&v->list, src, p->win, p->h - sh, p->w, p->focused && !sh);
    if (sh)
        tstrip_draw(&v->strip, &v->t.groups, p->win, p->h - sh, sh, p->w, p->focused,
                    c->script);
    if (!v->list.n) {
        const char *s = empty_text(v, c);
        draw_fill(p->win, 0, 0, p->w, ROLE_NORMAL);
        draw_str(p->win, 1, 2, s, p->w - 2, ROLE_DIM);
    }
}

/* The status line: a prompt, or the message, or the rows and keys. */
static void indicators_status(pane *p, const view_ctx *c, WINDOW *w, int y,
                              int cols)
{
    indview *v = state(p);
    char left[PATH_MAX + 64];
    const char *edit = NULL;
    if (v->prompt == P_FILTER)
        snprintf(left, sizeof left, "/%s", edit = v->filter);
    else if (v->prompt == P_PATH)
        snprintf(left, sizeof left, " write CSV to: %s", edit = v->path);
    else if (v->prompt == P_OVERWRITE)
        snprintf(left, sizeof left, " %s is there: overwrite it? y/n", v->path);
    else if (v->job)
        snprintf(left, sizeof left, " grouping %zu reports… %d%%%s%s", v->job_n,
                 indicator_grouping_percent(v->job), c->message[0] ? " · " : "",
                 c->message);
    else if (c->message[0])
        snprintf(left, sizeof left, " %s", c->message);
    else
        snprintf(left, sizeof left, " %s%s", v->filter[0] ? "filter: " : "",
                 v->filter);
    const char *right = " / filter  < > sort  a all  c compare  w csv  q back ";
    int rw = draw_width(right, strlen(right)),
        lw = draw_width(left, strlen(left));
    draw_fill(w, y, 0, cols, ROLE_STATUS);
    /* The keys' reminder only where it leaves the text whole. */
    int keys = !v->prompt && lw + rw < cols;
    int x = draw_text(w, y, 0, left, strlen(left),
                      cols - (keys ? rw : 0) - (edit ? 1 : 0), ROLE_STATUS, 1);
    if (edit)
        draw_str(w, y, x, " ", 1, ROLE_SELECTED);
    if (keys)
        draw_str(w, y, cols - rw, right, rw, ROLE_STATUS);
}

/* Reports arrived or the open report changed: the rows follow, while
 * the view is on screen. */
static int indicators_sync(pane *p, const view_ctx *c)
{
    indview *v = state(p);
    if (!p->shown || v->built_mode < 0)
        return 0;
    return build(v, c);
}

static void indicators_destroy(pane *p)
{
    if (p->state)
        tstrip_free(&((indview *)p->state)->strip);
    indview *v = p->state;
    if (!v)
        return;
    drop_job(v);
    itab_free(&v->t);
    list_free(&v->list);
    for (int k = 0; k < ITAB_MAX_COLS; k++)
        sbuf_free(&v->text[k]);
    free(v);
}

const view_ops indicators_ops = {
    .name = "indicators",
    .keys = indicators_keys,
    .nkeys = sizeof indicators_keys / sizeof indicators_keys[0],
    .title = indicators_title,
    .draw = indicators_draw,
    .input = indicators_input,
    .paste = indicators_paste,
    .act = indicators_act,
    .status = indicators_status,
    .sync = indicators_sync,
    .destroy = indicators_destroy,
};
