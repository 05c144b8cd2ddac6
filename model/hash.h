/* hash.h — the one 64-bit mixing function every hash of baogao's model
 * shares (near-duplicate shingles, key sets, comparison shingles). */
#ifndef BAOGAO_HASH_H
#define BAOGAO_HASH_H

#include <stdint.h>

/* splitmix64's finaliser: a bijection of x whose every output bit
 * depends on every input bit. Never fails. */
static inline uint64_t hash_mix64(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

#endif
