/* fuzz.h — what the fuzz targets share (header-only: each target is one
 * program): the entry point libFuzzer calls, a check that aborts with a
 * message (so libFuzzer and the replay see a crash), and reading the
 * input piece by piece. */
#ifndef BAOGAO_FUZZ_H
#define BAOGAO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with "fuzz: what" when ok is false: a broken contract. */
static inline void fuzz_require(int ok, const char *what)
{
    if (ok)
        return;
    fprintf(stderr, "fuzz: %s\n", what);
    abort();
}

/* The input, consumed from the front. */
typedef struct fuzz_input {
    const char *p;
    size_t n;
} fuzz_input;

/* The next byte (0 once the input is used up). */
static inline unsigned fuzz_byte(fuzz_input *in)
{
    if (!in->n)
        return 0;
    in->n--;
    return (unsigned char)*in->p++;
}

/* The bytes up to the next sep (or the end; at most max), consumed with
 * the sep, as a malloc'd (xmalloc) NUL-terminated string; *len (when not NULL) gets
 * its length. The piece may hold NUL bytes when sep is not NUL. */
static inline char *fuzz_piece(fuzz_input *in, char sep, size_t max,
                               size_t *len)
{
    size_t k = 0;
    while (k < in->n && k < max && in->p[k] != sep)
        k++;
    char *s = xmalloc(k + 1);
    if (k)
        memcpy(s, in->p, k);
    s[k] = '\0';
    if (len)
        *len = k;
    size_t used = k < in->n && in->p[k] == sep ? k + 1 : k;
    in->p += used;
    in->n -= used;
    return s;
}

#endif
