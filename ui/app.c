/* app.c — the terminal UI's one event loop, entered by tui_run (tui.h):
 * places the views by the current layout, draws borders, titles and the
 * status line, turns keys into actions for the views and carries out what
 * they return (open, jump, show, layouts, quit). The app's state is its
 * own: views see a view_ctx. Redraws only after an event, and lets curses
 * send only the differences (erase + wnoutrefresh + doupdate, never
 * clear). */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "draw.h"
#include "help.h"
#include "input.h"
#include "layout.h"
#include "script.h"
#include "term.h"
#include "utf8.h"
#include "view.h"

enum { MIN_COLS = 60, MIN_LINES = 15, FIRST_PAINT_MS = 100, BACK_MAX = 4 };

/* The phases of loading, in order (app.phase). Indexing a few reports
 * takes a blink: the status line says it only once it has taken
 * INDEXING_QUIET_MS, so the first frame of a small corpus is the
 * finished one. */
enum { PHASE_READING, PHASE_PAIRING, PHASE_INDEXING, PHASE_READY };
enum { INDEXING_QUIET_MS = 1000 };

/* How long the loop waits for a key while a view has work left to do
 * (a long report laid out to where the user jumped). */
enum { BUSY_WAIT_MS = 5 };

typedef struct mark {
    int doc;           /* -1: not set */
    size_t off;
} mark;

/* A layout on screen: which, the view it was asked for by (LAYOUT_SELF
 * leaves), and (on the back stack) the focus it had when left. */
typedef struct screen_layout {
    int id, self, focus;
} screen_layout;

typedef struct app {
    const tui_source *src;
    corpus *docs;       /* read only while src is locked */
    int loaded;         /* the source has finished loading */
    int phase, said;    /* of loading (PHASE_*); the one the status says */
    long long indexing_since; /* µs (now_us) */
    size_t seen;        /* documents the entries were built from */
    doc_entry *entries; /* the Reports pane's rows: primaries, in order */
    size_t nentries;
    size_t *order;      /* every document, primaries' copies after them */
    size_t norder;
    int current;        /* the report open at home, or -1 */
    pane panes[VIEW_COUNT];
    screen_layout lay;  /* the layout on screen */
    screen_layout back[BACK_MAX]; /* the layouts q goes back to */
    int depth;
    layout_rect rects[LAYOUT_MAX_RECTS];
    size_t nrects;
    int focus;          /* a view id */
    int help, help_top; /* the help overlay is up, scrolled */
    int lines, cols;    /* terminal size */
    int too_small;
    int script;         /* the display script (script.h) */
    int quit;
    int pending;        /* an action waiting for its letter (marks), or 0 */
    mark marks[26];
    char message[256];  /* one-line message for the status line */
} app;

static view_ctx ctx_of(const app *a)
{
    return (view_ctx){a->docs, a->src, a->loaded, a->entries, a->nentries,
                      a->order, a->norder, a->current, a->script,
                      input_interrupted, a->message};
}

/* ---- layout ------------------------------------------------------------ */

/* Places the views of the layout on screen: windows for the insides of
 * their boxes. Views not in the layout keep their last place, hidden. */
static void place(app *a)
{
    getmaxyx(stdscr, a->lines, a->cols);
    a->too_small = a->cols < MIN_COLS || a->lines < MIN_LINES;
    if (a->too_small)
        return;
    const layout_def *l = layout_get(a->lay.id);
    a->nrects = layout_place(l, a->lay.self, a->lines - 1, a->cols, a->rects);
    for (int v = 0; v < VIEW_COUNT; v++)
        a->panes[v].shown = 0;
    for (size_t i = 0; i < a->nrects; i++) {
        pane *p = &a->panes[a->rects[i].view];
        if (p->win)
            delwin(p->win);
        layout_inside(&a->rects[i], l->boxed, &p->y, &p->x, &p->h, &p->w);
        p->win = term_window(p->h, p->w, p->y, p->x);
        p->shown = 1;
    }
}

/* The focus after a layout change: the view that asked for it, else the
 * focused one if it is still on screen, else the first on screen. */
static void refocus(app *a)
{
    if (a->lay.self >= 0 && a->panes[a->lay.self].shown)
        a->focus = a->lay.self;
    else if (!a->panes[a->focus].shown && a->nrects)
        a->focus = a->rects[0].view;
}

static void push_layout(app *a, int id, int self)
{
    if (a->depth < BACK_MAX) {
        a->back[a->depth] = a->lay;
        a->back[a->depth++].focus = a->focus;
    }
    a->lay = (screen_layout){id, self, a->focus};
    place(a);
    refocus(a);
}

static void pop_layout(app *a)
{
    if (!a->depth)
        return;
    a->lay = a->back[--a->depth];
    a->focus = a->lay.focus;
    place(a);
    refocus(a);
}

/* ---- carrying out what views return ------------------------------------ */

/* Every view shows t. */
static void show_everywhere(app *a, const view_target *t)
{
    view_ctx c = ctx_of(a);
    for (int v = 0; v < VIEW_COUNT; v++)
        if (a->panes[v].ops->open)
            a->panes[v].ops->open(&a->panes[v], &c, t);
}

/* The reader moved: the others follow it. */
static void follow_reader(app *a)
{
    view_ctx c = ctx_of(a);
    const pane *r = &a->panes[VIEW_READER];
    view_position pos;
    if (!r->ops->position || !r->ops->position(r, &c, &pos))
        return;
    for (int v = 0; v < VIEW_COUNT; v++)
        if (v != VIEW_READER && a->panes[v].ops->follow)
            a->panes[v].ops->follow(&a->panes[v], &c, &pos);
}

/* Opens report i at home (outline and reader). */
static void open_doc(app *a, int i)
{
    a->current = i;
    view_target t = {i, TARGET_START, 0, NULL, 0, -1};
    show_everywhere(a, &t);
    a->focus = VIEW_READER;
}

/* Leaves layouts without a reader, for a jump or a hit to be seen. */
static void to_reader(app *a)
{
    while (!a->panes[VIEW_READER].shown && a->depth)
        pop_layout(a);
}

static void apply(app *a, int from, view_event *ev)
{
    if (ev->message[0])
        snprintf(a->message, sizeof a->message, "%s", ev->message);
    switch (ev->what) {
    case EV_OPEN:
        open_doc(a, ev->doc);
        break;
    case EV_GOTO: {
        view_target t = {a->current, TARGET_HEADING, ev->off, NULL, 0, -1};
        to_reader(a);
        show_everywhere(a, &t);
        a->focus = VIEW_READER;
        follow_reader(a);
        break;
    }
    case EV_SHOW: {
        highlight one = {ev->off, ev->off + ev->len, HL_CURRENT};
        view_target t = {ev->doc, TARGET_HIT, ev->off, ev->nhl ? ev->hl : &one,
                         ev->nhl ? ev->nhl : 1, -1};
        to_reader(a);
        if (ev->doc != a->current)
            open_doc(a, ev->doc);
        show_everywhere(a, &t);
        a->focus = VIEW_READER;
        follow_reader(a);
        break;
    }
    case EV_MOVED: follow_reader(a); break;
    case EV_LAYOUT: push_layout(a, ev->layout, from); break;
    case EV_COMPARE: {
        view_target t = {ev->doc, TARGET_COMPARE, 0, NULL, 0, ev->other};
        view_ctx c = ctx_of(a);
        pane *p = &a->panes[VIEW_COMPARE];
        p->ops->open(p, &c, &t);
        push_layout(a, LAYOUT_FULL, VIEW_COMPARE);
        break;
    }
    case EV_CLOSE: pop_layout(a); break;
    case EV_QUIT: a->quit = 1; break;
    default: break;
    }
}

/* ---- drawing ----------------------------------------------------------- */

/* The line-drawing character where borders run the ways mask says. */
static chtype junction(int mask)
{
    int up = mask & LAYOUT_UP, down = mask & LAYOUT_DOWN,
        left = mask & LAYOUT_LEFT, right = mask & LAYOUT_RIGHT;
    if (up && down && left && right) return ACS_PLUS;
    if (up && down && right) return ACS_LTEE;
    if (up && down && left) return ACS_RTEE;
    if (left && right && down) return ACS_TTEE;
    if (left && right && up) return ACS_BTEE;
    if (down && right) return ACS_ULCORNER;
    if (down && left) return ACS_URCORNER;
    if (up && right) return ACS_LLCORNER;
    if (up && left) return ACS_LRCORNER;
    return up || down ? ACS_VLINE : ACS_HLINE;
}

/* Every box's lines, then its corners as the boxes around them join. */
static void draw_boxes(const app *a)
{
    attr_t at = (attr_t)term_attr(ROLE_BORDER);
    attron(at);
    for (size_t i = 0; i < a->nrects; i++) {
        const layout_rect *r = &a->rects[i];
        mvhline(r->y, r->x + 1, ACS_HLINE, r->w - 2);
        mvhline(r->y + r->h - 1, r->x + 1, ACS_HLINE, r->w - 2);
        mvvline(r->y + 1, r->x, ACS_VLINE, r->h - 2);
        mvvline(r->y + 1, r->x + r->w - 1, ACS_VLINE, r->h - 2);
    }
    for (size_t i = 0; i < a->nrects; i++) {
        const layout_rect *r = &a->rects[i];
        int ys[2] = {r->y, r->y + r->h - 1}, xs[2] = {r->x, r->x + r->w - 1};
        for (int k = 0; k < 4; k++)
            mvaddch(ys[k / 2], xs[k % 2],
                    junction(layout_joins(a->rects, a->nrects, ys[k / 2],
                                          xs[k % 2])));
    }
    attroff(at);
}

static void draw_title(const app *a, const pane *p, const view_ctx *c)
{
    if (!p->ops->title)
        return;
    char title[256];
    p->ops->title(p, c, title, sizeof title);
    int y0 = p->y - 1, x0 = p->x - 1;
    draw_str(stdscr, y0, x0 + 1, " ", 1, ROLE_BORDER);
    int w = draw_text(stdscr, y0, x0 + 2, title, strlen(title), p->w - 3,
                      p == &a->panes[a->focus] ? ROLE_TITLE_FOCUS : ROLE_TITLE,
                      1);
    draw_str(stdscr, y0, x0 + 2 + w, " ", 1, ROLE_BORDER);
}

/* The Reports pane row of document i (its primary's row for a folded
 * near-duplicate). */
static int entry_of(const app *a, int i)
{
    const int *dup = a->loaded ? a->docs->duplicate_of : NULL;
    if (dup && i >= 0 && dup[i] >= 0)
        i = dup[i];
    for (size_t e = 0; e < a->nentries; e++)
        if (a->entries[e].doc == i)
            return (int)e;
    return 0;
}

/* Whether q (back) would quit: nothing to go back to. */
static int back_quits(const app *a)
{
    return !a->depth && a->nrects && a->focus == a->rects[0].view;
}

/* A section's piece of the status line's breadcrumb, in the display
 * script: its marker, or for a bare heading (no marker) the start of its
 * title (BARE_TITLE_BYTES of whole characters, … when cut). */
static void breadcrumb_piece(const section *sec, int script, char *out,
                             size_t size)
{
    enum { BARE_TITLE_BYTES = 18 };
    char piece[BARE_TITLE_BYTES + 8];
    const char *m = sec->marker;
    if (!*m) {
        size_t n = strlen(sec->title),
               cut = utf8_cut(sec->title, n, BARE_TITLE_BYTES);
        snprintf(piece, sizeof piece, "%.*s%s", (int)cut, sec->title,
                 cut < n ? "…" : "");
        m = piece;
    }
    script_copy(script, m, out, size);
}

/* The reader's position: report, breadcrumb, percent. */
static size_t status_position(const app *a, char *buf, size_t len)
{
    view_ctx c = ctx_of(a);
    const pane *r = &a->panes[VIEW_READER];
    view_position pos = {-1, 0, 0};
    const doc *d = r->ops->position(r, &c, &pos) ? view_doc(&c, pos.doc) : NULL;
    if (!d)
        return (size_t)snprintf(buf, len, " %zu reports · Enter opens",
                                a->nentries);
    int path[8];
    size_t n = section_path(d, pos.off, path, 8), k = 0;
    k += (size_t)snprintf(buf, len, " %d/%zu · ", entry_of(a, pos.doc) + 1,
                          a->nentries);
    for (size_t i = 0; i < n && k < len - 64; i++) {
        char marker[48];
        breadcrumb_piece(&d->sections[path[i]], a->script, marker,
                         sizeof marker);
        k += (size_t)snprintf(buf + k, len - k, "%s%s", i ? "›" : "", marker);
    }
    return k + (size_t)snprintf(buf + k, len - k, "%s%d%%", n ? " · " : "",
                                pos.percent);
}

static void draw_status(app *a)
{
    pane *f = &a->panes[a->focus];
    if (f->ops->status) {
        view_ctx c = ctx_of(a);
        f->ops->status(f, &c, stdscr, a->lines - 1, a->cols);
        return;
    }
    char left[512], right[160] = " ";
    /* the hint names the keys in effect (the config may bind others) */
    const int acts[] = {ACT_NEXT_PANE, ACT_HELP, ACT_BACK};
    const char *what[] = {"pane", "help", back_quits(a) ? "quit" : "back"};
    for (size_t i = 0; i < 3; i++) {
        char key[32];
        if (*keys_first(acts[i], key, sizeof key))
            snprintf(right + strlen(right), sizeof right - strlen(right),
                     "%s%s %s", right[1] ? "  " : "", key, what[i]);
    }
    strcat(right, " ");
    if (a->message[0])
        snprintf(left, sizeof left, " %s", a->message);
    else
        status_position(a, left, sizeof left);
    int rw = draw_width(right, strlen(right));
    draw_fill(stdscr, a->lines - 1, 0, a->cols, ROLE_STATUS);
    draw_text(stdscr, a->lines - 1, 0, left, strlen(left), a->cols - rw,
              ROLE_STATUS, 1);
    if (rw < a->cols)
        draw_str(stdscr, a->lines - 1, a->cols - rw, right, rw, ROLE_STATUS);
}

/* The views on screen, the focused one first (their keys in the help). */
static size_t views_on_screen(const app *a, const view_ops **out)
{
    size_t n = 0;
    out[n++] = a->panes[a->focus].ops;
    for (size_t i = 0; i < a->nrects; i++)
        if (a->rects[i].view != a->focus)
            out[n++] = a->panes[a->rects[i].view].ops;
    return n;
}

static void draw_too_small(app *a)
{
    erase();
    char msg[128];
    snprintf(msg, sizeof msg, "terminal too small: %d×%d (baogao needs %d×%d)",
             a->cols, a->lines, MIN_COLS, MIN_LINES);
    int w = draw_width(msg, strlen(msg));
    int x = w < a->cols ? (a->cols - w) / 2 : 0;
    draw_text(stdscr, a->lines / 2, x, msg, strlen(msg), a->cols, ROLE_NOTE, 1);
    wnoutrefresh(stdscr);
}

static void render(app *a)
{
    if (a->too_small) {
        draw_too_small(a);
        doupdate();
        return;
    }
    view_ctx c = ctx_of(a);
    for (int v = 0; v < VIEW_COUNT; v++)
        a->panes[v].focused = v == a->focus;
    /* Views first: drawing lays the reader out, which the titles and the
     * status line (position, percent) then read. */
    for (size_t i = 0; i < a->nrects; i++) {
        pane *p = &a->panes[a->rects[i].view];
        werase(p->win);
        p->ops->draw(p, &c);
    }
    erase();
    if (layout_get(a->lay.id)->boxed) {
        draw_boxes(a);
        for (size_t i = 0; i < a->nrects; i++)
            draw_title(a, &a->panes[a->rects[i].view], &c);
    }
    draw_status(a);
    wnoutrefresh(stdscr);
    for (size_t i = 0; i < a->nrects; i++)
        wnoutrefresh(a->panes[a->rects[i].view].win);
    if (a->help) {
        const view_ops *views[LAYOUT_MAX_RECTS + 1];
        help_draw(a->lines, a->cols, views, views_on_screen(a, views),
                  &a->help_top);
    }
    doupdate();
}

/* ---- input ------------------------------------------------------------- */

static int pane_at(const app *a, int y, int x)
{
    for (size_t i = 0; i < a->nrects; i++) {
        const layout_rect *r = &a->rects[i];
        if (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w)
            return r->view;
    }
    return -1;
}

static void on_mouse(app *a)
{
    MEVENT me;
    if (getmouse(&me) != OK)
        return;
    int v = pane_at(a, me.y, me.x);
    if (v < 0)
        return;
    a->focus = v;
    pane *p = &a->panes[v];
    view_ctx c = ctx_of(a);
    view_event ev = {0};
    if (me.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
        int act = me.bstate & BUTTON4_PRESSED ? ACT_UP : ACT_DOWN;
        for (int i = 0; i < 3; i++) {
            memset(&ev, 0, sizeof ev);
            p->ops->act(p, &c, act, &ev);
            apply(a, v, &ev);
        }
    } else if (p->ops->click && me.y >= p->y && me.y < p->y + p->h &&
               me.x >= p->x && me.x < p->x + p->w) {
        p->ops->click(p, &c, me.y - p->y, me.x - p->x, &ev);
        apply(a, v, &ev);
    }
}

static void set_mark(app *a, int letter, int jump)
{
    mark *m = &a->marks[letter - 'a'];
    view_ctx c = ctx_of(a);
    const pane *r = &a->panes[VIEW_READER];
    if (!jump) {
        view_position pos = {-1, 0, 0};
        r->ops->position(r, &c, &pos);
        *m = (mark){pos.doc, pos.off};
        snprintf(a->message, sizeof a->message, "mark %c set", letter);
        return;
    }
    if (m->doc < 0) {
        snprintf(a->message, sizeof a->message, "mark %c is not set", letter);
        return;
    }
    if (m->doc != a->current)
        open_doc(a, m->doc);
    view_event ev = {.what = EV_GOTO, .off = m->off};
    apply(a, VIEW_READER, &ev);
}

/* Focus to the next (dir 1) or previous (dir -1) view on screen; from a
 * layout that Tab leaves, back to the one before first. */
static void next_pane(app *a, int dir)
{
    if (layout_get(a->lay.id)->tab_back && a->depth)
        pop_layout(a);
    size_t i = 0;
    while (i < a->nrects && a->rects[i].view != a->focus)
        i++;
    if (a->nrects)
        a->focus = a->rects[(i + a->nrects + (size_t)dir) % a->nrects].view;
}

/* What no view took: focus, layouts, help, back and quit, the script. */
static void dispatch(app *a, int act)
{
    switch (act) {
    case ACT_ZOOM:
        if (a->lay.id == LAYOUT_FULL && a->lay.self == VIEW_READER)
            pop_layout(a);
        else if (a->panes[VIEW_READER].shown)
            push_layout(a, LAYOUT_FULL, VIEW_READER);
        break;
    case ACT_NEXT_PANE: next_pane(a, 1); break;
    case ACT_PREV_PANE: next_pane(a, -1); break;
    case ACT_HELP: a->help = 1; a->help_top = 0; break;
    case ACT_BACK:
        if (a->depth)
            pop_layout(a);
        else if (back_quits(a))
            a->quit = 1;
        else if (a->nrects)
            a->focus = a->rects[0].view;
        break;
    case ACT_QUIT: a->quit = 1; break;
    case ACT_SUSPEND:
        term_suspend();
        place(a);
        break;
    case ACT_SCRIPT: /* the open report everywhere: reader, outline, status */
        a->script = script_next(a->script);
        snprintf(a->message, sizeof a->message, "script: %s",
                 script_name(a->script));
        break;
    default: break;
    }
}

/* Offers act to the focused view, then (KEYS_ANY) to the others — on
 * screen first — then to the app. */
static void deliver(app *a, int act, int scope)
{
    view_ctx c = ctx_of(a);
    int tried[VIEW_COUNT] = {0}, order[VIEW_COUNT], n = 0;
    order[n++] = a->focus;
    tried[a->focus] = 1;
    for (size_t i = 0; scope == KEYS_ANY && i < a->nrects; i++)
        if (!tried[a->rects[i].view]) {
            tried[a->rects[i].view] = 1;
            order[n++] = a->rects[i].view;
        }
    for (int v = 0; scope == KEYS_ANY && v < VIEW_COUNT; v++)
        if (!tried[v])
            order[n++] = v;
    for (int i = 0; i < n; i++) {
        pane *p = &a->panes[order[i]];
        view_event ev = {0};
        if (p->ops->act(p, &c, act, &ev) != EV_IGNORED) {
            apply(a, order[i], &ev);
            return;
        }
    }
    dispatch(a, act);
}

static void on_key(app *a, wint_t ch, int fk)
{
    a->message[0] = '\0';
    size_t ng;
    const keybind *global = keys_global(&ng);
    if (a->help) {
        int act = keys_lookup(global, ng, (int)ch, fk, NULL);
        if (act == ACT_DOWN || act == ACT_UP)
            a->help_top += act == ACT_DOWN ? 1 : -1;
        else
            a->help = 0;
        return;
    }
    if (a->pending) {
        int jump = a->pending == ACT_JUMP_MARK;
        a->pending = 0;
        if (!fk && ch >= 'a' && ch <= 'z')
            set_mark(a, (int)ch, jump);
        return;
    }
    if (fk && ch == KEY_MOUSE) {
        on_mouse(a);
        return;
    }
    pane *f = &a->panes[a->focus];
    view_ctx c = ctx_of(a);
    view_event ev = {0};
    if (f->ops->input && f->ops->input(f, &c, ch, fk, &ev) != EV_IGNORED) {
        apply(a, a->focus, &ev);
        return;
    }
    int letter = 0, scope = KEYS_FOCUS;
    int act = f->ops->keys ? keys_lookup(f->ops->keys, f->ops->nkeys, (int)ch,
                                         fk, &letter)
                           : ACT_NONE;
    if (act == ACT_NONE) {
        act = keys_lookup(global, ng, (int)ch, fk, &letter);
        if (act == ACT_NONE)
            return;
        scope = keys_of(act)->scope;
    }
    if (letter)
        a->pending = act;
    else
        deliver(a, act, scope);
}

/* A paste goes to the focused view's text (the search prompt), never to
 * the keys. */
static void on_paste(app *a)
{
    a->message[0] = '\0';
    a->help = a->pending = 0;
    size_t n;
    int cut;
    const char *s = input_paste(&n, &cut);
    pane *f = &a->panes[a->focus];
    view_ctx c = ctx_of(a);
    view_event ev = {0};
    if (!f->ops->paste) {
        snprintf(a->message, sizeof a->message,
                 "a paste goes into the search prompt: / opens it");
        return;
    }
    f->ops->paste(f, &c, s, n, cut, &ev);
    apply(a, a->focus, &ev);
}

/* ---- the corpus as it loads -------------------------------------------- */

/* The Reports pane's rows (every primary document, its near-duplicates
 * folded under it once loading is done) and the order of every document
 * (each primary, then its near-duplicates). */
static void build_entries(app *a)
{
    corpus *c = a->docs;
    const int *dup = a->loaded ? c->duplicate_of : NULL;
    free(a->entries);
    free(a->order);
    a->entries = xcalloc(c->n + 1, sizeof *a->entries);
    a->order = xcalloc(c->n + 1, sizeof *a->order);
    int *row = xcalloc(c->n + 1, sizeof *row); /* a primary's entry */
    a->nentries = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (dup && dup[i] >= 0)
            continue;
        row[i] = (int)a->nentries;
        a->entries[a->nentries++] = (doc_entry){(int)i, 1};
    }
    for (size_t i = 0; dup && i < c->n; i++)
        if (dup[i] >= 0)
            a->entries[row[dup[i]]].copies++;
    /* Each entry's documents start where the copies before it end. */
    size_t *at = xcalloc(a->nentries + 1, sizeof *at);
    for (size_t e = 0; e < a->nentries; e++)
        at[e + 1] = at[e] + (size_t)a->entries[e].copies;
    for (size_t e = 0; e < a->nentries; e++)
        a->order[at[e]++] = (size_t)a->entries[e].doc;
    for (size_t i = 0; dup && i < c->n; i++)
        if (dup[i] >= 0)
            a->order[at[row[dup[i]]]++] = i;
    a->norder = c->n;
    a->seen = c->n;
    free(at);
    free(row);
}

static long long now_us(void);

/* Takes in what the loader added since the last frame (under the lock)
 * and lets the views follow; returns whether anything changed, *busy
 * whether a view has work left (SYNC_BUSY). */
static int sync_source(app *a, int *busy)
{
    size_t files = 0, errors = 0;
    int read_all = 0;
    char last[160] = "";
    int done = a->src->progress(a->src->ctx, &files, &errors, &read_all, last,
                                sizeof last);
    int changed = a->docs->n != a->seen || done != a->loaded;
    /* Once paired, the documents are folded and indexed for search; the
     * folds come with the index. A new phase is drawn at once. */
    int phase = !done ? (read_all ? PHASE_PAIRING : PHASE_READING)
                : !*a->src->folds ? PHASE_INDEXING
                                  : PHASE_READY;
    if (phase == PHASE_INDEXING && a->phase != PHASE_INDEXING)
        a->indexing_since = now_us();
    a->phase = phase;
    if (phase == PHASE_INDEXING &&
        now_us() - a->indexing_since < INDEXING_QUIET_MS * 1000LL)
        phase = PHASE_READY;
    int moved = changed || phase != a->said;
    a->said = phase;
    a->loaded = done;
    if (changed) {
        build_entries(a);
        if (a->current < 0 && a->nentries) {
            int focus = a->focus;
            open_doc(a, a->entries[0].doc);
            a->focus = focus;
        }
    }
    if (phase != PHASE_READY)
        snprintf(a->message, sizeof a->message,
                 phase == PHASE_READING    ? "loading: %zu reports read…"
                 : phase == PHASE_PAIRING ? "%zu reports read; pairing near-duplicates…"
                                          : "%zu reports read; indexing for search…",
                 files);
    else if (moved && errors)
        snprintf(a->message, sizeof a->message,
                 "%zu file%s could not be read; last: %.*s", errors,
                 errors == 1 ? "" : "s", (int)utf8_cut(last, strlen(last), 120), last);
    else if (moved && last[0]) /* a note without a failure: the cache's */
        snprintf(a->message, sizeof a->message, "%.*s",
                 (int)utf8_cut(last, strlen(last), 150), last);
    else if (moved)
        a->message[0] = '\0';
    changed |= moved;
    view_ctx c = ctx_of(a);
    *busy = 0;
    for (int v = 0; v < VIEW_COUNT; v++) {
        int got = a->panes[v].ops->sync ? a->panes[v].ops->sync(&a->panes[v], &c)
                                        : 0;
        changed |= (got & SYNC_CHANGED) != 0;
        *busy |= (got & SYNC_BUSY) != 0;
    }
    return changed;
}

static void app_free(app *a)
{
    for (int v = 0; v < VIEW_COUNT; v++) {
        pane *p = &a->panes[v];
        if (p->ops->destroy)
            p->ops->destroy(p);
        else
            free(p->state);
        if (p->win)
            delwin(p->win);
    }
    free(a->entries);
    free(a->order);
}

/* ---- the loop ---------------------------------------------------------- */

/* Microseconds since some fixed point. */
static long long now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

/* With BAOGAO_FRAME_LOG=FILE, each frame's drawing time (µs) is appended
 * to FILE: ./run bench reads it. */
static void timed_render(app *a, FILE *log)
{
    long long t0 = log ? now_us() : 0;
    render(a);
    if (log) {
        fprintf(log, "%lld\n", now_us() - t0);
        fflush(log);
    }
}

/* The loop: the corpus is locked but while waiting for input, so the
 * loader can add documents between frames. */
static void run_loop(app *a)
{
    int dirty = 1;
    const char *log_path = getenv("BAOGAO_FRAME_LOG");
    FILE *log = log_path && *log_path ? fopen(log_path, "a") : NULL;
    while (!a->quit) {
        int busy;
        if (sync_source(a, &busy))
            dirty = 1;
        if (dirty)
            timed_render(a, log);
        a->src->unlock(a->src->ctx);
        wint_t ch;
        int fk = 0;
        /* A view with work left goes on after a short look at the keys. */
        int r = input_read(busy ? BUSY_WAIT_MS
                           : a->phase == PHASE_READY ? 1000 : 100, &ch, &fk);
        a->src->lock(a->src->ctx);
        dirty = r != INPUT_IDLE;
        if (r == INPUT_GONE)
            break;
        if (r == INPUT_RESIZE)
            place(a);
        else if (r == INPUT_PASTE && !a->too_small)
            on_paste(a);
        else if (r == INPUT_KEY && !a->too_small)
            on_key(a, ch, fk);
    }
    if (log)
        fclose(log);
}

/* A small corpus loads in a few milliseconds: wait up to FIRST_PAINT_MS
 * for it, so the first frame is complete; a big one paints at once with
 * what is in and fills as it loads. */
static void wait_briefly(const tui_source *src)
{
    for (int waited = 0; waited < FIRST_PAINT_MS; waited += 5) {
        size_t files, errors;
        int read_all;
        char last[8];
        src->lock(src->ctx);
        int done = src->progress(src->ctx, &files, &errors, &read_all, last,
                                 sizeof last);
        src->unlock(src->ctx);
        if (done)
            return;
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

int tui_run(const tui_source *src, const tui_opts *opts, char *err,
            size_t errlen)
{
    term_opts o = {opts->color, opts->mouse, opts->ambiwide, opts->looks};
    static app a; /* zeroed; one UI per process */
    memset(&a, 0, sizeof a);
    a.src = src;
    a.docs = src->docs;
    a.current = -1;
    for (int v = 0; v < VIEW_COUNT; v++)
        a.panes[v].ops = view_all[v];
    for (int i = 0; i < 26; i++)
        a.marks[i].doc = -1;
    int status = term_start(&o, err, errlen);
    if (status != 0)
        return status;
    a.lay = (screen_layout){LAYOUT_HOME, -1, VIEW_DOCS};
    a.focus = VIEW_DOCS;
    place(&a);
    wait_briefly(src);
    src->lock(src->ctx);
    run_loop(&a);
    app_free(&a);
    src->unlock(src->ctx);
    term_stop();
    int sig = term_quit_signal();
    return sig ? 128 + sig : 0;
}
