/* test_fold.c — the base fold (fold_base) and what the search form adds
 * (fold_cp), the compact fold of keys (fold_compact), the search folding
 * and its map back: named cases (script, widths, case, punctuation, spaces
 * next to CJK and between Latin words, newlines), and over every sample
 * that each folded character maps to an original character that folds to
 * it (a kept space to a space), in order, with the map a small fraction of
 * the text; the word fold's table (fold_word_table) agrees with
 * fold_word_cp on every code point, from three threads at once. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fold.h"
#include "slurp.h"
#include "unitab.h"
#include "utf8.h"

static void check_fold(const char *in, const char *want)
{
    folded f;
    fold_text(in, strlen(in), &f);
    CHECK_STR(f.s, want);
    CHECK_INT(f.len, strlen(want));
    CHECK_INT(fold_orig(&f, f.len), strlen(in));
    fold_free(&f);
}

static void test_cases(void)
{
    check_fold("經濟", "经济");
    check_fold("ＧＤＰ增长", "gdp增长");
    check_fold("到 2035 年", "到2035年");
    check_fold("GDP  growth", "gdp growth");
    check_fold("“十四五”、规划", "\"十四五\",规划");
    check_fold("（M0）", "(m0)");
    check_fold("一\n二", "一\n二");
    check_fold("", "");
}

static uint32_t cp_of(const char *s)
{
    uint32_t cp;
    utf8_decode(s, strlen(s), &cp);
    return cp;
}

/* The base fold every folded form shares, and what the search form adds
 * on top of it: the punctuation variants. */
static void test_base(void)
{
    CHECK_INT(fold_base(cp_of("經")), cp_of("经"));
    CHECK_INT(fold_base(cp_of("Ａ")), 'a');
    CHECK_INT(fold_base('Z'), 'z');
    CHECK_INT(fold_base(cp_of("１")), '1');
    CHECK_INT(fold_base(cp_of("，")), ',');
    CHECK_INT(fold_base(0x3000), ' ');
    CHECK_INT(fold_base(cp_of("“")), cp_of("“")); /* punctuation stays */
    CHECK_INT(fold_base(cp_of("、")), cp_of("、"));
    CHECK_INT(fold_base(cp_of("—")), cp_of("—"));
    CHECK_INT(fold_cp(cp_of("“")), '"');
    CHECK_INT(fold_cp(cp_of("「")), '"');
    CHECK_INT(fold_cp(cp_of("’")), '\'');
    CHECK_INT(fold_cp(cp_of("、")), ',');
    CHECK_INT(fold_cp(cp_of("—")), '-');
    CHECK_INT(fold_cp(cp_of("Ｑ")), 'q');
    CHECK_INT(fold_cp(cp_of("國")), cp_of("国"));
    CHECK(fold_is_space(' ') && fold_is_space('\t') && fold_is_space(0xA0) &&
          fold_is_space(0x3000) && fold_is_space(0x2003) && fold_is_space(0x202F));
    CHECK(!fold_is_space('\n') && !fold_is_space(cp_of("、")) && !fold_is_space(0x200B));
}

/* fold_compact appends the base fold without spaces and counts what it
 * appended. */
/* fold_base asks each map only where it may change something (t2s for
 * Han, half-width for U+3000 and U+FF01–FFE6): over every code point it
 * is the two maps in turn, then ASCII lower case. One failure counted at
 * most, with the first code point that differs. */
static void test_base_every_cp(void)
{
    uint32_t bad = 0;
    int differs = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF && !differs; cp++) {
        uint32_t want = unitab_halfwidth(unitab_t2s(cp));
        if (want >= 'A' && want <= 'Z')
            want += 'a' - 'A';
        if (fold_base(cp) != want)
            differs = 1, bad = cp;
    }
    CHECK_INT(bad, 0);
    CHECK(!differs);
}

/* fold_word_at through the table gives fold_word_cp of every code point,
 * from any thread: the table is made once, by whichever asks first. */
static void *word_table_check(void *arg)
{
    const uint16_t *t = fold_word_table();
    uint32_t *bad = arg;
    for (uint32_t cp = 0; cp <= 0x10FFFF && !*bad; cp++)
        if (fold_word_at(t, cp) != fold_word_cp(cp))
            *bad = cp ? cp : 0x110000;
    return NULL;
}

static void test_word_table(void)
{
    pthread_t th[3];
    uint32_t bad[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++)
        CHECK(pthread_create(&th[i], NULL, word_table_check, &bad[i]) == 0);
    for (int i = 0; i < 3; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(bad[i], 0);
    }
    CHECK(fold_word_table() == fold_word_table());
    CHECK_INT(fold_word_at(fold_word_table(), 0x570B), 0x56FD); /* 國 → 国 */
    CHECK_INT(fold_word_at(fold_word_table(), 0x3002), 0);      /* 。 */
    CHECK_INT(fold_word_at(fold_word_table(), 'Q'), 'q');
}

static void test_compact(void)
{
    sbuf b = {0};
    CHECK_INT(fold_compact("", 0, &b), 0);
    CHECK(b.p != NULL);
    CHECK_STR(b.p, "");
    const char *s = "國務院　辦公廳 ＧＤＰ\t“十四五”、\n";
    CHECK_INT(fold_compact(s, strlen(s), &b), 16);
    CHECK_STR(b.p, "国务院办公厅gdp“十四五”、\n");
    CHECK_INT(fold_compact("A B", 3, &b), 2);
    CHECK_STR(b.p, "国务院办公厅gdp“十四五”、\nab");
    /* Bytes that are no UTF-8 (a file name in GBK) fold to U+FFFD each:
     * three times as long, into a buffer reserved for it (ASan sees a
     * write past it). */
    sbuf bad = {0};
    char gbk[300];
    for (size_t i = 0; i < sizeof gbk; i++)
        gbk[i] = (char)(i % 2 ? 0xFF : 0xB1);
    CHECK_INT(fold_compact(gbk, sizeof gbk, &bad), 300);
    CHECK_INT(bad.len, 900);
    CHECK(memcmp(bad.p + 897, "\xEF\xBF\xBD", 3) == 0 && bad.p[900] == '\0');
    sbuf_free(&bad);
    /* Every code point between two letters, whole and cut short, folds
     * as fold_base says (the fast path for U+4000-U+9FFF included). */
    size_t wrong = 0;
    for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char in[8] = {'x'}, want[16] = {'x'};
        size_t k = utf8_encode(cp, in + 1), w = 1;
        in[1 + k] = 'y';
        if (!fold_is_space(cp))
            w += utf8_encode(fold_base(cp), want + 1);
        want[w++] = 'y';
        b.len = 0;
        size_t got = fold_compact(in, k + 2, &b);
        wrong += b.len != w || memcmp(b.p, want, w) != 0 || got != (w == 2 ? 2 : 3);
        b.len = 0;
        fold_compact(in, k, &b); /* its last byte cut off: U+FFFD */
        wrong += k > 1 && strcmp(b.p, "x\uFFFD") != 0;
    }
    CHECK_INT(wrong, 0);
    sbuf_free(&b);
}

/* Where each folded character of "a  ＢC，中 文" comes from. */
static void test_map(void)
{
    const char *in = "a  \xEF\xBC\xA2" "C\xEF\xBC\x8C\xE4\xB8\xAD \xE6\x96\x87";
    folded f;
    fold_text(in, strlen(in), &f);
    CHECK_STR(f.s, "a bc,中文");
    static const size_t want[][2] = {{0, 0}, {1, 1}, {2, 3}, {3, 6}, {4, 7},
                                     {5, 10}, {8, 14}, {11, 17}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        CHECK_INT(fold_orig(&f, want[i][0]), want[i][1]);
    fold_free(&f);
}

static void test_sample(const char *path)
{
    size_t n;
    char *text = slurp(path, &n);
    CHECK(text != NULL);
    if (!text)
        return;
    folded f;
    fold_text(text, n, &f);
    size_t bad = 0, last = 0;
    for (size_t pos = 0; pos < f.len;) {
        uint32_t fc, oc;
        size_t k = utf8_decode(f.s + pos, f.len - pos, &fc);
        size_t o = fold_orig(&f, pos);
        if (o >= n || o < last) {
            bad++;
        } else {
            utf8_decode(text + o, n - o, &oc);
            bad += fc == ' ' ? !fold_is_space(oc) : fold_cp(oc) != fc;
        }
        last = o;
        pos += k;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(fold_orig(&f, f.len), n);
    double per_byte = (double)(f.nseg * 2 * sizeof *f.seg) / (double)(f.len ? f.len : 1);
    printf("%s: %zu folded bytes, %zu map entries, %.3f map bytes per folded byte\n",
           strrchr(path, '/') ? strrchr(path, '/') + 1 : path, f.len, f.nseg, per_byte);
    CHECK(per_byte < 0.5);
    fold_free(&f);
    free(text);
}

int main(int argc, char **argv)
{
    test_cases();
    test_base();
    test_base_every_cp();
    test_word_table();
    test_compact();
    test_map();
    for (int i = 1; i < argc; i++)
        test_sample(argv[i]);
    return check_done();
}
