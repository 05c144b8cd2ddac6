/* keysort.h — a stable sort by 64-bit keys in linear time: a counting
 * sort when the keys lie close together (ranks), else a radix sort, least
 * significant digit first. For the list's sort by a column and the ranks
 * of distinct numbers (keyset.h); no comparison, no string work. */
#ifndef BAOGAO_KEYSORT_H
#define BAOGAO_KEYSORT_H

#include <stddef.h>
#include <stdint.h>

/* The numbers 0..n in the order of key[0..n), stable (equal keys in
 * number order), into out (room for n); n < 2^32. Keys within n + 4096
 * of each other take a counting sort (two passes over the keys), others
 * one pass per 11-bit digit in which they differ (at most 6). Aborts on
 * out-of-memory only. */
void keysort(const uint64_t *key, size_t n, uint32_t *out);

#endif
