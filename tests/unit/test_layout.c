/* test_layout.c — unit tests of the layouts (ui/layout.c): placement of
 * each layout at several screen sizes (shares clamped, shared borders,
 * the view that asked in place of LAYOUT_SELF), the junctions where boxes
 * meet, and layouts the views to come need (one table over the whole
 * screen, two readers side by side, a three-way split) built from the
 * same nodes. */
#include "check.h"
#include "layout.h"
#include "views.h"

static void check_rect(const layout_rect *r, int view, int y, int x, int h,
                       int w)
{
    CHECK_INT(r->view, view);
    CHECK_INT(r->y, y);
    CHECK_INT(r->x, x);
    CHECK_INT(r->h, h);
    CHECK_INT(r->w, w);
}

/* Home at 80×24 (23 rows above the status line): 24 columns on the left
 * (3/10 of 80), Reports 7 rows (23/3), boxes sharing their borders. */
static void test_home(void)
{
    layout_rect r[LAYOUT_MAX_RECTS];
    const layout_def *home = layout_get(LAYOUT_HOME);
    CHECK(home->boxed && !home->tab_back);
    CHECK_INT(layout_place(home, -1, 23, 80, r), 3);
    check_rect(&r[0], VIEW_DOCS, 0, 0, 7, 24);
    check_rect(&r[1], VIEW_OUTLINE, 6, 0, 17, 24);
    check_rect(&r[2], VIEW_READER, 0, 23, 23, 57);
    /* The corners: ┌ ┬ ┐ at the top, ├ ┤ in the middle, └ ┴ ┘ below. */
    CHECK_INT(layout_joins(r, 3, 0, 0), LAYOUT_DOWN | LAYOUT_RIGHT);
    CHECK_INT(layout_joins(r, 3, 0, 23), LAYOUT_DOWN | LAYOUT_LEFT | LAYOUT_RIGHT);
    CHECK_INT(layout_joins(r, 3, 0, 79), LAYOUT_DOWN | LAYOUT_LEFT);
    CHECK_INT(layout_joins(r, 3, 6, 0), LAYOUT_UP | LAYOUT_DOWN | LAYOUT_RIGHT);
    CHECK_INT(layout_joins(r, 3, 6, 23), LAYOUT_UP | LAYOUT_DOWN | LAYOUT_LEFT);
    CHECK_INT(layout_joins(r, 3, 22, 23), LAYOUT_UP | LAYOUT_LEFT | LAYOUT_RIGHT);
    CHECK_INT(layout_joins(r, 3, 22, 79), LAYOUT_UP | LAYOUT_LEFT);
    CHECK_INT(layout_joins(r, 3, 10, 40), 0); /* inside the reader */
    CHECK_INT(layout_joins(r, 3, 10, 23), LAYOUT_UP | LAYOUT_DOWN);
    int y, x, h, w;
    layout_inside(&r[2], 1, &y, &x, &h, &w);
    CHECK(y == 1 && x == 24 && h == 21 && w == 55);
}

/* The shares are clamped: 40 columns at most on the left, 24 at least;
 * Reports 5 rows at least. */
static void test_clamps(void)
{
    layout_rect r[LAYOUT_MAX_RECTS];
    const layout_def *home = layout_get(LAYOUT_HOME);
    layout_place(home, -1, 59, 200, r);
    check_rect(&r[0], VIEW_DOCS, 0, 0, 19, 40);
    check_rect(&r[2], VIEW_READER, 0, 39, 59, 161);
    layout_place(home, -1, 14, 60, r);
    check_rect(&r[0], VIEW_DOCS, 0, 0, 5, 24);
    check_rect(&r[1], VIEW_OUTLINE, 4, 0, 10, 24);
}

static void test_single(void)
{
    layout_rect r[LAYOUT_MAX_RECTS];
    const layout_def *full = layout_get(LAYOUT_FULL), *bare = layout_get(LAYOUT_BARE);
    CHECK(full->boxed && full->tab_back);
    CHECK(!bare->boxed);
    CHECK_INT(layout_place(full, VIEW_READER, 23, 80, r), 1);
    check_rect(&r[0], VIEW_READER, 0, 0, 23, 80);
    CHECK_INT(layout_joins(r, 1, 22, 0), LAYOUT_UP | LAYOUT_RIGHT);
    CHECK_INT(layout_place(bare, VIEW_RESULTS, 23, 80, r), 1);
    check_rect(&r[0], VIEW_RESULTS, 0, 0, 23, 80);
    int y, x, h, w;
    layout_inside(&r[0], 0, &y, &x, &h, &w);
    CHECK(y == 0 && x == 0 && h == 23 && w == 80); /* no border */
    CHECK(layout_get(-1) == layout_get(LAYOUT_HOME));
    CHECK(layout_get(LAYOUT_COUNT) == layout_get(LAYOUT_HOME));
}

/* Layouts of views not written yet, from the same nodes: two readers side
 * by side (half each), a table over a reader, three columns. */
static void test_room_for_more(void)
{
    static const layout_node two[] = {
        {.kind = LAYOUT_SIDE, .num = 1, .den = 2, .first = 1, .second = 2},
        {.kind = LAYOUT_LEAF, .view = 5},
        {.kind = LAYOUT_LEAF, .view = 6},
    };
    layout_def side = {"two", two, 3, 1, 0};
    layout_rect r[LAYOUT_MAX_RECTS];
    CHECK_INT(layout_place(&side, -1, 23, 81, r), 2);
    check_rect(&r[0], 5, 0, 0, 23, 40);
    check_rect(&r[1], 6, 0, 39, 23, 42);
    CHECK_INT(layout_joins(r, 2, 0, 39), LAYOUT_DOWN | LAYOUT_LEFT | LAYOUT_RIGHT);
    static const layout_node three[] = {
        {.kind = LAYOUT_SIDE, .num = 1, .den = 3, .first = 1, .second = 2},
        {.kind = LAYOUT_LEAF, .view = 1},
        {.kind = LAYOUT_SIDE, .num = 1, .den = 2, .first = 3, .second = 4},
        {.kind = LAYOUT_LEAF, .view = 2},
        {.kind = LAYOUT_STACK, .num = 2, .den = 3, .min = 3, .first = 5, .second = 6},
        {.kind = LAYOUT_LEAF, .view = LAYOUT_SELF},
        {.kind = LAYOUT_LEAF, .view = 3},
    };
    layout_def tri = {"three", three, 7, 1, 0};
    CHECK_INT(layout_place(&tri, 9, 30, 90, r), 4);
    check_rect(&r[0], 1, 0, 0, 30, 30);
    check_rect(&r[1], 2, 0, 29, 30, 30);
    check_rect(&r[2], 9, 0, 58, 20, 32);
    check_rect(&r[3], 3, 19, 58, 11, 32);
    CHECK_INT(layout_joins(r, 4, 19, 58), LAYOUT_UP | LAYOUT_DOWN | LAYOUT_RIGHT); /* ├ */
    /* Without boxes, neighbours do not overlap. */
    layout_def flat = {"flat", two, 3, 0, 0};
    layout_place(&flat, -1, 10, 80, r);
    check_rect(&r[0], 5, 0, 0, 10, 40);
    check_rect(&r[1], 6, 0, 40, 10, 40);
    /* A node index out of range places nothing, never reads past. */
    static const layout_node broken[] = {
        {.kind = LAYOUT_SIDE, .num = 1, .den = 2, .first = 1, .second = 7},
        {.kind = LAYOUT_LEAF, .view = 1},
    };
    layout_def bad = {"bad", broken, 2, 1, 0};
    CHECK_INT(layout_place(&bad, -1, 10, 80, r), 1);
}

int main(void)
{
    test_home();
    test_clamps();
    test_single();
    test_room_for_more();
    return check_done();
}
