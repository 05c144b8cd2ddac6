/* test_gbk.c — src/parse/gbk.c's decoding, whose ASCII and two-byte
 * characters come from a cache shared by every converter, against ICU's
 * windows-936 read whole (charset_to_utf8): 50,000 made-up runs of
 * ASCII, two-byte characters (mapped, unmapped, with bad trails), 0x80,
 * 0xFF and lone leads, each decoded twice (the cache empty, then full)
 * by two converters. A run ICU reads without a bad sequence must come
 * out the same, with none counted; one it does not (or one with 0x1A,
 * ICU's substitute character), with some. And the
 * encoding the repair asks for goes back to the same character. */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "check.h"
#include "gbk.h"
#include "rnd.h"
#include "utf8.h"

static unsigned char pick(unsigned lo, unsigned hi)
{
    return (unsigned char)(lo + rnd() % (hi - lo + 1));
}

/* One piece of a made-up run at p; returns its bytes. */
static size_t piece(unsigned char *p)
{
    switch (rnd() % 10) {
    case 0: case 1: p[0] = pick(0x20, 0x7E); return 1;  /* ASCII */
    case 2: case 3: case 4: case 5:                      /* common characters */
        p[0] = pick(0xB0, 0xF7); p[1] = pick(0xA1, 0xFE);
        return 2;
    case 6:                                              /* any pair */
        p[0] = pick(0x81, 0xFE);
        do p[1] = pick(0x40, 0xFE); while (p[1] == 0x7F);
        return 2;
    case 7: p[0] = pick(0x81, 0xFE); p[1] = pick(0x00, 0x3F); return 2; /* bad trail */
    case 8: p[0] = rnd() % 2 ? 0x80 : 0xFF; return 1;
    default: p[0] = pick(0x81, 0xFE); return 1;           /* a lead alone */
    }
}

/* Run b[0..n) decoded by g as ICU reads it whole. */
static int decodes_as_icu(gbk *g, const unsigned char *b, size_t n)
{
    sbuf out = {0};
    size_t bad = gbk_decode(g, b, n, &out), errors = 0, cap = 4 * n + 16;
    char *want = malloc(cap);
    size_t got = charset_to_utf8("windows-936", (const char *)b, n, want, cap, 1,
                                 &errors, NULL);
    errors += memchr(b, 0x1A, n) != NULL; /* ICU's substitute: bad here */
    int ok = got != (size_t)-1 &&
             (errors ? bad > 0 : bad == 0 && out.len == got && memcmp(out.p, want, got) == 0);
    free(want);
    sbuf_free(&out);
    return ok;
}

int main(void)
{
    gbk *g = gbk_open(), *h = gbk_open();
    if (!CHECK(g != NULL && h != NULL))
        return check_done();
    rnd_seed(936);
    size_t failed = 0, clean = 0;
    for (int r = 0; r < 50000; r++) {
        unsigned char b[64];
        size_t n = 0, want = 1 + rnd() % 40;
        while (n < want)
            n += piece(b + n);
        size_t errors = 0;
        char scratch[4 * 64 + 16];
        charset_to_utf8("windows-936", (const char *)b, n, scratch, sizeof scratch, 1,
                        &errors, NULL);
        clean += errors == 0;
        failed += !decodes_as_icu(g, b, n) + !decodes_as_icu(h, b, n) +
                  !decodes_as_icu(g, b, n);
    }
    CHECK(failed == 0);
    CHECK(clean > 5000); /* the cached path was taken, many times */
    /* Every common character encodes to its pair and decodes back. */
    size_t round_trips = 0;
    for (unsigned hi = 0xB0; hi <= 0xF7; hi++)
        for (unsigned lo = 0xA1; lo <= 0xFE; lo++) {
            unsigned char pair[2] = {(unsigned char)hi, (unsigned char)lo}, back[2];
            sbuf one = {0};
            uint32_t cp = 0;
            if (!gbk_decode(g, pair, 2, &one) && one.len)
                utf8_decode(one.p, one.len, &cp);
            round_trips += cp && gbk_encode(h, cp, back) == 2 && back[0] == hi &&
                           back[1] == lo;
            sbuf_free(&one);
        }
    CHECK(round_trips > 6700); /* GB2312's 6,763 characters, less none */
    gbk_close(g);
    gbk_close(h);
    return check_done();
}
