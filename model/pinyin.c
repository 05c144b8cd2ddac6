/* pinyin.c — pinyin query matching (see pinyin.h). */
#include "pinyin.h"

#include <string.h>

#include "unitab.h"
#include "utf8.h"

enum { MAX_CHARS = 64 };

static int is_letter(char c)
{
    return c >= 'a' && c <= 'z';
}

static int is_han(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3134F);
}

int pinyin_query(const char *q, size_t n)
{
    size_t letters = 0;
    while (letters < n && is_letter(q[letters]))
        letters++;
    if (letters < 2)
        return 0;
    for (size_t i = letters; i < n;) { /* what follows: Han only */
        uint32_t cp;
        i += utf8_decode(q + i, n - i, &cp);
        if (!is_han(cp))
            return 0;
    }
    return 1;
}

/* The matcher's state: text and query, and which (characters consumed,
 * query position) pairs already failed, so a query of n letters costs at
 * most n × n tries whatever the text. */
typedef struct matcher {
    const char *s, *q;
    size_t n, qn;
    unsigned char failed[MAX_CHARS][MAX_CHARS];
} matcher;

static size_t match_at(matcher *m, size_t si, size_t chars, size_t qi);

/* Tries reading r (length rn) of the character at si (k bytes): in full,
 * as its initial, or, at the end of the query, as a prefix. */
static size_t try_reading(matcher *m, size_t si, size_t k, size_t chars,
                          size_t qi, const char *r, size_t rn)
{
    size_t left = m->qn - qi;
    const char *q = m->q + qi;
    if (left < rn && memcmp(r, q, left) == 0)
        return si + k; /* the last syllable, still being typed */
    size_t got;
    if (left >= rn && memcmp(r, q, rn) == 0 &&
        (got = match_at(m, si + k, chars + 1, qi + rn)))
        return got;
    size_t init = (rn >= 2 && r[1] == 'h' && strchr("zcs", r[0])) ? 2 : 1;
    if (init < rn && left >= init && memcmp(r, q, init) == 0 &&
        (got = match_at(m, si + k, chars + 1, qi + init)))
        return got;
    if (init == 2 && left >= 1 && r[0] == q[0] &&
        (got = match_at(m, si + k, chars + 1, qi + 1)))
        return got; /* z for zh, c for ch, s for sh */
    return 0;
}

static size_t match_at(matcher *m, size_t si, size_t chars, size_t qi)
{
    if (qi == m->qn)
        return si;
    if (si >= m->n || chars >= MAX_CHARS || qi >= MAX_CHARS ||
        m->failed[chars][qi])
        return 0;
    uint32_t cp, qc;
    size_t k = utf8_decode(m->s + si, m->n - si, &cp);
    size_t got = 0;
    if (!is_letter(m->q[qi])) { /* a Han character of the query */
        size_t qk = utf8_decode(m->q + qi, m->qn - qi, &qc);
        if (qc == cp)
            got = match_at(m, si + k, chars + 1, qi + qk);
    } else if (is_han(cp)) {
        const char *r = unitab_pinyin_toneless(cp);
        while (r && *r && !got) {
            const char *end = strchr(r, ' ');
            size_t rn = end ? (size_t)(end - r) : strlen(r);
            got = try_reading(m, si, k, chars, qi, r, rn);
            r = end ? end + 1 : r + rn;
        }
    }
    if (!got)
        m->failed[chars][qi] = 1;
    return got;
}

/* True when a reading of cp starts with letter c: the cheap test before
 * setting up a match. */
static int may_start(uint32_t cp, char c)
{
    const char *r = unitab_pinyin_toneless(cp);
    for (; r && *r; r++)
        if (*r == c && (r == unitab_pinyin_toneless(cp) || r[-1] == ' '))
            return 1;
    return 0;
}

size_t pinyin_match(const char *s, size_t n, const char *q, size_t qn)
{
    if (!qn || qn >= MAX_CHARS || !n)
        return 0;
    uint32_t first;
    utf8_decode(s, n, &first);
    if (is_letter(q[0]) && !may_start(first, q[0]))
        return 0;
    matcher m;
    m.s = s;
    m.q = q;
    m.n = n;
    m.qn = qn;
    memset(m.failed, 0, sizeof m.failed);
    return match_at(&m, 0, 0, 0);
}
