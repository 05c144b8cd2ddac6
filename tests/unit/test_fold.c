/* test_fold.c — the search folding and its map back: named cases (script,
 * widths, case, punctuation, spaces next to CJK and between Latin words,
 * newlines), and over every sample that each folded character maps to an
 * original character that folds to it (a kept space to a space), in
 * order, with the map a small fraction of the text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fold.h"
#include "slurp.h"
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

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
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
            bad += fc == ' ' ? !is_space(oc) : fold_cp(oc) != fc;
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
    test_map();
    for (int i = 1; i < argc; i++)
        test_sample(argv[i]);
    return check_done();
}
