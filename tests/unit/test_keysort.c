/* test_keysort.c — model/keysort.c against a plain reference sort (keys
 * compared, ties by number): keys close together (the counting sort),
 * keys from all over and keys sharing their high bits (the radix sort,
 * digits skipped), the extremes 0 and UINT64_MAX, equal keys, 0 and 1
 * key. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "keysort.h"

enum { N = 5000 };

static uint64_t keys[N];

static int by_key(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = (keys[x] > keys[y]) - (keys[x] < keys[y]);
    return c ? c : (x > y) - (x < y);
}

/* keysort of keys[0..n) is the reference's. */
static int sorts_right(size_t n)
{
    static uint32_t got[N], want[N];
    for (uint32_t i = 0; i < n; i++)
        want[i] = i;
    qsort(want, n, sizeof *want, by_key);
    keysort(keys, n, got);
    for (size_t i = 0; i < n; i++)
        if (got[i] != want[i])
            return 0;
    return 1;
}

static uint64_t next(uint64_t *x) /* xorshift64 */
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

int main(void)
{
    uint64_t x = 2463534242ull;
    for (size_t i = 0; i < N; i++) /* ranks with repeats: counting */
        keys[i] = next(&x) % 300;
    CHECK(sorts_right(N));
    for (size_t i = 0; i < N; i++) /* close, far from 0 */
        keys[i] = (UINT64_MAX - 20000) + next(&x) % 9000;
    CHECK(sorts_right(N));
    for (size_t i = 0; i < N; i++) /* from all over, some repeated */
        keys[i] = i % 5 == 0 && i ? keys[i / 3] : next(&x);
    CHECK(sorts_right(N));
    for (size_t i = 0; i < N; i++) /* the high bits shared, spread wide */
        keys[i] = 0xABCD000000000000ull | (next(&x) & 0xFFFFFFFFFull);
    CHECK(sorts_right(N));
    for (size_t i = 0; i < N; i++) /* the extremes */
        keys[i] = next(&x) % 3 == 0 ? 0 : next(&x) % 2 ? UINT64_MAX : 77;
    CHECK(sorts_right(N));
    for (size_t i = 0; i < N; i++) /* one key */
        keys[i] = 12345;
    CHECK(sorts_right(N));
    keys[0] = 9;
    CHECK(sorts_right(1));
    CHECK(sorts_right(0));
    keys[0] = UINT64_MAX;
    keys[1] = 0;
    CHECK(sorts_right(2));
    return check_done();
}
