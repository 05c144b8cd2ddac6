/* keyset.h — a set of 64-bit keys (numbers and periods as sort keys),
 * each given a small number the first time it is seen, and the keys'
 * order as numbers (ranks): strset.h's twin for what is not text, so rows
 * sharing a value are ranked once and a sort by it counts small ranks. */
#ifndef BAOGAO_KEYSET_H
#define BAOGAO_KEYSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct keyset {
    uint64_t *k;        /* the keys by number */
    size_t n, cap;
    uint32_t *slot;     /* open addressing: 1 + number, 0 empty */
    size_t nslot;
    uint32_t *rank;     /* rank[id]: the key's place in ascending order,
                           or NULL until keyset_rank (and after an add) */
} keyset;

/* The number of key, added when new (0, 1, 2 … in the order first seen).
 * Aborts on out-of-memory only. */
uint32_t keyset_add(keyset *t, uint64_t key);

/* The ranks of the keys in ascending order, an array indexed by number
 * (NULL for an empty set), valid until the next add, clear or free. A
 * linear-time sort (keysort.h), once after each add. */
const uint32_t *keyset_rank(keyset *t);

/* Empties t. */
void keyset_clear(keyset *t);
void keyset_free(keyset *t);

#endif
