/* myers.h — which symbols of two sequences are not in their common
 * subsequence: Myers' O(ND) difference algorithm in linear space (each
 * box divided at its middle snake, as git's xdiff does it), with xdiff's
 * heuristics that bound the cost of one division (past about the square
 * root of the sizes it takes the furthest-reaching path instead of the
 * exact middle) and a budget of work over the whole run, so that two
 * long unrelated sequences cost a bounded time. The text diff
 * (textdiff.h) runs it on characters, and on lines when the characters
 * are over budget. */
#ifndef BAOGAO_MYERS_H
#define BAOGAO_MYERS_H

#include <stddef.h>
#include <stdint.h>

/* Sets ca[i] = 1 for each a[i] and cb[j] = 1 for each b[j] that the diff
 * leaves out of the common subsequence (deleted from a, inserted in b);
 * the caller zeroes ca[0..n) and cb[0..m) before. The unmarked symbols of
 * a and of b are equal pairwise, in order. Exact (a shortest edit script)
 * while a division costs under 256 edits; past that a valid script that
 * may be longer. *budget is the work allowed (steps along diagonals and
 * snakes) and is decreased by the work done. Returns 0, or -1 when the
 * budget ran out (the marks are then incomplete: discard them). a and b
 * are borrowed; nothing is kept. Aborts on out-of-memory only. */
int myers_diff(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
               unsigned char *ca, unsigned char *cb, size_t *budget);

#endif
