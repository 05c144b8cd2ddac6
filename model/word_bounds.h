/* word_bounds.h — the words of a text as the text diff (textdiff.h)
 * takes them: sorted boundary offsets and which words are numbers, found
 * by src/parse/wordbreak.h (ICU) and handed to model/ as data or as a
 * function, so that model/ stays free of ICU. */
#ifndef BAOGAO_WORD_BOUNDS_H
#define BAOGAO_WORD_BOUNDS_H

#include <stddef.h>
#include <stdint.h>

/* The words of a text: at[0..n) the sorted byte offsets of the
 * boundaries, 0 and the text's length among them; number[k] (k < n - 1)
 * is 1 when the word at[k]..at[k+1) is a number (with its point and
 * unit: 1277.93亿元, 5%, 二〇二四). Filled by wordbreak_find
 * (src/parse/wordbreak.h); freed with word_bounds_free. */
typedef struct word_bounds {
    uint32_t *at;
    unsigned char *number;
    size_t n;
} word_bounds;

/* Frees w's arrays and empties it (an empty one: nothing). */
void word_bounds_free(word_bounds *w);

/* Finds the words of s[0..n) into *out (wordbreak_find). */
typedef void (*word_bounds_fn)(const char *s, size_t n, word_bounds *out);

#endif
