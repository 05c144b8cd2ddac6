/* test_unitab.c — unit tests of the build-time Unicode tables (pinyin, T↔S, width folding). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "han.h"
#include "unitab.h"
#include "utf8.h"

/* The code point of the one-character UTF-8 string s. */
static uint32_t cp_of(const char *s)
{
    uint32_t cp;
    utf8_decode(s, strlen(s), &cp);
    return cp;
}

/* True when the readings of character ch include syllable syl as a word. */
static int pinyin_contains(const char *ch, const char *syl)
{
    const char *list = unitab_pinyin(cp_of(ch));
    size_t n = strlen(syl);
    for (const char *p = list; p && *p;) {
        size_t k = strcspn(p, " ");
        if (k == n && memcmp(p, syl, n) == 0)
            return 1;
        p += k + (p[k] == ' ');
    }
    return 0;
}

static int has(const char *ch, const char *syl)
{
    return unitab_has_reading(cp_of(ch), syl, strlen(syl));
}

static void test_pinyin(void)
{
    CHECK(pinyin_contains("發", "fā"));
    CHECK(pinyin_contains("發", "fà"));      /* heteronym lent by 发 */
    CHECK(pinyin_contains("区", "ōu"));
    CHECK(pinyin_contains("區", "qū"));
    CHECK(pinyin_contains("區", "ōu"));
    CHECK(pinyin_contains("長", "zhǎng"));
    CHECK(pinyin_contains("经", "jīng"));
    CHECK(pinyin_contains("著", "zhù"));     /* ICU reads 著 only as zhe */
    CHECK(pinyin_contains("〇", "líng"));
    CHECK(unitab_pinyin('A') == NULL);
    CHECK(unitab_pinyin(0xFF4C) == NULL);   /* ｌ */
    CHECK(unitab_pinyin(0x3002) == NULL);   /* 。 */
    CHECK(unitab_pinyin(0x110000) == NULL);
    CHECK(unitab_pinyin(0xFFFFFFFFu) == NULL);
    CHECK(unitab_pinyin(0x20000) != NULL);  /* 𠀀, CJK extension B */
}

static void test_has_reading(void)
{
    CHECK(has("地", "di"));
    CHECK(has("地", "de"));
    CHECK(has("地", "dì"));
    CHECK(has("地", "dé") == 0);
    CHECK(has("地", "da") == 0);
    CHECK(has("地", "d") == 0);
    CHECK(has("地", "") == 0);
    CHECK(has("地", "DI"));
    CHECK(has("行", "hang"));
    CHECK(has("绿", "lǜ"));
    CHECK(has("绿", "lv"));
    CHECK(has("绿", "lü"));
    CHECK(has("绿", "lu") == 0);
    CHECK(has("绿", "lù") == 0);
    CHECK(has("A", "a") == 0);
    CHECK(unitab_has_reading(cp_of("地"), "dixx", 2));  /* only s[0..n) counts */
}

static void test_corpus_readings(void)
{
    static const char *const pairs[][2] = {
        {"發", "fā"}, {"時", "shí"}, {"區", "qū"}, {"覽", "lǎn"}, {"數", "shù"},
        {"現", "xiàn"}, {"習", "xí"}, {"協", "xié"}, {"經", "jīng"}, {"濟", "jì"},
        {"進", "jìn"}, {"強", "qiáng"}, {"嚴", "yán"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        int ok = has(pairs[i][0], pairs[i][1]);
        if (!ok)
            printf("  %s should read %s; has \"%s\"\n", pairs[i][0], pairs[i][1],
                   unitab_pinyin(cp_of(pairs[i][0])) ? unitab_pinyin(cp_of(pairs[i][0])) : "(none)");
        CHECK(ok);
    }
}

static void test_t2s(void)
{
    CHECK(unitab_t2s(cp_of("經")) == cp_of("经"));
    CHECK(unitab_t2s(cp_of("發")) == cp_of("发"));
    CHECK(unitab_t2s(cp_of("國")) == cp_of("国"));
    CHECK(unitab_t2s(cp_of("国")) == cp_of("国"));
    CHECK(unitab_t2s('A') == 'A');
    CHECK(unitab_t2s(0x300C) == 0x300C);   /* 「 stays */
    CHECK(unitab_s2t(cp_of("经")) == cp_of("經"));
    CHECK(unitab_s2t(cp_of("經")) == cp_of("經"));
    CHECK(unitab_s2t(0x201C) == 0x201C);   /* “ stays */
    CHECK(unitab_s2t(0x110000) == 0x110000);
}

static void test_width(void)
{
    CHECK(unitab_halfwidth(0xFF08) == '(');
    CHECK(unitab_halfwidth(0xFF01) == '!');
    CHECK(unitab_halfwidth(0xFF5E) == '~');
    CHECK(unitab_halfwidth(0xFF10) == '0');
    CHECK(unitab_halfwidth(0x3000) == ' ');
    CHECK(unitab_halfwidth(0xFFE5) == 0xA5);   /* ￥ → ¥ */
    CHECK(unitab_halfwidth('A') == 'A');
    CHECK(unitab_halfwidth(0x3002) == 0x3002); /* 。 stays */
    CHECK(unitab_halfwidth(0x30AB) == 0x30AB); /* カ stays */
    CHECK(unitab_halfwidth(cp_of("经")) == cp_of("经"));
    CHECK(unitab_fullwidth('l') == 0xFF4C);
    CHECK(unitab_fullwidth(' ') == 0x3000);
    CHECK(unitab_fullwidth('!') == 0xFF01);
    CHECK(unitab_fullwidth('~') == 0xFF5E);
    CHECK(unitab_fullwidth(0x7F) == 0x7F);
    CHECK(unitab_fullwidth('\n') == '\n');
    int roundtrip_errors = 0;
    for (uint32_t c = 0x20; c <= 0x7E; c++)
        roundtrip_errors += unitab_halfwidth(unitab_fullwidth(c)) != c;
    CHECK(roundtrip_errors == 0);
}

/* unitab_han_changes is han_is and the map changing cp, for every code
 * point of the BMP and planes 1-3 and both maps; the sets are not empty
 * (about 2,700 characters each way). */
static void test_han_changes(void)
{
    size_t wrong = 0, changed[2] = {0, 0};
    for (uint32_t cp = 0; cp <= 0x3FFFF; cp++)
        for (int s2t = 0; s2t < 2; s2t++) {
            int want = han_is(cp) && (s2t ? unitab_s2t(cp) : unitab_t2s(cp)) != cp;
            wrong += unitab_han_changes(s2t, cp) != want;
            changed[s2t] += (size_t)want;
        }
    CHECK_INT(wrong, 0);
    CHECK(changed[0] > 1000 && changed[1] > 1000);
}

int main(void)
{
    test_pinyin();
    test_has_reading();
    test_corpus_readings();
    test_t2s();
    test_han_changes();
    test_width();
    return check_done();
}
