/* keyset.c — keys interned by number, and their order (see keyset.h). */
#include "keyset.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "keysort.h"

/* The slot of key: its own, or the empty one it would take. */
static size_t slot_of(const keyset *t, uint64_t key)
{
    size_t mask = t->nslot - 1, i = (size_t)hash_mix64(key) & mask;
    while (t->slot[i] && t->k[t->slot[i] - 1] != key)
        i = (i + 1) & mask;
    return i;
}

/* Twice the slots (at least 64), the keys placed again. */
static void rehash(keyset *t)
{
    free(t->slot);
    t->nslot = t->nslot ? t->nslot * 2 : 64;
    t->slot = xcalloc(t->nslot, sizeof *t->slot);
    for (size_t id = 0; id < t->n; id++)
        t->slot[slot_of(t, t->k[id])] = (uint32_t)(id + 1);
}

uint32_t keyset_add(keyset *t, uint64_t key)
{
    if ((t->n + 1) * 2 > t->nslot)
        rehash(t);
    size_t i = slot_of(t, key);
    if (t->slot[i])
        return t->slot[i] - 1;
    t->k = xgrow(t->k, &t->cap, t->n, sizeof *t->k);
    t->k[t->n] = key;
    t->slot[i] = (uint32_t)(t->n + 1);
    free(t->rank);
    t->rank = NULL;
    return (uint32_t)t->n++;
}

const uint32_t *keyset_rank(keyset *t)
{
    if (t->rank || !t->n)
        return t->rank;
    uint32_t *order = xmalloc(t->n * sizeof *order);
    keysort(t->k, t->n, order);
    t->rank = xmalloc(t->n * sizeof *t->rank);
    for (size_t k = 0; k < t->n; k++)
        t->rank[order[k]] = (uint32_t)k;
    free(order);
    return t->rank;
}

void keyset_clear(keyset *t)
{
    t->n = 0;
    if (t->slot)
        memset(t->slot, 0, t->nslot * sizeof *t->slot);
    free(t->rank);
    t->rank = NULL;
}

void keyset_free(keyset *t)
{
    free(t->k);
    free(t->slot);
    free(t->rank);
    memset(t, 0, sizeof *t);
}
