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

/* The first offset from i on in UTF-8 s[0..n) that is not a three-byte
 * character (U+1000–U+FFFF but the surrogates' lead ED) of a block of 64
 * code points without any member of set: a scan skips such runs of Han
 * text two bytes a character, without decoding. */
static inline size_t cpset_skip(const cpset *set, const char *s, size_t i,
                                size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    while (i + 3 <= n && u[i] >= 0xE1 && u[i] <= 0xEF && u[i] != 0xED &&
           (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 &&
           !set->bits[((u[i] & 0x0Fu) << 6) | (u[i + 1] & 0x3Fu)])
        i += 3;
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
