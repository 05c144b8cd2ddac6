/* pinyin.c — pinyin query matching (see pinyin.h). A match is followed
 * as the set of query positions reachable after each character (a bit
 * mask: queries are under 64 bytes), so the cost per character is its
 * readings times the positions alive, whatever the text. */
#include "pinyin.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "han.h"
#include "unitab.h"
#include "utf8.h"

enum { MAX_QUERY = 63 };

static int is_letter(char c)
{
    return c >= 'a' && c <= 'z';
}

int pinyin_query(const char *q, size_t n)
{
    size_t letters = 0;
    while (letters < n && is_letter(q[letters]))
        letters++;
    if (letters < 2 || n > MAX_QUERY)
        return 0;
    for (size_t i = letters; i < n;) { /* what follows: Han only */
        uint32_t cp;
        i += utf8_decode(q + i, n - i, &cp);
        if (!han_is(cp))
            return 0;
    }
    return 1;
}

#define BIT(i) ((uint64_t)1 << (i))

/* Where reading r[0..rn) can take the query from position qi: in full,
 * as its initial (b p m f …, zh ch sh; z c s also for zh ch sh), or, at
 * the end of the query, as a syllable still being typed (to qn). */
static uint64_t reading_step(const char *r, size_t rn, const char *q, size_t qn,
                             size_t qi)
{
    size_t left = qn - qi;
    const char *at = q + qi;
    uint64_t to = 0;
    if (left < rn && memcmp(r, at, left) == 0)
        to |= BIT(qn);
    if (left >= rn && memcmp(r, at, rn) == 0)
        to |= BIT(qi + rn);
    size_t init = (rn >= 2 && r[1] == 'h' && strchr("zcs", r[0])) ? 2 : 1;
    if (init < rn && left >= init && memcmp(r, at, init) == 0)
        to |= BIT(qi + init);
    if (init == 2 && r[0] == at[0])
        to |= BIT(qi + 1);
    return to;
}

uint64_t pinyin_step(uint32_t cp, uint64_t from, const char *q, size_t qn)
{
    uint64_t to = 0;
    const char *readings = han_is(cp) ? unitab_pinyin_toneless(cp) : NULL;
    for (uint64_t bits = from & (BIT(qn) - 1); bits; bits &= bits - 1) {
        size_t qi = (size_t)__builtin_ctzll(bits);
        if (!is_letter(q[qi])) { /* a Han character of the query */
            uint32_t qc;
            size_t qk = utf8_decode(q + qi, qn - qi, &qc);
            if (qc == cp)
                to |= BIT(qi + qk);
            continue;
        }
        for (const char *r = readings; r && *r;) {
            size_t rn = strcspn(r, " ");
            to |= reading_step(r, rn, q, qn, qi);
            r += rn + (r[rn] == ' ');
        }
    }
    return to;
}

/* Follows s[0..n) from query positions at, stepping with step (memo m
 * when given): the bytes taken when the whole query is spelt (the
 * shortest match), else 0. */
static size_t follow(pinyin_memo *m, const char *s, size_t n, const char *q,
                     size_t qn, uint64_t at)
{
    if (!qn || qn > MAX_QUERY)
        return 0;
    for (size_t i = 0; i < n && at;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        at = m ? pinyin_memo_step(m, cp, at) : pinyin_step(cp, at, q, qn);
        if (at & BIT(qn))
            return i;
    }
    return 0;
}

size_t pinyin_match(const char *s, size_t n, const char *q, size_t qn)
{
    return follow(NULL, s, n, q, qn, 1);
}

enum { MEMO_SLOTS = 1 << 12 };

struct pinyin_memo {
    const char *q;
    size_t qn;
    struct {
        uint64_t from, to; /* from 0: empty (a step from none goes nowhere) */
        uint32_t cp;
    } slot[MEMO_SLOTS];
};

pinyin_memo *pinyin_memo_new(const char *q, size_t qn)
{
    pinyin_memo *m = xcalloc(1, sizeof *m);
    m->q = q;
    m->qn = qn;
    return m;
}

void pinyin_memo_free(pinyin_memo *m)
{
    free(m);
}

uint64_t pinyin_memo_step(pinyin_memo *m, uint32_t cp, uint64_t from)
{
    if (!from)
        return 0;
    uint64_t h = ((uint64_t)cp * 0x9E3779B97F4A7C15u) ^ (from * 0xC2B2AE3D27D4EB4Fu);
    size_t s = (size_t)(h >> 52) & (MEMO_SLOTS - 1);
    if (m->slot[s].from == from && m->slot[s].cp == cp)
        return m->slot[s].to;
    uint64_t to = pinyin_step(cp, from, m->q, m->qn);
    m->slot[s].from = from;
    m->slot[s].cp = cp;
    m->slot[s].to = to;
    return to;
}

size_t pinyin_memo_match_from(pinyin_memo *m, const char *s, size_t n,
                              uint64_t at)
{
    return follow(m, s, n, m->q, m->qn, at);
}

void pinyin_find(const char *s, size_t n, const char *q, size_t qn,
                 pinyin_hit_fn fn, void *ctx)
{
    if (!qn || qn > MAX_QUERY)
        return;
    pinyin_memo *m = NULL; /* made at the first Han character */
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        size_t len = 0;
        if (han_is(cp)) {
            m = m ? m : pinyin_memo_new(q, qn);
            len = follow(m, s + i, n - i, q, qn, 1);
        }
        if (len)
            fn(ctx, i, len);
        i += k;
    }
    pinyin_memo_free(m);
}
