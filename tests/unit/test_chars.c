/* test_chars.c — unit tests of chars_clean_line (src/parse/chars): control,
 * zero-width and bidi characters out and counted, exotic spaces to ASCII,
 * trimming, invalid UTF-8 to U+FFFD; the 16-bytes-a-step path against
 * the character-at-a-time one. */
#include <stdio.h>
#include <string.h>

#include "chars.h"
#include "check.h"
#include "rnd.h"
#include "doc.h"
#include "sbuf.h"
#include "utf8.h"

static sbuf out;
static doc_stats last;

/* Cleans s[0..n) into a fresh out; the stats stay in last. */
static const char *clean_n(const char *s, size_t n)
{
    out.len = 0;
    memset(&last, 0, sizeof last);
    chars_clean_line(s, n, &out, &last);
    return out.p;
}

#define CLEAN(lit) clean_n((lit), sizeof(lit) - 1)

static void test_controls(void)
{
    CHECK_STR(CLEAN("a\x01" "b\x1F"), "ab");
    CHECK_INT(last.controls, 2);
    CHECK_STR(CLEAN("a\0b"), "ab");                  /* NUL */
    CHECK_INT(last.controls, 1);
    CHECK_STR(CLEAN("a\rb\n"), "ab");
    CHECK_INT(last.controls, 2);
    CHECK_STR(CLEAN("x\x7Fy"), "xy");                /* DEL */
    CHECK_INT(last.controls, 1);
    CHECK_STR(CLEAN("x\xC2\x85y\xC2\x80\xC2\x9F"), "xy"); /* C1: NEL, PAD, APC */
    CHECK_INT(last.controls, 3);
    CHECK_STR(CLEAN("\x1B[0m正文"), "[0m正文");       /* ESC alone goes */
    CHECK_INT(last.controls, 1);
}

static void test_invisible(void)
{
    /* ZWSP, ZWNJ, ZWJ, LRM, RLM */
    CHECK_STR(CLEAN("发\u200B展\u200C质\u200D量\u200E高\u200F"), "发展质量高");
    CHECK_INT(last.controls, 5);
    /* LRE … RLO, LRI … PDI, word joiner, BOM, soft hyphen */
    CHECK_STR(CLEAN("\u202A\u202B\u202C\u202D\u202E一\u2066\u2067\u2068"
                    "\u2069二\u2060\uFEFF三\u00AD"),
              "一二三");
    CHECK_INT(last.controls, 12);
    /* Visible neighbours of the removed ranges stay. */
    CHECK_STR(CLEAN("\u2010\u2030\u2070\u00A9"), "\u2010\u2030\u2070\u00A9");
    CHECK_INT(last.controls, 0);
}

static void test_spaces(void)
{
    CHECK_STR(CLEAN("a\tb"), "a b");
    CHECK_STR(CLEAN("a\xC2\xA0" "b"), "a b");        /* NBSP */
    CHECK_STR(CLEAN("全年\u3000增长"), "全年 增长");   /* ideographic space */
    CHECK_STR(CLEAN("a\u2002b\u2003c\u2009d\u200Ae\u202Ff\u205Fg\u1680h"),
              "a b c d e f g h");
    CHECK_INT(last.controls, 0);
    CHECK_STR(CLEAN("a  b"), "a  b");                /* inner runs are kept */
    CHECK(chars_is_space(' '));
    CHECK(chars_is_space('\t'));
    CHECK(chars_is_space(0xA0));
    CHECK(chars_is_space(0x3000));
    CHECK(chars_is_space(0x2000));
    CHECK(chars_is_space(0x200A));
    CHECK(!chars_is_space(0x200B));                  /* zero width: removed */
    CHECK(!chars_is_space('a'));
    CHECK(!chars_is_space('\n'));
    CHECK(!chars_is_space(0x4E00));
}

static void test_trim(void)
{
    CHECK_STR(CLEAN("  \u3000\u3000正文。 \xC2\xA0\t"), "正文。");
    CHECK_STR(CLEAN("\u3000\u3000（一）全力拼经济"), "（一）全力拼经济");
    CHECK_STR(CLEAN("   "), "");
    CHECK_STR(CLEAN(""), "");
    CHECK_STR(CLEAN("\x01\u200B \x02"), "");
    /* Spaces around removed characters are trimmed too. */
    CHECK_STR(CLEAN(" \u200B a \u200B "), "a");

    /* The line is appended: earlier contents of out are never trimmed. */
    out.len = 0;
    sbuf_adds(&out, "X ");
    chars_clean_line("  a  ", 5, &out, &last);
    CHECK_STR(out.p, "X a");
    out.len = 0;
    sbuf_adds(&out, "X ");
    chars_clean_line("   ", 3, &out, &last);
    CHECK_STR(out.p, "X ");
}

static void test_invalid_utf8(void)
{
    CHECK_STR(CLEAN("a\xFF" "b"), "a\uFFFD" "b");
    CHECK_STR(CLEAN("a\xE4\xB8"), "a\uFFFD");         /* truncated at the end */
    CHECK_STR(CLEAN("\xE4\xB8" "a"), "\uFFFD" "a");
    CHECK_STR(CLEAN("\xC0\xAF"), "\uFFFD\uFFFD");      /* overlong */
    CHECK_STR(CLEAN("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD"); /* surrogate */
    CHECK_STR(CLEAN("ok\uFFFD"), "ok\uFFFD");          /* literal U+FFFD stays */
    CHECK_INT(last.controls, 0);
    CHECK_STR(CLEAN("全年地区生产总值1277.93亿元"), "全年地区生产总值1277.93亿元");
}

/* Every character from U+3001 to U+FFFF (CJK, its punctuation, private
 * use, full-width forms, specials) is kept as it is, but U+FEFF; U+3000
 * is a space. Its bytes alone decide (the fast path), so also cut short. */
static void test_three_byte(void)
{
    size_t wrong = 0;
    for (uint32_t cp = 0x3000; cp <= 0xFFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char in[8] = {'a'};
        size_t k = utf8_encode(cp, in + 1);
        in[1 + k] = 'b';
        const char *got = clean_n(in, k + 2);
        const char *want = cp == 0x3000 ? "a b" : cp == 0xFEFF ? "ab" : in;
        if (strlen(got) != strlen(want) || memcmp(got, want, strlen(want)))
            wrong++;
        if (strcmp(clean_n(in, k), "a\uFFFD")) /* its last byte cut off */
            wrong++;
    }
    CHECK_INT(wrong, 0);
}

/* ASCII goes eight bytes a step: whatever is not printable is found at
 * every place of a long run, and the edges 0x21 and 0x7E are printable. */
static void test_ascii_runs(void)
{
    static const struct {
        const char *bad, *becomes;
    } odd[] = {
        {"\x01", ""}, {"\x1F", ""}, {"\x7F", ""}, {"\t", " "}, {" ", " "},
        {"\x80", "\uFFFD"}, {"\xFF", "\uFFFD"}, {"中", "中"}, {"\u200B", ""},
    };
    size_t wrong = 0;
    for (size_t b = 0; b < sizeof odd / sizeof odd[0]; b++)
        for (size_t at = 1; at < 24; at++) {
            char in[64], want[64];
            memset(in, '!', at);
            memcpy(in + at, odd[b].bad, strlen(odd[b].bad));
            size_t n = at + strlen(odd[b].bad);
            memset(in + n, '~', 24 - at);
            n += 24 - at;
            memset(want, '!', at);
            size_t w = at + strlen(odd[b].becomes);
            memcpy(want + at, odd[b].becomes, strlen(odd[b].becomes));
            memset(want + w, '~', 24 - at);
            w += 24 - at;
            const char *got = clean_n(in, n);
            if (strlen(got) != w || memcmp(got, want, w))
                wrong++;
            memcpy(in + at, "   ", 3); /* trailing spaces are trimmed */
            got = clean_n(in, at + 3);
            if (strlen(got) != at || memcmp(got, want, at))
                wrong++;
        }
    CHECK_INT(wrong, 0);
}

/* 16 bytes a step (plain16) and 32 (plain32, where the CPU has AVX2)
 * clean as a character at a time does: 200,000 made-up lines of the
 * characters each path must stop at or go over, whole and cut, at every
 * alignment. */
static void test_words(void)
{
    static const char *const piece[] = {
        "a", "7", "~", "!", " ", "\t", "\x01", "\x7F",
        "中", "国", "\xE9\xBE\xA5", "。", "、", "，", "（", "\uFF5E", "\uFFFD",
        "\u3000", "\uFEFF", "\u3001", "\uE000", "\uEFFF", "\uD7FF",
        "\u201C", "\u200B", "\xC2\xA0", "\xC2\x85", "\xC3\xA9", "\U0001F600",
        "\x80", "\xBF", "\xFF", "\xC0", "\xE4", "\xE4\xB8", "\xE3\x80", "\xEF\xBB",
        "\xED\x9F\xBF", "\xED\xA0\x80", "\xE3\x80\x80\x80", "\xE0\xA0\x80",
        /* the quotes, dashes and two-byte letters the fast path keeps,
         * beside the spaces and invisible marks next to them it does not */
        "\u201D", "\u2014", "\u2026", "\u2028", "\u2029", "\u2010", "\u200F",
        "\u200A", "\u202A", "\u202F", "\u205F", "\u2060", "\u2069", "\u206A",
        "\u2080", "\u2FFF", "\u1680", "\xC2\xAD", "\xC2\xB7", "\xC2\xA1",
        "\xC2\xBF", "\xC2\x9F", "\xD8\x9C", "\xD8\xA7", "\xDF\xBF", "\u0101",
        "\xC2", "\xDF", "\xE2", "\xE2\x80", "\xE2\x81", "  ", "\xE2\x80\x80",
        "\xC1\xBF", "\xE0\x9F\xBF",
    };
    enum { NP = sizeof piece / sizeof piece[0] };
    rnd_seed(2026);
    sbuf ref = {0};
    size_t wrong = 0;
    for (int t = 0; t < 200000; t++) {
        char in[256];
        size_t n = 0, want = 1 + rnd() % 80;
        while (n < want) {
            /* Han, digits and letters mostly, as in a report's lines. */
            const char *p = rnd() % 3 ? piece[rnd() % 12] : piece[rnd() % NP];
            size_t k = strlen(p);
            memcpy(in + n, p, k);
            n += k;
        }
        doc_stats st_ref = {0};
        ref.len = 0;
        sbuf_reserve(&ref, 1);
        chars_clean_line_step(in, n, &ref, &st_ref, 1);
        for (unsigned step = 16; step <= 32; step *= 2) {
            doc_stats st = {0};
            out.len = 0;
            sbuf_reserve(&out, 1);
            chars_clean_line_step(in, n, &out, &st, step);
            wrong += out.len != ref.len || memcmp(out.p, ref.p, ref.len) != 0 ||
                     st.controls != st_ref.controls;
        }
    }
    sbuf_free(&ref);
    CHECK_INT(wrong, 0);
    /* The default is the widest step the machine runs. */
    unsigned widest = chars_widest_step();
    CHECK(widest == 1 || widest == 16 || widest == 32);
    printf("chars: widest step %u bytes\n", widest);
}

int main(void)
{
    test_controls();
    test_invisible();
    test_spaces();
    test_trim();
    test_invalid_utf8();
    test_three_byte();
    test_ascii_runs();
    test_words();
    sbuf_free(&out);
    return check_done();
}
