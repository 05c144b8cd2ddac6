/* chars.h — character-level cleaning of one line: control characters out,
 * exotic spaces to ASCII space, indentation and trailing space trimmed. */
#ifndef BAOGAO_CHARS_H
#define BAOGAO_CHARS_H

#include "doc.h"
#include "sbuf.h"

/* Appends line s[0..n) to out with C0 controls (a tab becomes a space),
 * DEL, C1 controls, zero-width and bidi control characters removed (counted
 * in st->controls), NBSP, ideographic and other Unicode spaces made ASCII
 * spaces, and leading/trailing spaces trimmed. s must be UTF-8 (invalid
 * bytes become U+FFFD). */
void chars_clean_line(const char *s, size_t n, sbuf *out, doc_stats *st);

/* chars_clean_line with its fast path at most step bytes wide: 1 (a
 * character at a time, the reference its tests hold the others to), 16
 * (SSE2) or 32 (AVX2, where the CPU has it). The same output and counts
 * at every step. */
void chars_clean_line_step(const char *s, size_t n, sbuf *out, doc_stats *st,
                           unsigned step);

/* The widest step this machine runs: 32, 16 or 1. */
unsigned chars_widest_step(void);

/* True for the code points chars_clean_line turns into a space. */
int chars_is_space(uint32_t cp);

/* The part of s[0..n) between leading and trailing spaces (those of
 * chars_is_space, and form feeds): its start in *start, its length
 * returned. Cannot fail. */
size_t chars_trim(const char *s, size_t n, size_t *start);

/* True for an ASCII letter or digit. */
int chars_is_alnum(char c);

/* The terminal cells code point cp takes: 2 for East Asian Wide and
 * Fullwidth characters (Chinese, full-width forms, CJK punctuation), 1
 * otherwise. */
int chars_cells(uint32_t cp);

#endif
