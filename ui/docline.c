/* docline.c — drawing a display line with its highlights (see
 * docline.h). */
#include "docline.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "draw.h"

static int by_start(const void *a, const void *b)
{
    const highlight *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

void docline_marks_set(docline_marks *m, const highlight *hl, size_t n)
{
    free(m->hl);
    m->hl = n ? xmalloc(n * sizeof *m->hl) : NULL;
    if (n)
        memcpy(m->hl, hl, n * sizeof *m->hl);
    m->n = n;
    if (n > 1)
        qsort(m->hl, n, sizeof *m->hl, by_start); /* ties keep no order */
    m->longest = 0;
    for (size_t i = 0; i < n; i++)
        if (m->hl[i].end - m->hl[i].start > m->longest)
            m->longest = m->hl[i].end - m->hl[i].start;
}

void docline_marks_free(docline_marks *m)
{
    free(m->hl);
    memset(m, 0, sizeof *m);
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

/* The first highlight of m that may reach into [a, ...): ends after a. */
static size_t first_highlight(const docline_marks *m, size_t a)
{
    size_t lo = 0, hi = m->n, from = a > m->longest ? a - m->longest : 0;
    while (lo < hi) { /* the first that starts at or after from */
        size_t mid = (lo + hi) / 2;
        if (m->hl[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < m->n && m->hl[lo].end <= a)
        lo++;
    return lo;
}

/* Text s[a, b) at row y from column x up to column right, the highlights
 * over it drawn in their roles (a later one over an earlier one). */
static void draw_highlighted(WINDOW *w, const docline_marks *m, const char *s,
                             size_t a, size_t b, int y, int x, int right, role ro,
                             int script)
{
    static const docline_marks none = {0};
    if (!m)
        m = &none;
    size_t k = first_highlight(m, a), at = a;
    while (at < b && x < right) {
        size_t next = b;
        role look = ro;
        for (size_t i = k; i < m->n && m->hl[i].start < b; i++) {
            const highlight *h = &m->hl[i];
            if (h->end <= at)
                continue;
            if (h->start <= at) {
                look = highlight_look(h->role);
                next = h->end < next ? h->end : next;
            } else if (h->start < next) {
                next = h->start;
            }
        }
        x += draw_text_script(w, y, x, s + at, next - at, right - x, look, 0, script);
        at = next;
    }
}

void docline_draw(WINDOW *w, int y, int x, int width, const reader_layout *l,
                  const display_line *dl, const docline_marks *m, int script)
{
    const doc *d = l->d;
    if (dl->kind == LINE_BLANK)
        return;
    if (dl->kind == LINE_TABLE_ROW || dl->kind == LINE_TABLE_RULE) {
        const table *t = &d->tables[dl->table];
        const table_row *row = &t->rows[dl->row];
        size_t ncols = l->colw_of[dl->table + 1] - l->colw_of[dl->table];
        draw_grid_row(w, y, x + dl->indent, x + width, row->cells, row->ncells,
                      l->colw + l->colw_of[dl->table], ncols,
                      dl->kind == LINE_TABLE_RULE, row->header, script);
        return;
    }
    role ro = dl->kind == LINE_HEADING   ? heading_role(dl->level)
              : dl->kind == LINE_CAPTION ? ROLE_DIM
                                         : ROLE_NORMAL;
    draw_highlighted(w, m, d->clean.bytes, dl->start, dl->end, y, x + dl->indent,
                     x + width, ro, script);
}
