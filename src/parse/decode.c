/* decode.c — bytes → UTF-8: BOM, UTF-8 validation, then the legacy
 * guess (guess.c) and the conversion (charset.c) (see decode.h). */
#include "decode.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "gb18030.h"
#include "guess.h"
#include "strs.h"
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

/* The high bit of each byte of x that is below c (1 to 0x80), exactly:
 * no carry crosses a byte (the low seven bits plus 0x80 - c stay below
 * 0x100). */
static uint64_t bytes_below(uint64_t x, unsigned c)
{
    const uint64_t ones = 0x0101010101010101u;
    return ~(((x & 0x7F * ones) + (0x80 - c) * ones) | x) & 0x80 * ones;
}

/* The 8 bytes at s as a word (in the host's byte order). */
static uint64_t word_at(const unsigned char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    return x;
}

/* Share of even/odd bytes that are zero: BOM-less UTF-16 of Chinese with
 * ASCII digits and punctuation shows zeros on one side only. */
static const char *guess_utf16(const unsigned char *s, size_t n)
{
    size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
    size_t z[2] = {0, 0};
    for (size_t i = 0; i + 1 < m; i += 2) {
        /* Eight bytes without a zero at once (i stays even). */
        while (i + 8 <= m && !bytes_below(word_at(s + i), 1))
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
    /* Eight bytes at a time; only a word that may hold a control is
     * counted unit by unit. A byte unit is one when below 0x20; a 16-bit
     * unit only when both its bytes are (an aligned byte pair is an
     * aligned 16-bit lane of the word whatever the host's byte order). */
    size_t i = 0;
    for (; i + 8 <= m; i += 8) {
        uint64_t below = bytes_below(word_at(s + i), 0x20);
        if (step == 2)
            below &= below >> 8 & 0x0080008000800080u;
        if (below)
            count_controls(s, i, i + 8, step, be, &nul, &ctl);
    }
    count_controls(s, i, i + (m - i) / step * step, step, be, &nul, &ctl);
    return nul * 100 > units || ctl * 20 > units;
}

/* UTF-8 with a few broken sequences (a truncated download, a cut
 * character) is still UTF-8: valid multi-byte sequences outnumber invalid
 * ones by far. GBK or Big5 read as UTF-8 is some 90% invalid sequences.
 * In a short text where the counts are close, UTF-8 wins unless GB18030
 * reads the same bytes with fewer errors. */
static int mostly_utf8(const char *s, size_t n)
{
    size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
    size_t good = 0, bad = 0;
    for (size_t i = 0; i < m;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        /* The rest of the sample can add at most one good sequence per
         * two bytes, one bad per byte: once that cannot change the
         * answer, it is known (GBK text is settled a third of the way). */
        if (good + (m - i) / 2 <= bad)
            return 0;
        if (good >= 4 * (bad + (m - i)))
            return 1;
        uint32_t cp;
        size_t k = utf8_decode(s + i, m - i, &cp);
        if (cp == UTF8_REPLACEMENT && k < 3)
            bad++;
        else
            good++;
        i += k;
    }
    if (good >= 4 * bad)
        return 1;
    if (good <= bad)
        return 0;
    size_t cap = m * 3 + 16, gb_errors = 0;
    char *scratch = xmalloc(cap);
    size_t got = gb18030_to_utf8(s, m, scratch, cap, &gb_errors, NULL);
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
    } else if (mostly_utf8(buf, n)) {
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
    size_t got = strcmp(from, "GB18030") == 0
                     ? gb18030_to_utf8(buf + skip, body, dst, cap, &out->replaced, cancel)
                     : charset_to_utf8(from, buf + skip, body, dst, cap, 1,
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
