/* draw.c — the one drawing routine (see draw.h): text is cut into display
 * units by cells.c, fitted by cells, and sent unit by unit as the safe
 * bytes cells.c gives; placeholders for control characters get their own
 * role so they stand out. */
#include "draw.h"

#include <math.h>
#include <string.h>

#include "cells.h"
#include "sbuf.h"
#include "script.h"

/* Sends units of s[0..n) from (y, x); returns the cells drawn. */
static int put_units(WINDOW *w, int y, int x, const char *s, size_t n, role r)
{
    int amb = term_ambiwide(), col = 0;
    int plain = term_attr(r), marked = term_attr(ROLE_PLACEHOLDER);
    char run[512];
    size_t len = 0;
    int run_attr = plain;
    wmove(w, y, x);
    for (size_t i = 0; i < n;) {
        cell c;
        i += cell_next(s, n, i, amb, col > 0, &c);
        int at = (c.flags & CELL_PLACEHOLDER) ? marked : plain;
        if (len && (at != run_attr || len + c.len > sizeof run)) {
            wattrset(w, run_attr);
            waddnstr(w, run, (int)len);
            len = 0;
        }
        run_attr = at;
        memcpy(run + len, c.bytes, c.len);
        len += c.len;
        col += c.width;
    }
    if (len) {
        wattrset(w, run_attr);
        waddnstr(w, run, (int)len);
    }
    wattrset(w, 0);
    return col;
}

int draw_text_script(WINDOW *w, int y, int x, const char *s, size_t n,
                     int cols, role r, int ellipsis, int script)
{
    if (cols <= 0 || !s)
        return 0;
    sbuf mapped = {0};
    if (script_maps(script)) {
        script_convert(script, s, n, &mapped);
        s = mapped.p;
        n = mapped.len;
    }
    int amb = term_ambiwide(), used = 0, ell = 0;
    size_t fit = ellipsis ? cells_fit_ellipsis(s, n, cols, amb, &used, &ell)
                          : cells_fit(s, n, cols, amb, &used, NULL);
    int drawn = put_units(w, y, x, s, fit, r);
    if (ell) {
        wattrset(w, term_attr(r));
        waddstr(w, CELLS_ELLIPSIS);
        wattrset(w, 0);
        drawn += ell;
    }
    sbuf_free(&mapped);
    return drawn;
}

int draw_text(WINDOW *w, int y, int x, const char *s, size_t n, int cols,
              role r, int ellipsis)
{
    return draw_text_script(w, y, x, s, n, cols, r, ellipsis,
                            SCRIPT_ORIGINAL);
}

int draw_str(WINDOW *w, int y, int x, const char *s, int cols, role r)
{
    return draw_text(w, y, x, s, s ? strlen(s) : 0, cols, r, 0);
}

void draw_fill(WINDOW *w, int y, int x, int cols, role r)
{
    if (cols <= 0)
        return;
    wattrset(w, term_attr(r));
    mvwhline(w, y, x, ' ', cols);
    wattrset(w, 0);
}

int draw_width(const char *s, size_t n)
{
    return cells_width(s, n, term_ambiwide());
}

void draw_grid_row(WINDOW *w, int y, int x, int right,
                   const char *const *cells, size_t ncells, const int *widths,
                   size_t ncols, int rule, int header, int script)
{
    chtype border = (chtype)term_attr(ROLE_TABLE);
    for (size_t c = 0; c < ncols && x < right; c++) {
        mvwaddch(w, y, x++, ACS_VLINE | border);
        int room = widths[c] < right - x ? widths[c] : right - x;
        if (rule) {
            wattrset(w, (int)border);
            mvwhline(w, y, x, ACS_HLINE, room);
            wattrset(w, 0);
        } else if (c < ncells) {
            const char *s = cells[c];
            draw_text_script(w, y, x, s, strlen(s), room,
                             header ? ROLE_TABLE : ROLE_NORMAL, 1, script);
        }
        x += widths[c];
    }
    if (x < right)
        mvwaddch(w, y, x, ACS_VLINE | border);
}

const char *draw_eighth(double share)
{
    static const char *const eighths[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    int e = (int)lround(7 * share);
    return eighths[e < 0 ? 0 : e > 7 ? 7 : e];
}
