/* keysort.c — counting and radix sorts by key (see keysort.h). Buckets
 * and digits are taken of key - min: what all keys share above their
 * spread costs nothing. */
#include "keysort.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { BITS = 11, DIGITS = (64 + BITS - 1) / BITS, RADIX = 1 << BITS,
       CLOSE = 4096 };

/* Counting sort by key - min (range: max - min + 1 buckets). */
static void by_count(const uint64_t *key, size_t n, uint64_t min,
                     size_t range, uint32_t *out)
{
    uint32_t *count = xcalloc(range + 1, sizeof *count);
    for (size_t k = 0; k < n; k++)
        count[key[k] - min + 1]++;
    for (size_t b = 1; b <= range; b++)
        count[b] += count[b - 1];
    for (size_t k = 0; k < n; k++)
        out[count[key[k] - min]++] = (uint32_t)k;
    free(count);
}

typedef struct keyed {
    uint64_t key; /* key - min */
    uint32_t at;
} keyed;

/* Radix sort by key - min: the items ping-pong between two arrays, a
 * digit every key shares skipped. */
static void by_digits(const uint64_t *key, size_t n, uint64_t min,
                      uint32_t *out)
{
    keyed *v = xmalloc(n * sizeof *v), *tmp = xmalloc(n * sizeof *v);
    uint32_t (*count)[RADIX] = xcalloc(DIGITS, sizeof *count);
    for (size_t k = 0; k < n; k++) {
        v[k] = (keyed){key[k] - min, (uint32_t)k};
        for (int d = 0; d < DIGITS; d++)
            count[d][(v[k].key >> (BITS * d)) & (RADIX - 1)]++;
    }
    for (int d = 0; d < DIGITS; d++) {
        uint32_t *c = count[d], at = 0;
        if (c[(v[0].key >> (BITS * d)) & (RADIX - 1)] == n)
            continue;
        for (int b = 0; b < RADIX; b++) {
            uint32_t m = c[b];
            c[b] = at;
            at += m;
        }
        for (size_t k = 0; k < n; k++)
            tmp[c[(v[k].key >> (BITS * d)) & (RADIX - 1)]++] = v[k];
        keyed *t = v;
        v = tmp;
        tmp = t;
    }
    for (size_t k = 0; k < n; k++)
        out[k] = v[k].at;
    free(count);
    free(v);
    free(tmp);
}

void keysort(const uint64_t *key, size_t n, uint32_t *out)
{
    if (!n)
        return;
    uint64_t min = key[0], max = key[0];
    for (size_t k = 1; k < n; k++) {
        min = key[k] < min ? key[k] : min;
        max = key[k] > max ? key[k] : max;
    }
    if (max - min < n + CLOSE)
        by_count(key, n, min, (size_t)(max - min) + 1, out);
    else
        by_digits(key, n, min, out);
}
