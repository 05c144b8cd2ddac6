/* layout.h — layouts as data: which views share the screen and in what
 * proportions. A layout is a small tree of splits (side by side or
 * stacked, the first part's share of the width or height clamped to a
 * range of cells) whose leaves are views; layout_place turns it into
 * rectangles for a screen size. Neighbouring boxes share their border
 * lines; layout_joins says which way the borders run at a point, for the
 * corners and junctions. No curses. */
#ifndef BAOGAO_LAYOUT_H
#define BAOGAO_LAYOUT_H

#include <stddef.h>

/* X(ID, nodes, boxed, tab_back, "name") — nodes names the tree in
 * layout.c:
 *   HOME  Reports over Outline on the left, the Reader on the right;
 *   FULL  the view that asked, over the whole screen, in a box (the reader
 *         zoomed; a table);
 *   BARE  the view that asked, over the whole screen without a box, the
 *         status line its own (the search view).
 * boxed: the views have borders and titles; tab_back: Tab goes back to the
 * layout before (a single view has no other pane to go to). */
#define LAYOUT_LIST(X)                                                       \
    X(HOME, home, 1, 0, "home")                                              \
    X(FULL, self_only, 1, 1, "full")                                         \
    X(BARE, self_only, 0, 0, "bare")

typedef enum layout_id {
#define LAYOUT_ENUM(id, nodes, boxed, tab_back, name) LAYOUT_##id,
    LAYOUT_LIST(LAYOUT_ENUM)
#undef LAYOUT_ENUM
    LAYOUT_COUNT
} layout_id;

/* A node of a layout tree: a leaf (a view, or LAYOUT_SELF: the view that
 * asked for the layout) or a split of its rectangle in two. */
enum { LAYOUT_LEAF, LAYOUT_SIDE, LAYOUT_STACK };
enum { LAYOUT_SELF = -1 };

typedef struct layout_node {
    int kind;        /* LAYOUT_LEAF, _SIDE (left | right), _STACK (top / bottom) */
    int view;        /* leaf: a view id, or LAYOUT_SELF */
    int num, den;    /* split: the first part gets num/den of the cells … */
    int min, max;    /* … clamped to [min, max] (max 0: no upper bound) */
    int first, second; /* split: child nodes (indices in the same array) */
} layout_node;

typedef struct layout_def {
    const char *name;
    const layout_node *nodes; /* nodes[0] is the root */
    size_t nnodes;
    int boxed, tab_back;
} layout_def;

/* The definition of layout id (0 ≤ id < LAYOUT_COUNT). */
const layout_def *layout_get(int id);

/* A view's place: its box (the border included when boxed) in screen
 * cells. */
typedef struct layout_rect {
    int view;
    int y, x, h, w;
} layout_rect;

enum { LAYOUT_MAX_RECTS = 8 };

/* Places layout l on rows [0, rows) and columns [0, cols) (the caller
 * keeps the status line out of rows), LAYOUT_SELF leaves becoming view
 * self, into out[0..LAYOUT_MAX_RECTS) in tree order (left/top first).
 * Boxes split side by side share their border column, stacked ones their
 * border row. Returns the number of rectangles. */
size_t layout_place(const layout_def *l, int self, int rows, int cols,
                    layout_rect *out);

/* Which way border lines run from point (y, x) among boxes r[0..n):
 * LAYOUT_UP | _DOWN | _LEFT | _RIGHT. */
enum { LAYOUT_UP = 1, LAYOUT_DOWN = 2, LAYOUT_LEFT = 4, LAYOUT_RIGHT = 8 };
int layout_joins(const layout_rect *r, size_t n, int y, int x);

/* The inside of a box: without its border when boxed (at least 1×1). */
void layout_inside(const layout_rect *r, int boxed, int *y, int *x, int *h,
                   int *w);

#endif
