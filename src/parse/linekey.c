/* linekey.c — folded line keys for classifiers (see linekey.h). */
#include "linekey.h"

#include <string.h>

#include "strs.h"
#include "unitab.h"
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
    sbuf_reserve(out, n);
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        size_t skip = annotation_len(s + i, n - i);
        if (skip) {
            i += skip;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        cp = unitab_halfwidth(unitab_t2s(cp));
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        if (cp == ' ' || cp == 0x3000 || cp == 0xA0 || cp == '\t')
            continue;
        sbuf_addcp(out, cp);
        chars++;
    }
    out->p[out->len] = '\0';
    return chars;
}

int linekey_has(const sbuf *key, const char *word)
{
    return key->len && strs_has(key->p, key->len, word);
}

int linekey_starts(const sbuf *key, const char *word)
{
    return strs_starts(key->p, key->len, word);
}
