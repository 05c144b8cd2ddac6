/* linekey.h — a folded form of a line for the line classifiers: simplified
 * script, half-width, lower case, without spaces or pinyin annotations. */
#ifndef BAOGAO_LINEKEY_H
#define BAOGAO_LINEKEY_H

#include <stddef.h>
#include <stdint.h>

#include "cpset.h"
#include "sbuf.h"

/* Writes the key of s[0..n) into out (replacing its contents; out->p is
 * never NULL after): "(pinyin)" groups of lower-case letters with tone
 * marks dropped, the rest as fold_compact makes it (fold.h: simplified,
 * half-width, lower case, spaces dropped). Returns the key's length in
 * code points. */
size_t linekey_make(const char *s, size_t n, sbuf *out);

/* True when the key contains the UTF-8 string word. */
int linekey_has(const sbuf *key, const char *word);

/* True when the key starts with word. */
int linekey_starts(const sbuf *key, const char *word);

/* A list of words a classifier looks for in every key: one pass over the
 * key finds them all (linekey_words_find), where one linekey_has a word
 * searched the key again for each. */
enum { LINEKEY_WORDS_MAX = 64, LINEKEY_SLOTS = 128 };
typedef struct linekey_words {
    size_t n;
    const char *word[LINEKEY_WORDS_MAX];
    size_t len[LINEKEY_WORDS_MAX];
    uint32_t first[LINEKEY_WORDS_MAX]; /* each word's first code point */
    cpset firsts;                      /* the set of those */
    /* The words of each first code point, in a table open-addressed by
     * it: slot_first[s] (0: empty) and slot_word[s], the first of them;
     * next[k], the word after k with the same first (UINT8_MAX: none). */
    uint32_t slot_first[LINEKEY_SLOTS];
    uint8_t slot_word[LINEKEY_SLOTS];
    uint8_t next[LINEKEY_WORDS_MAX];
} linekey_words;

/* Makes w the list of the n (at most LINEKEY_WORDS_MAX) non-empty UTF-8
 * strings words, which must outlive it. Build it once (e.g. under
 * pthread_once), not per key. */
void linekey_words_init(linekey_words *w, const char *const *words, size_t n);

/* Sets found[k] (found has w->n entries, zeroed by the caller) for each
 * word k that linekey_has would find in key, and returns how many are
 * found. */
size_t linekey_words_find(const linekey_words *w, const sbuf *key,
                          unsigned char *found);

#endif
