/* test_decode.c — unit tests of parse stage 1 (src/parse/decode): BOMs,
 * plain and damaged UTF-8, GB18030, Big5 and BOM-less UTF-16, and what is
 * binary (decode_is_binary); the early answer of decode_mostly_utf8. The legacy
 * bytes are made at run time with ICU, from UTF-8 literals. */
#include <stdio.h>
#include <string.h>
#include <unicode/ucnv.h>

#include "arena.h"
#include "check.h"
#include "decode.h"
#include "rnd.h"
#include "sbuf.h"
#include "utf8.h"

/* A sentence of simplified prose with ASCII digits, and one of
 * traditional prose without them. */
static const char GDP[] = "全年地区生产总值1277.93亿元，增长4.8%。";
static const char REPORT_HANT[] =
    "現在，我代表區人民政府，向大會報告工作，請予審議。";

/* s repeated times times, one per line, into b (reset first). */
static void repeat(sbuf *b, const char *s, int times)
{
    b->len = 0;
    for (int i = 0; i < times; i++) {
        sbuf_adds(b, s);
        sbuf_addc(b, '\n');
    }
}

/* UTF-8 src converted to charset `to` with ICU, into b (reset first). */
static int to_charset(const char *to, const sbuf *src, sbuf *b)
{
    UErrorCode st = U_ZERO_ERROR;
    b->len = 0;
    sbuf_reserve(b, src->len * 4 + 16);
    int32_t k = ucnv_convert(to, "UTF-8", b->p, (int32_t)(b->cap - 1), src->p,
                             (int32_t)src->len, &st);
    if (U_FAILURE(st) || k < 0) {
        printf("ICU cannot convert to %s: %s\n", to, u_errorName(st));
        return 0;
    }
    b->len = (size_t)k;
    return 1;
}

/* decode_bytes over buf[0..n) into out, checking it succeeds. */
static int run(const char *buf, size_t n, arena *a, decoded *out)
{
    const char *err = NULL;
    int r = decode_bytes(buf, n, a, out, NULL, &err);
    if (r != 0)
        printf("decode_bytes failed: %s\n", err ? err : "(no message)");
    return r == 0 && out->utf8 && out->encoding;
}

static void test_utf8_plain(void)
{
    arena a;
    arena_init(&a);
    decoded d;
    sbuf text = {0};
    repeat(&text, GDP, 3);
    CHECK(run(text.p, text.len, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.confidence, 100);
    CHECK_INT(d.replaced, 0);
    CHECK_MEM(d.utf8, d.len, text.p);
    CHECK(d.utf8 == text.p); /* valid UTF-8 is used where it lies */

    /* Pure ASCII and the empty file are UTF-8 too. */
    CHECK(run("plain", 5, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_MEM(d.utf8, d.len, "plain");
    CHECK(run("", 0, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.len, 0);
    CHECK_STR(d.utf8, "");

    /* A literal U+FFFD in valid UTF-8 is kept and not counted. */
    CHECK(run("a\xEF\xBF\xBD" "b", 5, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.replaced, 0);
    CHECK_MEM(d.utf8, d.len, "a\xEF\xBF\xBD" "b");
    sbuf_free(&text);
    arena_free(&a);
}

static void test_boms(void)
{
    arena a;
    arena_init(&a);
    decoded d;
    sbuf text = {0}, enc = {0}, in = {0};
    repeat(&text, GDP, 2);

    /* UTF-8 BOM: dropped from the text. */
    sbuf_add(&in, "\xEF\xBB\xBF", 3);
    sbuf_add(&in, text.p, text.len);
    CHECK(run(in.p, in.len, &a, &d));
    CHECK_STR(d.encoding, "UTF-8 BOM");
    CHECK_INT(d.replaced, 0);
    CHECK_MEM(d.utf8, d.len, text.p);

    /* A BOM alone is an empty UTF-8 file. */
    CHECK(run("\xEF\xBB\xBF", 3, &a, &d));
    CHECK_STR(d.encoding, "UTF-8 BOM");
    CHECK_INT(d.len, 0);

    /* UTF-16LE with BOM. */
    if (CHECK(to_charset("UTF-16LE", &text, &enc))) {
        in.len = 0;
        sbuf_add(&in, "\xFF\xFE", 2);
        sbuf_add(&in, enc.p, enc.len);
        CHECK(run(in.p, in.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16LE BOM");
        CHECK_INT(d.replaced, 0);
        CHECK_MEM(d.utf8, d.len, text.p);
        CHECK(d.utf8[d.len] == '\0');

        /* An odd final byte is a truncated unit: one U+FFFD. */
        sbuf_addc(&in, 'A');
        CHECK(run(in.p, in.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16LE BOM");
        CHECK_INT(d.replaced, 1);
        CHECK(d.len == text.len + 3 &&
              memcmp(d.utf8 + text.len, "\xEF\xBF\xBD", 3) == 0);
    }

    /* UTF-16BE with BOM. */
    if (CHECK(to_charset("UTF-16BE", &text, &enc))) {
        in.len = 0;
        sbuf_add(&in, "\xFE\xFF", 2);
        sbuf_add(&in, enc.p, enc.len);
        CHECK(run(in.p, in.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16BE BOM");
        CHECK_INT(d.replaced, 0);
        CHECK_MEM(d.utf8, d.len, text.p);
    }
    sbuf_free(&text);
    sbuf_free(&enc);
    sbuf_free(&in);
    arena_free(&a);
}

/* sample repeated, converted to charset by ICU, decodes back to itself
 * with the encoding named and nothing replaced. */
static void check_legacy(const char *charset, const char *sample)
{
    arena a;
    arena_init(&a);
    decoded d;
    sbuf text = {0}, enc = {0};
    repeat(&text, sample, 6);
    if (CHECK(to_charset(charset, &text, &enc))) {
        CHECK(enc.len < text.len); /* really two bytes a character */
        CHECK(run(enc.p, enc.len, &a, &d));
        CHECK_STR(d.encoding, charset);
        CHECK_INT(d.replaced, 0);
        CHECK(d.confidence > 0 && d.confidence <= 100);
        CHECK_MEM(d.utf8, d.len, text.p);
    }
    sbuf_free(&text);
    sbuf_free(&enc);
    arena_free(&a);
}

static void test_gb18030(void)
{
    check_legacy("GB18030", GDP);
}

static void test_big5(void)
{
    check_legacy("Big5", REPORT_HANT);
}

/* UTF-8 with one cut character is still UTF-8, with one U+FFFD. */
static void test_mostly_utf8(void)
{
    arena a;
    arena_init(&a);
    decoded d;
    sbuf in = {0}, want = {0};
    repeat(&in, GDP, 3);
    sbuf_add(&in, "\xE5\xB9", 2); /* 年 without its last byte */
    sbuf_adds(&in, "x\n");
    sbuf_adds(&in, GDP);
    repeat(&want, GDP, 3);
    sbuf_adds(&want, "\xEF\xBF\xBD" "x\n");
    sbuf_adds(&want, GDP);
    CHECK(run(in.p, in.len, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.replaced, 1);
    CHECK(d.confidence < 100);
    CHECK_MEM(d.utf8, d.len, want.p);

    /* Cut at the very end of the file. */
    repeat(&in, GDP, 3);
    sbuf_add(&in, "\xE5\xB9", 2);
    repeat(&want, GDP, 3);
    sbuf_adds(&want, "\xEF\xBF\xBD");
    CHECK(run(in.p, in.len, &a, &d));
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.replaced, 1);
    CHECK_MEM(d.utf8, d.len, want.p);
    sbuf_free(&in);
    sbuf_free(&want);
    arena_free(&a);
}

/* The early answer is the answer of reading the whole sample: 12,000
 * made-up buffers up to 20 KB long (past the 16 KB sample): a third UTF-8
 * Chinese with GBK pairs, random bytes and ASCII runs mixed in at a share
 * drawn for each and drawn again at a random place; a third GBK, then
 * UTF-8 Chinese alone (the pairs left decide); a third GBK, then two-byte
 * UTF-8 alone (one good sequence each two bytes: the bytes left decide);
 * in half of the last two, bytes 0xFF instead of GBK (bad for GB18030
 * too, so UTF-8 can still win after them). Then runs of 0xFF followed by
 * barely more UTF-8 characters, the closest calls.
 * And a sample all ASCII, with GBK after it, says UTF-8 as it always
 * has (no sequence counted, none bad). */
static void test_mostly_utf8_bound(void)
{
    rnd_seed(936);
    static char buf[20480 + 32]; /* a piece may run 29 bytes past */
    size_t wrong = 0, said[2] = {0, 0};
    for (int t = 0; t < 12000; t++) {
        unsigned share[2] = {rnd() % 101, rnd() % 101}, noise = rnd() % 8, mode = t % 3;
        int ffs = mode && t % 2; /* 0xFF, not GBK, first: GB18030 errs too */
        for (int h = 0; h < 2; h++) /* most near UTF-8's side of the line */
            share[h] = share[h] * share[h] / 100;
        size_t n = 0, want = 1 + rnd() % 20480, turn = rnd() % want;
        if (mode) { /* GBK, then UTF-8 alone: the answer comes late */
            share[0] = (ffs ? 5 : 50) + rnd() % 51, share[1] = 0, noise = rnd() % 2;
            turn = rnd() % (want < 16384 ? want : 16384);
        }
        while (n < want) {
            unsigned gbk = share[n >= turn]; /* the mix turns part way */
            unsigned r = rnd() % 100;
            if (r < noise) {
                buf[n++] = (char)rnd();
            } else if (r < 8 + noise && mode == 0) {
                for (unsigned k = rnd() % 30; k-- > 0;)
                    buf[n++] = (char)('a' + rnd() % 26);
            } else if (rnd() % 100 < gbk && ffs) { /* bad in both readings */
                buf[n++] = (char)0xFF;
            } else if (rnd() % 100 < gbk) { /* a GBK pair */
                buf[n++] = (char)(0xB0 + rnd() % 0x48);
                buf[n++] = (char)(0xA1 + rnd() % 0x5E);
            } else { /* a Chinese character: BMP, two bytes, or four */
                unsigned kind = mode == 2 ? 5 : rnd() % 8;
                uint32_t cp = kind < 5 ? 0x4E00 + rnd() % 0x5000
                              : kind < 7 ? 0x80 + rnd() % 0x780 : 0x20000 + rnd() % 0xA000;
                n += utf8_encode(cp, buf + n);
            }
        }
        int fast = decode_mostly_utf8(buf, n, 1), slow = decode_mostly_utf8(buf, n, 0);
        wrong += fast != slow;
        said[slow]++;
    }
    CHECK_INT(wrong, 0);
    CHECK(said[0] > 2000 && said[1] > 2000);
    /* At the edge: f bytes 0xFF, then a few more Chinese characters (or
     * two-byte ones) than that, the turn at every place of a span. */
    wrong = 0;
    size_t ones = 0;
    for (size_t f = 1000; f < 4000; f += 7)
        for (unsigned more = 1; more <= 60; more += 29)
            for (int two = 0; two < 2; two++) {
                memset(buf, 0xFF, f);
                size_t n = f;
                for (size_t c = 0; c < f + more && n < 16384; c++)
                    n += utf8_encode(two ? 0x400 + c % 0x100 : 0x4E00 + c % 0x5000, buf + n);
                int slow = decode_mostly_utf8(buf, n, 0);
                wrong += decode_mostly_utf8(buf, n, 1) != slow;
                ones += (size_t)slow;
            }
    CHECK_INT(wrong, 0);
    CHECK(ones > 500);
    /* The closest calls again, the text running past the 16 KB sample: a
     * character the sample's end cuts is cut (its bytes past the end are
     * not read), whichever way the counts are taken. */
    wrong = 0;
    size_t said_one = 0, said_zero = 0;
    for (size_t f = 4060; f < 4130; f++)
        for (int two = 0; two < 2; two++) {
            size_t from = two ? 3000 + (f - 4060) * 50 : f;
            memset(buf, 0xFF, from);
            size_t n = from;
            for (size_t c = 0; n < 16400; c++)
                n += utf8_encode(two ? 0x400 + c % 0x100 : 0x4E00 + c % 0x5000, buf + n);
            int slow = decode_mostly_utf8(buf, n, 0);
            wrong += decode_mostly_utf8(buf, n, 1) != slow;
            said_one += (size_t)slow;
            said_zero += (size_t)!slow;
        }
    CHECK_INT(wrong, 0);
    CHECK(said_one > 10 && said_zero > 10);
    /* A text of 1 to 6 bytes ending in a cut 中, its last byte after the
     * end in the buffer: the cut character is bad, read either way. */
    wrong = 0;
    for (size_t n = 2; n <= 6; n++) {
        memset(buf, 'a', n - 2);
        memcpy(buf + n - 2, "\xE4\xB8\xAD", 3);
        wrong += decode_mostly_utf8(buf, n, 1) != decode_mostly_utf8(buf, n, 0);
        wrong += decode_mostly_utf8(buf, n, 0) != 0;
    }
    CHECK_INT(wrong, 0);
    memset(buf, 'a', 16384);
    for (size_t i = 16384; i < 20480; i += 2)
        memcpy(buf + i, "\xC4\xEA", 2); /* 年 in GBK */
    CHECK(decode_mostly_utf8(buf, 20480, 1) && decode_mostly_utf8(buf, 20480, 0));
}

static void test_utf16_no_bom(void)
{
    arena a;
    arena_init(&a);
    decoded d;
    sbuf text = {0}, enc = {0};
    repeat(&text, GDP, 4);
    if (CHECK(to_charset("UTF-16LE", &text, &enc))) {
        CHECK(run(enc.p, enc.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16LE");
        CHECK_INT(d.replaced, 0);
        CHECK_MEM(d.utf8, d.len, text.p);
    }
    if (CHECK(to_charset("UTF-16BE", &text, &enc))) {
        CHECK(run(enc.p, enc.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16BE");
        CHECK_INT(d.replaced, 0);
        CHECK_MEM(d.utf8, d.len, text.p);
    }
    repeat(&text, REPORT_HANT, 6);
    if (CHECK(to_charset("UTF-16LE", &text, &enc))) {
        CHECK(run(enc.p, enc.len, &a, &d));
        CHECK_STR(d.encoding, "UTF-16LE");
        CHECK_INT(d.replaced, 0);
        CHECK_MEM(d.utf8, d.len, text.p);
    }
    sbuf_free(&text);
    sbuf_free(&enc);
    arena_free(&a);
}

/* n bytes of text: GDP lines, with byte c put at every `every`-th byte
 * (every 0: nowhere). */
static void text_with(sbuf *b, size_t n, char c, size_t every)
{
    b->len = 0;
    while (b->len < n) {
        sbuf_adds(b, GDP);
        sbuf_addc(b, '\n');
    }
    b->len = n;
    for (size_t i = every - 1; every && i < n; i += every)
        b->p[i] = c;
}

/* decode_is_binary: the share of NULs and of controls in the first 64 KB,
 * counted in 16-bit units for UTF-16. */
static void test_binary(void)
{
    sbuf b = {0}, enc = {0};
    CHECK(!decode_is_binary("", 0));
    text_with(&b, 60000, 0, 0);
    CHECK(!decode_is_binary(b.p, b.len));
    b.p[30000] = '\0'; /* one NUL: text */
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\0', 100); /* exactly 1% NULs */
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\0', 99); /* over 1% */
    CHECK(decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\x01', 20); /* 5% controls */
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\x1b', 19); /* over 5% */
    CHECK(decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\x7f', 19); /* DEL is no C0 control */
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\t', 3); /* tab, LF, CR, FF do not */
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\f', 3);
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 60000, '\r', 3);
    CHECK(!decode_is_binary(b.p, b.len));
    CHECK(decode_is_binary("abc\0def\n", 8));
    /* Near both lines, every length and place: the rule as the header
     * gives it, counted byte by byte here. */
    rnd_seed(64);
    size_t wrong = 0, said = 0;
    for (int t = 0; t < 3000; t++) {
        size_t n = 500 + rnd() % 3000, nul = 0, ctl = 0; /* not UTF-16 by its NULs */
        unsigned nul_per_mille = rnd() % 20, ctl_per_mille = rnd() % 80;
        sbuf_reserve(&b, n);
        for (size_t i = 0; i < n; i++) {
            unsigned r = rnd() % 1000;
            char c = r < nul_per_mille                   ? '\0'
                     : r < nul_per_mille + ctl_per_mille ? "\x01\x1b\x1f\t\n\r\f"[rnd() % 7]
                                                         : "a\xe4\x7f "[rnd() % 4];
            b.p[i] = c;
            nul += c == 0;
            ctl += (unsigned char)c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        int want = nul * 100 > n || ctl * 20 > n;
        wrong += decode_is_binary(b.p, n) != want;
        said += (size_t)want;
    }
    CHECK_INT(wrong, 0);
    CHECK(said > 300 && said < 2700);
    /* Only the first 64 KB count: NULs after them are text's problem,
     * NULs in them make a binary file whatever follows. */
    text_with(&b, 3 * DECODE_BINARY_SAMPLE, '\0', 2);
    memset(b.p, 'a', DECODE_BINARY_SAMPLE);
    CHECK(!decode_is_binary(b.p, b.len));
    text_with(&b, 3 * DECODE_BINARY_SAMPLE, 0, 0);
    memset(b.p, 0, DECODE_BINARY_SAMPLE);
    CHECK(decode_is_binary(b.p, b.len));
    /* UTF-16 (half its bytes zero), with and without a BOM, is text; NUL
     * units in it are counted as units. */
    repeat(&b, GDP, 200);
    static const char *const forms[] = {"UTF-16LE", "UTF-16BE", "UTF-16"};
    for (size_t k = 0; k < 3; k++) {
        if (!CHECK(to_charset(forms[k], &b, &enc)))
            continue;
        CHECK(!decode_is_binary(enc.p, enc.len));
        size_t units = enc.len / 2, nul = 0;
        for (size_t u = 50; u < units && nul * 100 <= units; u += 50, nul++)
            enc.p[2 * u] = enc.p[2 * u + 1] = '\0';
        CHECK(decode_is_binary(enc.p, enc.len));
    }
    /* Read eight bytes at a time: NULs in the bytes after the last whole
     * word count too, and in UTF-16 two bytes below 0x20 make a control
     * only when the high one is zero (U+0100 is none, U+0001 is one). */
    for (size_t len = 9; len < 16; len++) {
        char t[16];
        memset(t, 'a', sizeof t);
        t[len - 1] = t[len - 2] = '\0';
        CHECK(decode_is_binary(t, len));
        CHECK(!decode_is_binary(t, len - 2));
    }
    static const char *const le_units[] = {"\x00\x01", "\x01\x00"};
    for (int k = 0; k < 2; k++) {
        char t[2 + 2 * 100] = "\xFF\xFE";
        for (size_t u = 0; u < 100; u++)
            memcpy(t + 2 + 2 * u, u % 4 ? "a\0" : le_units[k], 2);
        CHECK(decode_is_binary(t, sizeof t) == k);
    }
    sbuf_free(&b);
    sbuf_free(&enc);
}

int main(void)
{
    test_utf8_plain();
    test_boms();
    test_gb18030();
    test_big5();
    test_mostly_utf8();
    test_mostly_utf8_bound();
    test_utf16_no_bom();
    test_binary();
    return check_done();
}
