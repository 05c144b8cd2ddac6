/* swar.h — eight bytes in one 64-bit word ("SIMD within a register"):
 * loads and byte-wise tests whose results are masks, the high bit of
 * each byte that passes. Every test is exact byte by byte: no carry or
 * borrow crosses from one byte to the next. */
#ifndef BAOGAO_SWAR_H
#define BAOGAO_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES 0x0101010101010101u
#define SWAR_HIGH 0x8080808080808080u
#define SWAR_LOW7 0x7F7F7F7F7F7F7F7Fu

/* The eight bytes at p as a word, in the host's byte order (any
 * alignment). */
static inline uint64_t swar_load(const void *p)
{
    uint64_t x;
    memcpy(&x, p, sizeof x);
    return x;
}

/* The bytes of x below c (1 to 0x80). */
static inline uint64_t swar_below(uint64_t x, unsigned c)
{
    return ~(((x & SWAR_LOW7) + (0x80 - c) * SWAR_ONES) | x) & SWAR_HIGH;
}

/* The bytes of x equal to c. */
static inline uint64_t swar_equal(uint64_t x, unsigned c)
{
    return swar_below(x ^ (c * SWAR_ONES), 1);
}

/* How many bytes a mask flags (a mask of the tests above: only high
 * bits): their bits brought down and summed by one multiplication, not
 * a population count, which x86-64's baseline has only as a call. */
static inline unsigned swar_count(uint64_t mask)
{
    return (unsigned)(((mask >> 7) * SWAR_ONES) >> 56);
}

#endif
