/* test_annotations.c — unit tests of src/parse/annotations: pinyin
 * annotations after traditional characters go (發(fā) → 發), and nothing
 * else in parentheses does. */
#include <string.h>

#include "annotations.h"
#include "check.h"
#include "sbuf.h"
#include "utf8.h"

static sbuf out;
static size_t removed;

/* annotations_strip of s into a fresh out; the count stays in removed. */
static const char *strip(const char *s)
{
    out.len = 0;
    removed = annotations_strip(s, strlen(s), &out);
    return out.p;
}

static void test_removed(void)
{
    CHECK_STR(strip("發(fā)布"), "發布");
    CHECK_INT(removed, 1);
    CHECK_STR(strip("區(qū)"), "區");
    CHECK_INT(removed, 1);
    CHECK_STR(strip("發(fā)布時(shí)間: 2024-03-11 來(lái)源: 區(qū)政府辦公室"),
              "發布時間: 2024-03-11 來源: 區政府辦公室");
    CHECK_INT(removed, 4);
    CHECK_STR(strip("經(jīng)濟(jì)運(yùn)行"), "經濟運行");
    CHECK_INT(removed, 3);
    CHECK_STR(strip("綠(lǜ)美荔灣(wān)"), "綠美荔灣");  /* ü with a tone */
    CHECK_INT(removed, 2);
    /* Letters a justified PDF line spread apart: one syllable still. */
    CHECK_STR(strip("創(ch uàn g)新"), "創新");
    CHECK_STR(strip("認(rè n)真"), "認真");
    CHECK_STR(strip("創(ch uàn g x)新"), "創(ch uàn g x)新"); /* no reading of 創 */
    CHECK_STR(strip("發( fā)布"), "發( fā)布");             /* a space first: not one */
    CHECK_STR(strip("發（fā）布"), "發布");              /* full-width form */
    CHECK_INT(removed, 1);
    CHECK_STR(strip("發(fa)布"), "發布");                /* toneless reading */
    CHECK_INT(removed, 1);
    CHECK_STR(strip("頭發(fà)"), "頭發");                 /* second reading */
    CHECK_INT(removed, 1);
}

static void test_kept(void)
{
    static const char *const same[] = {
        "區域全面經濟夥伴關系協定(RCEP)",
        "荔灣廣場(一期)",
        "(一期)",
        "貨幣供應量(M0)",
        "規劃綱要(2019-2025年)",
        "稅費(含)",
        "荔灣(Plan)",
        "荔灣(plan)",         /* lower case, but not a reading of 灣 */
        "發(qū)",               /* a syllable that is not the char's reading */
        "區(fā)",
        "(fā)布",              /* nothing before it */
        "a(fā)",               /* not after a Han character */
        "發 (fā)",             /* a space in between */
        "發()",
        "發(fāfāfāfā)",        /* longer than a syllable */
        "發(f1)",
        "發(fā",               /* not closed */
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        if (!CHECK_STR(strip(same[i]), same[i]))
            printf("  (input %zu)\n", i);
        CHECK_INT(removed, 0);
    }
}

/* prev's code point from a one-character UTF-8 string. */
static uint32_t cp_of(const char *s)
{
    uint32_t cp;
    utf8_decode(s, strlen(s), &cp);
    return cp;
}

static void test_annotation_at(void)
{
    uint32_t fa = cp_of("發");
    CHECK_INT(annotation_at(fa, "(fā)布", strlen("(fā)布")), 5);
    CHECK_INT(annotation_at(fa, "（fā）布", strlen("（fā）布")), 9);
    CHECK_INT(annotation_at(fa, "(fā)", 4), 0);      /* ')' cut off by n */
    CHECK_INT(annotation_at(fa, "(qū)", strlen("(qū)")), 0);
    CHECK_INT(annotation_at('a', "(fā)", strlen("(fā)")), 0);
    CHECK_INT(annotation_at(fa, "布(fā)", strlen("布(fā)")), 0);
    CHECK_INT(annotation_at(cp_of("區"), "(qū)", strlen("(qū)")), 5);
    CHECK_INT(annotation_at(cp_of("壯"), "(zhuàng)", strlen("(zhuàng)")), 9);
}

/* The output is appended to what out holds. */
static void test_appends(void)
{
    out.len = 0;
    sbuf_adds(&out, "前:");
    size_t k = annotations_strip("發(fā)", strlen("發(fā)"), &out);
    CHECK_INT(k, 1);
    CHECK_STR(out.p, "前:發");
    /* Only n bytes count. */
    out.len = 0;
    k = annotations_strip("發(fā)布", 4, &out);
    CHECK_INT(k, 0);
    CHECK_STR(out.p, "發(");
}

int main(void)
{
    test_removed();
    test_kept();
    test_annotation_at();
    test_appends();
    sbuf_free(&out);
    return check_done();
}
