/* pagebreak.h — decides whether a paragraph is the rest of the one before
 * it, cut by a PDF page break (…在全 / 市发展大局…). */
#ifndef BAOGAO_PAGEBREAK_H
#define BAOGAO_PAGEBREAK_H

#include <stddef.h>

/* True when paragraph b[0..bn) continues paragraph a[0..an): a is body
 * text (has clause punctuation, is not a table row or a short marked
 * heading without a sentence end in it) that
 * stops without closing punctuation, and b starts neither a heading, a
 * caption, a table nor an attachment. */
int pagebreak_continues(const char *a, size_t an, const char *b, size_t bn);

/* True when s[0..n) opens a block of its own: a heading marker (一、
 * （一） 1. 第一章 … and the leads 一是…), a caption, a table row, 附件,
 * a —— date line, 注： or 说明, a table's 单位：… line. */
int pagebreak_starts_block(const char *s, size_t n);

/* True for a markdown table row (starts with '|'). */
int pagebreak_is_table_row(const char *s, size_t n);

/* True when s ends with a character that closes a sentence or a clause
 * block: 。！？；：”’）」』】》… and their ASCII forms. */
int pagebreak_ends_closed(const char *s, size_t n);

/* True for a caption line: 表 1 / 图 1 / 表1： … */
int pagebreak_is_caption(const char *s, size_t n);

#endif
