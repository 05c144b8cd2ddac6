/* test_list.c — unit tests of the list widget's state (ui/list.c): the
 * cursor's moves over selectable rows (headings skipped), scrolling with
 * a group's heading kept at the top, the cursor kept on its row when the
 * rows change, the filter and the sort. Drawing is the screen tests'. */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "list.h"

/* A source of n rows; every row i with i % group == 0 is a heading (group
 * 0: none); row i's value for sorting is values[i]. */
typedef struct fake {
    size_t n;
    int group;
    const int *values;
} fake;

static size_t count(void *ctx) { return ((fake *)ctx)->n; }

static void row(void *ctx, size_t i, role base, list_row *r)
{
    (void)ctx; (void)i; (void)base; (void)r;
}

static int heading(void *ctx, size_t i)
{
    const fake *f = ctx;
    return f->group && i % (size_t)f->group == 0;
}

static int compare(void *ctx, size_t a, size_t b, int col)
{
    const fake *f = ctx;
    (void)col;
    return (f->values[a] > f->values[b]) - (f->values[a] < f->values[b]);
}

static int odd(void *ctx, size_t i, const char *f)
{
    (void)ctx;
    return f[0] == 'o' ? (int)(i % 2) : 1;
}

static const list_column cols[] = {{LIST_FLEX, 1, 0}};

static list_source source(fake *f)
{
    return (list_source){.ctx = f, .cols = cols, .ncols = 1, .count = count,
                         .row = row, .heading = f->group ? heading : NULL,
                         .compare = compare, .match = odd};
}

static void test_moves(void)
{
    fake f = {20, 0, NULL};
    list_source s = source(&f);
    list l = {0};
    list_refresh(&l, &s);
    CHECK_INT(l.n, 20);
    CHECK_INT(list_selected(&l), 0);
    CHECK(list_move(&l, &s, 10, ACT_DOWN));
    CHECK_INT(list_selected(&l), 1);
    list_move(&l, &s, 10, ACT_PAGE_DOWN); /* a page of 10 rows: 9 down */
    CHECK_INT(list_selected(&l), 10);
    list_move(&l, &s, 10, ACT_HALF_UP);   /* half of 9: 4 */
    CHECK_INT(list_selected(&l), 6);
    list_move(&l, &s, 10, ACT_BOTTOM);
    CHECK_INT(list_selected(&l), 19);
    CHECK(list_move(&l, &s, 10, ACT_DOWN)); /* at the end: handled, stays */
    CHECK_INT(list_selected(&l), 19);
    list_move(&l, &s, 10, ACT_TOP);
    CHECK_INT(list_selected(&l), 0);
    CHECK(list_move(&l, &s, 10, ACT_UP));
    CHECK_INT(list_selected(&l), 0);
    CHECK(!list_move(&l, &s, 10, ACT_OPEN)); /* not a move */
    /* Scrolling: 5 rows shown, the cursor on row 12 scrolls it to the
     * bottom; back up to row 3 scrolls it to the top. */
    list_select(&l, 12);
    CHECK_INT(list_row_at(&l, &s, 4, 5), 12);
    CHECK_INT(list_row_at(&l, &s, 0, 5), 8);
    list_select(&l, 3);
    CHECK_INT(list_row_at(&l, &s, 0, 5), 3);
    CHECK_INT(list_row_at(&l, &s, 5, 5), (size_t)-1); /* below the window */
    CHECK(!list_select(&l, 99));
    list_free(&l);
    list empty = {0};
    fake none = {0, 0, NULL};
    list_source es = source(&none);
    list_refresh(&empty, &es);
    CHECK_INT(list_selected(&empty), (size_t)-1);
    CHECK(list_move(&empty, &es, 10, ACT_DOWN));
    CHECK_INT(list_row_at(&empty, &es, 0, 5), (size_t)-1);
    list_free(&empty);
}

/* Rows 0, 4, 8 … are headings of groups of three rows. */
static void test_headings(void)
{
    fake f = {16, 4, NULL};
    list_source s = source(&f);
    list l = {0};
    list_refresh(&l, &s);
    CHECK_INT(list_selected(&l), 1); /* the first selectable row */
    list_move(&l, &s, 10, ACT_DOWN);
    list_move(&l, &s, 10, ACT_DOWN);
    CHECK_INT(list_selected(&l), 3);
    list_move(&l, &s, 10, ACT_DOWN); /* over the heading of row 4 */
    CHECK_INT(list_selected(&l), 5);
    list_move(&l, &s, 10, ACT_UP);
    CHECK_INT(list_selected(&l), 3);
    list_move(&l, &s, 10, ACT_TOP);
    CHECK_INT(list_selected(&l), 1);
    list_move(&l, &s, 10, ACT_BOTTOM);
    CHECK_INT(list_selected(&l), 15);
    /* 4 rows shown with row 15 selected: the heading of its group (12)
     * stays on the first row, then 13, 14, 15. */
    CHECK_INT(list_row_at(&l, &s, 0, 4), 12);
    CHECK_INT(list_row_at(&l, &s, 3, 4), 15);
    /* Up to row 10, 3 rows shown: it scrolls to the top, under the
     * sticky heading of its group (8). */
    list_select(&l, 10);
    CHECK_INT(list_row_at(&l, &s, 0, 3), 8);
    CHECK_INT(list_row_at(&l, &s, 1, 3), 10);
    CHECK_INT(list_row_at(&l, &s, 2, 3), 11);
    /* Up to the first row of a group: its heading comes with it. */
    list_select(&l, 5);
    CHECK_INT(list_row_at(&l, &s, 0, 3), 4);
    CHECK_INT(list_row_at(&l, &s, 1, 3), 5);
    /* Selecting a heading by hand lands on the next selectable row at the
     * next refresh. */
    list_select(&l, 8);
    list_refresh(&l, &s);
    CHECK_INT(list_selected(&l), 9);
    list_free(&l);
}

static void test_refresh_filter_sort(void)
{
    static const int values[] = {5, 3, 9, 1, 7, 3};
    fake f = {6, 0, values};
    list_source s = source(&f);
    list l = {0};
    list_refresh(&l, &s);
    list_select(&l, 4);
    f.n = 10; /* rows added: the cursor stays on row 4 */
    list_refresh(&l, &s);
    CHECK_INT(list_selected(&l), 4);
    f.n = 6;
    list_sort(&l, &s, 0, 0); /* 3 1 5 0 4 2 (the two 3s in source order) */
    CHECK_INT(l.order[0], 3);
    CHECK_INT(l.order[1], 1);
    CHECK_INT(l.order[2], 5);
    CHECK_INT(l.order[5], 2);
    CHECK_INT(list_selected(&l), 4); /* still on row 4, now 5th */
    CHECK_INT(l.sel, 4);
    list_sort(&l, &s, 0, 1); /* descending */
    CHECK_INT(l.order[0], 2);
    CHECK_INT(l.order[5], 3);
    list_sort(&l, &s, -1, 0); /* source order again */
    CHECK_INT(l.order[0], 0);
    list_set_filter(&l, &s, "odd");
    CHECK_INT(l.n, 3);
    CHECK_INT(l.order[0], 1);
    CHECK_INT(list_selected(&l), 5); /* row 4 filtered out: its place, in
                                        the rows left */
    list_set_filter(&l, &s, "");
    CHECK_INT(l.n, 6);
    char longf[300];
    memset(longf, 'o', sizeof longf - 1);
    longf[sizeof longf - 1] = '\0';
    list_set_filter(&l, &s, longf); /* cut to the filter's room */
    CHECK_INT(strlen(l.filter), sizeof l.filter - 1);
    list_free(&l);
}

/* A filter picks from the sorted rows: the order stays the sort's, and
 * compare is not called again. */
static int compares;

static int counting_compare(void *ctx, size_t a, size_t b, int col)
{
    compares++;
    return compare(ctx, a, b, col);
}

static void test_filter_keeps_sort(void)
{
    static const int values[] = {5, 3, 9, 1, 7, 3};
    fake f = {6, 0, values};
    list_source s = source(&f);
    s.compare = counting_compare;
    list l = {0};
    list_sort(&l, &s, 0, 1); /* 2 4 0 1 5 3 */
    compares = 0;
    list_set_filter(&l, &s, "odd"); /* the odd rows in that order: 1 5 3 */
    CHECK_INT(compares, 0);
    CHECK_INT(l.n, 3);
    CHECK_INT(l.order[0], 1);
    CHECK_INT(l.order[1], 5);
    CHECK_INT(l.order[2], 3);
    list_set_filter(&l, &s, "");
    CHECK_INT(l.n, 6);
    CHECK_INT(l.order[0], 2);
    /* Sorted under a filter: the rows shown at once (1 3 5 by value: 3 1
     * 5), the rest once the filter lets them through. */
    list_sort(&l, &s, -1, 0);
    list_set_filter(&l, &s, "odd");
    compares = 0;
    list_sort(&l, &s, 0, 0);
    CHECK(compares > 0 && compares < 10);
    CHECK_INT(l.n, 3);
    CHECK_INT(l.order[0], 3);
    CHECK_INT(l.order[1], 1);
    CHECK_INT(l.order[2], 5);
    list_set_filter(&l, &s, "");
    CHECK_INT(l.n, 6);
    CHECK_INT(l.order[0], 3);
    CHECK_INT(l.order[1], 1);
    CHECK_INT(l.order[2], 5);
    CHECK_INT(l.order[3], 0);
    CHECK_INT(l.order[5], 2);
    list_narrow(&l, &s, "odd"); /* from the rows shown: their order kept */
    CHECK_INT(l.n, 3);
    CHECK_INT(l.order[0], 3);
    list_sort(&l, &s, 0, 1);
    f.n = 4; /* the source shrank: a filter refreshes (sorts again) */
    list_set_filter(&l, &s, "odd");
    CHECK(compares > 0);
    CHECK_INT(l.n, 2);
    CHECK_INT(l.order[0], 1);
    CHECK_INT(l.order[1], 3);
    list_free(&l);
}

/* Sorting by a key: numbers in order, ties in source order, no value
 * (LIST_KEY_NONE, here a negative value) last both ways. */
static uint64_t key_of(void *ctx, size_t i, int col)
{
    const fake *f = ctx;
    (void)col;
    return f->values[i] < 0 ? LIST_KEY_NONE : (uint64_t)f->values[i];
}

static void test_key_sort(void)
{
    static const int values[] = {5, -1, 300, 1, 5, 70000};
    fake f = {6, 0, values};
    list_source s = source(&f);
    s.compare = NULL;
    s.key = key_of;
    list l = {0};
    list_sort(&l, &s, 0, 0); /* 1 5 5 300 70000, none */
    static const size_t up[] = {3, 0, 4, 2, 5, 1}, down[] = {5, 2, 0, 4, 3, 1};
    for (int i = 0; i < 6; i++)
        CHECK_INT(l.order[i], up[i]);
    list_sort(&l, &s, 0, 1); /* 70000 300 5 5 1, none: ties still 0 then 4 */
    for (int i = 0; i < 6; i++)
        CHECK_INT(l.order[i], down[i]);
    list_free(&l);
}

/* Many rows, keys of three kinds per column: 64-bit keys from all over
 * (a radix sort), ranks 0..9 (a counting sort), all the same; a tenth of
 * the rows without a value in the first two. */
enum { MANY = 3000, KINDS = 3 };
static uint64_t many[KINDS][MANY];

static uint64_t many_key(void *ctx, size_t i, int col)
{
    (void)ctx;
    return many[col][i];
}

static void make_many(void)
{
    uint64_t x = 88172645463325252ull; /* xorshift64 */
    for (size_t i = 0; i < MANY; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        many[0][i] = x % 10 == 0 ? LIST_KEY_NONE : x % 7 == 0 ? many[0][i / 2] : x;
        many[1][i] = x % 10 == 1 ? LIST_KEY_NONE : (x >> 20) % 10;
        many[2][i] = 42;
    }
}

static int ref_col, ref_desc;

/* The plain reference: the keys compared, none last either way, ties in
 * row order. */
static int ref_compare(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    uint64_t p = many[ref_col][x], q = many[ref_col][y];
    int none = (p == LIST_KEY_NONE) - (q == LIST_KEY_NONE);
    int c = none ? none : ref_desc ? (p < q) - (p > q) : (p > q) - (p < q);
    return c ? c : (x > y) - (x < y);
}

/* The rows passing filter f ("odd" or none) in the reference order by
 * column col; returns how many. */
static size_t reference(int col, int desc, int odd_only, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < MANY; i++)
        if (!odd_only || i % 2)
            out[n++] = i;
    ref_col = col;
    ref_desc = desc;
    qsort(out, n, sizeof *out, ref_compare);
    return n;
}

static int same_rows(const list *l, const size_t *want, size_t n)
{
    if (l->n != n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (l->order[k] != want[k])
            return 0;
    return 1;
}

/* The kept orders give what the reference sort gives, for every column
 * and both ways, the first time and again (kept), with a filter and
 * without, and after a refresh. */
static void test_key_orders(void)
{
    make_many();
    fake f = {MANY, 0, NULL};
    list_source s = source(&f);
    s.compare = NULL;
    s.key = many_key;
    static size_t want[MANY];
    list l = {0};
    list_refresh(&l, &s);
    for (int round = 0; round < 2; round++)
        for (int col = 0; col < KINDS; col++)
            for (int desc = 0; desc < 2; desc++) {
                list_sort(&l, &s, col, desc);
                size_t n = reference(col, desc, 0, want);
                CHECK(same_rows(&l, want, n));
                list_set_filter(&l, &s, "odd");
                n = reference(col, desc, 1, want);
                CHECK(same_rows(&l, want, n));
                list_sort(&l, &s, col, !desc); /* reversed under the filter */
                n = reference(col, !desc, 1, want);
                CHECK(same_rows(&l, want, n));
                list_set_filter(&l, &s, "");
                n = reference(col, !desc, 0, want);
                CHECK(same_rows(&l, want, n));
            }
    CHECK(l.by[0].asc != NULL && l.by[2].asc != NULL); /* kept */
    list_refresh(&l, &s);
    CHECK(l.by[0].asc == NULL && l.by[1].asc == NULL); /* the rows changed */
    CHECK(same_rows(&l, want, reference(l.sort - 1, l.sort_desc, 0, want)));
    list_free(&l);
    /* The order alone: runs and the rows without a value. */
    list_order o = {0};
    list_order_build(&o, MANY, many_key, NULL, 1);
    size_t none = 0;
    for (size_t i = 0; i < MANY; i++)
        none += many[1][i] == LIST_KEY_NONE;
    CHECK_INT(o.nnone, none);
    size_t runs = 0;
    for (size_t k = 0; k < MANY; k++)
        runs += o.starts[k / 8] >> (k % 8) & 1;
    CHECK_INT(runs, 11); /* ten ranks and the rows without one */
    list_order_free(&o);
    list_order_build(&o, 0, many_key, NULL, 0); /* no rows */
    CHECK_INT(o.n, 0);
    list_order_free(&o);
}

/* Widths by priority: the steps give in turn, each down to its minimum
 * (the name twice: to 16, later to 6); columns in no step never shrink. */
static void test_fit(void)
{
    int want[] = {20, 10, 8, 12}, out[4];
    static const list_give order[] = {{0, 16}, {3, 0}, {2, 3}, {0, 6}};
    list_fit(want, order, 4, 4, 60, out); /* all fit */
    CHECK_INT(out[0], 20);
    CHECK_INT(out[3], 12);
    list_fit(want, order, 4, 4, 48, out); /* 2 short: the name gives */
    CHECK_INT(out[0], 18);
    CHECK_INT(out[3], 12);
    list_fit(want, order, 4, 4, 40, out); /* the name to 16, the note 6 */
    CHECK_INT(out[0], 16);
    CHECK_INT(out[3], 6);
    list_fit(want, order, 4, 4, 30, out); /* the note goes, the kind to 4 */
    CHECK_INT(out[3], 0);
    CHECK_INT(out[2], 4);
    CHECK_INT(out[0], 16);
    list_fit(want, order, 4, 4, 20, out); /* the name to 6, the kind 3 */
    CHECK_INT(out[0], 7);
    CHECK_INT(out[2], 3);
    CHECK_INT(out[1], 10);
    list_fit(want, order, 4, 4, 5, out); /* not enough: as far as it goes */
    CHECK_INT(out[0] + out[1] + out[2] + out[3], 19);
}

int main(void)
{
    test_filter_keeps_sort();
    test_key_sort();
    test_key_orders();
    test_fit();
    test_moves();
    test_headings();
    test_refresh_filter_sort();
    return check_done();
}
