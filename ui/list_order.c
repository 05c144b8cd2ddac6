/* list_order.c — a column's order kept (see list_order.h): the keys
 * gathered once and sorted by keysort.h (stable, in linear time), the
 * rows without a value given the key after the greatest (last, in row
 * order, and still close to the others for a counting sort), the runs of
 * equal keys marked for the descending order. */
#include "list_order.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "keysort.h"

static int starts_run(const list_order *o, size_t k)
{
    return o->starts[k / 8] >> (k % 8) & 1;
}

void list_order_build(list_order *o, size_t n,
                      uint64_t (*key)(void *ctx, size_t i, int col),
                      void *ctx, int col)
{
    list_order_free(o);
    o->n = n;
    o->asc = xmalloc((n ? n : 1) * sizeof *o->asc);
    o->starts = xcalloc(n / 8 + 1, 1);
    uint64_t *keys = xmalloc((n ? n : 1) * sizeof *keys), max = 0;
    for (size_t k = 0; k < n; k++) {
        keys[k] = key(ctx, k, col);
        if (keys[k] != LIST_KEY_NONE && keys[k] > max)
            max = keys[k];
        o->nnone += keys[k] == LIST_KEY_NONE;
    }
    for (size_t k = 0; o->nnone && k < n; k++)
        if (keys[k] == LIST_KEY_NONE)
            keys[k] = max + 1; /* max < LIST_KEY_NONE: no overflow */
    keysort(keys, n, o->asc);
    for (size_t k = 0; k < n; k++)
        if (!k || keys[o->asc[k]] != keys[o->asc[k - 1]] || k == n - o->nnone)
            o->starts[k / 8] |= (unsigned char)(1u << (k % 8));
    free(keys);
}

void list_order_get(const list_order *o, int desc, size_t *out)
{
    size_t m = o->n - o->nnone, w = 0;
    if (!desc) {
        for (size_t k = 0; k < o->n; k++)
            out[k] = o->asc[k];
        return;
    }
    for (size_t end = m; end > 0;) { /* the runs from the last one back */
        size_t start = end - 1;
        while (!starts_run(o, start))
            start--;
        for (size_t k = start; k < end; k++)
            out[w++] = o->asc[k];
        end = start;
    }
    for (size_t k = m; k < o->n; k++)
        out[w++] = o->asc[k];
}

void list_order_free(list_order *o)
{
    free(o->asc);
    free(o->starts);
    memset(o, 0, sizeof *o);
}
