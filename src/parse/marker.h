/* marker.h — heading markers at the start of a line: 第三章, 一、, （一）,
 * (1), 1., ①, and the 一是 lead, with the ordinal each names. */
#ifndef BAOGAO_MARKER_H
#define BAOGAO_MARKER_H

#include <stddef.h>

typedef enum marker_kind {
    MARK_NONE,
    MARK_BIAN,        /* 第一编 */
    MARK_ZHANG,       /* 第一章 */
    MARK_JIE,         /* 第一节 */
    MARK_CN_DUN,      /* 一、 */
    MARK_CN_PAREN,    /* （一） or (一) */
    MARK_NUM_DOT,     /* 1. 1、 1． */
    MARK_NUM_PAREN,   /* （1） or (1) */
    MARK_CIRCLED,     /* ① */
    MARK_LEAD,        /* 一是 二是 … (a paragraph lead) */
    MARK_NKINDS
} marker_kind;

typedef struct marker {
    marker_kind kind;
    int number;     /* 1-based ordinal the marker names */
    size_t len;     /* bytes of the marker, not counting spaces after it */
    size_t skip;    /* bytes of the marker and the spaces after it */
} marker;

/* Reads a Chinese ordinal at the start of s[0..n) — Han digits with 十 and
 * 百 only (一, 十一, 二十三, 一百零五, 两, 〇), at most 6 characters, as
 * cn_numeral_read reads them — and returns its bytes with the value in
 * *value; returns 0 (value untouched) for anything else (壹, 一千, 1,
 * 三点五, 十五六, a seventh numeral character). */
size_t marker_ordinal(const char *s, size_t n, int *value);

/* Recognises a heading marker at the start of s[0..n) and fills *m.
 * Returns 1 when there is one, 0 otherwise (m->kind = MARK_NONE). */
int marker_parse(const char *s, size_t n, marker *m);

#endif
