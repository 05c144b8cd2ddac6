/* utf8.h — strict UTF-8 decoding and encoding of single code points. */
#ifndef BAOGAO_UTF8_H
#define BAOGAO_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decodes one code point from s[0..n) (n ≥ 1) into *cp and returns the
 * bytes used (1–4). An invalid or truncated sequence yields U+FFFD and
 * consumes the maximal invalid prefix (at least 1 byte), as WHATWG does. */
size_t utf8_decode_multi(const char *s, size_t n, uint32_t *cp);

/* True when u[0] and u[1] are both continuation bytes (80-BF): one
 * test for the two after a three-byte lead. */
static inline int utf8_two_conts(const unsigned char *u)
{
    return ((u[0] & 0xC0) | ((u[1] & 0xC0) >> 2)) == 0xA0;
}

static inline size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { /* ASCII */
        *cp = u[0];
        return 1;
    }
    /* Three bytes, E1–EC or EE–EF lead: CJK and its punctuation, inline.
     * (E0 and ED have narrower second-byte ranges: the slow path.) */
    if (n >= 3 && u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && utf8_two_conts(u + 1)) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) |
              (u[2] & 0x3F);
        return 3;
    }
    return utf8_decode_multi(s, n, cp);
}

/* How utf8_decode reads s[0..n) (n ≥ 1), without the code point:
 * returns the bytes it takes, and sets *bad when they are an invalid or
 * cut sequence (U+FFFD read from its own three bytes is not bad). With
 * four bytes or more it does so without a branch on the bytes, for text
 * whose bytes only decide counts (the encoding guess reads GBK as
 * UTF-8, where a branch on each byte is a coin toss). */
static inline size_t utf8_measure(const char *s, size_t n, int *bad);

/* A lead byte's continuation count and the range of its first
 * continuation, as utf8_decode_multi checks them, in arithmetic (no
 * branch); need 0: not a lead. */
typedef struct utf8_lead {
    unsigned need, lo, hi;
} utf8_lead;

static inline utf8_lead utf8_lead_of(unsigned c)
{
    utf8_lead r;
    r.need = (c - 0xC2u <= 0xDF - 0xC2) + 2 * (c - 0xE0u <= 0xEF - 0xE0) +
             3 * (c - 0xF0u <= 0xF4 - 0xF0);
    r.lo = 0x80 + 0x20 * (c == 0xE0) + 0x10 * (c == 0xF0);
    r.hi = 0xBF - 0x20 * (c == 0xED) - 0x30 * (c == 0xF4);
    return r;
}

static inline size_t utf8_measure(const char *str, size_t n, int *bad)
{
    const unsigned char *s = (const unsigned char *)str;
    if (s[0] < 0x80) {
        *bad = 0;
        return 1;
    }
    if (n < 4) {
        uint32_t cp;
        size_t k = utf8_decode_multi(str, n, &cp);
        *bad = cp == UTF8_REPLACEMENT && !(k == 3 && s[0] == 0xEF && s[1] == 0xBF &&
                                           s[2] == 0xBD);
        return k;
    }
    utf8_lead r = utf8_lead_of(s[0]);
    /* Each continuation is taken only when all before it were: the
     * bytes taken are one plus the good continuations in a row. */
    unsigned ok1 = (r.need >= 1) & (s[1] >= r.lo) & (s[1] <= r.hi);
    unsigned ok2 = ok1 & (r.need >= 2) & ((s[2] & 0xC0) == 0x80);
    unsigned ok3 = ok2 & (r.need >= 3) & ((s[3] & 0xC0) == 0x80);
    unsigned k = 1 + ok1 + ok2 + ok3;
    *bad = !r.need | (k != r.need + 1);
    return k;
}

/* utf8_measure, but three bytes or more of a four-byte sequence count as
 * good (*bad 0) even when the fourth is cut or breaks it: the UTF-8
 * guess's rule (decode.c). */
static inline size_t utf8_measure_lenient(const char *s, size_t n, int *bad)
{
    int invalid;
    size_t k = utf8_measure(s, n, &invalid);
    *bad = invalid & (k < 3);
    return k;
}

/* The places i in s[0..n - 1) where s[i] is a lead byte C2-F4 and
 * s[i + 1] a continuation byte 80-BF: where a sequence of two bytes or
 * more can start. Sixteen places a step with SSE2, else eight. */
size_t utf8_lead_pairs(const char *s, size_t n);

/* What utf8_measure_lenient says of each place 0..n-1 of s, read with
 * the three bytes after it (s[n + 2] must be readable), added to *t:
 * good and bad, the sequences that start at a byte C0 or above; taken,
 * the bytes after their first that they take; conts, the continuation
 * bytes (80-BF) among the places. The bytes a sequence takes are always
 * continuations, so a greedy walk with utf8_measure starts a sequence at
 * every other byte and at every continuation none takes: its good
 * sequences are good, its bad ones bad + conts - taken, counted without
 * its chain from one sequence to the next. Sixteen places a step with
 * SSE2. */
typedef struct utf8_tally {
    size_t good, bad, taken, conts;
} utf8_tally;
void utf8_tally_add(const char *s, size_t n, utf8_tally *t);

/* Writes cp as UTF-8 into out (room for 4 bytes) and returns the length.
 * Surrogates and values above U+10FFFF are written as U+FFFD. */
size_t utf8_encode_multi(uint32_t cp, char *out);

static inline size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { /* ASCII */
        out[0] = (char)cp;
        return 1;
    }
    /* Three bytes below the surrogates: CJK and its punctuation, inline
     * (the folds write a character at a time). */
    if (cp >= 0x800 && cp < 0xD800) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    return utf8_encode_multi(cp, out);
}

/* True when s[0..n) is entirely valid UTF-8. */
int utf8_valid(const char *s, size_t n);

/* Number of code points in UTF-8 s[0..n) (bytes that are not
 * continuation bytes). */
size_t utf8_count(const char *s, size_t n);

/* Bytes of the code point that ends just before s+n (n ≥ 1), or 1. */
size_t utf8_prev_len(const char *s, size_t n);

/* Where to cut s[0..n) to keep at most max bytes without splitting a
 * character: n when n ≤ max, else max moved back to the start of the
 * character that max falls inside (characters as utf8_decode reads them:
 * an invalid sequence is one, a stray continuation byte one). A prefix of
 * that length is whole characters. Cannot fail. */
size_t utf8_cut(const char *s, size_t n, size_t max);

#endif
