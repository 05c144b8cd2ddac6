/* extract_name.h — the name of a quantity cut from its clause
 * (extract_name.c), for the prose extractor. Internal to src/parse/extract*.c. */
#ifndef BAOGAO_EXTRACT_NAME_H
#define BAOGAO_EXTRACT_NAME_H

#include <stddef.h>
#include <string.h>

#include "extract_impl.h"

#define EX_MAXW 16 /* notes of a clause, names of a 分别 list */

/* Span of a name being cut: s[a..b). */
typedef struct span {
    const char *s;
    size_t a, b;
} span;

/* True when p ends with the word w (last bytes compared first: most
 * candidates differ there). */
static inline int ends_word(const span *p, ex_word w)
{
    return p->b - p->a >= w.n && p->s[p->b - 1] == w.s[w.n - 1] &&
           (w.n < 2 || p->s[p->b - 2] == w.s[w.n - 2]) &&
           !memcmp(p->s + p->b - w.n, w.s, w.n);
}

/* True when p starts with the word w. */
static inline int starts_word(const span *p, ex_word w)
{
    return ex_word_at(p->s, p->b, p->a, w);
}

/* The same for a literal. */
#define ends_with(p, lit) ends_word(p, (ex_word)EX_W(lit))
#define starts_with(p, lit) starts_word(p, (ex_word)EX_W(lit))

/* What cutting a clause's words gives. */
typedef struct cut {
    const char *notes[EX_MAXW];
    size_t nnotes;
    int distribute, growth, sign, absolute_ok, from, compare;
} cut;

/* The name of a clause s[a..b): a span of s, or a joined copy in
 * buf[0..cap) (*joined then points at it, else NULL); the words cut and
 * what they say (notes, 分别, growth and its sign, a from value, a
 * comparison) into c, a year or plan in the clause into *tfrom and *tto.
 * Thread-safe; no allocation. */
span ex_clause_name(const char *s, size_t a, size_t b, cut *c, int *tfrom,
                    int *tto, char *buf, size_t cap, const char **joined);

#endif
