/* edits.h — random edits of a text for the text diff's tests and
 * benchmark (header-only): characters inserted, deleted or replaced, a
 * word replaced, a digit of a number changed, at random places drawn from
 * rnd.h (seeded), inserted text drawn from the Han characters of a
 * sample. */
#ifndef BAOGAO_TEST_EDITS_H
#define BAOGAO_TEST_EDITS_H

#include <stdlib.h>

#include "arena.h"
#include "rnd.h"
#include "sbuf.h"
#include "utf8.h"
#include "wordbreak.h"

/* The Han characters of a text, to draw inserted text from. */
typedef struct edit_pool {
    uint32_t *han;
    size_t n;
} edit_pool;

static inline void edit_pool_init(edit_pool *p, const char *s, size_t n)
{
    size_t cap = 0;
    p->han = NULL;
    p->n = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            p->han = xgrow(p->han, &cap, p->n, sizeof *p->han);
            p->han[p->n++] = cp;
        }
    }
}

static inline void edit_pool_free(edit_pool *p)
{
    free(p->han);
    p->han = NULL;
    p->n = 0;
}

/* A character boundary of b at or after at (its length at most). */
static inline size_t edit_align(const sbuf *b, size_t at)
{
    while (at < b->len && (b->p[at] & 0xC0) == 0x80)
        at++;
    return at;
}

/* Bytes of k characters from at (fewer at the end). */
static inline size_t edit_chars(const sbuf *b, size_t at, int k)
{
    size_t e = at;
    while (k-- > 0 && e < b->len) {
        uint32_t cp;
        e += utf8_decode(b->p + e, b->len - e, &cp);
    }
    return e - at;
}

/* Replaces b[at, at + del) by ins[0..n). */
static inline void edit_splice(sbuf *b, size_t at, size_t del,
                               const char *ins, size_t n)
{
    sbuf out = {0};
    sbuf_add(&out, b->p, at);
    sbuf_add(&out, ins, n);
    sbuf_add(&out, b->p + at + del, b->len - at - del);
    sbuf_free(b);
    *b = out;
}

/* k random characters of the pool appended to out. */
static inline void edit_han(const edit_pool *p, sbuf *out, int k)
{
    for (int i = 0; i < k; i++)
        sbuf_addcp(out, p->han[rnd() % p->n]);
}

/* A word (number: a number word with an ASCII digit) of b in the window
 * of some 2 KB around a random place: 1 and its bytes, or 0. */
static inline int edit_word(const sbuf *b, int number, size_t *at,
                            size_t *len)
{
    size_t from = edit_align(b, b->len > 2048 ? rnd() % (b->len - 2048) : 0);
    size_t to = edit_align(b, from + 2048 < b->len ? from + 2048 : b->len);
    word_bounds w;
    wordbreak_find(b->p + from, to - from, &w);
    size_t nw = w.n - 1, pick = nw ? rnd() % nw : 0, found = nw;
    for (size_t t = 0; t < nw && found == nw; t++) {
        size_t k = (pick + t) % nw;
        if (number != (w.number[k] != 0))
            continue;
        size_t d = w.at[k];
        while (number && d < w.at[k + 1] &&
               (b->p[from + d] < '0' || b->p[from + d] > '9'))
            d++;
        if (number && d == w.at[k + 1])
            continue;
        found = k;
        *at = from + d;
        *len = number ? 1 : w.at[k + 1] - w.at[k];
    }
    word_bounds_free(&w);
    return found < nw;
}

/* A digit of a number word of b changed to another: 1 and its offset
 * in *digit_at, or 0 when the window drawn has no such number. */
static inline int edit_digit(sbuf *b, size_t *digit_at)
{
    size_t at, len;
    if (!edit_word(b, 1, &at, &len))
        return 0;
    char c = (char)('0' + (b->p[at] - '0' + 1 + rnd() % 9) % 10);
    edit_splice(b, at, 1, &c, 1);
    *digit_at = at;
    return 1;
}

/* One random edit of b (non-empty pool): 1–4 characters inserted,
 * deleted or replaced by 1–3, a word replaced by 1–3 characters, or a
 * digit of a number changed. Returns 1 for a digit changed, its offset
 * in B then in *digit_at; 0 for the others. */
static inline int edit_once(const edit_pool *p, sbuf *b, size_t *digit_at)
{
    int kind = (int)(rnd() % 5);
    sbuf ins = {0};
    size_t at, del;
    if (kind == 4 && edit_digit(b, digit_at))
        return 1;
    if (kind == 3 && edit_word(b, 0, &at, &del)) {
        edit_han(p, &ins, 1 + (int)(rnd() % 3));
    } else {
        at = edit_align(b, b->len ? rnd() % (b->len + 1) : 0);
        del = kind == 0 ? 0 : edit_chars(b, at, 1 + (int)(rnd() % 4));
        if (kind != 1)
            edit_han(p, &ins, 1 + (int)(rnd() % 3));
    }
    edit_splice(b, at, del, ins.p ? ins.p : "", ins.len);
    sbuf_free(&ins);
    return 0;
}

#endif
