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
