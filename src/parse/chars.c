/* chars.c — controls out, spaces normalised, lines trimmed (see chars.h). */
#include "chars.h"

#include <string.h>

#include <unicode/uchar.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define CHARS_AVX2 1 /* a 32-byte step, for CPUs that have AVX2 */
#include <immintrin.h>
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

/* What a fast step knows of 16 or 32 bytes: a bit each byte, per class
 * or value. */
typedef struct byte_masks {
    uint32_t ascii;         /* 0x20-0x7E: printable ASCII and the space */
    uint32_t cont;          /* 0x80-0xBF */
    uint32_t lead2, lead3;  /* C2-DF, E2-EF */
    uint32_t r90_a9, ra1_bf; /* 0x90-0xA9, 0xA1-0xBF */
    uint32_t b80, b81, bad, bbb, bbf, bc2, bd8, be2, be3, bed, bef;
} byte_masks;

/* Fills byte_masks m from vector x with the intrinsics of prefix V (_mm
 * or _mm256) and suffix SI (_si128 or _si256): one copy of the classes
 * for both widths. EQ: the bytes equal to c; GT: above c; IN: above lo
 * and below hi, all taken as signed. */
#define MASK_OF(V, cmp) ((uint32_t)V##_movemask_epi8(cmp))
#define EQ(V, x, c) MASK_OF(V, V##_cmpeq_epi8(x, V##_set1_epi8((char)(c))))
#define GT(V, x, c) V##_cmpgt_epi8(x, V##_set1_epi8((char)(c)))
#define IN(V, SI, x, lo, hi) MASK_OF(V, V##_andnot##SI(GT(V, x, (hi) - 1), GT(V, x, lo)))
#define BYTE_MASKS(m, x, V, SI)                                            \
    do {                                                                   \
        (m).ascii = IN(V, SI, x, 0x1F, 0x7F);                              \
        (m).cont = MASK_OF(V, V##_cmpgt_epi8(V##_set1_epi8(-64), x));      \
        (m).lead2 = IN(V, SI, x, -63, -32);                                \
        (m).lead3 = IN(V, SI, x, -31, -16);                                \
        (m).r90_a9 = IN(V, SI, x, -113, -86);                              \
        (m).ra1_bf = IN(V, SI, x, -96, -64);                               \
        (m).b80 = EQ(V, x, 0x80), (m).b81 = EQ(V, x, 0x81);               \
        (m).bad = EQ(V, x, 0xAD), (m).bbb = EQ(V, x, 0xBB);               \
        (m).bbf = EQ(V, x, 0xBF), (m).bc2 = EQ(V, x, 0xC2);               \
        (m).bd8 = EQ(V, x, 0xD8), (m).be2 = EQ(V, x, 0xE2);               \
        (m).be3 = EQ(V, x, 0xE3), (m).bed = EQ(V, x, 0xED);               \
        (m).bef = EQ(V, x, 0xEF);                                          \
    } while (0)

/* How many of the w bytes (16 or 32) m describes, from the start of a
 * character, are whole characters that chars_clean_line copies as they
 * are: printable ASCII and the space (what happens to a space depends
 * on what comes before and after it: see clean_line), U+00A1-U+07FF but
 * the soft hyphen and U+0600-U+063F, and three-byte characters of leads
 * E2-EF but ED with their continuations, where E2 80/81 (the Unicode
 * spaces and invisible marks; U+2010-U+2029 excepted) and U+3000 and
 * U+FEFF are not. 0 to w; a character the w bytes cut is left to the
 * next look. Scalar operations on masks, no branch on what the bytes
 * are: Han mixed with digits and quotes costs no mispredicted branch a
 * character. */
static inline size_t plain_len(const byte_masks *m, unsigned w)
{
    uint32_t full = w == 32 ? UINT32_MAX : (1u << w) - 1;
    /* C2 only before A1-BF but AD; D8 not at all (U+061C). */
    uint32_t lead2 = m->lead2 & ~m->bd8 & ~(m->bc2 & ~((m->ra1_bf & ~m->bad) >> 1));
    uint32_t lead3 = m->lead3 & ~m->bed;
    uint32_t lead = lead2 | lead3;
    /* Leads with their continuations where they should be; bytes past
     * the w are shifted out (those characters are cut). */
    uint32_t want_cont = (lead << 1 | lead3 << 2) & full;
    uint32_t odd = ~(m->ascii | m->cont | lead) & full;
    odd |= m->cont ^ want_cont;
    odd |= m->be3 & m->b80 >> 1 & m->b80 >> 2;
    odd |= m->bef & m->bbb >> 1 & m->bbf >> 2;
    odd |= m->be2 & m->b81 >> 1;
    odd |= m->be2 & m->b80 >> 1 & ~(m->r90_a9 >> 2);
    size_t p = odd ? (size_t)__builtin_ctz(odd) : w;
    /* A lead one or two bytes before p: its character reaches p. */
    if (p >= 1 && lead >> (p - 1) & 1)
        return p - 1;
    if (p >= 2 && lead3 >> (p - 2) & 1)
        return p - 2;
    return p;
}

#ifdef __SSE2__
/* plain_len of the 16 bytes at u: a few vector compares. (Eight bytes a
 * step in a 64-bit word were slower than a character at a time: too many
 * operations a byte.) */
static inline size_t plain16(const unsigned char *u)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    byte_masks m;
    BYTE_MASKS(m, x, _mm, _si128);
    return plain_len(&m, 16);
}
#endif

#ifdef CHARS_AVX2

/* plain_len of the 32 bytes at u, for CPUs with AVX2 (chars_clean_line
 * asks the CPU once a line). */
__attribute__((target("avx2"))) static inline size_t plain32(const unsigned char *u)
{
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)u);
    byte_masks m;
    BYTE_MASKS(m, x, _mm256, _si256);
    return plain_len(&m, 32);
}

/* How many bytes from u[0] on plain32 keeps, 32 at a time while 32 are
 * left: a multiple of whole characters, 0 when the first is not plain. */
__attribute__((target("avx2"))) static size_t plain_run32(const unsigned char *u, size_t n)
{
    size_t i = 0, k;
    while (i + 32 <= n && (k = plain32(u + i)) != 0)
        i += k;
    return i;
}
#endif

/* chars_clean_line at step (1, 16 or 32 bytes; see chars_clean_line_step). */
static void clean_line(const char *s, size_t n, sbuf *out, doc_stats *st, unsigned step)
{
    sbuf_reserve(out, n);
    size_t start = out->len;
    size_t run = 0; /* bytes s[run..i) to be copied as they are */
    size_t i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        /* Fast paths over bytes: 32 or 16 at a time (plain32, plain16);
         * printable ASCII, and the plain three-byte characters (plain3):
         * CJK, its punctuation, full-width forms. */
        /* The fast paths copy spaces as they are, which is right but
         * for leading ones: a space with nothing before it goes the slow
         * way. Trailing ones are cut at the end. */
        int wide = step > 1 && (u[i] != ' ' || i > run || out->len > start);
#ifdef CHARS_AVX2
        if (wide && step == 32 && i + 32 <= n) {
            size_t k = plain_run32(u + i, n - i);
            if (k) {
                i += k;
                continue;
            }
        }
#endif
#ifdef __SSE2__
        if (wide && i + 16 <= n) {
            size_t k = plain16(u + i);
            if (k) {
                i += k;
                continue;
            }
        }
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
        if (i > run)
            sbuf_add(out, s + run, i - run);
        if (is_removable(cp))
            st->controls++;
        else if (chars_is_space(cp)) {
            if (out->len > start)
                sbuf_addc(out, ' ');
        } else
            sbuf_addcp(out, UTF8_REPLACEMENT);
        i += k;
        run = i;
    }
    if (i > run)
        sbuf_add(out, s + run, i - run);
    /* Trailing spaces, made here or copied in a run: no other character
     * ends in the byte 0x20. */
    while (out->len > start && out->p[out->len - 1] == ' ')
        out->len--;
    out->p[out->len] = '\0';
}

unsigned chars_widest_step(void)
{
#ifdef CHARS_AVX2
    if (__builtin_cpu_supports("avx2"))
        return 32;
#endif
#ifdef __SSE2__
    return 16;
#else
    return 1;
#endif
}

void chars_clean_line(const char *s, size_t n, sbuf *out, doc_stats *st)
{
    clean_line(s, n, out, st, chars_widest_step());
}

void chars_clean_line_step(const char *s, size_t n, sbuf *out, doc_stats *st,
                           unsigned step)
{
    unsigned widest = chars_widest_step();
    clean_line(s, n, out, st, step < widest ? step : widest);
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
