/* decode.c — bytes → UTF-8: BOM, UTF-8 validation, then the legacy
 * guess (guess.c) and the conversion (charset.c) (see decode.h). */
#include "decode.h"

#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "charset.h"
#include "gb18030.h"
#include "guess.h"
#include "strs.h"
#include "swar.h"
#include "utf8.h"

/* How much of a file the guesses read: ICU's detector is slow (n-gram
 * statistics for every charset it knows), and 16 KB of Chinese is plenty
 * for it, and for the trial conversions and byte statistics. */
enum { SAMPLE_BYTES = 16 * 1024, DETECT_BYTES = 16 * 1024 };

/* utf8_valid over s[0..n) a slice at a time, each cut before a character
 * starts (a valid sequence never spans two slices). Stopped by *cancel,
 * it says valid: the caller then takes s as it is, no conversion starts,
 * and the result is dropped. */
static int valid_utf8(const char *s, size_t n, const cancel_flag *cancel)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t at = 0; at < n && !cancel_raised(cancel);) {
        size_t end = n - at > CHARSET_SLICE ? at + CHARSET_SLICE : n;
        /* Back over up to 3 continuation bytes: a run of more is invalid
         * wherever it is cut. */
        for (int k = 0; k < 3 && end < n && (u[end] & 0xC0) == 0x80; k++)
            end--;
        if (!utf8_valid(s + at, end - at))
            return 0;
        at = end;
    }
    return 1;
}

/* Share of even/odd bytes that are zero: BOM-less UTF-16 of Chinese with
 * ASCII digits and punctuation shows zeros on one side only. */
static const char *guess_utf16(const unsigned char *s, size_t n)
{
    size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
    if (!memchr(s, 0, m))
        return NULL; /* no zero byte, most text: told at memchr's speed */
    size_t z[2] = {0, 0};
    for (size_t i = 0; i + 1 < m; i += 2) {
        /* Eight bytes without a zero at once (i stays even). */
        while (i + 8 <= m && !swar_below(swar_load(s + i), 1))
            i += 8;
        if (i + 1 >= m)
            break;
        z[0] += s[i] == 0;
        z[1] += s[i + 1] == 0;
    }
    size_t pairs = m / 2;
    if (pairs < 8)
        return NULL;
    if (z[1] * 10 > pairs && z[0] * 50 < pairs)
        return "UTF-16LE";
    if (z[0] * 10 > pairs && z[1] * 50 < pairs)
        return "UTF-16BE";
    return NULL;
}

/* Adds to *nul and *ctl the NULs and the other C0 controls (but tab, LF,
 * CR and FF) among the units of s[from..to): bytes when step is 1, else
 * 16-bit units, big-endian when be; to - from is a multiple of step. */
static void count_controls(const unsigned char *s, size_t from, size_t to,
                           size_t step, int be, size_t *nul, size_t *ctl)
{
    for (size_t i = from; i < to; i += step) {
        unsigned u = step == 1 ? s[i]
                     : be      ? (unsigned)s[i] << 8 | s[i + 1]
                               : (unsigned)s[i + 1] << 8 | s[i];
        *nul += u == 0;
        *ctl += u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f';
    }
}

int decode_is_binary(const char *buf, size_t n)
{
    const unsigned char *s = (const unsigned char *)buf;
    size_t m = n < DECODE_BINARY_SAMPLE ? n : DECODE_BINARY_SAMPLE;
    const char *utf16 = strs_starts(buf, m, "\xFF\xFE")   ? "UTF-16LE"
                        : strs_starts(buf, m, "\xFE\xFF") ? "UTF-16BE"
                                                           : guess_utf16(s, m);
    size_t step = utf16 ? 2 : 1, units = m / step, nul = 0, ctl = 0;
    int be = utf16 && utf16[6] == 'B';
    /* Eight bytes at a time, and only a word that may hold a control is
     * counted: bytes by masks; 16-bit units unit by unit, a unit being one
     * only when both its bytes are below 0x20 (an aligned byte pair is an
     * aligned 16-bit lane of the word whatever the host's byte order). */
    size_t i = 0;
#ifdef __SSE2__
    /* Bytes: sixteen at a time, a mask a class (below 0x20 read as
     * unsigned: x ^ 0x80 compared signed). */
    if (step == 1) {
        const __m128i flip = _mm_set1_epi8((char)0x80), lim = _mm_set1_epi8((char)(0x20 ^ 0x80));
        for (; i + 16 <= m; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned below = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_xor_si128(x, flip), lim));
            if (!below)
                continue;
            unsigned text = (unsigned)_mm_movemask_epi8(_mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\f')))));
            nul += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128())));
            ctl += (size_t)__builtin_popcount(below & ~text);
        }
    }
#endif
    for (; i + 8 <= m; i += 8) {
        uint64_t x = swar_load(s + i), below = swar_below(x, 0x20);
        if (!below)
            continue; /* most words: no control, no line end */
        if (step == 1) { /* bytes: counted in the word */
            uint64_t text = swar_equal(x, '\t') | swar_equal(x, '\n') |
                            swar_equal(x, '\r') | swar_equal(x, '\f');
            nul += (size_t)swar_count(swar_equal(x, 0));
            ctl += (size_t)swar_count(below & ~text);
            continue;
        }
        if (below & below >> 8 & 0x0080008000800080u)
            count_controls(s, i, i + 8, step, be, &nul, &ctl);
    }
    count_controls(s, i, i + (m - i) / step * step, step, be, &nul, &ctl);
    return nul * 100 > units || ctl * 20 > units;
}

enum { PAIR_SPAN = 256 };

/* pairs_from[b] (b up to the spans of PAIR_SPAN bytes in s[0..m)): the
 * places in s[b * PAIR_SPAN..m - 1) where a byte C2-F4 is followed by
 * one 80-BF (utf8_lead_pairs). Every sequence utf8_measure takes as two
 * bytes or more starts at one; GBK has few (its trails are mostly not continuation
 * bytes), so they bound what the rest of a sample can add. */
static void count_pairs(const char *s, size_t m, size_t *pairs_from)
{
    size_t spans = (m + PAIR_SPAN - 1) / PAIR_SPAN;
    pairs_from[spans] = 0;
    for (size_t b = spans; b-- > 0;) {
        size_t from = b * PAIR_SPAN, to = from + PAIR_SPAN < m ? from + PAIR_SPAN : m - 1;
        size_t k = utf8_lead_pairs(s + from, to + 1 - from);
        pairs_from[b] = pairs_from[b + 1] + k;
    }
}

/* The greedy walk over s[i..stop) of a sample of m bytes (a sequence
 * may end past stop): adds each sequence but ASCII to *good or *bad
 * (utf8_measure_lenient), returns where it stops. */
static size_t walk(const char *s, size_t i, size_t stop, size_t m, size_t *good, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    while (i < stop) {
        if (u[i] < 0x80) {
            for (i++; i + 8 <= stop && !(swar_load(u + i) & SWAR_HIGH);)
                i += 8; /* ASCII eight bytes a step */
            continue;
        }
        int is_bad;
        i += utf8_measure_lenient(s + i, m - i, &is_bad);
        *bad += (size_t)is_bad;
        *good += (size_t)!is_bad;
    }
    return i;
}

/* The walk over the span of s[0..m) that i is in, from i, by
 * utf8_tally_add where every place of it has three bytes after it in
 * the sample, so without a chain from one sequence to the next: the same
 * counts. i must be where the walk stands (0, or where walk_span
 * stopped): the bytes from the span's start to i are then continuations
 * a sequence before it took. Returns where the walk stops. */
static size_t walk_span(const char *s, size_t i, size_t m, size_t *good, size_t *bad)
{
    size_t from = i / PAIR_SPAN * PAIR_SPAN;
    size_t stop = from + PAIR_SPAN < m ? from + PAIR_SPAN : m;
    size_t to = m < 3 ? 0 : m - 3 < stop ? m - 3 : stop; /* places with 3 bytes after */
    if (to <= i)
        return walk(s, i, stop, m, good, bad);
    utf8_tally t = {0};
    utf8_tally_add(s + from, to - from, &t);
    /* Where the walk is at to: past the bytes a lead of the last three
     * places takes. */
    size_t at = to;
    for (size_t p = to > i + 3 ? to - 3 : i; p < to; p++)
        if ((unsigned char)s[p] >= 0xC0) {
            int invalid;
            size_t end = p + utf8_measure(s + p, m - p, &invalid);
            if (end > at)
                at = end;
        }
    /* Every continuation not taken is a bad sequence of its own: those
     * of s[from..to) and the ones a lead takes after to, less the ones
     * s[from..i) took from the span before (all continuations). */
    *good += t.good;
    *bad += t.bad + t.conts + (at - to) - (i - from) - t.taken;
    return walk(s, at, stop, m, good, bad);
}

/* UTF-8 with a few broken sequences (a truncated download, a cut
 * character) is still UTF-8: valid multi-byte sequences outnumber invalid
 * ones by far. GBK or Big5 read as UTF-8 is some 90% invalid sequences.
 * In a short text where the counts are close, UTF-8 wins unless GB18030
 * reads the same bytes with fewer errors. */
int decode_mostly_utf8(const char *s, size_t n, int early)
{
    size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
    size_t good = 0, bad = 0;
    size_t pairs_from[SAMPLE_BYTES / PAIR_SPAN + 1];
    if (early)
        count_pairs(s, m, pairs_from);
    else
        walk(s, 0, m, m, &good, &bad); /* the reference: one sequence at a time */
    for (size_t i = 0; early && i < m;) {
        /* Each look below answers as reading the whole sample would,
         * wherever it is made: the counts can only move towards it. */
        if (bad) {
            /* The rest can add at most one good sequence per two bytes,
             * and at most one per pair left; bad can only grow. So good
             * stays at most bad, and under four times bad (not 0). */
            if (good + (m - i) / 2 <= bad || good + pairs_from[i / PAIR_SPAN] <= bad)
                return 0;
        }
        /* Nor can the rest, one bad sequence a byte at most, bring bad
         * back to a quarter of good. */
        if (good >= 4 * (bad + (m - i)))
            return 1;
        /* The sequences that start in the rest of this span, uncounted
         * between two looks. */
        i = walk_span(s, i, m, &good, &bad);
    }
    if (good >= 4 * bad)
        return 1;
    if (good <= bad)
        return 0;
    size_t cap = m * 3 + 16, gb_errors = 0;
    char *scratch = xmalloc(cap);
    size_t got = gb18030_to_utf8(s, m, scratch, cap, 1, &gb_errors, NULL);
    free(scratch);
    return got != (size_t)-1 && gb_errors >= bad;
}

int decode_bytes(const char *buf, size_t n, arena *a, decoded *out,
                 const cancel_flag *cancel, const char **err)
{
    const char *from = NULL;
    size_t skip = 0;
    memset(out, 0, sizeof *out);
    out->confidence = 100;
    if (strs_starts(buf, n, "\xEF\xBB\xBF")) {
        from = "UTF-8";
        skip = 3;
        out->encoding = "UTF-8 BOM";
    } else if (strs_starts(buf, n, "\xFF\xFE")) {
        from = "UTF-16LE";
        skip = 2;
        out->encoding = "UTF-16LE BOM";
    } else if (strs_starts(buf, n, "\xFE\xFF")) {
        from = "UTF-16BE";
        skip = 2;
        out->encoding = "UTF-16BE BOM";
    } else if (valid_utf8(buf, n, cancel)) {
        out->utf8 = buf; /* no copy: valid as it is */
        out->len = n;
        out->encoding = "UTF-8";
        return 0;
    } else if (decode_mostly_utf8(buf, n, 1)) {
        from = "UTF-8";
        out->encoding = "UTF-8";
        out->confidence = 90;
    } else if ((from = guess_utf16((const unsigned char *)buf, n))) {
        out->encoding = from;
        out->confidence = 80;
    } else {
        from = guess_legacy(buf, n, &out->confidence);
        out->encoding = from;
    }
    size_t body = n - skip;
    size_t cap = body * 3 + 16;
    char *dst = arena_alloc_uninit(a, cap + 1);
    size_t got = legacy_to_utf8(from, buf + skip, body, dst, cap, 1,
                                &out->replaced, cancel);
    if (got == (size_t)-1) {
        *err = "the converter failed";
        return -1;
    }
    dst[got] = '\0';
    out->utf8 = dst;
    out->len = got;
    return 0;
}
