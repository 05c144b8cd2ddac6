/* annotations.h — removes pinyin annotations that scrapers append to
 * traditional characters (發(fā) → 發), and only those. */
#ifndef BAOGAO_ANNOTATIONS_H
#define BAOGAO_ANNOTATIONS_H

#include <stddef.h>

#include "sbuf.h"

/* If s[0..n) (starting at '(' or '（') is "(syllable)" and the syllable is
 * a reading of Han character prev, returns the annotation's byte length;
 * otherwise 0. A syllable is 1–7 lower-case pinyin letters, tone marks
 * allowed, spaces between them left out (a justified line of a PDF
 * spreads them: 創(ch uàn g)). */
size_t annotation_at(uint32_t prev, const char *s, size_t n);

/* Appends s[0..n) to out without the annotations annotation_at accepts;
 * returns how many were removed. (RCEP), (一期), (M0), (含) stay. */
size_t annotations_strip(const char *s, size_t n, sbuf *out);

#endif
