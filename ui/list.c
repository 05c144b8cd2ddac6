/* list.c — the list widget (see list.h): the shown rows and the cursor,
 * then drawing a row from its description through draw.c. */
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "draw.h"

void list_add(list_row *r, int c, const char *s, size_t n, role ro,
              int script)
{
    if (c < 0 || c >= LIST_MAX_COLS)
        return;
    list_cell *cell = &r->cell[c];
    if (cell->nspans < LIST_MAX_SPANS)
        cell->span[cell->nspans++] = (list_span){s, n, ro, script};
}

static int is_heading(const list_source *s, size_t row)
{
    return s->heading && s->heading(s->ctx, row);
}

/* ---- which rows, in what order ---------------------------------------- */

typedef struct sort_ctx {
    const list_source *s;
    int col, desc;
} sort_ctx;

static int by_column(const void *a, const void *b, void *p)
{
    const sort_ctx *c = p;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int r = c->s->compare(c->s->ctx, x, y, c->col);
    if (c->desc)
        r = -r;
    return r ? r : (x > y) - (x < y); /* stable: source order breaks ties */
}

/* The nearest selectable position to i, looking in direction dir first;
 * i itself when nothing is selectable. */
static int nearest(const list *l, const list_source *s, int i, int dir)
{
    for (int pass = 0; pass < 2; pass++, dir = -dir)
        for (int k = i; k >= 0 && (size_t)k < l->n; k += dir)
            if (!is_heading(s, l->order[k]))
                return k;
    return i;
}

/* v with room for n rows (*cap updated). */
static size_t *room_for(size_t *v, size_t *cap, size_t n)
{
    if (n <= *cap)
        return v;
    *cap = n;
    return xrealloc(v, n * sizeof *v);
}

/* The cursor after the shown rows changed: on source row keep when it is
 * still shown, else near its place, on a selectable row. */
static void place_cursor(list *l, const list_source *s, size_t keep)
{
    if (keep == (size_t)-1 || !list_select(l, keep)) {
        if (l->sel >= (int)l->n)
            l->sel = l->n ? (int)l->n - 1 : 0;
        if (l->sel < 0)
            l->sel = 0;
    }
    l->sel = nearest(l, s, l->sel, 1);
}

/* The shown rows: those of from[0..n) that pass the filter, in that order
 * (from may be l->order itself: it is filtered in place). */
static void pick(list *l, const list_source *s, const size_t *from, size_t n,
                 size_t keep)
{
    l->order = room_for(l->order, &l->cap, l->nall);
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        size_t i = from[k];
        if (!l->filter[0] || !s->match || s->match(s->ctx, i, l->filter))
            l->order[m++] = i;
    }
    l->n = m;
    place_cursor(l, s, keep);
}

/* rows[0..n) (in source order) in the sort's order by s->compare. */
static void sort_rows(list *l, const list_source *s, size_t *rows, size_t n)
{
    if (l->sort > 0 && s->compare && n > 1) {
        sort_ctx c = {s, l->sort - 1, l->sort_desc};
        qsort_r(rows, n, sizeof *rows, by_column, &c);
    }
}

/* Every row into out in the order of column l->sort - 1's keys: the
 * column's order kept since the last refresh, made when there is none. */
static void key_order(list *l, const list_source *s, size_t *out)
{
    int col = l->sort - 1;
    list_order once = {0}, *o = col < LIST_MAX_COLS ? &l->by[col] : &once;
    if (!o->asc)
        list_order_build(o, l->nall, s->key, s->ctx, col);
    list_order_get(o, l->sort_desc, out);
    list_order_free(&once);
}

/* l->all in the sort's order. */
static void sort_all(list *l, const list_source *s)
{
    if (l->sort > 0 && s->key) {
        key_order(l, s, l->all);
    } else {
        for (size_t k = 0; k < l->nall; k++)
            l->all[k] = k;
        sort_rows(l, s, l->all, l->nall);
    }
    l->all_stale = 0;
}

/* The columns' orders forgotten (the rows changed). */
static void forget_orders(list *l)
{
    for (int c = 0; c < LIST_MAX_COLS; c++)
        list_order_free(&l->by[c]);
}

/* The rows shown in source order again (a sort of them alone starts
 * from there, as the whole sort does: ties keep source order). */
static int by_row(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

void list_refresh(list *l, const list_source *s)
{
    size_t keep = list_selected(l);
    forget_orders(l);
    l->nall = s->count(s->ctx);
    l->all = room_for(l->all, &l->allcap, l->nall);
    sort_all(l, s);
    pick(l, s, l->all, l->nall, keep);
}

/* Sets the filter text to f, cut to its room. */
static void set_text(list *l, const char *f)
{
    size_t n = strlen(f);
    if (n >= sizeof l->filter)
        n = sizeof l->filter - 1;
    memcpy(l->filter, f, n);
    l->filter[n] = '\0';
}

void list_set_filter(list *l, const list_source *s, const char *f)
{
    set_text(l, f);
    if (l->nall != s->count(s->ctx)) {
        list_refresh(l, s);
        return;
    }
    if (l->all_stale) /* sorted while filtered: the rest too, now */
        sort_all(l, s);
    pick(l, s, l->all, l->nall, list_selected(l));
}

void list_narrow(list *l, const list_source *s, const char *f)
{
    if (l->nall != s->count(s->ctx)) {
        list_set_filter(l, s, f);
        return;
    }
    set_text(l, f);
    pick(l, s, l->order, l->n, list_selected(l));
}

/* Filtered, by keys: the rows shown, in the new order of every row. */
static void sort_shown(list *l, const list_source *s, size_t keep)
{
    unsigned char *shown = xcalloc(l->nall / 8 + 1, 1);
    for (size_t k = 0; k < l->n; k++)
        shown[l->order[k] / 8] |= (unsigned char)(1u << (l->order[k] % 8));
    sort_all(l, s);
    size_t m = 0;
    for (size_t k = 0; k < l->nall; k++)
        if (shown[l->all[k] / 8] >> (l->all[k] % 8) & 1)
            l->order[m++] = l->all[k];
    l->n = m;
    free(shown);
    place_cursor(l, s, keep);
}

void list_sort(list *l, const list_source *s, int col, int desc)
{
    l->sort = col >= 0 ? col + 1 : 0;
    l->sort_desc = desc;
    if (l->nall != s->count(s->ctx)) {
        list_refresh(l, s);
        return;
    }
    size_t keep = list_selected(l);
    if (!l->filter[0]) {
        sort_all(l, s);
        pick(l, s, l->all, l->nall, keep);
        return;
    }
    if (s->key) {
        sort_shown(l, s, keep);
        return;
    }
    /* Filtered, by compare: the rows shown are sorted, the others when
     * the filter lets them through again. */
    qsort(l->order, l->n, sizeof *l->order, by_row);
    sort_rows(l, s, l->order, l->n);
    l->all_stale = 1;
    place_cursor(l, s, keep);
}

void list_fit(const int *want, const list_give *order, int norder, int n,
              int room, int *out)
{
    int total = 0;
    for (int c = 0; c < n; c++)
        total += out[c] = want[c];
    for (int k = 0; k < norder && total > room; k++) {
        int c = order[k].col;
        if (c < 0 || c >= n)
            continue;
        int give = out[c] - order[k].min;
        if (give > total - room)
            give = total - room;
        if (give > 0) {
            out[c] -= give;
            total -= give;
        }
    }
}

size_t list_selected(const list *l)
{
    return l->sel >= 0 && (size_t)l->sel < l->n ? l->order[l->sel] : (size_t)-1;
}

int list_select(list *l, size_t i)
{
    for (size_t k = 0; k < l->n; k++)
        if (l->order[k] == i) {
            l->sel = (int)k;
            return 1;
        }
    return 0;
}

int list_move(list *l, const list_source *s, int page, int act)
{
    page = page > 1 ? page - 1 : 1;
    int v = l->sel, dir = 1;
    switch (act) {
    case ACT_DOWN: v++; break;
    case ACT_UP: v--; dir = -1; break;
    case ACT_PAGE_DOWN: v += page; break;
    case ACT_PAGE_UP: v -= page; dir = -1; break;
    case ACT_HALF_DOWN: v += page / 2; break;
    case ACT_HALF_UP: v -= page / 2; dir = -1; break;
    case ACT_TOP: v = 0; break;
    case ACT_BOTTOM: v = (int)l->n - 1; dir = -1; break;
    default: return 0;
    }
    if (!l->n)
        return 1;
    v = v >= (int)l->n ? (int)l->n - 1 : v < 0 ? 0 : v;
    v = nearest(l, s, v, dir);
    if (!is_heading(s, l->order[v]))
        l->sel = v;
    return 1;
}

/* ---- scrolling --------------------------------------------------------- */

/* The heading of the group position top is in, when top is not one
 * itself: it is drawn on the first row. -1 when there is none. */
static int sticky_of(const list *l, const list_source *s, int top)
{
    if (!s->heading || top <= 0 || (size_t)top >= l->n ||
        is_heading(s, l->order[top]))
        return -1;
    for (int k = top - 1; k >= 0; k--)
        if (is_heading(s, l->order[k]))
            return k;
    return -1;
}

/* Scrolls so that the cursor is on one of h rows. */
static void keep_visible(list *l, const list_source *s, int h)
{
    if (l->sel < l->top)
        l->top = l->sel;
    if (l->top > 0 && l->sel == l->top && is_heading(s, l->order[l->top - 1]))
        l->top--; /* the group's heading with its first row */
    while (l->top < l->sel &&
           l->sel >= l->top + h - (sticky_of(l, s, l->top) >= 0))
        l->top++;
    if (l->top < 0)
        l->top = 0;
}

static int header_rows(const list_source *s, int h);

size_t list_row_at(list *l, const list_source *s, int y, int h)
{
    int hr = header_rows(s, h);
    y -= hr;
    h -= hr;
    keep_visible(l, s, h);
    int sticky = sticky_of(l, s, l->top);
    int k = sticky >= 0 ? (y == 0 ? sticky : l->top + y - 1) : l->top + y;
    return y >= 0 && y < h && k >= 0 && (size_t)k < l->n ? l->order[k]
                                                          : (size_t)-1;
}

/* ---- drawing ----------------------------------------------------------- */

static int cell_width(const list_cell *c)
{
    int w = 0;
    for (int i = 0; i < c->nspans; i++)
        w += draw_width(c->span[i].s, c->span[i].n);
    return w;
}

/* Draws cell c from column x in at most cols cells; the last span ends in
 * … when it does not fit and ellipsis is set. Returns the cells drawn. */
static int draw_cell(WINDOW *w, int y, int x, const list_cell *c, int cols,
                     int ellipsis)
{
    int used = 0;
    for (int i = 0; i < c->nspans && used < cols; i++) {
        const list_span *sp = &c->span[i];
        used += draw_text_script(w, y, x + used, sp->s, sp->n, cols - used,
                                 sp->r, ellipsis && i == c->nspans - 1,
                                 sp->script);
    }
    return used;
}

/* The columns' widths for row r in `room` cells. */
static void widths(const list_source *s, const list_row *r, int room, int *cw)
{
    int fixed = 0, flex = -1;
    for (int c = 0; c < s->ncols; c++) {
        int want = s->cols[c].width;
        cw[c] = want >= 0 ? want : want == LIST_FIT ? cell_width(&r->cell[c]) : 0;
        if (want == LIST_FLEX)
            flex = c;
        else
            fixed += cw[c];
    }
    if (flex < 0)
        return;
    cw[flex] = room - fixed;
    for (int c = s->ncols - 1; c > flex && cw[flex] < 1; c--)
        if (s->cols[c].width == LIST_FIT) { /* no room: the flexible first */
            cw[flex] += cw[c];
            cw[c] = 0;
        }
}

/* Paints described row r at row y. */
static void paint_row(WINDOW *w, const list_source *s, const list_row *r,
                      int y, int width)
{
    draw_fill(w, y, 0, width, r->fill);
    int x = r->indent < width / 2 ? r->indent : width / 2;
    if (r->whole) {
        draw_cell(w, y, x, &r->cell[0], width - x,
                  s->ncols ? s->cols[0].ellipsis : 1);
        return;
    }
    int cw[LIST_MAX_COLS];
    widths(s, r, width - x, cw);
    for (int c = 0; c < s->ncols && x < width; c++) {
        int room = cw[c] < width - x ? cw[c] : width - x;
        int text = cw[c] - s->cols[c].gap < room ? cw[c] - s->cols[c].gap : room;
        if (room <= 0)
            continue;
        int used = text > 0 ? draw_cell(w, y, x, &r->cell[c], text,
                                        s->cols[c].ellipsis)
                            : 0;
        x += s->cols[c].width >= 0 ? room : used; /* text flows after FIT and
                                                    FLEX columns */
    }
}

static void draw_row(WINDOW *w, const list_source *s, size_t i, int y,
                     int width, role base)
{
    list_row r;
    memset(&r, 0, sizeof r);
    r.fill = base;
    s->row(s->ctx, i, base, &r);
    paint_row(w, s, &r, y, width);
}

/* The header's rows at the top of a window h rows high: 1 or 0. */
static int header_rows(const list_source *s, int h)
{
    return s->header && h > 1;
}

void list_draw(list *l, const list_source *s, WINDOW *w, int h, int width,
               int focused)
{
    int y = 0;
    if (header_rows(s, h)) {
        list_row r;
        memset(&r, 0, sizeof r);
        r.fill = ROLE_TABLE;
        s->header(s->ctx, &r);
        paint_row(w, s, &r, y++, width);
    }
    keep_visible(l, s, h - y);
    int sticky = sticky_of(l, s, l->top);
    if (sticky >= 0 && h - y > 1)
        draw_row(w, s, l->order[sticky], y++, width, ROLE_NORMAL);
    for (int k = l->top; y < h; y++, k++) {
        if (k < 0 || (size_t)k >= l->n) {
            draw_fill(w, y, 0, width, ROLE_NORMAL);
            continue;
        }
        role base = k == l->sel ? (focused ? ROLE_SELECTED : ROLE_SELECTED_DIM)
                                : ROLE_NORMAL;
        draw_row(w, s, l->order[k], y, width, base);
    }
}

void list_free(list *l)
{
    forget_orders(l);
    free(l->order);
    free(l->all);
    memset(l, 0, sizeof *l);
}
