/* layout.c — the layouts (data) and their placement on a screen (see
 * layout.h). */
#include "layout.h"

#include "views.h"

/* Reports (a third of the height, 5 rows at least) over Outline, on the
 * left (3/10 of the width, 24 to 40 cells); the Reader on the right. */
static const layout_node home[] = {
    {.kind = LAYOUT_SIDE, .num = 3, .den = 10, .min = 24, .max = 40,
     .first = 1, .second = 4},
    {.kind = LAYOUT_STACK, .num = 1, .den = 3, .min = 5, .max = 0,
     .first = 2, .second = 3},
    {.kind = LAYOUT_LEAF, .view = VIEW_DOCS},
    {.kind = LAYOUT_LEAF, .view = VIEW_OUTLINE},
    {.kind = LAYOUT_LEAF, .view = VIEW_READER},
};

static const layout_node self_only[] = {
    {.kind = LAYOUT_LEAF, .view = LAYOUT_SELF},
};

static const layout_def defs[LAYOUT_COUNT] = {
#define LAYOUT_DEF(id, nodes, boxed, tab_back, name)                          \
    [LAYOUT_##id] = {name, nodes, sizeof nodes / sizeof nodes[0], boxed,     \
                     tab_back},
    LAYOUT_LIST(LAYOUT_DEF)
#undef LAYOUT_DEF
};

const layout_def *layout_get(int id)
{
    return &defs[id >= 0 && id < LAYOUT_COUNT ? id : LAYOUT_HOME];
}

/* The first part of a split of n cells. */
static int first_part(const layout_node *s, int n)
{
    int a = n * s->num / (s->den ? s->den : 1);
    if (s->max && a > s->max)
        a = s->max;
    if (a < s->min)
        a = s->min;
    return a;
}

typedef struct placing {
    const layout_def *l;
    int self;
    layout_rect *out;
    size_t n;
} placing;

static void place_node(placing *p, size_t i, int y, int x, int h, int w)
{
    if (i >= p->l->nnodes || p->n >= LAYOUT_MAX_RECTS)
        return;
    const layout_node *s = &p->l->nodes[i];
    if (s->kind == LAYOUT_LEAF) {
        int v = s->view == LAYOUT_SELF ? p->self : s->view;
        p->out[p->n++] = (layout_rect){v, y, x, h, w};
        return;
    }
    /* Boxed neighbours share the border between them: the second part
     * starts on the first's last column (row). */
    int share = p->l->boxed ? 1 : 0;
    if (s->kind == LAYOUT_SIDE) {
        int a = first_part(s, w);
        place_node(p, (size_t)s->first, y, x, h, a);
        place_node(p, (size_t)s->second, y, x + a - share, h, w - a + share);
    } else {
        int a = first_part(s, h);
        place_node(p, (size_t)s->first, y, x, a, w);
        place_node(p, (size_t)s->second, y + a - share, x, h - a + share, w);
    }
}

size_t layout_place(const layout_def *l, int self, int rows, int cols,
                    layout_rect *out)
{
    placing p = {l, self, out, 0};
    place_node(&p, 0, 0, 0, rows, cols);
    return p.n;
}

int layout_joins(const layout_rect *r, size_t n, int y, int x)
{
    int m = 0;
    for (size_t i = 0; i < n; i++) {
        int y0 = r[i].y, x0 = r[i].x;
        int y1 = y0 + r[i].h - 1, x1 = x0 + r[i].w - 1;
        if ((y == y0 || y == y1) && x >= x0 && x <= x1)
            m |= (x > x0 ? LAYOUT_LEFT : 0) | (x < x1 ? LAYOUT_RIGHT : 0);
        if ((x == x0 || x == x1) && y >= y0 && y <= y1)
            m |= (y > y0 ? LAYOUT_UP : 0) | (y < y1 ? LAYOUT_DOWN : 0);
    }
    return m;
}

void layout_inside(const layout_rect *r, int boxed, int *y, int *x, int *h,
                   int *w)
{
    int b = boxed ? 1 : 0;
    *y = r->y + b;
    *x = r->x + b;
    *h = r->h - 2 * b > 0 ? r->h - 2 * b : 1;
    *w = r->w - 2 * b > 0 ? r->w - 2 * b : 1;
}
