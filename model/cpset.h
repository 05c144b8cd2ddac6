/* cpset.h — a set of Basic Multilingual Plane code points as an 8 KB
 * bitmap: for scans that look at every character but stop at few, one
 * load and a bit test instead of a chain of comparisons. */
#ifndef BAOGAO_CPSET_H
#define BAOGAO_CPSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct cpset {
    uint64_t bits[0x10000 / 64];
} cpset;

/* True when cp is in s; a code point above U+FFFF never is. */
static inline int cpset_has(const cpset *s, uint32_t cp)
{
    return cp < 0x10000 && (s->bits[cp >> 6] >> (cp & 63) & 1);
}

/* The first offset from i on in UTF-8 s[0..n) that does not start an
 * ASCII character or a three-byte one (U+1000–U+FFFF but the surrogates'
 * lead ED) outside set: a scan skips the characters it would decode
 * (utf8_decode) and find no member, without decoding; at the offset
 * returned, a character that may be a member, n, or a byte that needs
 * utf8_decode. */
static inline size_t cpset_skip(const cpset *set, const char *s, size_t i,
                                size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        uint32_t cp;
        size_t len;
        if (u[i] < 0x80) {
            cp = u[i];
            len = 1;
        } else if (i + 3 <= n && u[i] >= 0xE1 && u[i] <= 0xEF &&
                   u[i] != 0xED && (u[i + 1] & 0xC0) == 0x80 &&
                   (u[i + 2] & 0xC0) == 0x80) {
            cp = (u[i] & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 |
                 (u[i + 2] & 0x3Fu);
            len = 3;
        } else
            break;
        if (cpset_has(set, cp))
            break;
        i += len;
    }
    return i;
}

/* Adds cp to s (a code point above U+FFFF is ignored). Build a set once,
 * e.g. under pthread_once, not per use. */
static inline void cpset_add(cpset *s, uint32_t cp)
{
    if (cp < 0x10000)
        s->bits[cp >> 6] |= (uint64_t)1 << (cp & 63);
}

/* Adds the UTF-8 characters of the string chars to s. */
void cpset_add_chars(cpset *s, const char *chars);

#endif
