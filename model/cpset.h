/* cpset.h — a set of Basic Multilingual Plane code points as an 8 KB
 * bitmap: for scans that look at every character but stop at few, one
 * load and a bit test instead of a chain of comparisons. */
#ifndef BAOGAO_CPSET_H
#define BAOGAO_CPSET_H

#include <stdint.h>

typedef struct cpset {
    uint64_t bits[0x10000 / 64];
} cpset;

/* True when cp is in s; a code point above U+FFFF never is. */
static inline int cpset_has(const cpset *s, uint32_t cp)
{
    return cp < 0x10000 && (s->bits[cp >> 6] >> (cp & 63) & 1);
}

/* Adds cp to s (a code point above U+FFFF is ignored). Build a set once,
 * e.g. under call_once, not per use. */
static inline void cpset_add(cpset *s, uint32_t cp)
{
    if (cp < 0x10000)
        s->bits[cp >> 6] |= (uint64_t)1 << (cp & 63);
}

/* Adds the UTF-8 characters of the string chars to s. */
void cpset_add_chars(cpset *s, const char *chars);

#endif
