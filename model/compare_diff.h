/* compare_diff.h — the text diff (textdiff.h) of a pair of sections of
 * a comparison (compare.h): the words that changed inside a pair paired
 * but not the same, with their offsets in each document's clean text.
 * What the Compare view highlights and the benchmark times. Model code:
 * the word boundaries come as a function (word_bounds.h). */
#ifndef BAOGAO_COMPARE_DIFF_H
#define BAOGAO_COMPARE_DIFF_H

#include <stddef.h>

#include "compare.h"
#include "textdiff.h"

/* True when pair k of c is diffed: changed, or moved and not identical,
 * with text on both sides. */
int compare_pair_differs(const compare *c, size_t k);

/* The diff of pair k's parts of a and b (the documents c compared) into
 * *out (textdiff_free it), words finding word boundaries (NULL: each
 * character a word); *sa and *sb get where the parts start in a's and b's
 * clean text, to add to the hunks' offsets. Returns 0 (out empty) when
 * the pair is not diffed (compare_pair_differs). Aborts on out-of-memory
 * only. */
int compare_pair_diff(const compare *c, size_t k, const doc *a, const doc *b,
                      word_bounds_fn words, textdiff *out, size_t *sa, size_t *sb);

#endif
