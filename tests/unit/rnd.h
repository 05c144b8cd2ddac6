/* rnd.h — a seeded xorshift32 for the randomised tests (header-only):
 * the same seed gives the same cases, so a failing seed printed can be
 * run again. */
#ifndef BAOGAO_TEST_RND_H
#define BAOGAO_TEST_RND_H

#include <stdint.h>

static uint32_t rnd_state = 1;

/* Starts the sequence at seed (0 is taken as 1: xorshift stays at 0). */
static inline void rnd_seed(uint32_t seed)
{
    rnd_state = seed ? seed : 1;
}

/* The next number of the sequence. */
static inline uint32_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 17;
    rnd_state ^= rnd_state << 5;
    return rnd_state;
}

#endif
