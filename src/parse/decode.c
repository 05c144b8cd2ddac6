/* decode.c — bytes → UTF-8: BOM, UTF-8 validation, ICU charset detection
 * and conversion (see decode.h). */
#include "decode.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include "guess.h"
#include "strs.h"
#include "utf8.h"

/* How much of a file the guesses read: ICU's detector is slow (n-gram
 * statistics for every charset it knows), and 16 KB of Chinese is plenty
 * for it, and for the trial conversions and byte statistics. */
enum { SAMPLE_BYTES = 16 * 1024, DETECT_BYTES = 16 * 1024 };

typedef struct counting_ctx {
    size_t errors;
} counting_ctx;

/* To-Unicode callback: count the bad sequence, then substitute U+FFFD. */
static void count_and_substitute(const void *context,
                                 UConverterToUnicodeArgs *args,
                                 const char *units, int32_t length,
                                 UConverterCallbackReason reason,
                                 UErrorCode *status)
{
    (void)units;
    (void)length;
    counting_ctx *ctx = (counting_ctx *)context;
    if (reason > UCNV_IRREGULAR)
        return; /* reset, close, clone: nothing to count */
    ctx->errors++;
    *status = U_ZERO_ERROR;
    static const UChar fffd = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, status);
}

size_t decode_convert(const char *from, const char *src, size_t n, char *dst,
                      size_t cap, int flush, size_t *errors)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *in = ucnv_open(from, &st);
    UConverter *out = ucnv_open("UTF-8", &st);
    if (U_FAILURE(st)) {
        ucnv_close(in);
        ucnv_close(out);
        return (size_t)-1;
    }
    counting_ctx ctx = {0};
    ucnv_setToUCallBack(in, count_and_substitute, &ctx, NULL, NULL, &st);
    char *target = dst;
    const char *source = src;
    UChar pivot[1024];
    UChar *ps = pivot, *pt = pivot;
    ucnv_convertEx(out, in, &target, dst + cap, &source, src + n, pivot,
                   &ps, &pt, pivot + 1024, 1, (UBool)flush, &st);
    ucnv_close(in);
    ucnv_close(out);
    *errors = ctx.errors;
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR &&
        st != U_TRUNCATED_CHAR_FOUND)
        return (size_t)-1;
    return (size_t)(target - dst);
}

/* Share of even/odd bytes that are zero: BOM-less UTF-16 of Chinese with
 * ASCII digits and punctuation shows zeros on one side only. */
static const char *guess_utf16(const unsigned char *s, size_t n)
{
    size_t m = n < SAMPLE_BYTES ? n : SAMPLE_BYTES;
    size_t z[2] = {0, 0};
    for (size_t i = 0; i + 1 < m; i += 2) {
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
    size_t got = decode_convert("GB18030", s, m, scratch, cap, 1, &gb_errors);
    free(scratch);
    return got != (size_t)-1 && gb_errors >= bad;
}

int decode_bytes(const char *buf, size_t n, arena *a, decoded *out,
                 const char **err)
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
    } else if (utf8_valid(buf, n)) {
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
    size_t got = decode_convert(from, buf + skip, body, dst, cap, 1,
                                &out->replaced);
    if (got == (size_t)-1) {
        *err = "the converter failed";
        return -1;
    }
    dst[got] = '\0';
    out->utf8 = dst;
    out->len = got;
    return 0;
}
