/* test_utf8.c — unit tests of model/utf8: strict decoding (valid, invalid,
 * truncated, overlong, surrogate), encoding, validation, stepping back. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "rnd.h"
#include "utf8.h"

/* Decodes the first code point of s[0..n); stores the bytes used. */
static uint32_t dec(const char *s, size_t n, size_t *used)
{
    uint32_t cp = 0x12345678u;
    *used = utf8_decode(s, n, &cp);
    return cp;
}

#define CHECK_DEC(s, n, want_cp, want_len)                                  \
    do {                                                                    \
        size_t used_;                                                       \
        CHECK_INT(dec((s), (n), &used_), (want_cp));                        \
        CHECK_INT(used_, (want_len));                                       \
    } while (0)

static void test_decode_valid(void)
{
    CHECK_DEC("A", 1, 'A', 1);
    CHECK_DEC("\x7F", 1, 0x7F, 1);
    CHECK_DEC("", 1, 0, 1);                       /* NUL is one byte */
    CHECK_DEC("\xC2\x80", 2, 0x80, 2);            /* smallest 2-byte */
    CHECK_DEC("\xC3\xA9x", 3, 0xE9, 2);           /* é, stops before x */
    CHECK_DEC("\xDF\xBF", 2, 0x7FF, 2);
    CHECK_DEC("\xE0\xA0\x80", 3, 0x800, 3);       /* smallest 3-byte */
    CHECK_DEC("\xE4\xB8\xAD", 3, 0x4E2D, 3);      /* 中 */
    CHECK_DEC("\xED\x9F\xBF", 3, 0xD7FF, 3);      /* just below surrogates */
    CHECK_DEC("\xEE\x80\x80", 3, 0xE000, 3);      /* just above them */
    CHECK_DEC("\xEF\xBF\xBD", 3, 0xFFFD, 3);      /* a literal U+FFFD */
    CHECK_DEC("\xEF\xBF\xBF", 3, 0xFFFF, 3);
    CHECK_DEC("\xF0\x90\x80\x80", 4, 0x10000, 4); /* smallest 4-byte */
    CHECK_DEC("\xF0\x9F\x98\x80", 4, 0x1F600, 4);
    CHECK_DEC("\xF0\xA0\x80\x80", 4, 0x20000, 4); /* 𠀀 */
    CHECK_DEC("\xF4\x8F\xBF\xBF", 4, 0x10FFFF, 4);
}

static void test_decode_invalid(void)
{
    /* Bytes that can never start a sequence: one byte each. */
    CHECK_DEC("\x80", 1, 0xFFFD, 1);
    CHECK_DEC("\xBF\xBF", 2, 0xFFFD, 1);
    CHECK_DEC("\xFE", 1, 0xFFFD, 1);
    CHECK_DEC("\xFF\x41", 2, 0xFFFD, 1);
    CHECK_DEC("\xF5\x80\x80\x80", 4, 0xFFFD, 1);
    CHECK_DEC("\xF8\x88\x80\x80\x80", 5, 0xFFFD, 1); /* old 5-byte form */
    /* Lead followed by a non-continuation: the lead alone is invalid. */
    CHECK_DEC("\xC3" "A", 2, 0xFFFD, 1);
    CHECK_DEC("\xE4" "A", 2, 0xFFFD, 1);
    CHECK_DEC("\xE4\xB8" "A", 3, 0xFFFD, 2); /* maximal invalid prefix */
    CHECK_DEC("\xF0\x9F\x98" "A", 4, 0xFFFD, 3);
    CHECK_DEC("\xE4\xC3\xA9", 3, 0xFFFD, 1);  /* next lead is not eaten */
}

static void test_decode_truncated(void)
{
    CHECK_DEC("\xC3\xA9", 1, 0xFFFD, 1);
    CHECK_DEC("\xE4\xB8\xAD", 1, 0xFFFD, 1);
    CHECK_DEC("\xE4\xB8\xAD", 2, 0xFFFD, 2);
    CHECK_DEC("\xF0\x9F\x98\x80", 1, 0xFFFD, 1);
    CHECK_DEC("\xF0\x9F\x98\x80", 2, 0xFFFD, 2);
    CHECK_DEC("\xF0\x9F\x98\x80", 3, 0xFFFD, 3);
}

static void test_decode_overlong(void)
{
    CHECK_DEC("\xC0\x80", 2, 0xFFFD, 1);         /* overlong NUL */
    CHECK_DEC("\xC0\xAF", 2, 0xFFFD, 1);         /* overlong '/' */
    CHECK_DEC("\xC1\xBF", 2, 0xFFFD, 1);
    CHECK_DEC("\xE0\x80\xAF", 3, 0xFFFD, 1);     /* overlong 3-byte */
    CHECK_DEC("\xE0\x9F\xBF", 3, 0xFFFD, 1);
    CHECK_DEC("\xF0\x80\x80\xAF", 4, 0xFFFD, 1); /* overlong 4-byte */
    CHECK_DEC("\xF0\x8F\xBF\xBF", 4, 0xFFFD, 1);
}

static void test_decode_out_of_range(void)
{
    CHECK_DEC("\xED\xA0\x80", 3, 0xFFFD, 1);     /* U+D800 */
    CHECK_DEC("\xED\xAF\xBF", 3, 0xFFFD, 1);     /* U+DBFF */
    CHECK_DEC("\xED\xB0\x80", 3, 0xFFFD, 1);     /* U+DC00 */
    CHECK_DEC("\xED\xBF\xBF", 3, 0xFFFD, 1);     /* U+DFFF */
    /* CESU-8 surrogate pair for U+1F600: two bad starts, not one emoji. */
    CHECK_DEC("\xED\xA0\xBD\xED\xB8\x80", 6, 0xFFFD, 1);
    CHECK_DEC("\xF4\x90\x80\x80", 4, 0xFFFD, 1); /* U+110000 */
    CHECK_DEC("\xF4\xBF\xBF\xBF", 4, 0xFFFD, 1);
}

/* Encodes cp and checks the bytes. */
static void check_enc(uint32_t cp, const char *want, size_t want_len,
                      int line)
{
    char out[4] = {0};
    size_t k = utf8_encode(cp, out);
    check_int_at((long long)k, (long long)want_len, __FILE__, line,
                 "utf8_encode length");
    check_at(k == want_len && memcmp(out, want, k) == 0, __FILE__, line,
             "utf8_encode bytes");
}

#define CHECK_ENC(cp, want) check_enc((cp), (want), sizeof(want) - 1, __LINE__)

/* The inline fast paths write what the full encoder writes, for every
 * code point and a little beyond. */
static void test_encode_every_cp(void)
{
    uint32_t bad = 0;
    int same = 1;
    for (uint32_t cp = 0; cp <= 0x110010 && same; cp++) {
        char a[4] = {0}, b[4] = {0};
        size_t k = utf8_encode(cp, a);
        same = k == utf8_encode_multi(cp, b) && memcmp(a, b, 4) == 0;
        bad = same ? 0 : cp;
    }
    CHECK(same);
    CHECK_INT(bad, 0);
}

static void test_encode(void)
{
    CHECK_ENC(0, "\0");
    CHECK_ENC('A', "A");
    CHECK_ENC(0x7F, "\x7F");
    CHECK_ENC(0x80, "\xC2\x80");
    CHECK_ENC(0x7FF, "\xDF\xBF");
    CHECK_ENC(0x800, "\xE0\xA0\x80");
    CHECK_ENC(0x4E2D, "\xE4\xB8\xAD");
    CHECK_ENC(0xFFFF, "\xEF\xBF\xBF");
    CHECK_ENC(0x10000, "\xF0\x90\x80\x80");
    CHECK_ENC(0x10FFFF, "\xF4\x8F\xBF\xBF");
    /* Surrogates and values beyond Unicode become U+FFFD. */
    CHECK_ENC(0xD800, "\xEF\xBF\xBD");
    CHECK_ENC(0xDFFF, "\xEF\xBF\xBD");
    CHECK_ENC(0x110000, "\xEF\xBF\xBD");
    CHECK_ENC(0xFFFFFFFFu, "\xEF\xBF\xBD");
}

/* Every scalar value survives encode → decode, and the encoding is valid
 * and steps back as one code point. */
static void test_round_trip(void)
{
    size_t bad = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char buf[4];
        size_t k = utf8_encode(cp, buf);
        uint32_t back;
        size_t used = utf8_decode(buf, k, &back);
        if (used != k || back != cp || !utf8_valid(buf, k) ||
            utf8_prev_len(buf, k) != k)
            bad++;
    }
    CHECK_INT(bad, 0);
}

#define VALID(lit) utf8_valid((lit), sizeof(lit) - 1)

static void test_valid(void)
{
    CHECK(utf8_valid("", 0));
    CHECK(VALID("plain ASCII"));
    CHECK(VALID("\xE5\x85\xA8\xE5\xB9\xB4 1277.93\xE4\xBA\xBF")); /* 全年 …亿 */
    CHECK(VALID("\xF0\x9F\x98\x80"));
    CHECK(VALID("a\0b"));                   /* NUL is valid UTF-8 */
    /* A literal U+FFFD is a valid character, alone or in text. */
    CHECK(VALID("\xEF\xBF\xBD"));
    CHECK(VALID("a\xEF\xBF\xBD" "b\xEF\xBF\xBD"));
    CHECK(!VALID("\x80"));
    CHECK(!VALID("abc\xFF"));
    CHECK(!VALID("\xC0\x80"));              /* overlong */
    CHECK(!VALID("\xE0\x80\x80"));
    CHECK(!VALID("\xED\xA0\x80"));          /* surrogate */
    CHECK(!VALID("\xF4\x90\x80\x80"));      /* > U+10FFFF */
    CHECK(!VALID("\xE4\xB8"));              /* truncated at the end */
    CHECK(!VALID("\xEF\xBF"));              /* truncated U+FFFD */
    CHECK(!VALID("\xE4\xB8" "abc"));
    CHECK(!VALID("ok\xE4\xB8\xAD\xE4"));
    /* Only the first n bytes count. */
    CHECK(utf8_valid("\xE4\xB8\xAD\xFF", 3));
    CHECK(!utf8_valid("\xE4\xB8\xAD", 2));
}

/* The fast paths (ASCII eight bytes a step, runs of three-byte Han)
 * against a bad byte at every place of long text and every cut. */
static void test_valid_long(void)
{
    char t[96];
    size_t n = 0;
    while (n + 11 <= sizeof t) {
        memcpy(t + n, "abcdefgh", 8);               /* a word of ASCII */
        memcpy(t + n + 8, "\xE4\xB8\xAD", 3);       /* 中 */
        n += 11;
    }
    int ok = utf8_valid(t, n);
    for (size_t cut = 0; cut <= n; cut++) {
        int mid_char = cut % 11 == 9 || cut % 11 == 10; /* inside 中 */
        ok &= utf8_valid(t, cut) == !mid_char;
    }
    for (size_t at = 0; at < n; at++) {
        char bad[sizeof t];
        memcpy(bad, t, n);
        bad[at] = (char)0xFF;
        ok &= !utf8_valid(bad, n);
        bad[at] = (char)0x80; /* a continuation where a character starts */
        ok &= at % 11 == 9 || at % 11 == 10 || !utf8_valid(bad, n);
    }
    CHECK(ok);
}

/* utf8_valid is the decoder's rule (every sequence good but U+FFFD
 * from its own three bytes) on 30,000 made-up texts: long runs of ASCII
 * and Han that the sixteen-byte step takes, with every other kind of
 * character, good and bad, put in at every place. */
static int valid_by_decoding(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp == UTF8_REPLACEMENT && !(k == 3 && (unsigned char)s[i] == 0xEF))
            return 0;
        i += k;
    }
    return 1;
}

static void test_valid_random(void)
{
    static const char *const common[] = {"a", "7", " ", "\xE4\xB8\xAD", "\xE3\x80\x82",
                                         "\xEF\xBC\x8C", "\xE1\x80\x80", "\xEC\xBF\xBF"};
    static const char *const other[] = {
        "\xC3\xA9", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
        "\xEF\xBF\xBD", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF", "\x80", "\xBF", "\xFF",
        "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
        "\xE4", "\xE4\xB8", "\xF0\x9F\x98", "\xC3", "\xF8\x88\x80\x80\x80", "\xE4\x80\xC0",
    };
    enum { NC = sizeof common / sizeof *common, NO = sizeof other / sizeof *other };
    rnd_seed(31);
    size_t wrong = 0, valid = 0;
    for (int t = 0; t < 30000; t++) {
        char buf[512];
        size_t n = 0, want = rnd() % 400;
        while (n < want) {
            const char *p = rnd() % 40 ? common[rnd() % NC] : other[rnd() % NO];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        int v = valid_by_decoding(buf, n);
        wrong += utf8_valid(buf, n) != v;
        valid += (size_t)v;
    }
    CHECK_INT(wrong, 0);
    CHECK(valid > 3000 && valid < 27000);
}

static void test_prev_len(void)
{
    CHECK_INT(utf8_prev_len("a", 1), 1);
    CHECK_INT(utf8_prev_len("ab", 2), 1);
    CHECK_INT(utf8_prev_len("\xC3\xA9", 2), 2);
    CHECK_INT(utf8_prev_len("a\xC3\xA9", 3), 2);
    CHECK_INT(utf8_prev_len("\xE4\xB8\xAD", 3), 3);
    CHECK_INT(utf8_prev_len("a\xE4\xB8\xAD", 4), 3);
    CHECK_INT(utf8_prev_len("\xE4\xB8\xAD\xE6\x96\x87", 6), 3);
    CHECK_INT(utf8_prev_len("\xE4\xB8\xAD\xE6\x96\x87", 3), 3);
    CHECK_INT(utf8_prev_len("\xF0\x9F\x98\x80", 4), 4);
    CHECK_INT(utf8_prev_len("x\xF0\x9F\x98\x80", 5), 4);
    CHECK_INT(utf8_prev_len("\xEF\xBF\xBD", 3), 3);
    /* Stray continuation bytes with no lead before them: 1. */
    CHECK_INT(utf8_prev_len("\x80", 1), 1);
    CHECK_INT(utf8_prev_len("\x80\x80\x80\x80\x80", 5), 1);
    CHECK_INT(utf8_prev_len("a\x80", 2), 1);
    CHECK_INT(utf8_prev_len("\xC3\xA9\xA9", 3), 1);
    CHECK_INT(utf8_prev_len("\xE4\xB8\xAD\x80", 4), 1);
}

static void test_cut(void)
{
    const char *zw = "\xE4\xB8\xAD\xE6\x96\x87"; /* 中文 */
    CHECK_INT(utf8_cut(zw, 6, 6), 6);
    CHECK_INT(utf8_cut(zw, 6, 100), 6);
    CHECK_INT(utf8_cut(zw, 6, 5), 3);
    CHECK_INT(utf8_cut(zw, 6, 4), 3);
    CHECK_INT(utf8_cut(zw, 6, 3), 3);
    CHECK_INT(utf8_cut(zw, 6, 2), 0);
    CHECK_INT(utf8_cut(zw, 6, 0), 0);
    CHECK_INT(utf8_cut("abc", 3, 2), 2);
    CHECK_INT(utf8_cut("a\xF0\x9F\x98\x80" "b", 6, 4), 1);
    CHECK_INT(utf8_cut("a\xF0\x9F\x98\x80" "b", 6, 5), 5);
    CHECK_INT(utf8_cut("a\xC3\xA9", 3, 2), 1);
    /* Invalid bytes: a lone lead or a stray continuation stands alone; a
     * truncated sequence is one character. */
    CHECK_INT(utf8_cut("\xFF\xFF\xFF", 3, 2), 2);
    CHECK_INT(utf8_cut("a\x80\x80\x80\x80\x80", 6, 4), 4);
    CHECK_INT(utf8_cut("\xE4\xB8" "a", 3, 1), 0);
    CHECK_INT(utf8_cut("\xE4\xB8" "a", 3, 2), 2);
    /* Every cut of a mixed string is whole characters. */
    const char *mix = "a中\xF0\x9F\x98\x80é\xFF" "b文";
    size_t n = 0;
    while (mix[n])
        n++;
    int bad = 0;
    for (size_t max = 0; max <= n; max++) {
        size_t k = utf8_cut(mix, n, max);
        bad |= k > max || (k < n && ((unsigned char)mix[k] & 0xC0) == 0x80) ||
               max - k > 3;
    }
    CHECK(!bad);
}

/* utf8_measure takes what utf8_decode takes, and calls bad what it
 * reads as U+FFFD but U+FFFD's own bytes: every lead byte with every
 * second byte, and the continuation bounds (and bytes just outside
 * them) after it, whole and cut to each shorter length. */
static void test_measure(void)
{
    static const unsigned char later[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                          0x9F, 0xA0, 0xBD, 0xBF, 0xC0, 0xFF};
    enum { NL = sizeof later };
    size_t wrong = 0, bad_seen = 0, good_seen = 0;
    for (unsigned c0 = 0; c0 < 0x100; c0++)
        for (unsigned c1 = 0; c1 < 0x100; c1++)
            for (size_t a = 0; a < NL; a++)
                for (size_t b = 0; b < NL; b++)
                    for (size_t n = 1; n <= 5; n++) {
                        char s[5] = {(char)c0, (char)c1, (char)later[a],
                                     (char)later[b], 'x'};
                        uint32_t cp;
                        size_t want = utf8_decode(s, n, &cp);
                        int want_bad = cp == UTF8_REPLACEMENT &&
                                       !(want == 3 && memcmp(s, "\xEF\xBF\xBD", 3) == 0);
                        int bad = -1;
                        size_t got = utf8_measure(s, n, &bad);
                        wrong += got != want || bad != want_bad;
                        bad_seen += want_bad;
                        good_seen += !want_bad && want > 1;
                    }
    CHECK_INT(wrong, 0);
    CHECK(bad_seen > 100000 && good_seen > 100000);
}

/* utf8_lead_pairs counts what a byte-by-byte look counts, on every
 * length up to 40 of bytes drawn around the lead and continuation
 * bounds, at every offset. */
static void test_lead_pairs(void)
{
    static const unsigned char pool[] = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2,
                                         0xDF, 0xE0, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    uint32_t x = 2463534242u;
    size_t wrong = 0, seen = 0;
    for (int t = 0; t < 20000; t++) {
        char s[48];
        size_t n = (size_t)t % 41;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            s[i] = (char)pool[x % sizeof pool];
        }
        size_t want = 0;
        for (size_t i = 0; i + 1 < n; i++)
            want += (unsigned char)s[i] >= 0xC2 && (unsigned char)s[i] <= 0xF4 &&
                    ((unsigned char)s[i + 1] & 0xC0) == 0x80;
        wrong += utf8_lead_pairs(s, n) != want;
        seen += want;
    }
    CHECK_INT(wrong, 0);
    CHECK(seen > 10000);
    /* A pair at every other place for 8,000 bytes: a lane's count would
     * pass 255 within one sum. */
    static char many[8001];
    for (size_t i = 0; i < 8000; i += 2)
        memcpy(many + i, "\xC3\xA9", 2);
    CHECK_INT(utf8_lead_pairs(many, 8000), 4000);
}

/* utf8_tally_add gives what utf8_measure_lenient says place by place,
 * and its counts are a greedy walk's: the walk's good sequences are its
 * good, its bad ones bad + conts - taken. Bytes drawn around every bound
 * utf8_lead_of sets, lengths across the 16-place steps and the 64-step
 * sums, three ASCII bytes after the places (no sequence runs past). */
static void test_tally(void)
{
    static const unsigned char pool[] = {0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                         0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                         0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    static char s[3000];
    uint32_t x = 88172645u;
    size_t wrong_places = 0, wrong_walk = 0, good_seen = 0, bad_seen = 0;
    for (int t = 0; t < 3000; t++) {
        size_t n = t < 2900 ? (size_t)t % 300 : 1000 + (size_t)t % 1990;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            s[i] = (char)pool[x % sizeof pool];
        }
        memcpy(s + n, "aaa", 3);
        utf8_tally got = {0}, want = {0};
        utf8_tally_add(s, n, &got);
        for (size_t i = 0; i < n; i++) {
            unsigned c = (unsigned char)s[i];
            if (c >= 0x80 && c < 0xC0)
                want.conts++;
            if (c < 0xC0)
                continue;
            int bad;
            size_t k = utf8_measure_lenient(s + i, n + 3 - i, &bad);
            want.good += !bad;
            want.bad += (size_t)bad;
            want.taken += k - 1;
        }
        wrong_places += got.good != want.good || got.bad != want.bad ||
                        got.taken != want.taken || got.conts != want.conts;
        size_t good = 0, bad = 0;
        for (size_t i = 0; i < n + 3;) {
            int is_bad;
            size_t k = utf8_measure_lenient(s + i, n + 3 - i, &is_bad);
            if ((unsigned char)s[i] >= 0x80) {
                bad += (size_t)is_bad;
                good += (size_t)!is_bad;
            }
            i += k;
        }
        wrong_walk += good != got.good || bad != got.bad + got.conts - got.taken;
        good_seen += good;
        bad_seen += bad;
    }
    CHECK_INT(wrong_places, 0);
    CHECK_INT(wrong_walk, 0);
    CHECK(good_seen > 20000 && bad_seen > 20000);
    /* Four-byte characters, each taking three bytes: a counter of
     * taken bytes rises by 3 every step. */
    for (size_t i = 0; i < 2048; i += 4)
        memcpy(s + i, "\xF0\x90\x80\x80", 4);
    memcpy(s + 2048, "aaa", 3);
    utf8_tally t = {0};
    utf8_tally_add(s, 2048, &t);
    CHECK(t.good == 512 && t.bad == 0 && t.taken == 1536 && t.conts == 1536);
}

/* utf8_count counts the bytes that are no continuation, as a byte at a
 * time does: random bytes at every offset, lengths across the 16-byte
 * steps and the sums taken every 255 of them. */
static void test_count(void)
{
    static char s[70016];
    uint32_t x = 7;
    size_t wrong = 0;
    for (int t = 0; t < 3000; t++) {
        size_t n = t < 2900 ? (size_t)t % 300 : 4000 + (size_t)t * 20, off = (size_t)t % 7;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            s[off + i] = (char)x;
        }
        size_t want = 0;
        for (size_t i = 0; i < n; i++)
            want += ((unsigned char)s[off + i] & 0xC0) != 0x80;
        wrong += utf8_count(s + off, n) != want;
    }
    CHECK_INT(wrong, 0);
    CHECK_INT(utf8_count("\xE4\xB8\xAD" "a" "\xC3\xA9", 6), 3);
    memset(s, 0x80, 70000); /* a continuation in every lane of every step */
    CHECK_INT(utf8_count(s, 70000), 0);
}

/* utf8_valid in the middle of Chinese text (its run of three-byte
 * characters) says what decoding says: every lead E0-EF with second
 * bytes across and around the continuation range and third bytes at its
 * edges, after 中 and before it, or cut at the end. */
static void test_valid_in_run(void)
{
    static const unsigned char third[] = {0x7F, 0x80, 0xBD, 0xBF, 0xC0};
    size_t wrong = 0, valid = 0;
    for (unsigned lead = 0xE0; lead <= 0xEF; lead++)
        for (unsigned b1 = 0x70; b1 <= 0xC5; b1++)
            for (size_t k = 0; k < sizeof third; k++)
                for (size_t cut = 0; cut < 2; cut++) {
                    char s[9] = {'\xE4', '\xB8', '\xAD', (char)lead, (char)b1,
                                 (char)third[k], '\xE4', '\xB8', '\xAD'};
                    size_t n = cut ? 5 : 9, ok = 1;
                    for (size_t i = 0; i < n;) {
                        uint32_t cp;
                        size_t used = utf8_decode(s + i, n - i, &cp);
                        ok &= cp != UTF8_REPLACEMENT || (used == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0);
                        i += used;
                    }
                    wrong += (size_t)utf8_valid(s, n) != ok;
                    valid += ok;
                }
    CHECK_INT(wrong, 0);
    CHECK(valid > 500);
}

int main(void)
{
    test_decode_valid();
    test_valid_long();
    test_valid_random();
    test_decode_invalid();
    test_decode_truncated();
    test_decode_overlong();
    test_decode_out_of_range();
    test_encode();
    test_encode_every_cp();
    test_round_trip();
    test_valid();
    test_prev_len();
    test_cut();
    test_measure();
    test_lead_pairs();
    test_tally();
    test_count();
    test_valid_in_run();
    return check_done();
}
