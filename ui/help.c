/* help.c — the key help from the action tables (see help.h, tui.h). */
#include "help.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "tui.h"

enum { HELP_MAX_ROWS = 128, KEYS_MAX_WIDTH = 24 };

typedef struct help_row {
    const keybind *k;
    const char *view; /* the view it belongs to, or NULL for a global one */
} help_row;

/* The rows: every global action, then each view's own. */
static size_t help_rows(const view_ops *const *views, size_t nviews,
                        help_row *out)
{
    size_t n = 0, ng;
    const keybind *g = keys_global(&ng);
    for (size_t i = 0; i < ng && n < HELP_MAX_ROWS; i++)
        out[n++] = (help_row){&g[i], NULL};
    for (size_t v = 0; v < nviews; v++)
        for (size_t i = 0; i < views[v]->nkeys && n < HELP_MAX_ROWS; i++)
            out[n++] = (help_row){&views[v]->keys[i], views[v]->name};
    return n;
}

/* Cells the keys column takes: the widest keys, capped. */
static int keys_width(const help_row *rows, size_t n)
{
    int w = 1;
    for (size_t i = 0; i < n; i++) {
        int k = draw_width(rows[i].k->keys, strlen(rows[i].k->keys));
        w = k > w ? k : w;
    }
    return w < KEYS_MAX_WIDTH ? w : KEYS_MAX_WIDTH;
}

/* Where the overlay is, in its bottom border when it does not show every
 * key: the rows shown of how many, ↑ / ↓ when there are more above /
 * below. */
static void draw_position(WINDOW *win, int h, int w, int top, int rows,
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

void help_draw(int lines, int cols, const view_ops *const *views,
               size_t nviews, int *top)
{
    help_row rows[HELP_MAX_ROWS];
    int total = (int)help_rows(views, nviews, rows);
    int w = cols - 8 < 72 ? cols - 8 : 72, h = lines - 4;
    WINDOW *win = term_window(h, w, 2, (cols - w) / 2);
    if (!win)
        return;
    werase(win);
    box(win, 0, 0);
    draw_str(win, 0, 2, " Keys — any key closes ", w - 4, ROLE_TITLE_FOCUS);
    int shown = h - 2, kw = keys_width(rows, (size_t)total);
    if (*top > total - shown)
        *top = total - shown;
    if (*top < 0)
        *top = 0;
    draw_position(win, h, w, *top, shown, total);
    for (int y = 0; y < shown && *top + y < total; y++) {
        const help_row *r = &rows[*top + y];
        char help[160];
        snprintf(help, sizeof help, "%s%s%s%s", r->k->help,
                 r->view ? " (" : "", r->view ? r->view : "", r->view ? ")" : "");
        draw_text(win, 1 + y, 2, r->k->keys, strlen(r->k->keys), kw,
                  ROLE_HEADING2, 1);
        draw_text(win, 1 + y, 4 + kw, help, strlen(help), w - 6 - kw,
                  ROLE_NORMAL, 1);
    }
    wnoutrefresh(win);
    delwin(win);
}

void tui_each_key(tui_key_fn fn, void *ctx)
{
    help_row rows[HELP_MAX_ROWS];
    size_t n = help_rows(view_all, VIEW_COUNT, rows);
    for (size_t i = 0; i < n; i++)
        fn(ctx, rows[i].view, rows[i].k->keys, rows[i].k->help);
}

void tui_print_keys(FILE *f)
{
    help_row rows[HELP_MAX_ROWS];
    size_t n = help_rows(view_all, VIEW_COUNT, rows);
    int kw = keys_width(rows, n);
    const char *view = NULL;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].view && rows[i].view != view)
            fprintf(f, "  in the %s view:\n", rows[i].view);
        view = rows[i].view;
        fprintf(f, "  %-*s  %s\n", kw, rows[i].k->keys, rows[i].k->help);
    }
}
