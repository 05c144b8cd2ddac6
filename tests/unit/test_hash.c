/* test_hash.c — unit tests of model/hash.h: hash_bytes reads every byte
 * of every length (each bit of a 64-byte and a 61-byte buffer flipped,
 * each prefix of the first, give distinct hashes), does not depend on where the bytes lie, and
 * is never 0; hash_mix64 is a bijection on the values it is given. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "hash.h"

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* How many values of v[0..n) equal the one before them once sorted. */
static size_t repeated(uint64_t *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_u64);
    size_t same = 0;
    for (size_t i = 1; i < n; i++)
        same += v[i] == v[i - 1];
    return same;
}

static void test_bytes(void)
{
    unsigned char buf[64];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 37 + 11);
    /* Whole steps of 16 (64 bytes), and a tail of 8 and 5 (61). */
    static uint64_t v[(64 + 61) * 8 + 65];
    size_t n = 0, zeros = 0;
    for (size_t len = 61; len <= 64; len += 3)
        for (size_t bit = 0; bit < len * 8; bit++) {
            buf[bit / 8] ^= (unsigned char)(1u << bit % 8);
            v[n++] = hash_bytes(buf, len);
            buf[bit / 8] ^= (unsigned char)(1u << bit % 8);
        }
    for (size_t len = 0; len <= sizeof buf; len++)
        v[n++] = hash_bytes(buf, len);
    for (size_t i = 0; i < n; i++)
        zeros += v[i] == 0;
    CHECK_INT(zeros, 0);
    CHECK_INT(repeated(v, n), 0);
    /* The same bytes at every alignment. */
    unsigned char shifted[80];
    size_t differ = 0;
    for (size_t at = 0; at < 16; at++) {
        memcpy(shifted + at, buf, 40);
        differ += hash_bytes(shifted + at, 40) != hash_bytes(buf, 40);
    }
    CHECK_INT(differ, 0);
    /* The empty string hashes to a value, not 0. */
    CHECK(hash_bytes("", 0) != 0);
}

static void test_mix(void)
{
    static uint64_t v[4096];
    for (size_t i = 0; i < 4096; i++)
        v[i] = hash_mix64(i);
    CHECK_INT(repeated(v, 4096), 0);
    CHECK(hash_mix64(1) != 1);
}

int main(void)
{
    test_bytes();
    test_mix();
    return check_done();
}
