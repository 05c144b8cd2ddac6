/* hash.h — the one 64-bit mixing function every hash of baogao's model
 * shares (near-duplicate shingles, key sets, comparison shingles), and the
 * hash of a run of bytes that tables of lines and paragraphs key on. */
#ifndef BAOGAO_HASH_H
#define BAOGAO_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* splitmix64's finaliser: a bijection of x whose every output bit
 * depends on every input bit. Never fails. */
static inline uint64_t hash_mix64(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* A hash of s[0..n) for a table (not against an adversary): eight bytes
 * a step, one multiplication each (FNV-1a's byte a step was a chain of
 * one a byte), then mixed; never 0. */
static inline uint64_t hash_bytes(const void *s, size_t n)
{
    const unsigned char *p = s;
    uint64_t h = 0x9e3779b97f4a7c15u ^ n, w;
    for (; n >= 8; p += 8, n -= 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, p, n);
    h = hash_mix64((h ^ w) * 0xc4ceb9fe1a85ec53u);
    return h ? h : 1;
}

#endif
