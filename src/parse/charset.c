/* charset.c — one ICU conversion to UTF-8 with bad sequences counted (see
 * charset.h). */
#include "charset.h"

#include <stdint.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include "utf8.h"

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

/* UTF-16 units u[0..n) as UTF-8 at *t (room for 3 bytes a unit, 4 a
 * pair): ICU's own UTF-8 writer did this, a third of the conversion's
 * time. A lone surrogate (none comes from ICU's readers, which call a bad
 * sequence U+FFFD) is written as U+FFFD, as that writer does. Returns the
 * units taken: all, but a high surrogate at the end when more may come
 * (it waits for its pair). */
static size_t put_utf8(const UChar *u, size_t n, char **t, int more)
{
    size_t i = 0;
    for (; i < n; i++) {
        uint32_t c = u[i];
        if (c >= 0xD800 && c < 0xDC00) { /* high surrogate */
            if (i + 1 == n && more)
                break;
            if (i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000)
                c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00u);
        }
        *t += utf8_encode(c, *t); /* a lone surrogate: U+FFFD */
    }
    return i;
}

size_t charset_to_utf8(const char *from, const char *src, size_t n, char *dst,
                       size_t cap, int flush, size_t *errors,
                       const cancel_flag *cancel)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *in = ucnv_open(from, &st);
    if (U_FAILURE(st)) {
        ucnv_close(in);
        return (size_t)-1;
    }
    counting_ctx ctx = {0};
    ucnv_setToUCallBack(in, count_and_substitute, &ctx, NULL, NULL, &st);
    /* UTF-16 a block at a time, each written out as UTF-8 while it is in
     * the cache; a block takes at most 4 bytes a unit of dst. */
    enum { BLOCK = 8192 };
    UChar block[BLOCK];
    size_t held = 0; /* a high surrogate kept from the block before */
    char *target = dst, *end_dst = dst + cap;
    const char *source = src, *end = src + n;
    while (U_SUCCESS(st) && !cancel_raised(cancel)) {
        const char *stop =
            (size_t)(end - source) > CHARSET_SLICE ? source + CHARSET_SLICE : end;
        UBool last = (UBool)(flush && stop == end);
        size_t room = (size_t)(end_dst - target) / 4;
        if (room <= held)
            break; /* dst is full: what fits is written */
        UChar *u = block + held, *u_end = block + (room < BLOCK ? room : BLOCK);
        ucnv_toUnicode(in, &u, u_end, &source, stop, NULL, last, &st);
        int more = st == U_BUFFER_OVERFLOW_ERROR || source < end || !last;
        if (st == U_BUFFER_OVERFLOW_ERROR)
            st = U_ZERO_ERROR; /* the block is full: write it, go on */
        size_t got = (size_t)(u - block);
        size_t took = put_utf8(block, got, &target, more && got > 0);
        held = got - took;
        if (held)
            block[0] = block[took];
        if (!more)
            break;
        if (source == end && u < u_end && !flush)
            break; /* a sample: its last character may wait in ICU */
    }
    ucnv_close(in);
    *errors = ctx.errors;
    if (U_FAILURE(st) && st != U_TRUNCATED_CHAR_FOUND)
        return (size_t)-1;
    return (size_t)(target - dst);
}
