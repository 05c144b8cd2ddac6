/* app.c — the terminal UI's one event loop: layout, borders, focus, the
 * status line, the help overlay, and the dispatcher for what panes leave
 * (see app.h). Redraws only after an event, and lets curses send only the
 * differences (erase + wnoutrefresh + doupdate, never clear). */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "draw.h"
#include "results.h"
#include "script.h"
#include "utf8.h"

enum { MIN_COLS = 60, MIN_LINES = 15, FIRST_PAINT_MS = 100 };

int app_list_move(int *sel, int n, int page, action act)
{
    page = page > 1 ? page - 1 : 1;
    int v = *sel;
    switch (act) {
    case ACT_DOWN: v++; break;
    case ACT_UP: v--; break;
    case ACT_PAGE_DOWN: v += page; break;
    case ACT_PAGE_UP: v -= page; break;
    case ACT_HALF_DOWN: v += page / 2; break;
    case ACT_HALF_UP: v -= page / 2; break;
    case ACT_TOP: v = 0; break;
    case ACT_BOTTOM: v = n - 1; break;
    default: return 0;
    }
    *sel = v >= n ? n - 1 : v < 0 ? 0 : v;
    return 1;
}

doc *app_current(const app *a)
{
    return a->current >= 0 ? a->docs->docs[a->current] : NULL;
}

void app_open(app *a, int i)
{
    a->current = i;
    for (int p = 0; p < PANE_COUNT; p++)
        if (a->panes[p].ops->opened)
            a->panes[p].ops->opened(&a->panes[p], a);
    a->focus = PANE_READER;
}

void app_reader_moved(app *a)
{
    int percent;
    size_t off = app_reader_offset(a, &percent);
    pane *o = &a->panes[PANE_OUTLINE];
    if (o->ops->follow)
        o->ops->follow(o, a, off);
}

/* ---- layout ------------------------------------------------------------ */

static void place(pane *p, int y, int x, int h, int w)
{
    if (p->win)
        delwin(p->win);
    p->y = y + 1;
    p->x = x + 1;
    p->h = h - 2 > 0 ? h - 2 : 1;
    p->w = w - 2 > 0 ? w - 2 : 1;
    p->win = term_window(p->h, p->w, p->y, p->x);
}

/* Reports over Outline on the left, the Reader on the right, the status
 * line at the bottom. */
static void layout(app *a)
{
    getmaxyx(stdscr, a->lines, a->cols);
    a->too_small = a->cols < MIN_COLS || a->lines < MIN_LINES;
    if (a->too_small)
        return;
    int left = a->cols * 3 / 10;
    left = left < 24 ? 24 : left > 40 ? 40 : left;
    int body = a->lines - 1;
    int top = body / 3 < 5 ? 5 : body / 3;
    a->panes[PANE_DOCS].hidden = a->panes[PANE_OUTLINE].hidden = a->zoom;
    if (a->zoom) {
        /* Full-width lines: when the reader moves, curses finds them
         * moved and scrolls them with the terminal (a scroll region is
         * full-width), sending only the new lines. */
        place(&a->panes[PANE_READER], 0, 0, body, a->cols);
        a->focus = PANE_READER;
        return;
    }
    /* Neighbouring boxes share their border lines. */
    place(&a->panes[PANE_DOCS], 0, 0, top, left);
    place(&a->panes[PANE_OUTLINE], top - 1, 0, body - top + 1, left);
    place(&a->panes[PANE_READER], 0, left - 1, body, a->cols - left + 1);
}

/* ---- drawing ----------------------------------------------------------- */

/* The corner or junction at (y, x) of a box, given whether the border
 * lines continue up, down, left and right of it. */
static chtype junction(int up, int down, int left, int right)
{
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

static void draw_box(const pane *p)
{
    int y0 = p->y - 1, x0 = p->x - 1, y1 = p->y + p->h, x1 = p->x + p->w;
    attr_t at = (attr_t)term_attr(ROLE_BORDER);
    attron(at);
    mvhline(y0, x0 + 1, ACS_HLINE, p->w);
    mvhline(y1, x0 + 1, ACS_HLINE, p->w);
    mvvline(y0 + 1, x0, ACS_VLINE, p->h);
    mvvline(y0 + 1, x1, ACS_VLINE, p->h);
    attroff(at);
}

/* Corners and junctions where the boxes meet, from what surrounds them. */
static void draw_corners(const app *a)
{
    if (a->zoom) {
        int bottom = a->lines - 2, right = a->cols - 1;
        attr_t at = (attr_t)term_attr(ROLE_BORDER);
        attron(at);
        mvaddch(0, 0, ACS_ULCORNER);
        mvaddch(0, right, ACS_URCORNER);
        mvaddch(bottom, 0, ACS_LLCORNER);
        mvaddch(bottom, right, ACS_LRCORNER);
        attroff(at);
        return;
    }
    int left = a->panes[PANE_DOCS].w + 1, mid = a->panes[PANE_OUTLINE].y - 1;
    int bottom = a->lines - 2, right = a->cols - 1;
    attr_t at = (attr_t)term_attr(ROLE_BORDER);
    attron(at);
    mvaddch(0, 0, junction(0, 1, 0, 1));
    mvaddch(0, left, junction(0, 1, 1, 1));
    mvaddch(0, right, junction(0, 1, 1, 0));
    mvaddch(mid, 0, junction(1, 1, 0, 1));
    mvaddch(mid, left, junction(1, 1, 1, 0));
    mvaddch(bottom, 0, junction(1, 0, 0, 1));
    mvaddch(bottom, left, junction(1, 0, 1, 1));
    mvaddch(bottom, right, junction(1, 0, 1, 0));
    attroff(at);
}

static void draw_title(const app *a, const pane *p, int focused)
{
    char title[256];
    p->ops->title((pane *)p, a, title, sizeof title);
    int y0 = p->y - 1, x0 = p->x - 1;
    draw_str(stdscr, y0, x0 + 1, " ", 1, ROLE_BORDER);
    int w = draw_text(stdscr, y0, x0 + 2, title, strlen(title), p->w - 3,
                      focused ? ROLE_TITLE_FOCUS : ROLE_TITLE, 1);
    draw_str(stdscr, y0, x0 + 2 + w, " ", 1, ROLE_BORDER);
}

/* The reports pane row of document i (its primary's row for a folded
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

static void draw_status(app *a)
{
    char left[512], right[128];
    int percent = 0;
    const doc *d = app_current(a);
    size_t off = app_reader_offset(a, &percent);
    snprintf(right, sizeof right, " Tab pane  ? help  q %s ",
             a->focus == PANE_DOCS ? "quit" : "back");
    if (a->message[0]) {
        snprintf(left, sizeof left, " %s", a->message);
    } else if (d) {
        int path[8];
        size_t n = section_path(d, off, path, 8), len = 0;
        len += (size_t)snprintf(left, sizeof left, " %d/%zu · ",
                                entry_of(a, a->current) + 1, a->nentries);
        for (size_t i = 0; i < n && len < sizeof left - 64; i++) {
            char marker[48];
            script_copy(a->script, d->sections[path[i]].marker, marker,
                        sizeof marker);
            len += (size_t)snprintf(left + len, sizeof left - len, "%s%s",
                                    i ? "›" : "", marker);
        }
        snprintf(left + len, sizeof left - len, "%s%d%%", n ? " · " : "",
                 percent);
    } else {
        snprintf(left, sizeof left, " %zu reports · Enter opens", a->nentries);
    }
    int rw = draw_width(right, strlen(right));
    draw_fill(stdscr, a->lines - 1, 0, a->cols, ROLE_STATUS);
    draw_text(stdscr, a->lines - 1, 0, left, strlen(left), a->cols - rw,
              ROLE_STATUS, 1);
    if (rw < a->cols)
        draw_str(stdscr, a->lines - 1, a->cols - rw, right, rw, ROLE_STATUS);
}

/* Where the help overlay is, in its bottom border when it does not show
 * every key: the rows shown of how many, ↑ / ↓ when there are more above /
 * below. */
static void draw_help_position(WINDOW *win, int h, int w, int top, int rows,
                               int total)
{
    if (rows >= total)
        return;
    int last = top + rows < total ? top + rows : total;
    char pos[64];
    snprintf(pos, sizeof pos, " %d–%d/%d%s%s ", top + 1, last, total,
             top > 0 ? " ↑" : "", last < total ? " ↓" : "");
    int pw = draw_width(pos, strlen(pos));
    if (pw <= w - 4)
        draw_str(win, h - 1, w - 2 - pw, pos, pw, ROLE_TITLE_FOCUS);
}

/* The help overlay, generated from ACTION_LIST; j/k scroll it. */
static void draw_help(app *a)
{
    int w = a->cols - 8 < 72 ? a->cols - 8 : 72, h = a->lines - 4;
    int y0 = 2, x0 = (a->cols - w) / 2;
    WINDOW *win = term_window(h, w, y0, x0);
    if (!win)
        return;
    werase(win);
    box(win, 0, 0);
    draw_str(win, 0, 2, " Keys — any key closes ", w - 4, ROLE_TITLE_FOCUS);
    int rows = h - 2, total = ACT_COUNT - 1;
    if (a->help_top > total - rows)
        a->help_top = total - rows;
    if (a->help_top < 0)
        a->help_top = 0;
    draw_help_position(win, h, w, a->help_top, rows, total);
    for (int y = 0; y < rows; y++) {
        int act = 1 + a->help_top + y;
        if (act >= ACT_COUNT)
            break;
        const action_help *hp = keys_help((action)act);
        draw_text(win, 1 + y, 2, hp->keys, strlen(hp->keys), 16, ROLE_HEADING2, 1);
        draw_text(win, 1 + y, 19, hp->help, strlen(hp->help), w - 21,
                  ROLE_NORMAL, 1);
    }
    wnoutrefresh(win);
    delwin(win);
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
    if (a->searching) {
        results_draw(a);
        doupdate();
        return;
    }
    /* Panes first: drawing lays the reader out, which the titles and the
     * status line (position, percent) then read. */
    for (int i = 0; i < PANE_COUNT; i++) {
        pane *p = &a->panes[i];
        if (p->hidden)
            continue;
        werase(p->win);
        p->ops->draw(p, a);
    }
    erase();
    for (int i = 0; i < PANE_COUNT; i++)
        if (!a->panes[i].hidden)
            draw_box(&a->panes[i]);
    draw_corners(a);
    for (int i = 0; i < PANE_COUNT; i++)
        if (!a->panes[i].hidden)
            draw_title(a, &a->panes[i], a->focus == i);
    draw_status(a);
    wnoutrefresh(stdscr);
    for (int i = 0; i < PANE_COUNT; i++)
        if (!a->panes[i].hidden)
            wnoutrefresh(a->panes[i].win);
    if (a->help)
        draw_help(a);
    doupdate();
}

/* ---- input ------------------------------------------------------------- */

static pane *pane_at(app *a, int y, int x)
{
    for (int i = 0; i < PANE_COUNT; i++) {
        pane *p = &a->panes[i];
        if (!p->hidden && y >= p->y - 1 && y <= p->y + p->h && x >= p->x - 1 &&
            x <= p->x + p->w)
            return p;
    }
    return NULL;
}

static void on_mouse(app *a)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return;
    pane *p = pane_at(a, ev.y, ev.x);
    if (!p)
        return;
    a->focus = (int)(p - a->panes);
    if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
        action act = ev.bstate & BUTTON4_PRESSED ? ACT_UP : ACT_DOWN;
        for (int i = 0; i < 3; i++)
            p->ops->act(p, a, act);
    } else if (p->ops->click && ev.y >= p->y && ev.y < p->y + p->h) {
        p->ops->click(p, a, ev.y - p->y);
    }
}

static void set_mark(app *a, int letter, int jump)
{
    mark *m = &a->marks[letter - 'a'];
    if (!jump) {
        int pct;
        m->doc = a->current;
        m->off = app_reader_offset(a, &pct);
        snprintf(a->message, sizeof a->message, "mark %c set", letter);
        return;
    }
    if (m->doc < 0) {
        snprintf(a->message, sizeof a->message, "mark %c is not set", letter);
        return;
    }
    if (m->doc != a->current)
        app_open(a, m->doc);
    app_reader_goto(a, m->off);
}

/* What no pane took: moving focus, help, back and quit, marks, and the
 * reader's own keys from any pane. */
static void dispatch(app *a, action act)
{
    pane *reader = &a->panes[PANE_READER];
    switch (act) {
    case ACT_ZOOM:
        a->zoom = !a->zoom;
        layout(a);
        break;
    case ACT_NEXT_PANE: case ACT_PREV_PANE:
        if (a->zoom) {
            a->zoom = 0; /* back to the panes, then move */
            layout(a);
        }
        a->focus = (a->focus + (act == ACT_NEXT_PANE ? 1 : PANE_COUNT - 1)) %
                   PANE_COUNT;
        break;
    case ACT_HELP: a->help = 1; a->help_top = 0; break;
    case ACT_BACK:
        if (a->zoom) {
            a->zoom = 0;
            layout(a);
        } else if (a->focus == PANE_DOCS)
            a->quit = 1;
        else
            a->focus = PANE_DOCS;
        break;
    case ACT_QUIT: a->quit = 1; break;
    case ACT_FIND:
        results_open(a);
        break;
    case ACT_FIND_NEXT: case ACT_FIND_PREV:
        results_step(a, act == ACT_FIND_NEXT ? 1 : -1);
        break;
    case ACT_MARK: case ACT_JUMP_MARK:
        a->pending = act == ACT_MARK ? 'm' : '\'';
        break;
    case ACT_SCRIPT: /* the open report everywhere: reader, outline, status */
        a->script = script_next(a->script);
        snprintf(a->message, sizeof a->message, "script: %s",
                 script_name(a->script));
        break;
    case ACT_NEXT_HEADING: case ACT_PREV_HEADING:
    case ACT_NEXT_SIBLING: case ACT_PREV_SIBLING:
        if (a->focus != PANE_READER)
            reader->ops->act(reader, a, act);
        break;
    default: break;
    }
}

static void on_key(app *a, wint_t ch, int fk)
{
    a->message[0] = '\0';
    if (a->searching) {
        results_key(a, ch, fk);
        return;
    }
    if (a->help) {
        action act = keys_action((int)ch, fk);
        if (act == ACT_DOWN || act == ACT_UP)
            a->help_top += act == ACT_DOWN ? 1 : -1;
        else
            a->help = 0;
        return;
    }
    if (a->pending) {
        int jump = a->pending == '\'';
        a->pending = 0;
        if (!fk && ch >= 'a' && ch <= 'z')
            set_mark(a, (int)ch, jump);
        return;
    }
    if (fk && ch == KEY_MOUSE) {
        on_mouse(a);
        return;
    }
    action act = keys_action((int)ch, fk);
    if (act == ACT_NONE)
        return;
    pane *p = &a->panes[a->focus];
    if (p->ops->act(p, a, act) == PANE_IGNORED)
        dispatch(a, act);
}

/* ---- set-up and the loop ----------------------------------------------- */

/* The reports pane's rows: every primary document, its near-duplicates
 * folded under it (known once loading is done). */
static void build_entries(app *a)
{
    corpus *c = a->docs;
    free(a->entries);
    a->entries = calloc(c->n + 1, sizeof *a->entries);
    a->nentries = 0;
    int *dup = a->loaded ? c->duplicate_of : NULL;
    for (size_t i = 0; i < c->n; i++) {
        if (dup && dup[i] >= 0)
            continue;
        a->entries[a->nentries++] = (doc_entry){(int)i, 1};
    }
    for (size_t i = 0; dup && i < c->n; i++)
        for (size_t e = 0; dup[i] >= 0 && e < a->nentries; e++)
            if (a->entries[e].doc == dup[i])
                a->entries[e].copies++;
    a->seen = c->n;
}

/* Takes in what the loader added since the last frame (under the lock);
 * returns whether anything changed. */
static int sync_source(app *a)
{
    size_t files = 0, errors = 0;
    int read_all = 0;
    char last[160] = "";
    int done = a->src->progress(a->src->ctx, &files, &errors, &read_all, last,
                                sizeof last);
    int changed = a->docs->n != a->seen || done != a->loaded;
    a->loaded = done;
    if (changed) {
        build_entries(a);
        if (a->current < 0 && a->nentries) {
            int focus = a->focus;
            app_open(a, a->entries[0].doc);
            a->focus = focus;
        }
    }
    if (!done)
        snprintf(a->message, sizeof a->message,
                 read_all ? "%zu reports read; pairing near-duplicates…"
                          : "loading: %zu reports read…",
                 files);
    else if (changed && errors)
        snprintf(a->message, sizeof a->message,
                 "%zu file%s could not be read; last: %.120s", errors,
                 errors == 1 ? "" : "s", last);
    else if (changed)
        a->message[0] = '\0';
    return changed;
}

static void app_free(app *a)
{
    for (int i = 0; i < PANE_COUNT; i++) {
        pane *p = &a->panes[i];
        if (p->ops->destroy)
            p->ops->destroy(p);
        else
            free(p->state);
        if (p->win)
            delwin(p->win);
    }
    free(a->entries);
    results_free(a);
}

/* The loop: the corpus is locked but while waiting for input, so the
 * loader can add documents between frames. */
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

static void run_loop(app *a)
{
    int dirty = 1;
    const char *log_path = getenv("BAOGAO_FRAME_LOG");
    FILE *log = log_path && *log_path ? fopen(log_path, "a") : NULL;
    while (!a->quit) {
        if (sync_source(a))
            dirty = 1;
        if (dirty)
            timed_render(a, log);
        a->src->unlock(a->src->ctx);
        wint_t ch;
        int fk = 0;
        int r = term_read(a->loaded ? 1000 : 100, &ch, &fk);
        a->src->lock(a->src->ctx);
        dirty = r != TERM_IDLE;
        if (r == TERM_GONE)
            break;
        if (r == TERM_RESIZE)
            layout(a);
        else if (r == TERM_KEY && !a->too_small)
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

int app_run(const tui_source *src, const term_opts *o)
{
    static app a; /* zeroed; one UI per process */
    memset(&a, 0, sizeof a);
    a.src = src;
    a.docs = src->docs;
    a.current = -1;
    a.panes[PANE_DOCS].ops = &doclist_ops;
    a.panes[PANE_OUTLINE].ops = &outline_ops;
    a.panes[PANE_READER].ops = &reader_ops;
    for (int i = 0; i < 26; i++)
        a.marks[i].doc = -1;
    char err[256];
    if (term_start(o, err, sizeof err) != 0) {
        fprintf(stderr, "baogao: %s\n", err);
        return 1;
    }
    a.ambiwide = term_ambiwide();
    a.focus = PANE_DOCS;
    layout(&a);
    wait_briefly(src);
    src->lock(src->ctx);
    run_loop(&a);
    app_free(&a);
    src->unlock(src->ctx);
    term_stop();
    int sig = term_quit_signal();
    return sig ? 128 + sig : 0;
}
