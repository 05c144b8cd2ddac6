/* divisions.h — the gazetteer of China's administrative divisions
 * (assets/divisions, compiled in by tools/gen_divisions): the 34
 * province-level divisions, the prefectures and the counties, each by its
 * GB/T 2260 code (44 广东省, 4401 广州市, 440103 荔湾区: two digits a
 * level), its full name, its parent, and the names a text calls it by —
 * the full name or a short form (广东, 黔东南州, 海拉尔). Names are
 * simplified Chinese, as fold_compact leaves text. Model code: no ICU, no
 * curses; nothing is read at run time, nothing allocated but by
 * divisions_chain into its sbuf. */
#ifndef BAOGAO_DIVISIONS_H
#define BAOGAO_DIVISIONS_H

#include <stddef.h>

#include "sbuf.h"

enum { DIVISIONS_MAX_HITS = 16 }; /* divisions one name can stand for */

/* What a name at some place in a text stands for. */
typedef struct division_hit {
    size_t len;        /* bytes of the name */
    unsigned n;        /* divisions it may stand for (1: unambiguous) */
    unsigned code[DIVISIONS_MAX_HITS];
    unsigned char is_short[DIVISIONS_MAX_HITS]; /* a short form of that one */
} division_hit;

/* The longest name of a division that starts at s[0..n): fills *h and
 * returns its length in bytes, or returns 0 (h->n 0) when none starts
 * there. Cannot fail. */
size_t divisions_match(const char *s, size_t n, division_hit *h);

/* The first name of a division in s[from..n) — from a character start,
 * stepping a character at a time, the longest at each place: fills *h
 * and returns where it starts; returns n (h->n 0) when none is left. A
 * scan over a text calls it again from the returned place + h->len.
 * Cannot fail. */
size_t divisions_next(const char *s, size_t n, size_t from, division_hit *h);

/* The divisions the whole of name[0..n) may stand for, into *h (as
 * divisions_match); returns h->n, 0 when it names none. */
unsigned divisions_lookup(const char *name, size_t n, division_hit *h);

/* The one division h stands for, given the divisions a text names
 * unambiguously (context[0..ncontext), codes; may be NULL): the only
 * one; else the only one inside (or being) a division of context; else,
 * for a short form, the one all the others lie within (长沙 → 长沙市, not
 * its 长沙县) or the only province among them (河北 → 河北省). 0 when it
 * stays ambiguous or h is empty. */
unsigned divisions_resolve(const division_hit *h, const unsigned *context,
                           size_t ncontext);

/* The full name of the division of code (a static NUL-terminated
 * string), or NULL when there is none. */
const char *divisions_name(unsigned code);

/* The parent of the division of code (a county's prefecture or, under a
 * municipality, its province), 0 for a province or an unknown code. */
unsigned divisions_parent(unsigned code);

/* 1 province, 2 prefecture, 3 county; 0 for an unknown code. */
int divisions_level(unsigned code);

/* True when the division of code lies within (or is) that of outer. */
int divisions_within(unsigned code, unsigned outer);

/* True for a development zone, park or 管理区 (a county code 7x) or a
 * division whose name is a common word (城区, 矿区): a text is rarely
 * about one unless it says so in full. */
int divisions_weak(unsigned code);

/* Appends the chain of the division of code, province first, to out:
 * "广东省 › 广州市 › 荔湾区"; nothing for an unknown code. Aborts on
 * out-of-memory (sbuf). */
void divisions_chain(unsigned code, sbuf *out);

/* How many divisions there are, and the bytes the tables take (names,
 * rows, aliases), for the benchmark. */
size_t divisions_count(void);
size_t divisions_table_bytes(void);

#endif
