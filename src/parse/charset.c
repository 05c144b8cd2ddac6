/* charset.c — one ICU conversion to UTF-8 with bad sequences counted (see
 * charset.h). */
#include "charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

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

size_t charset_to_utf8(const char *from, const char *src, size_t n, char *dst,
                       size_t cap, int flush, size_t *errors,
                       const cancel_flag *cancel)
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
    const char *source = src, *end = src + n;
    UChar pivot[1024];
    UChar *ps = pivot, *pt = pivot;
    /* Each call after the first continues the one before (no reset): a
     * character cut by a slice's end waits in the converter. */
    UBool first = 1;
    do {
        const char *stop =
            (size_t)(end - source) > CHARSET_SLICE ? source + CHARSET_SLICE : end;
        ucnv_convertEx(out, in, &target, dst + cap, &source, stop, pivot, &ps,
                       &pt, pivot + 1024, first, (UBool)(flush && stop == end),
                       &st);
        first = 0;
    } while (U_SUCCESS(st) && source < end && !cancel_raised(cancel));
    ucnv_close(in);
    ucnv_close(out);
    *errors = ctx.errors;
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR &&
        st != U_TRUNCATED_CHAR_FOUND)
        return (size_t)-1;
    return (size_t)(target - dst);
}
