/* strs.h — a byte span s[0..n) tested against a NUL-terminated literal:
 * starts with it, ends with it, contains it (strs_find, in strs.c; the
 * rest inline: the parse stages call these per line). On UTF-8 the bytes of whole characters
 * are compared, which is what a literal of whole characters needs. */
#ifndef BAOGAO_STRS_H
#define BAOGAO_STRS_H

#include <stddef.h>
#include <string.h>

/* True when s[0..n) starts with lit (always for lit ""). The first
 * byte is compared before memcmp is called: a caller trying a list of
 * literals on every line mostly stops there. */
static inline int strs_starts(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && (k == 0 || s[0] == lit[0]) && memcmp(s, lit, k) == 0;
}

/* True when s[0..n) ends with lit; the last byte compared first. */
static inline int strs_ends(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && (k == 0 || s[n - 1] == lit[k - 1]) && memcmp(s + n - k, lit, k) == 0;
}

/* The first place in s[0..n) where the k bytes lit[0..k) occur, or NULL:
 * memmem, but a vector compare of two bytes a step where memmem goes a
 * byte at a time (glibc, for literals of three bytes and more). */
const char *strs_find(const char *s, size_t n, const char *lit, size_t k);

/* True when lit occurs in s[0..n). */
static inline int strs_has(const char *s, size_t n, const char *lit)
{
    return strs_find(s, n, lit, strlen(lit)) != NULL;
}

#endif
