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

/* The score guess_legacy gives a reading of s[0..n) (cut anywhere): the
 * share of common characters among the non-ASCII ones, less twice the
 * share of invalid sequences; -1 when there is no converter for from. */
double guess_reading_score(const char *from, const char *s, size_t n);

/* guess_reading_score("GB18030", s, n) into *score, from the bytes
 * without converting them, when s holds nothing but ASCII, whole
 * two-byte characters and whole four-byte ones of the BMP (a lead the
 * end cuts is held back): returns 1. Otherwise (an invalid sequence, a
 * supplementary character, a four-byte one cut) returns 0 and leaves
 * *score. */
int guess_gb18030_score(const char *s, size_t n, double *score);

#endif
