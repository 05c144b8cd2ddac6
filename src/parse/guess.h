/* guess.h — which legacy encoding non-UTF-8 report bytes are in: GB18030,
 * Big5, or UTF-16 without a BOM, judged by how Chinese each reading looks. */
#ifndef BAOGAO_GUESS_H
#define BAOGAO_GUESS_H

#include <stddef.h>

/* Reads a sample of s[0..n) in each candidate encoding and scores the
 * share of very common Chinese characters and punctuation (either
 * script), less the invalid sequences. When GB18030 and Big5 score alike,
 * ICU's detector (ucsdet) breaks the tie. Returns the ICU name of the
 * winner (static) and its confidence 0–100. */
const char *guess_legacy(const char *s, size_t n, int *confidence);

#endif
