/* list_order.h — the order of a list's rows by one column's integer keys
 * (list.h's list_source.key), computed once and kept by the list: a
 * stable radix sort of the keys, with the runs of equal keys marked, so
 * the descending order is the runs taken backwards (no sort again) and
 * a column sorted before costs a copy. No curses. */
#ifndef BAOGAO_LIST_ORDER_H
#define BAOGAO_LIST_ORDER_H

#include <stddef.h>
#include <stdint.h>

/* A key for no value: such rows sort last, ascending or descending. */
#define LIST_KEY_NONE UINT64_MAX

typedef struct list_order {
    uint32_t *asc;          /* every row, ascending: ties in row order, the
                               rows without a value (LIST_KEY_NONE) last */
    unsigned char *starts;  /* bit k: asc[k] starts a run of equal keys */
    size_t n;               /* rows */
    size_t nnone;           /* rows without a value: asc[n-nnone .. n) */
} list_order;

/* Sorts rows 0..n (n < 2^32) by key(ctx, row, col), called once a row,
 * into o (emptied first; its arrays malloc'd: list_order_free). Aborts on
 * out-of-memory only. */
void list_order_build(list_order *o, size_t n,
                      uint64_t (*key)(void *ctx, size_t i, int col),
                      void *ctx, int col);

/* o's rows into out (room for o->n): ascending, or when desc the keys
 * descending, ties still in row order, the rows without a value still
 * last. O(n). */
void list_order_get(const list_order *o, int desc, size_t *out);

/* Frees o's arrays and empties it. */
void list_order_free(list_order *o);

#endif
