/* test_wordbreak.c — the words the text diff groups changes into: named
 * cases (ICU's dictionary words of Chinese, numbers with their point and
 * unit one word and flagged, a lone Chinese digit no number, a digit
 * inside a word no number, traditional script, empty text), and over
 * every sample given as an argument that the boundaries are sorted, start
 * and end the text, fall on character starts, and that every number word
 * starts with a numeral and every quantity the sample states is one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cn_numeral.h"
#include "slurp.h"
#include "utf8.h"
#include "wordbreak.h"

/* The words of s as "a|b|#1.5%|c": '#' before a number word. */
static void render(const char *s, char *out, size_t cap)
{
    word_bounds w;
    wordbreak_find(s, strlen(s), &w);
    size_t n = 0;
    out[0] = '\0';
    for (size_t k = 0; k + 1 < w.n && n + 8 < cap; k++) {
        int len = (int)(w.at[k + 1] - w.at[k]);
        n += (size_t)snprintf(out + n, cap - n, "%s%s%.*s", k ? "|" : "",
                              w.number[k] ? "#" : "", len, s + w.at[k]);
    }
    word_bounds_free(&w);
}

/* True when the words of s contain word (as "|word|", "#" for a number:
 * "|#1.5%|"). */
static int has_word(const char *s, const char *word)
{
    char buf[4096], pat[256];
    render(s, buf + 1, sizeof buf - 2);
    buf[0] = '|';
    strcat(buf, "|");
    snprintf(pat, sizeof pat, "|%s|", word);
    int ok = strstr(buf, pat) != NULL;
    if (!ok)
        printf("  words of %s: %s (looked for %s)\n", s, buf, pat);
    return ok;
}

static void test_cases(void)
{
    const char *gdp = "地区生产总值1277.93亿元，增长4.8%以上";
    CHECK(has_word(gdp, "#1277.93亿元"));
    CHECK(has_word(gdp, "#4.8%"));
    CHECK(has_word(gdp, "以上"));
    CHECK(has_word(gdp, "增长"));
    CHECK(has_word("推动高质量发展", "发展"));
    CHECK(has_word("推动高质量发展", "推动"));
    CHECK(has_word("推動高質量發展", "推動"));
    CHECK(has_word("到 2035 年", "#2035"));
    CHECK(has_word("2023年我区", "#2023"));
    CHECK(has_word("二〇二四年一月", "#二〇二四"));
    CHECK(has_word("百分之五十，", "#百分之五十"));
    CHECK(has_word("第十四个", "#十四"));
    CHECK(has_word("注册资本约2442.22亿元，", "#2442.22亿元"));
    CHECK(has_word("新增3,100个", "#3,100个"));
    CHECK(has_word("增长4.5%—5%，", "#4.5%—5%"));
    CHECK(has_word("ＧＤＰ增长５．２％，", "#５．２％"));
    /* no number: a lone Chinese digit, one inside a word, a code */
    CHECK(has_word("统一一批", "统一"));
    CHECK(has_word("统一一批", "一批"));
    CHECK(has_word("PM2.5浓度", "PM2.5"));
    CHECK(has_word("十分重要", "十分"));
    word_bounds w;
    wordbreak_find("", 0, &w);
    CHECK_INT(w.n, 1);
    CHECK_INT(w.at[0], 0);
    word_bounds_free(&w);
    wordbreak_find("a", 1, &w);
    CHECK_INT(w.n, 2);
    CHECK_INT(w.at[1], 1);
    CHECK_INT(w.number[0], 0);
    word_bounds_free(&w);
}

static int is_lead(unsigned char c)
{
    return (c & 0xC0) != 0x80;
}

/* Boundaries and number words over a whole sample. */
static void test_sample(const char *path)
{
    size_t n;
    char *s = slurp(path, &n);
    CHECK(s != NULL);
    if (!s)
        return;
    word_bounds w;
    wordbreak_find(s, n, &w);
    CHECK(w.n >= 2);
    CHECK_INT(w.at[0], 0);
    CHECK_INT(w.at[w.n - 1], n);
    size_t bad_order = 0, bad_lead = 0, bad_num = 0, numbers = 0;
    for (size_t k = 0; k + 1 < w.n; k++) {
        bad_order += w.at[k + 1] <= w.at[k];
        bad_lead += !is_lead((unsigned char)s[w.at[k]]);
        if (!w.number[k])
            continue;
        numbers++;
        uint32_t cp;
        utf8_decode(s + w.at[k], n - w.at[k], &cp);
        bad_num += !cn_numeral_glyph(cp) && cp != 0x767E /* 百分之 */;
    }
    CHECK_INT(bad_order, 0);
    CHECK_INT(bad_lead, 0);
    CHECK_INT(bad_num, 0);
    CHECK(numbers > 50); /* every sample states many quantities */
    /* each 亿元 after digits ends a number word that holds the digits */
    size_t missed = 0, k = 0;
    for (const char *p = s; (p = strstr(p, "亿元")); p += 6) {
        size_t at = (size_t)(p - s);
        if (at == 0 || s[at - 1] < '0' || s[at - 1] > '9')
            continue;
        while (k + 1 < w.n && w.at[k + 1] <= at)
            k++;
        missed += !(w.number[k] && w.at[k + 1] == at + 6);
    }
    CHECK_INT(missed, 0);
    word_bounds_free(&w);
    free(s);
}

int main(int argc, char **argv)
{
    test_cases();
    for (int i = 1; i < argc; i++)
        test_sample(argv[i]);
    return check_done();
}
