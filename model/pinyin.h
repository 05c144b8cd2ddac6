/* pinyin.h — matching a query typed in pinyin against Chinese text: full
 * syllables (diqushengchanzongzhi), initials (dqsczz), or a mix with Han
 * characters (dqsc总值); every reading of a character counts, heteronyms
 * included (地 dì/de). */
#ifndef BAOGAO_PINYIN_H
#define BAOGAO_PINYIN_H

#include <stddef.h>
#include <stdint.h>

/* True when folded query q[0..n) can be a pinyin query: ASCII letters
 * (at least two), possibly mixed with Han characters after them; under
 * 64 bytes. */
int pinyin_query(const char *q, size_t n);

/* If text s[0..n) starting at byte 0 (a Han character) matches the whole
 * pinyin query q[0..qn), returns the bytes of s it covers (the fewest
 * characters that spell it); else 0. Each character takes one of its
 * readings in full or its initial (b p m f …, zh ch sh; z c s also for
 * zh ch sh), the last may be a reading still being typed (a prefix); a
 * Han character in the query matches itself. */
size_t pinyin_match(const char *s, size_t n, const char *q, size_t qn);

/* One character further: the query positions (bit i: q[0..i) spelt)
 * reachable from those in from by character cp; bit qn set means the
 * query is spelt. */
uint64_t pinyin_step(uint32_t cp, uint64_t from, const char *q, size_t qn);

/* pinyin_step for one query, remembered: a table of the steps taken so
 * far (direct-mapped, by character and positions), for a search that
 * steps through the same characters many times (the index's pinyin
 * walk). The query's bytes must outlive it. */
typedef struct pinyin_memo pinyin_memo;

/* A memo for query q[0..qn) (one for which pinyin_query is true). Free
 * with pinyin_memo_free. Aborts on out-of-memory. */
pinyin_memo *pinyin_memo_new(const char *q, size_t qn);
void pinyin_memo_free(pinyin_memo *m);

/* pinyin_step(cp, from, q, qn) of m's query. */
uint64_t pinyin_memo_step(pinyin_memo *m, uint32_t cp, uint64_t from);

/* pinyin_match for a match of m's query already under way: at the query
 * positions reached by the characters before s (from pinyin_step). */
size_t pinyin_memo_match_from(pinyin_memo *m, const char *s, size_t n,
                              uint64_t at);

typedef void (*pinyin_hit_fn)(void *ctx, size_t pos, size_t len);

/* Calls fn for every match of q in text s[0..n) (tried at each Han
 * character), with its offset and length in bytes, in order. */
void pinyin_find(const char *s, size_t n, const char *q, size_t qn,
                 pinyin_hit_fn fn, void *ctx);

#endif
