/* utf8.c — strict UTF-8 decode/encode (see utf8.h). */
#include "utf8.h"

#include <string.h>

#include "swar.h"

size_t utf8_decode_multi(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v, min;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; v = c & 0x0F; min = 0x800;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; v = c & 0x07; min = 0x10000;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *cp = UTF8_REPLACEMENT;
        return 1;
    }
    size_t i = 1;
    for (; i <= need; i++) {
        if (i >= n) {
            *cp = UTF8_REPLACEMENT;
            return i;
        }
        unsigned t = s[i];
        if (t < lo || t > hi) {
            *cp = UTF8_REPLACEMENT;
            return i;
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (t & 0x3F);
    }
    (void)min;
    *cp = v;
    return i;
}

size_t utf8_lead_pairs(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k = 0, j = 0;
    for (; j + 9 <= n; j += 8) { /* places j..j+7, bytes j..j+8 */
        uint64_t x = swar_load(s + j), next = swar_load(s + j + 1);
        uint64_t lead = x & SWAR_HIGH & ~swar_below(x & SWAR_LOW7, 0x42) &
                        swar_below(x & SWAR_LOW7, 0x75);
        uint64_t cont = next & SWAR_HIGH & swar_below(next & SWAR_LOW7, 0x40);
        k += (size_t)swar_count(lead & cont);
    }
    for (; j + 1 < n; j++)
        k += (s[j] - 0xC2u <= 0xF4 - 0xC2) & ((s[j + 1] & 0xC0) == 0x80);
    return k;
}

size_t utf8_encode_multi(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = UTF8_REPLACEMENT;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            /* ASCII: eight bytes a step while none has its high bit. */
            for (i++; i + 8 <= n && !(swar_load(u + i) & SWAR_HIGH);)
                i += 8;
            continue;
        }
        if (c - 0xE1u <= 0xEF - 0xE1 && c != 0xED && i + 2 < n &&
            utf8_two_conts(u + i + 1)) {
            /* The bulk of Chinese text: lead E1–EF but ED (whose second
             * byte is narrower), two continuations, one character after
             * another; the full-width ，：（） (EF) among them. */
            for (i += 3; i + 2 < n && u[i] - 0xE1u <= 0xEF - 0xE1 && u[i] != 0xED &&
                         utf8_two_conts(u + i + 1);)
                i += 3;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        /* U+FFFD decoded from its own three bytes is valid text. */
        if (cp == UTF8_REPLACEMENT && !(k == 3 && u[i] == 0xEF))
            return 0;
        i += k;
    }
    return 1;
}

size_t utf8_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

size_t utf8_prev_len(const char *s, size_t n)
{
    size_t k = 1;
    while (k < 4 && k < n && ((unsigned char)s[n - k] & 0xC0) == 0x80)
        k++;
    unsigned char lead = (unsigned char)s[n - k];
    size_t want = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3
                                 : lead >= 0xC0 ? 2 : 0;
    return want == k ? k : 1; /* a stray continuation byte stands alone */
}

size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    for (size_t back = 0; back < 4 && back <= max; back++) {
        size_t at = max - back;
        if (((unsigned char)s[at] & 0xC0) != 0x80) {
            uint32_t cp;
            return at + utf8_decode(s + at, n - at, &cp) > max ? at : max;
        }
    }
    return max; /* stray continuation bytes: each stands alone */
}
