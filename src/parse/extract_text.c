/* extract_text.c — the small text helpers the extract stage reads with:
 * code points, width folding, literals, digits. */
#include <string.h>

#include "extract_impl.h"
#include "utf8.h"

uint32_t ex_fold_cp(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFF01 + 0x21;
    if (cp == 0x3000 || cp == 0xA0)
        return ' ';
    return cp;
}

/* Decodes the code point at s[i] into *cp; returns its bytes (0 at n). */
size_t ex_cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    if (i >= n) {
        *cp = 0;
        return 0;
    }
    return utf8_decode(s + i, n - i, cp);
}

/* Decodes the code point that ends at s[i] into *cp; returns its bytes (0
 * at the start). */
size_t ex_cp_before(const char *s, size_t i, uint32_t *cp)
{
    if (i == 0) {
        *cp = 0;
        return 0;
    }
    size_t k = utf8_prev_len(s, i);
    utf8_decode(s + i - k, k, cp);
    return k;
}

int ex_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == 0x3000 || cp == 0xA0 || cp == '\t';
}

/* Bytes of an ASCII or fullwidth digit at s[i], else 0. */
size_t ex_digit_at(const char *s, size_t n, size_t i)
{
    if (i < n && s[i] >= '0' && s[i] <= '9')
        return 1;
    if (i + 3 <= n && (unsigned char)s[i] == 0xEF &&
        (unsigned char)s[i + 1] == 0xBC && (unsigned char)s[i + 2] >= 0x90 &&
        (unsigned char)s[i + 2] <= 0x99)
        return 3;
    return 0;
}

/* Appends s[0..n) width-folded (fullwidth forms to ASCII), spaces left
 * out. */
void ex_fold_add(sbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ex_cp_at(s, n, i, &cp);
        i += k;
        cp = ex_fold_cp(cp);
        if (!ex_space_cp(cp))
            sbuf_addcp(b, cp);
    }
}
