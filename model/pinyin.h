/* pinyin.h — matching a query typed in pinyin against Chinese text: full
 * syllables (diqushengchanzongzhi), initials (dqsczz), or a mix with Han
 * characters (dqsc总值); every reading of a character counts, heteronyms
 * included (地 dì/de). */
#ifndef BAOGAO_PINYIN_H
#define BAOGAO_PINYIN_H

#include <stddef.h>

/* True when folded query q[0..n) can be a pinyin query: ASCII letters
 * (at least two), possibly mixed with Han characters after them. */
int pinyin_query(const char *q, size_t n);

/* If text s[0..n) starting at byte 0 (a Han character) matches the whole
 * pinyin query q[0..qn), returns the bytes of s it covers; else 0. Each
 * character takes one of its readings in full or its initial (b p m f …,
 * zh ch sh), the last may be a reading still being typed (a prefix); a Han
 * character in the query matches itself. */
size_t pinyin_match(const char *s, size_t n, const char *q, size_t qn);

#endif
