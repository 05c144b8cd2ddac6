/* slurp.h — reads a whole file for the tests and benchmarks (header-only,
 * one copy for all of them). */
#ifndef BAOGAO_TEST_SLURP_H
#define BAOGAO_TEST_SLURP_H

#include <stdio.h>

#include "arena.h"

/* The bytes of the file at path (malloc'd, NUL-terminated) and their
 * count in *n, or NULL when it cannot be opened. */
static inline char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0, k;
    char *buf = xmalloc(cap + 1);
    while ((k = fread(buf + len, 1, cap - len, f)) > 0) {
        len += k;
        if (len == cap)
            buf = xrealloc(buf, (cap *= 2) + 1);
    }
    fclose(f);
    buf[len] = '\0';
    *n = len;
    return buf;
}

#endif
