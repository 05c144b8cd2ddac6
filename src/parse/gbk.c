/* gbk.c — GBK run conversion through ICU (see gbk.h). */
#include "gbk.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <unicode/ucnv.h>

#include "arena.h"
#include "utf8.h"

/* What ICU answers is cached for every converter of the process (the
 * mojibake repair asks for the same characters again and again, in every
 * damaged report, and ICU's per-call cost dominated): enc[cp] the GBK
 * form of BMP code point cp (0 not asked yet, NO_FORM none, else the two
 * bytes, hi << 8 | lo; single bytes are ASCII and never cached);
 * dec[pair] what a lead and trail byte decode to alone (0 not asked yet,
 * NOT_ONE when not one character, else the code point). An entry only
 * ever goes from 0 to its one value, so threads share them with relaxed
 * atomics. */
enum { NO_FORM = 1, NOT_ONE = 1 };
enum { LEADS = 0xFE - 0x81 + 1, TRAILS = 0xFE - 0x40 + 1 };

static _Atomic uint16_t enc[0x10000];
static _Atomic uint32_t dec[LEADS * TRAILS];

struct gbk {
    UConverter *cnv;
};

gbk *gbk_open(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *c = ucnv_open("windows-936", &st);
    if (U_FAILURE(st))
        return NULL;
    ucnv_setFromUCallBack(c, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &st);
    gbk *g = xmalloc(sizeof *g);
    g->cnv = c;
    return g;
}

void gbk_close(gbk *g)
{
    if (!g)
        return;
    ucnv_close(g->cnv);
    free(g);
}

static size_t encode_uncached(gbk *g, uint32_t cp, unsigned char out[2]);

size_t gbk_encode(gbk *g, uint32_t cp, unsigned char out[2])
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp > 0xFFFF)
        return 0;
    uint16_t e = atomic_load_explicit(&enc[cp], memory_order_relaxed);
    if (!e) {
        unsigned char b[2];
        size_t k = encode_uncached(g, cp, b);
        e = k == 2 ? (uint16_t)(b[0] << 8 | b[1]) : NO_FORM;
        atomic_store_explicit(&enc[cp], e, memory_order_relaxed);
    }
    if (e == NO_FORM)
        return 0;
    out[0] = (unsigned char)(e >> 8);
    out[1] = (unsigned char)(e & 0xFF);
    return 2;
}

static size_t encode_uncached(gbk *g, uint32_t cp, unsigned char out[2])
{
    UChar u[2];
    int32_t un = 0;
    if (cp > 0xFFFF)
        return 0; /* GBK has only BMP characters */
    u[un++] = (UChar)cp;
    char buf[8];
    UErrorCode st = U_ZERO_ERROR;
    ucnv_resetFromUnicode(g->cnv);
    int32_t k = ucnv_fromUChars(g->cnv, buf, sizeof buf, u, un, &st);
    if (U_FAILURE(st) || k < 1 || k > 2)
        return 0;
    if (k == 1 && buf[0] == 0x1A && cp != 0x1A)
        return 0;
    out[0] = (unsigned char)buf[0];
    if (k == 2)
        out[1] = (unsigned char)buf[1];
    return (size_t)k;
}

/* bytes[0..n) decoded by ICU into out; returns the U+FFFD it made. */
static size_t decode_icu(gbk *g, const unsigned char *bytes, size_t n, sbuf *out)
{
    UChar u[512];
    size_t bad = 0;
    if (n > 512)
        n = 512;
    UErrorCode st = U_ZERO_ERROR;
    ucnv_resetToUnicode(g->cnv);
    int32_t k = ucnv_toUChars(g->cnv, u, 512, (const char *)bytes, (int32_t)n,
                              &st);
    if (U_FAILURE(st))
        return n ? n : 1;
    for (int32_t i = 0; i < k; i++) {
        uint32_t cp = u[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < k) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (u[i + 1] - 0xDC00u);
            i++;
        }
        if (cp == 0xFFFD || cp == 0x1A) {
            cp = UTF8_REPLACEMENT;
            bad++;
        }
        sbuf_addcp(out, cp);
    }
    return bad;
}

uint32_t gbk_decode_pair(gbk *g, unsigned char lead, unsigned char trail)
{
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE)
        return 0;
    _Atomic uint32_t *slot = &dec[(lead - 0x81) * TRAILS + (trail - 0x40)];
    uint32_t v = atomic_load_explicit(slot, memory_order_relaxed);
    if (!v) {
        unsigned char b[2] = {lead, trail};
        UChar u[4];
        UErrorCode st = U_ZERO_ERROR;
        ucnv_resetToUnicode(g->cnv);
        int32_t k = ucnv_toUChars(g->cnv, u, 4, (const char *)b, 2, &st);
        v = NOT_ONE;
        if (U_SUCCESS(st) && k == 1 && u[0] != 0xFFFD && u[0] != 0x1A &&
            (u[0] < 0xD800 || u[0] > 0xDFFF) && u[0] >= 0x80)
            v = u[0];
        atomic_store_explicit(slot, v, memory_order_relaxed);
    }
    return v == NOT_ONE ? 0 : v;
}

size_t gbk_decode(gbk *g, const unsigned char *bytes, size_t n, sbuf *out)
{
    /* ASCII and pairs that are one character each read alone as they do
     * together (the code page keeps no state): those from the cache, and
     * anything else (0x1A too, which reads as a bad sequence), the whole
     * run, from ICU. */
    if (n > 512)
        n = 512;
    size_t i = 0, start = out->len;
    while (i < n) {
        if (bytes[i] < 0x80 && bytes[i] != 0x1A) { /* ICU's substitute, bad */
            sbuf_addcp(out, bytes[i++]);
            continue;
        }
        uint32_t cp = i + 1 < n ? gbk_decode_pair(g, bytes[i], bytes[i + 1]) : 0;
        if (!cp)
            break;
        sbuf_addcp(out, cp);
        i += 2;
    }
    if (i == n)
        return 0;
    out->len = start;
    return decode_icu(g, bytes, n, out);
}
