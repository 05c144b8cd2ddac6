/* utf8.c — strict UTF-8 decode/encode (see utf8.h). */
#include "utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "swar.h"

#ifdef __SSE2__
/* The bytes of x (unsigned) in lo..hi, as 0xFF or 0. */
static inline __m128i in_range(__m128i x, unsigned char lo, unsigned char hi)
{
    __m128i d = _mm_sub_epi8(x, _mm_set1_epi8((char)lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((char)(hi - lo))), d);
}

/* Sums the 16 byte counters of acc. */
static inline size_t lanes_sum(__m128i acc)
{
    __m128i s = _mm_sad_epu8(acc, _mm_setzero_si128());
    return (size_t)_mm_cvtsi128_si32(s) + (size_t)_mm_extract_epi16(s, 4);
}
#endif

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
#ifdef __SSE2__
    while (j + 17 <= n) { /* places j..j+15, bytes j..j+16 */
        __m128i acc = _mm_setzero_si128();
        for (size_t steps = 0; steps < 255 && j + 17 <= n; steps++, j += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 1));
            acc = _mm_sub_epi8(acc, _mm_and_si128(in_range(x, 0xC2, 0xF4), in_range(y, 0x80, 0xBF)));
        }
        k += lanes_sum(acc);
    }
#endif
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

#ifdef __SSE2__
/* utf8_measure's arithmetic (utf8_lead_of and the continuations in a
 * row) for 16 places at once; each count goes up by one a place in a
 * byte counter (subtracting a 0xFF mask), summed every 64 steps at most
 * (a counter takes at most 3 a step). */
static size_t tally16(const unsigned char *s, size_t n, utf8_tally *t)
{
    const __m128i c0 = _mm_set1_epi8((char)0xC0), c80 = _mm_set1_epi8((char)0x80);
    size_t j = 0;
    while (j + 16 <= n) {
        __m128i good = _mm_setzero_si128(), bad = good, taken = good, conts = good;
        for (size_t steps = 0; steps < 64 && j + 16 <= n; steps++, j += 16) {
            __m128i b0 = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
            if (!_mm_movemask_epi8(b0))
                continue; /* ASCII: nothing counted */
            __m128i b1 = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 1));
            __m128i b2 = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 2));
            __m128i b3 = _mm_loadu_si128((const __m128i *)(const void *)(s + j + 3));
            __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(b0, c0), b0); /* C0-FF */
            __m128i two = in_range(b0, 0xC2, 0xDF), more = in_range(b0, 0xE0, 0xF4);
            __m128i four = in_range(b0, 0xF0, 0xF4);
            /* The first continuation's range: A0- after E0, 90- after
             * F0, -9F after ED, -8F after F4. */
            __m128i lo = _mm_or_si128(c80, _mm_or_si128(
                _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8((char)0xE0)), _mm_set1_epi8(0x20)),
                _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8((char)0xF0)), _mm_set1_epi8(0x10))));
            __m128i hi = _mm_andnot_si128(_mm_or_si128(
                _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8((char)0xED)), _mm_set1_epi8(0x20)),
                _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8((char)0xF4)), _mm_set1_epi8(0x30))),
                _mm_set1_epi8((char)0xBF));
            __m128i ok1 = _mm_and_si128(_mm_or_si128(two, more), _mm_and_si128(
                _mm_cmpeq_epi8(_mm_max_epu8(b1, lo), b1), _mm_cmpeq_epi8(_mm_min_epu8(b1, hi), b1)));
            __m128i ok2 = _mm_and_si128(_mm_and_si128(ok1, more), in_range(b2, 0x80, 0xBF));
            __m128i ok3 = _mm_and_si128(_mm_and_si128(ok2, four), in_range(b3, 0x80, 0xBF));
            /* Good: two bytes taken after C2-DF, three or more after
             * E0-F4 (a fourth that breaks the sequence does not make it
             * bad). */
            __m128i ok = _mm_or_si128(_mm_and_si128(ok1, two), ok2);
            good = _mm_sub_epi8(good, ok);
            bad = _mm_sub_epi8(bad, _mm_andnot_si128(ok, high));
            taken = _mm_sub_epi8(_mm_sub_epi8(_mm_sub_epi8(taken, ok1), ok2), ok3);
            conts = _mm_sub_epi8(conts, in_range(b0, 0x80, 0xBF));
        }
        t->good += lanes_sum(good);
        t->bad += lanes_sum(bad);
        t->taken += lanes_sum(taken);
        t->conts += lanes_sum(conts);
    }
    return j;
}
#endif

void utf8_tally_add(const char *str, size_t n, utf8_tally *t)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t j = 0;
#ifdef __SSE2__
    j = tally16(s, n, t);
#endif
    for (; j < n; j++) {
        if (s[j] < 0x80)
            continue;
        if (s[j] < 0xC0) {
            t->conts++;
            continue;
        }
        int is_bad;
        size_t k = utf8_measure_lenient(str + j, 4, &is_bad);
        t->good += (size_t)!is_bad;
        t->bad += (size_t)is_bad;
        t->taken += k - 1;
    }
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

#ifdef __SSE2__
/* How many bytes from u[0] on are whole characters of the kinds that
 * are valid by their bytes' classes alone, sixteen bytes a step: ASCII,
 * and three-byte sequences of leads E1-EC or EE-EF with their two
 * continuations (every such sequence is a valid character). A multiple
 * of whole characters; 0 when the first is of no such kind. */
static size_t simple_run16(const unsigned char *u, size_t n)
{
    size_t i = 0;
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        unsigned ascii = ~(unsigned)_mm_movemask_epi8(x) & 0xFFFF;
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
        unsigned lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(
                            _mm_cmpgt_epi8(x, _mm_set1_epi8(-32)), _mm_cmplt_epi8(x, _mm_set1_epi8(-16)))) &
                        ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xED)));
        /* Each lead's two continuations right after it, and no other:
         * those past the sixteen bytes are shifted out (cut). */
        unsigned odd = (~(ascii | cont | lead) & 0xFFFF) | (cont ^ ((lead << 1 | lead << 2) & 0xFFFF));
        size_t p = odd ? (size_t)__builtin_ctz(odd) : 16;
        if (p >= 1 && lead >> (p - 1) & 1)
            p -= 1; /* a lead whose character the look cut or broke */
        else if (p >= 2 && lead >> (p - 2) & 1)
            p -= 2;
        if (!p)
            break;
        i += p;
    }
    return i;
}
#endif

int utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n) {
            size_t k = simple_run16(u + i, n - i);
            if (k) {
                i += k;
                continue;
            }
        }
#endif
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

#ifdef __SSE2__
/* The bytes of s[0..n) that are not continuations (80-BF), 16 a step:
 * counted in byte lanes, summed every 255 steps at most. */
static size_t starts16(const char *s, size_t n, size_t *done)
{
    const __m128i conts = _mm_set1_epi8((char)0xC0); /* signed: 80-BF below it */
    size_t c = 0, j = 0; /* c: the continuations */
    while (j + 16 <= n) {
        __m128i acc = _mm_setzero_si128();
        for (size_t steps = 0; steps < 255 && j + 16 <= n; steps++, j += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
            acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(x, conts));
        }
        c += lanes_sum(acc);
    }
    *done = j;
    return j - c;
}
#endif

size_t utf8_count(const char *s, size_t n)
{
    size_t c = 0, i = 0;
#ifdef __SSE2__
    c = starts16(s, n, &i);
#endif
    for (; i < n; i++)
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
