/* linekey.h — a folded form of a line for the line classifiers: simplified
 * script, half-width, lower case, without spaces or pinyin annotations. */
#ifndef BAOGAO_LINEKEY_H
#define BAOGAO_LINEKEY_H

#include <stddef.h>

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

#endif
