/* linekey.c — folded line keys for classifiers (see linekey.h). */
#include "linekey.h"

#include <string.h>

#include "fold.h"
#include "strs.h"
#include "utf8.h"

/* Length of a "(syllable)" pinyin annotation at s, or 0. */
static size_t annotation_len(const char *s, size_t n)
{
    if (n < 3 || s[0] != '(')
        return 0;
    size_t i = 1;
    while (i < n && i < 16 && s[i] != ')') {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        int letter = (cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0x1DC);
        if (!letter)
            return 0;
        i += k;
    }
    return i < n && s[i] == ')' && i > 1 ? i + 1 : 0;
}

size_t linekey_make(const char *s, size_t n, sbuf *out)
{
    out->len = 0;
    const char *end = s + n;
    size_t chars = 0, run = 0; /* s[run..) is not folded yet */
    for (const char *p = s; p < end && (p = memchr(p, '(', (size_t)(end - p)));) {
        size_t skip = annotation_len(p, (size_t)(end - p));
        if (skip) {
            chars += fold_compact(s + run, (size_t)(p - s) - run, out);
            run = (size_t)(p - s) + skip;
        }
        p += skip ? skip : 1;
    }
    return chars + fold_compact(s + run, n - run, out);
}

int linekey_has(const sbuf *key, const char *word)
{
    return key->len && strstr(key->p, word) != NULL; /* a C string */
}

int linekey_starts(const sbuf *key, const char *word)
{
    return strs_starts(key->p, key->len, word);
}

/* The slot of code point cp in w's table: its own, or the empty one
 * where it would go. */
static size_t slot_of(const linekey_words *w, uint32_t cp)
{
    size_t s = (size_t)((cp * 2654435761u) >> 25) & (LINEKEY_SLOTS - 1);
    while (w->slot_first[s] && w->slot_first[s] != cp)
        s = (s + 1) & (LINEKEY_SLOTS - 1);
    return s;
}

void linekey_words_init(linekey_words *w, const char *const *words, size_t n)
{
    memset(w, 0, sizeof *w);
    w->n = n < LINEKEY_WORDS_MAX ? n : LINEKEY_WORDS_MAX;
    /* Backwards, so that each chain runs in the order of the list. */
    for (size_t k = w->n; k-- > 0;) {
        w->word[k] = words[k];
        w->len[k] = strlen(words[k]);
        utf8_decode(words[k], w->len[k], &w->first[k]);
        cpset_add(&w->firsts, w->first[k]);
        size_t s = slot_of(w, w->first[k]);
        w->next[k] = w->slot_first[s] ? w->slot_word[s] : UINT8_MAX;
        w->slot_first[s] = w->first[k];
        w->slot_word[s] = (uint8_t)k;
    }
}

/* A word (UTF-8) starts with ASCII or a lead byte, so where the key has
 * a character start; only starts of a word's first character are tried
 * (cpset_skip over the others), and there only the words of that first
 * character. The key is a C string, as for strstr. */
size_t linekey_words_find(const linekey_words *w, const sbuf *key,
                          unsigned char *found)
{
    size_t n = key->len ? strlen(key->p) : 0, hits = 0;
    const char *s = key->p;
    for (size_t i = 0; i < n;) {
        i = cpset_skip(&w->firsts, s, i, n);
        if (i >= n)
            break;
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        if (cpset_has(&w->firsts, cp)) {
            size_t slot = slot_of(w, cp);
            for (unsigned k = w->slot_first[slot] ? w->slot_word[slot] : UINT8_MAX;
                 k != UINT8_MAX; k = w->next[k])
                if (!found[k] && w->len[k] <= n - i &&
                    memcmp(s + i, w->word[k], w->len[k]) == 0) {
                    found[k] = 1;
                    hits++;
                }
        }
        i += len;
    }
    return hits;
}
