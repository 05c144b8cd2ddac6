/* test_gb18030.c — src/parse/gb18030.c against ICU's own conversion
 * (charset_to_utf8 "GB18030"), flushed and as an unflushed sample: the
 * same bytes and the same count of bad sequences for the GBK samples (whole, and cut at 63 places), and for 100,000 made-up buffers
 * of ASCII (digits and bytes below 0x30 among it), two-byte characters,
 * four-byte sequences (whole, cut short, with bad bytes), bytes 0x80 and
 * 0xFF, lead bytes before bad trails and at the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "check.h"
#include "gb18030.h"
#include "rnd.h"
#include "slurp.h"

/* Both conversions of s[0..n) agree, flushed or not (a sample, whose
 * cut last character waits); prints the case when not. */
static int same_flushed(const char *s, size_t n, int flush)
{
    size_t cap = 3 * n + 16, e1 = 0, e2 = 0;
    char *a = malloc(cap), *b = malloc(cap);
    size_t na = charset_to_utf8("GB18030", s, n, a, cap, flush, &e1, NULL);
    size_t nb = gb18030_to_utf8(s, n, b, cap, flush, &e2, NULL);
    int ok = na == nb && e1 == e2 && memcmp(a, b, na) == 0;
    if (!ok) {
        fprintf(stderr, "  differs %s (%zu/%zu bytes, %zu/%zu errors) on:",
                flush ? "flushed" : "unflushed", na, nb, e1, e2);
        for (size_t i = 0; i < n && i < 64; i++)
            fprintf(stderr, " %02x", (unsigned char)s[i]);
        fprintf(stderr, "\n");
    }
    free(a);
    free(b);
    return ok;
}

static int same(const char *s, size_t n)
{
    return same_flushed(s, n, 1) & same_flushed(s, n, 0);
}

static unsigned char pick(unsigned lo, unsigned hi)
{
    return (unsigned char)(lo + rnd() % (hi - lo + 1));
}

/* One piece of a made-up buffer at p; returns its bytes. */
static size_t piece(unsigned char *p)
{
    switch (rnd() % 12) {
    case 0: p[0] = pick(0x00, 0x2F); return 1;           /* where ICU starts afresh */
    case 1: p[0] = pick(0x30, 0x7F); return 1;           /* digits, letters */
    case 2: case 3: case 4:                              /* two-byte characters */
        p[0] = pick(0x81, 0xFE);
        do p[1] = pick(0x40, 0xFE); while (p[1] == 0x7F);
        return 2;
    case 5:                                              /* four bytes */
        p[0] = pick(0x81, 0xFE); p[1] = pick(0x30, 0x39);
        p[2] = pick(0x81, 0xFE); p[3] = pick(0x30, 0x39);
        return 4;
    case 6:                                              /* four bytes cut short */
        p[0] = pick(0x81, 0xFE); p[1] = pick(0x30, 0x39);
        if (rnd() % 2) { p[2] = pick(0x81, 0xFE); return 3; }
        return 2;
    case 7: p[0] = rnd() % 2 ? 0x80 : 0xFF; return 1;   /* never a character */
    case 8:                                              /* a lead, a bad trail */
        p[0] = pick(0x81, 0xFE);
        p[1] = (unsigned char[]){0x7F, 0xFF, 0x20, 0x0A, 0x2F, 0x00}[rnd() % 6];
        return 2;
    case 9: p[0] = pick(0x81, 0xFE); return 1;           /* a lead alone */
    case 10: p[0] = pick(0x90, 0xE3); p[1] = pick(0x30, 0x39);  /* supplementary */
        p[2] = pick(0x81, 0xFE); p[3] = pick(0x30, 0x39);
        return 4;
    default: p[0] = (unsigned char)rnd(); return 1;      /* any byte */
    }
}

int main(int argc, char **argv)
{
    rnd_seed(18030);
    for (int a = 1; a < argc; a++) { /* reports in GBK as published */
        size_t n;
        char *g = slurp(argv[a], &n);
        if (CHECK(g != NULL && n > 1000)) {
            CHECK(same(g, n));
            for (size_t cut = 1; cut < 64; cut++) /* every cut of its start */
                CHECK(same(g + cut, n / 7 - cut));
        }
        free(g);
    }
    unsigned char buf[600];
    size_t failed = 0;
    for (int t = 0; t < 100000; t++) {
        size_t n = 0, want = 1 + rnd() % 500;
        while (n < want)
            n += piece(buf + n);
        failed += !same((const char *)buf, n);
        if (failed > 5)
            break;
    }
    CHECK_INT(failed, 0);
    return check_done();
}
