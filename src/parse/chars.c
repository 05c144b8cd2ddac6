/* chars.c — controls out, spaces normalised, lines trimmed (see chars.h). */
#include "chars.h"

#include <string.h>

#include <unicode/uchar.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "swar.h"
#include "utf8.h"

int chars_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x1680;
}

static int is_trim_space(uint32_t cp)
{
    return chars_is_space(cp) || cp == '\f';
}

size_t chars_trim(const char *s, size_t n, size_t *start)
{
    size_t i = 0;
    uint32_t cp;
    while (i < n) {
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (!is_trim_space(cp))
            break;
        i += k;
    }
    size_t e = n;
    while (e > i) {
        size_t k = utf8_prev_len(s, e);
        utf8_decode(s + e - k, k, &cp);
        if (!is_trim_space(cp))
            break;
        e -= k;
    }
    *start = i;
    return e - i;
}

/* Invisible characters that carry nothing in a report. */
static int is_removable(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t') || cp == 0x7F ||
           (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
           cp == 0xFEFF || cp == 0xAD || cp == 0x061C;
}

/* Characters copied as they are: everything but controls, spaces and
 * bytes that were not UTF-8. */
static int is_plain(uint32_t cp, const char *s, size_t k)
{
    if ((cp > 0x20 && cp < 0x7F) || (cp > 0x3000 && cp < 0xFEFF))
        return 1; /* ASCII text, CJK and its punctuation: the common case */
    if (is_removable(cp) || chars_is_space(cp))
        return 0;
    return cp != UTF8_REPLACEMENT || (k == 3 && (unsigned char)s[0] == 0xEF);
}

/* True when u[0..3) is one well-formed character from U+3000 up that
 * is_plain keeps, read from its bytes alone: leads E3–EF but ED (whose
 * second byte is narrower), two continuation bytes, and neither U+3000
 * (a space) nor U+FEFF (removable). */
static inline int plain3(const unsigned char *u)
{
    unsigned c = u[0];
    if (c < 0xE3 || c > 0xEF || c == 0xED || !utf8_two_conts(u + 1))
        return 0;
    if (c == 0xE3)
        return u[1] != 0x80 || u[2] != 0x80;
    if (c == 0xEF)
        return u[1] != 0xBB || u[2] != 0xBF;
    return 1;
}

/* True when all eight bytes at u are printable ASCII, 0x21-0x7E. */
static inline int printable8(const unsigned char *u)
{
    uint64_t x = swar_load(u);
    return (~swar_below(x, 0x21) & swar_below(x, 0x7F)) == SWAR_HIGH;
}

#ifdef __SSE2__
/* The bytes of x that are above lo and below hi, taken as signed, as a
 * mask of 16 bits. */
static inline unsigned between(__m128i x, signed char lo, signed char hi)
{
    return (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(lo)), _mm_cmplt_epi8(x, _mm_set1_epi8(hi))));
}

/* The bytes of x equal to c, as a mask of 16 bits. */
static inline unsigned bytes_are(__m128i x, unsigned char c)
{
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)c)));
}

/* How many of the 16 bytes at u (the start of a character) are whole
 * characters that plain3 or the ASCII fast path keep: printable ASCII,
 * and E3-EF leads but ED with their two continuation bytes, not U+3000
 * nor U+FEFF. 0 to 16; a character the 16 bytes cut is left to the next
 * look. A few vector compares, a bit each byte, and no branch on what the
 * bytes are: Han mixed with digits costs no mispredicted branch a
 * character. (Eight bytes a step in a 64-bit word were slower than a
 * character at a time: too many operations a byte.) */
static inline size_t plain16(const unsigned char *u)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    unsigned ascii = between(x, 0x20, 0x7F);
    unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
    unsigned lead = between(x, (signed char)0xE2, (signed char)0xF0) & ~bytes_are(x, 0xED);
    /* Leads with their continuations where they should be; bytes past
     * the 16 are shifted out (those characters are cut). */
    unsigned want_cont = (lead << 1 | lead << 2) & 0xFFFF;
    unsigned b80 = bytes_are(x, 0x80);
    unsigned odd = ~(ascii | cont | lead) & 0xFFFF;
    odd |= cont ^ want_cont;
    odd |= bytes_are(x, 0xE3) & b80 >> 1 & b80 >> 2;
    odd |= bytes_are(x, 0xEF) & bytes_are(x, 0xBB) >> 1 & bytes_are(x, 0xBF) >> 2;
    size_t p = odd ? (size_t)__builtin_ctz(odd) : 16;
    /* A lead one or two bytes before p: its character reaches p. */
    if (p >= 1 && lead >> (p - 1) & 1)
        return p - 1;
    if (p >= 2 && lead >> (p - 2) & 1)
        return p - 2;
    return p;
}
#endif

/* chars_clean_line, a word at a time when words, else a character. */
static void clean_line(const char *s, size_t n, sbuf *out, doc_stats *st, int words)
{
    sbuf_reserve(out, n);
    size_t start = out->len;
    size_t kept_end = out->len; /* end of the last non-space character */
    size_t run = 0;             /* plain bytes s[run..i) not yet copied */
    size_t i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        /* Fast paths over bytes: 16 at a time (plain16); printable
         * ASCII, and the plain three-byte characters (plain3): CJK, its
         * punctuation, full-width forms. */
#ifdef __SSE2__
        if (words && i + 16 <= n) {
            size_t k = plain16(u + i);
            if (k) {
                i += k;
                continue;
            }
        }
#else
        (void)words; /* a character at a time, the same output */
#endif
        if (u[i] > 0x20 && u[i] < 0x7F) {
            for (i++; i + 8 <= n && printable8(u + i);)
                i += 8;
            continue;
        }
        if (i + 2 < n && plain3(u + i)) {
            i += 3;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (is_plain(cp, s + i, k)) {
            i += k;
            continue;
        }
        if (i > run) {
            sbuf_add(out, s + run, i - run);
            kept_end = out->len;
        }
        if (is_removable(cp)) {
            st->controls++;
        } else if (chars_is_space(cp)) {
            if (out->len > start)
                sbuf_addc(out, ' ');
        } else {
            sbuf_addcp(out, UTF8_REPLACEMENT);
            kept_end = out->len;
        }
        i += k;
        run = i;
    }
    if (i > run) {
        sbuf_add(out, s + run, i - run);
        kept_end = out->len;
    }
    out->len = kept_end;
    out->p[out->len] = '\0';
}

void chars_clean_line(const char *s, size_t n, sbuf *out, doc_stats *st)
{
    clean_line(s, n, out, st, 1);
}

void chars_clean_line_charwise(const char *s, size_t n, sbuf *out, doc_stats *st)
{
    clean_line(s, n, out, st, 0);
}

int chars_is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int chars_cells(uint32_t cp)
{
    if (cp < 0x1100)
        return 1;
    if ((cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xFF01 && cp <= 0xFF60))
        return 2;
    int ea = u_getIntPropertyValue((UChar32)cp, UCHAR_EAST_ASIAN_WIDTH);
    return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}
