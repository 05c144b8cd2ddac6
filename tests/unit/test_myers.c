/* test_myers.c — the diff of symbol sequences: on 500 random pairs
 * (seeded; the seed printed on failure) over small alphabets the marks
 * leave equal symbols pairwise in order and their number is the shortest
 * edit script's (n + m − 2·LCS, the LCS by dynamic programming); long
 * unrelated sequences still give a valid script in bounded work (the
 * cost heuristics)
 * and the budget is honoured: -1 when it runs out, the work spent taken
 * off it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "myers.h"
#include "rnd.h"

/* The length of the longest common subsequence (O(nm) table). */
static size_t lcs(const uint32_t *a, size_t n, const uint32_t *b, size_t m)
{
    size_t *row = calloc(m + 1, sizeof *row), *prev = calloc(m + 1, sizeof *prev);
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++)
            row[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1
                     : row[j - 1] > prev[j] ? row[j - 1]
                                            : prev[j];
        memcpy(prev, row, (m + 1) * sizeof *row);
    }
    size_t r = prev[m];
    free(row);
    free(prev);
    return r;
}

/* True when the unmarked symbols of a and b are equal pairwise in order
 * (as many on each side); *edits gets the marks' count. */
static int valid(const uint32_t *a, size_t n, const unsigned char *ca,
                 const uint32_t *b, size_t m, const unsigned char *cb,
                 size_t *edits)
{
    size_t i = 0, j = 0, e = 0;
    for (;;) {
        while (i < n && ca[i])
            i++, e++;
        while (j < m && cb[j])
            j++, e++;
        if (i == n || j == m)
            break;
        if (a[i] != b[j])
            return 0;
        i++, j++;
    }
    while (i < n)
        e += ca[i++] ? 1 : 1000000; /* an unmarked leftover: invalid */
    while (j < m)
        e += cb[j++] ? 1 : 1000000;
    *edits = e;
    return e < 1000000;
}

static void random_seq(uint32_t *v, size_t n, uint32_t alphabet)
{
    for (size_t i = 0; i < n; i++)
        v[i] = 'a' + rnd() % alphabet;
}

static void test_random(uint32_t seed)
{
    for (int t = 0; t < 500; t++) {
        uint32_t case_seed = seed + (uint32_t)t * 2654435761u;
        rnd_seed(case_seed);
        size_t n = rnd() % 60, m = rnd() % 60;
        uint32_t alphabet = 2 + rnd() % 6;
        uint32_t a[60], b[60];
        random_seq(a, n, alphabet);
        if (rnd() % 2) { /* b an edited a */
            memcpy(b, a, n * sizeof *a);
            m = n;
            for (int e = rnd() % 6; e > 0 && m > 0; e--)
                b[rnd() % m] = 'a' + rnd() % alphabet;
        } else {
            random_seq(b, m, alphabet);
        }
        unsigned char ca[61] = {0}, cb[61] = {0};
        size_t budget = 1000000, edits = 0;
        int rc = myers_diff(a, n, b, m, ca, cb, &budget);
        int ok = CHECK_INT(rc, 0);
        ok &= CHECK(valid(a, n, ca, b, m, cb, &edits));
        ok &= CHECK_INT(edits, n + m - 2 * lcs(a, n, b, m));
        if (!ok)
            printf("  case seed %u (n %zu, m %zu)\n", case_seed, n, m);
    }
}

/* Long unrelated sequences: a valid script within the cost heuristics
 * (which need not find the shared run: they keep near the diagonals of
 * the furthest reach); with a small budget, -1. */
static void test_long(void)
{
    size_t n = 100000, m = 90000;
    uint32_t *a = malloc(n * sizeof *a), *b = malloc(m * sizeof *b);
    rnd_seed(12345);
    random_seq(a, n, 3000);
    random_seq(b, m, 3000);
    for (size_t i = 0; i < 30000; i++) /* some shared text */
        b[50000 + i] = a[50000 + i];
    unsigned char *ca = calloc(n, 1), *cb = calloc(m, 1);
    size_t full = (size_t)1 << 34, budget = full, edits;
    CHECK_INT(myers_diff(a, n, b, m, ca, cb, &budget), 0);
    size_t spent = full - budget;
    CHECK(spent > 0);
    /* far from the n·m of exact Myers here, about (n + m)^1.5 */
    CHECK(spent < (size_t)(n + m) * 2000);
    CHECK(valid(a, n, ca, b, m, cb, &edits));
    printf("  long: work %zu, %zu edits (%zu at least)\n", spent, edits,
           n + m - 2 * 30000);
    memset(ca, 0, n);
    memset(cb, 0, m);
    budget = 100000;
    CHECK_INT(myers_diff(a, n, b, m, ca, cb, &budget), -1);
    CHECK_INT(budget, 0);
    /* equal sequences: no marks, work about their length */
    memset(ca, 0, n);
    budget = 10 * n;
    CHECK_INT(myers_diff(a, n, a, n, ca, ca, &budget), 0);
    CHECK(memchr(ca, 1, n) == NULL);
    free(a);
    free(b);
    free(ca);
    free(cb);
}

int main(int argc, char **argv)
{
    uint32_t seed = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 20240601;
    printf("seed %u\n", seed);
    test_random(seed);
    test_long();
    return check_done();
}
