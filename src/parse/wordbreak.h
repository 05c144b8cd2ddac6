/* wordbreak.h — the words of a text for the text diff (model/textdiff.h,
 * model/word_bounds.h):
 * ICU's word break iterator (its dictionary segments Chinese: 推动|高质量|
 * 发展), with each number and its point and unit made one word
 * (1277.93亿元, 5.2%, 百分之五, 二〇二四) and marked as a number. */
#ifndef BAOGAO_WORDBREAK_H
#define BAOGAO_WORDBREAK_H

#include <stddef.h>

#include "word_bounds.h"

/* The word boundaries of UTF-8 s[0..n) (under 2 GiB) into *out
 * (word_bounds_free it): sorted byte offsets, 0 and n among them, none
 * inside a character; out->number flags the number words. Numbers are
 * the quantities the extract stage reads (digits or Chinese numerals, a
 * point, a magnitude and a unit: ex_number_read) and, without a unit, a
 * run of digits or of two Chinese numerals or more (2023 of 2023年,
 * 十四 of 第十四); a lone Chinese digit (一批, 统一) is no number.
 * Without ICU's break data every character is a word. Pure: no state
 * kept, thread-safe; aborts on out-of-memory only. */
void wordbreak_find(const char *s, size_t n, word_bounds *out);

#endif
