/* canonical.h — the concept an indicator's name stands for: 生产总值, GDP
 * and 地區生產總值 are all 地区生产总值. The synonym table is
 * assets/indicator_names.tsv, compiled in by tools/gen_names; a name is
 * looked up folded (simplified, half-width, lower case, no spaces), also
 * with scope words or a verb in front (全市, 全年, 我省, 累计, 实现 …) and a rate or
 * measure word behind (增速, 增长率, 年均增长, 下降; 总额, 累计额, 数量 …)
 * taken off. Model code: no ICU, no curses. */
#ifndef BAOGAO_CANONICAL_H
#define BAOGAO_CANONICAL_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "sbuf.h"

/* What a name comes to. */
typedef struct canon_match {
    const char *canonical; /* the concept (a static string), or NULL */
    int rate;              /* 0: the name is the concept itself; +1: its
                              growth (地区生产总值增速, 年均增长), -1: its
                              fall (单位GDP能耗下降) — a value in % of such a
                              name is a change of the concept */
} canon_match;

/* Looks NUL-terminated UTF-8 name up: fills *m and returns 1 when it names
 * a concept of the table, else returns 0 with m->canonical NULL and
 * m->rate 0. Cannot fail. */
int indicator_canonical_match(const char *name, canon_match *m);

/* The concept name stands for (a static string), or NULL when the table
 * has none: indicator_canonical_match's canonical. */
const char *indicator_canonical(const char *name);

/* Sets d->indicators[i].canonical for every indicator of d: the concept
 * of its name (a static string), else its name (in d->mem). Run by the
 * pipeline after extraction; cannot fail. */
void indicators_canonicalize(doc *d);

/* Appends the key name[0..n) is compared by to out (NUL-terminated): each
 * character folded for search (model/fold.h fold_cp: simplified,
 * half-width, lower case, punctuation variants unified), every space
 * dropped. Grouping compares canonical names and regions by it too. */
void indicator_name_key(const char *name, size_t n, sbuf *out);

/* Internal: the table tools/gen_names writes into the build directory's
 * canonical_data.c. entries[0..n) are sorted by key (strcmp), each key a
 * folded name (ASCII lowered, spaces dropped by the generator; the file
 * is written folded otherwise), concept an index in concepts[0..nconcepts). */
typedef struct canon_entry {
    const char *key;
    uint16_t concept;
} canon_entry;

typedef struct canon_table {
    const canon_entry *entries;
    size_t n;
    const char *const *concepts;
    size_t nconcepts;
} canon_table;

extern const canon_table canon_data;

#endif
