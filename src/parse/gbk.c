/* gbk.c — GBK run conversion through ICU (see gbk.h). */
#include "gbk.h"

#include <stdlib.h>
#include <unicode/ucnv.h>

#include "arena.h"
#include "utf8.h"

/* enc[cp] caches the GBK form of BMP code point cp: 0 not asked yet,
 * NO_FORM none, else the two bytes (hi << 8 | lo); single bytes are
 * ASCII and never cached. Mojibake scoring asks for the same characters
 * again and again, and ICU's per-call cost dominates. */
enum { NO_FORM = 1 };

struct gbk {
    UConverter *cnv;
    uint16_t *enc;
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
    g->enc = xcalloc(0x10000, sizeof *g->enc);
    return g;
}

void gbk_close(gbk *g)
{
    if (!g)
        return;
    ucnv_close(g->cnv);
    free(g->enc);
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
    uint16_t e = g->enc[cp];
    if (!e) {
        unsigned char b[2];
        size_t k = encode_uncached(g, cp, b);
        e = k == 2 ? (uint16_t)(b[0] << 8 | b[1]) : NO_FORM;
        g->enc[cp] = e;
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

size_t gbk_decode(gbk *g, const unsigned char *bytes, size_t n, sbuf *out)
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
