/* strset.h — a set of strings, each given a small number the first time
 * it is seen (interning), and the strings' order as numbers: so rows that
 * share a text (an indicator name stated in every report) are folded,
 * matched and compared once per distinct text, and a sort compares two
 * integers. Borrows the strings (they must outlive the set). */
#ifndef BAOGAO_STRSET_H
#define BAOGAO_STRSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct strset {
    const char **s;     /* the strings by number */
    size_t n, cap;
    uint32_t *slot;     /* open addressing: 1 + number, 0 empty */
    size_t nslot;
    uint32_t *rank;     /* rank[id]: the string's place in byte order, or
                           NULL until strset_rank (and after an add) */
} strset;

/* The number of NUL-terminated s (borrowed), added when new (0, 1, 2 … in
 * the order first seen). Aborts on out-of-memory only. */
uint32_t strset_add(strset *t, const char *s);

/* The number of s when t has it, else UINT32_MAX (nothing added). */
uint32_t strset_find(const strset *t, const char *s);

/* The ranks of the strings in strcmp order (equal strings are one), an
 * array indexed by number, valid until the next add or free. */
const uint32_t *strset_rank(strset *t);

/* Empties t (the strings stay their owners'). */
void strset_clear(strset *t);
void strset_free(strset *t);

#endif
