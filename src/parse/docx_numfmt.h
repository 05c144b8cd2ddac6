/* docx_numfmt.h — a list number as Word writes it in a numbering format
 * (w:numFmt): decimal, chineseCounting, ideographTraditional,
 * decimalEnclosedCircle, upperLetter, lowerRoman … */
#ifndef BAOGAO_DOCX_NUMFMT_H
#define BAOGAO_DOCX_NUMFMT_H

#include "sbuf.h"

/* Appends n (n >= 0) written in the format named fmt (w:numFmt's w:val;
 * NULL is decimal) to out. Known: decimal, decimalZero, decimalFullWidth
 * (2), decimalHalfWidth, decimalEnclosedCircle (Chinese too: ① … ⑳),
 * decimalEnclosedParen (⑴ … ⒇), decimalEnclosedFullstop (⒈ … ⒛),
 * chineseCounting, chineseCountingThousand, japaneseCounting, taiwaneseCounting
 * (一, 十一, 一百零五), chineseLegalSimplified (壹, 拾壹), ideographDigital
 * and taiwaneseDigital (一〇五), ideographTraditional (甲 … 癸, cycling),
 * ideographZodiac (子 … 亥, cycling), upperLetter / lowerLetter (A … Z,
 * AA …), upperRoman / lowerRoman, none (nothing). Anything else, and
 * numbers past a format's range (⑳, 999 for counting), are written in
 * decimal. Returns 1 when fmt was known, 0 when decimal stood in. */
int docx_numfmt(const char *fmt, long n, sbuf *out);

#endif
