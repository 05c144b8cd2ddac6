/* list.h — the one list widget: rows described by a view (cells of text
 * spans with roles), columns with widths in cells (cut with … by cells,
 * never by bytes), a cursor and scrolling, clicks, an incremental filter
 * and sort by column. Rows may be headings of a group (not selectable;
 * the heading of the top row's group stays at the top). Reports, Outline
 * and the search results use it. */
#ifndef BAOGAO_LIST_H
#define BAOGAO_LIST_H

#include <stddef.h>
#include <stdint.h>

#include <ncursesw/curses.h>

#include "keys.h"
#include "list_order.h"
#include "term.h"

/* A piece of a cell's text: s[0..n) with role r, in display script
 * `script` (script.h; SCRIPT_ORIGINAL for text that is not a report's). */
typedef struct list_span {
    const char *s;
    size_t n;
    role r;
    int script;
} list_span;

enum { LIST_MAX_SPANS = 4, LIST_MAX_COLS = 8 };

typedef struct list_cell {
    list_span span[LIST_MAX_SPANS];
    int nspans;
} list_cell;

/* A column's width: cells (the next column starts after them, so such
 * columns line up from row to row), or LIST_FIT (each row's text, as much
 * as is left) or LIST_FLEX (what the other columns leave; one column at
 * most); after a FIT or FLEX column the next one starts where its text
 * ends. When the flexible column would get no cell, the LIST_FIT columns
 * after it give theirs up. */
enum { LIST_FIT = -1, LIST_FLEX = -2 };

typedef struct list_column {
    int width;
    int ellipsis; /* cut with … when it does not fit */
    int gap;      /* of its cells, the last ones left blank (the space
                     between columns: a cut text never runs into the next) */
} list_column;

/* One row as the view describes it. */
typedef struct list_row {
    int indent;     /* blank cells before the first column (half the
                       width at most) */
    int whole;      /* cell 0 takes the whole row (a group's heading) */
    role fill;      /* the row's blanks */
    list_cell cell[LIST_MAX_COLS];
} list_row;

/* Sets span k of cell c of row r (k = the cell's next span). */
void list_add(list_row *r, int c, const char *s, size_t n, role ro,
              int script);

/* One step of giving cells up: column col down to min cells (0: it may
 * go). */
typedef struct list_give {
    int col, min;
} list_give;

/* Widths of n columns that want want[c] cells in room cells: when they do
 * not all fit, the steps of order[0..norder) give cells up in turn (a
 * column may come more than once, down to a smaller min each time), each
 * as much as is still too much, until they fit; the rest keep what they
 * want. out[c] gets the widths; their sum is at most room unless the
 * steps cannot give enough. */
void list_fit(const int *want, const list_give *order, int norder, int n,
              int room, int *out);

/* Where the rows come from. Row indices are the source's (0..count). */
typedef struct list_source {
    void *ctx;
    const list_column *cols;
    int ncols;
    size_t (*count)(void *ctx);
    /* Describes row i, drawn with base role `base` (the cursor's role on
     * the selected row, else ROLE_NORMAL); r is zeroed. */
    void (*row)(void *ctx, size_t i, role base, list_row *r);
    /* Optional: whether row i is a heading (not selectable). */
    int (*heading)(void *ctx, size_t i);
    /* Optional: row a before row b by column col (<0, 0, >0). */
    int (*compare)(void *ctx, size_t a, size_t b, int col);
    /* Optional, in place of compare: row i's place by column col as a
     * number (rows sorted by it; LIST_KEY_NONE, for no value, sorts
     * last either way). The sort then calls nothing but this, once per
     * row and column until the next list_refresh. */
    uint64_t (*key)(void *ctx, size_t i, int col);
    /* Optional: whether row i passes filter text f (not empty). */
    int (*match)(void *ctx, size_t i, const char *f);
    /* Optional: a header row (the columns' titles) drawn on the first row
     * of the window, in the columns' widths, the rows below it; r is
     * zeroed. */
    void (*header)(void *ctx, list_row *r);
} list_source;

/* The widget's state: which source rows are shown, in what order, and
 * the cursor. Zero is an empty list. */
typedef struct list {
    size_t *order;      /* shown rows (source indices) */
    size_t n, cap;
    size_t *all;        /* every source row in the sort's order, which the
                           filter picks from (a new filter sorts nothing) */
    size_t nall, allcap;
    int all_stale;      /* sorted by compare while filtered: all is in
                           the order before (the filter, widened, sorts it) */
    list_order by[LIST_MAX_COLS]; /* by key: each column's order, made the
                           first time it is sorted by and kept until the
                           next list_refresh */
    int sel, top;       /* positions in order */
    int sort;           /* 1 + the column sorted by; 0: source order */
    int sort_desc;
    char filter[128];
} list;

/* Takes the source's rows again (after they changed): keeps the cursor on
 * the same source row when it is still shown, else on the nearest
 * selectable one. The columns' orders kept (by key) are made again. */
void list_refresh(list *l, const list_source *s);

/* Filters by f ("" for none; needs s->match): the rows of the last
 * refresh or sort in their order (the source must not have changed since;
 * when its count has, it refreshes). */
void list_set_filter(list *l, const list_source *s, const char *f);

/* list_set_filter for a filter f that lets through only rows the one
 * before let through (the caller knows: a term typed further): it looks
 * at the rows shown only. */
void list_narrow(list *l, const list_source *s, const char *f);

/* Sorts by column col (-1: source order; needs s->key or s->compare),
 * descending when desc (ties in source order); the rows shown stay the
 * same (the filter's). By key, a column's order is made once (a radix
 * sort, list_order.h) and kept: sorting by it again, either way, is a
 * copy; so the source must not have changed since the last list_refresh
 * (a count that changed is seen: it refreshes). By compare, under a
 * filter only the rows shown are sorted now, the others once a filter
 * shows them. */
void list_sort(list *l, const list_source *s, int col, int desc);

/* Moves the cursor by a movement action (line, page, half page, top,
 * bottom; a page is `page` rows) to a selectable row. Returns 1 when
 * act is such an action, 0 otherwise (nothing changes). */
int list_move(list *l, const list_source *s, int page, int act);

/* The source row under the cursor, or (size_t)-1 when the list is empty. */
size_t list_selected(const list *l);

/* Puts the cursor on source row i (when shown) and returns 1; else 0. */
int list_select(list *l, size_t i);

/* The source row drawn at row y of a window h rows high (as list_draw
 * draws it), or (size_t)-1. */
size_t list_row_at(list *l, const list_source *s, int y, int h);

/* Draws the list into w, rows 0..h-1, cols 0..width-1, scrolled so the
 * cursor shows; the cursor row in ROLE_SELECTED when focused, else
 * ROLE_SELECTED_DIM; rows past the end blank. */
void list_draw(list *l, const list_source *s, WINDOW *w, int h, int width,
               int focused);

void list_free(list *l);

#endif
