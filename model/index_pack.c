/* index_pack.c — the search index as one flat record and back (see
 * index_pack.h): a head of counts and offsets, then the keys, the stream
 * starts, the lookup slots, the Han bitmap and the postings data, each
 * 8-aligned. */
#include "index_pack.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "index_impl.h"

typedef struct p_index {
    uint64_t size, nkeys, nslots, ndocs, data_len;
    uint64_t keys, start, slots, han, data; /* offsets in the record */
} p_index;

/* The parts after the head, their offsets into *h. */
static void ipack_parts(packer *k, const search_index *ix, p_index *h)
{
    uint64_t *start = xmalloc((ix->nkeys + 1) * sizeof *start);
    for (size_t i = 0; i <= ix->nkeys; i++)
        start[i] = ix->start[i];
    static const unsigned char zero = 0;
    h->nkeys = ix->nkeys;
    h->nslots = ix->nslots;
    h->ndocs = ix->ndocs;
    h->data_len = ix->start[ix->nkeys];
    h->keys = pack_put(k, ix->keys, ix->nkeys * sizeof *ix->keys);
    h->start = pack_put(k, start, (ix->nkeys + 1) * sizeof *start);
    h->slots = pack_put(k, ix->slots, ix->nslots * sizeof *ix->slots);
    h->han = pack_put(k, ix->han, HAN_WORDS * sizeof *ix->han);
    h->data = pack_put(k, ix->data, h->data_len);
    pack_put(k, &zero, 1); /* no stream is read past it */
    pack_put(k, NULL, 0);  /* pads to 8 */
    h->size = k->pos;
    free(start);
}

uint64_t index_pack_to(const search_index *ix, pack_emit fn, void *ctx)
{
    p_index h;
    memset(&h, 0, sizeof h);
    packer count = {NULL, NULL, sizeof h};
    ipack_parts(&count, ix, &h);
    packer k = {fn, ctx, 0};
    pack_put(&k, &h, sizeof h);
    p_index again;
    ipack_parts(&k, ix, &again);
    return h.size;
}

/* Whether count elements of size at at lie inside the record of n bytes. */
static int inside(uint64_t at, uint64_t count, size_t size, size_t n)
{
    return at % 8 == 0 && at >= sizeof(p_index) && at <= n && count <= (n - at) / size;
}

search_index *index_unpack(const unsigned char *p, size_t n, size_t ndocs,
                           const char **err)
{
    _Static_assert(sizeof(size_t) == sizeof(uint64_t), "stream starts are read in place");
    p_index h;
    *err = "the index record is damaged";
    if (n < sizeof h)
        return NULL;
    memcpy(&h, p, sizeof h);
    if (h.size > n || h.ndocs != ndocs || h.nkeys >= UINT32_MAX || h.nslots < 16 || (h.nslots & (h.nslots - 1)) ||
        h.nslots <= h.nkeys || !inside(h.keys, h.nkeys, 8, h.size) ||
        !inside(h.start, h.nkeys + 1, 8, h.size) || !inside(h.slots, h.nslots, 4, h.size) ||
        !inside(h.han, HAN_WORDS, 8, h.size) || !inside(h.data, h.data_len + 1, 1, h.size) ||
        p[h.data + h.data_len] != 0)
        return NULL;
    const uint64_t *keys = (const uint64_t *)(p + h.keys);
    const uint64_t *start = (const uint64_t *)(p + h.start);
    const uint32_t *slots = (const uint32_t *)(p + h.slots);
    for (size_t i = 0; i < h.nkeys; i++)
        if (!keys[i] || (i && keys[i - 1] >= keys[i]) || start[i] > start[i + 1])
            return NULL;
    if (start[0] != 0 || start[h.nkeys] != h.data_len)
        return NULL;
    size_t empty = 0;
    for (size_t s = 0; s < h.nslots; s++) {
        if (slots[s] > h.nkeys)
            return NULL;
        empty += !slots[s];
    }
    if (!empty) /* a lookup would never end */
        return NULL;
    search_index *ix = xcalloc(1, sizeof *ix);
    ix->keys = (uint64_t *)keys;
    ix->start = (size_t *)start;
    ix->slots = (uint32_t *)slots;
    ix->nkeys = h.nkeys;
    ix->nslots = h.nslots;
    ix->data = (unsigned char *)(p + h.data);
    ix->han = (uint64_t *)(p + h.han);
    ix->ndocs = h.ndocs;
    ix->borrowed = 1;
    *err = NULL;
    return ix;
}
