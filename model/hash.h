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

/* A hash of s[0..n) for a table (not against an adversary), never 0:
 * sixteen bytes a step in two lanes, each a multiplication (two chains
 * the CPU runs side by side, where one chain of eight bytes a step waits
 * on each multiplication; FNV-1a's byte a step was a chain of one a
 * byte), then the lanes and the last bytes mixed. */
static inline uint64_t hash_bytes(const void *s, size_t n)
{
    const unsigned char *p = s;
    uint64_t h = 0x9e3779b97f4a7c15u ^ n, g = 0x6a09e667f3bcc909u, w, v;
    for (; n >= 16; p += 16, n -= 16) {
        memcpy(&w, p, 8);
        memcpy(&v, p + 8, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        g = (g ^ v) * 0xc4ceb9fe1a85ec53u;
        h ^= h >> 32;
        g ^= g >> 29;
    }
    if (n >= 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
        p += 8, n -= 8;
    }
    w = 0;
    memcpy(&w, p, n);
    h = hash_mix64((h ^ w ^ hash_mix64(g)) * 0xc4ceb9fe1a85ec53u);
    return h ? h : 1;
}

#endif
