/* test_furniture.c — unit tests of src/parse/furniture and the line keys of
 * src/parse/linekey it reads (and its word lists): breadcrumbs,
 * publication info, toolbars, footers and filler go; report text stays. */
#include <string.h>

#include "check.h"
#include "doc.h"
#include "furniture.h"
#include "linekey.h"
#include "rnd.h"
#include "utf8.h"
#include "sbuf.h"

static sbuf key;

static const char *key_of(const char *s, size_t *chars)
{
    *chars = linekey_make(s, strlen(s), &key);
    return key.p;
}

static drop_reason classify(const char *s)
{
    size_t chars;
    key_of(s, &chars);
    return furniture_classify(&key, chars);
}

static void check_class(const char *s, drop_reason want, int line)
{
    drop_reason got = classify(s);
    if (!check_int_at(got, want, __FILE__, line, s))
        printf("  got %s, want %s\n",
               got == DROP_NREASONS ? "kept" : drop_reason_name(got),
               want == DROP_NREASONS ? "kept" : drop_reason_name(want));
}

#define CHECK_CLASS(s, want) check_class((s), (want), __LINE__)
#define CHECK_KEPT(s) check_class((s), DROP_NREASONS, __LINE__)

static void test_linekey(void)
{
    size_t chars;
    CHECK_STR(key_of("發(fā)布時間: 2024", &chars), "发布时间:2024");
    CHECK_INT(chars, 9);
    CHECK_STR(key_of("ＡＢＣ　ａｂ c\tD\xC2\xA0" "E", &chars), "abcabcde");
    CHECK_INT(chars, 8);
    CHECK_STR(key_of("（一）全面，推进", &chars), "(一)全面,推进");
    CHECK_STR(key_of("區(qū)政府辦公室", &chars), "区政府办公室");
    CHECK_STR(key_of("协定(RCEP)", &chars), "协定(rcep)");   /* not pinyin */
    CHECK_STR(key_of("项目(一期)", &chars), "项目(一期)");
    /* every space fold.h knows goes (U+2003, U+202F too), and two
     * annotations in a row and one at the end */
    CHECK_STR(key_of("首页\xE2\x80\x83>\xE2\x80\xAF走进", &chars), "首页>走进");
    CHECK_STR(key_of("重(zhòng)(chóng)庆(qìng)", &chars), "重庆");
    CHECK_INT(chars, 2);
    CHECK_STR(key_of("", &chars), "");
    CHECK_INT(chars, 0);
    /* The key replaces what out held. */
    sbuf_adds(&key, "stale");
    CHECK_STR(key_of("新", &chars), "新");

    key_of("当前位置:首页 > 走进荔湾", &chars);
    CHECK(linekey_starts(&key, "当前位置"));
    CHECK(!linekey_starts(&key, "首页"));
    CHECK(linekey_has(&key, "首页>走进"));
    CHECK(!linekey_has(&key, "首页 >"));          /* spaces are gone */
    CHECK(linekey_starts(&key, ""));
}

static void test_breadcrumb(void)
{
    CHECK_CLASS("当前位置:首页 > 走进荔湾", DROP_BREADCRUMB);
    CHECK_CLASS("当前位置：首页 > 政务公开 > 规划计划", DROP_BREADCRUMB);
    CHECK_CLASS("您现在的位置：首页 > 政务公开", DROP_BREADCRUMB);
    CHECK_CLASS("首页 > 政务公开 > 政府工作报告", DROP_BREADCRUMB);
    CHECK_CLASS("當前位置:首頁 > 走進荔灣", DROP_BREADCRUMB); /* traditional */
}

static void test_pubinfo(void)
{
    /* Sample 001 line 4: traditional, with pinyin annotations. */
    static const char line[] =
        "發(fā)布時間: 2024-03-11 來源: 區(qū)政府辦公室 瀏覽次數(shù):-";
    size_t chars;
    const char *k = key_of(line, &chars);
    CHECK_STR(k, "发布时间:2024-03-11来源:区政府办公室浏览次数:-");
    CHECK_CLASS(line, DROP_PUBINFO);
    CHECK_CLASS("发布日期:2023-03-08 12:33:02 来源:海珠区人民政府",
                DROP_PUBINFO);
    CHECK_CLASS("发布时间：2024-01-15", DROP_PUBINFO);
    CHECK_CLASS("来源：荔湾区发展和改革局  浏览量：1024", DROP_PUBINFO);
}

static void test_toolbar(void)
{
    CHECK_CLASS("分享到:", DROP_TOOLBAR);
    CHECK_CLASS("分享到：", DROP_TOOLBAR);
    CHECK_CLASS("【打印】 【字體:", DROP_TOOLBAR);
    CHECK_CLASS("【打印】 【关闭】", DROP_TOOLBAR);
    CHECK_CLASS("扫一扫在手机打开当前页", DROP_TOOLBAR);
}

static void test_footer(void)
{
    CHECK_CLASS("粤ICP备05083207号-1网站标识码:4401050003", DROP_FOOTER);
    CHECK_CLASS("粤公网安备 44010302000001号", DROP_FOOTER);
    CHECK_CLASS("主办：广州市荔湾区人民政府办公室", DROP_FOOTER);
    CHECK_CLASS("版权所有：广州市荔湾区人民政府", DROP_FOOTER);
}

static void test_filler(void)
{
    CHECK_CLASS("-", DROP_REPEAT);
    CHECK_CLASS("--", DROP_REPEAT);
    CHECK_CLASS(" - ", DROP_REPEAT);
    CHECK_CLASS("•", DROP_REPEAT);
    CHECK_KEPT("---");            /* three is a rule, not filler */
    CHECK_KEPT("");
}

static void test_report_text(void)
{
    /* A body sentence that starts with 来源于 is report text. */
    CHECK_KEPT("来源于群众的意见建议共1234条已全部办结，办结率100%，"
               "群众满意度持续提升，为全区经济社会高质量发展营造了良好环境。");
    CHECK_KEPT("全年地区生产总值1277.93亿元，增长4.8%。");
    CHECK_KEPT("2024年政府工作報告");
    CHECK_KEPT("——2024年2月27日在廣州市荔灣區(qū)");
    CHECK_KEPT("（一）扛起海珠担当，奋力推进高质量发展");
    CHECK_KEPT("各位代表：");
    CHECK_KEPT("推进首页经济发展，当好全市发展大局中的排头兵。");
    /* Long prose that quotes furniture words is not furniture. */
    CHECK_KEPT("完善政务公开制度，在区政府门户网站及时发布政策文件，标注发布时间"
               "和信息来源，方便群众查询，全年累计访问量突破500万人次，"
               "群众满意度持续提升，政务服务效能明显增强。");
}

/* linekey_words_find finds what linekey_has finds, word by word: at any
 * place in the key, a word inside another, a cut character, an empty
 * key, the bytes after a NUL (a key is a C string) never. */
static void test_linekey_words(void)
{
    static const char *const words[] = {"发布", "发布时间", "ab", "b", "时"};
    static const char *const keys[] = {"xx发布时间", "时ab", "a\xe5\x8f发布",
                                       "", "发\xe5\x8f\x91布", "bbb时间"};
    static linekey_words w;
    linekey_words_init(&w, words, 5);
    CHECK_INT(w.n, 5);
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        key.len = 0;
        sbuf_add(&key, keys[k], strlen(keys[k]));
        unsigned char found[LINEKEY_WORDS_MAX] = {0};
        size_t hits = linekey_words_find(&w, &key, found), want = 0;
        for (size_t i = 0; i < 5; i++) {
            CHECK_INT(found[i], linekey_has(&key, words[i]));
            want += found[i];
        }
        CHECK_INT(hits, want);
    }
    key.len = 0;
    sbuf_add(&key, "x\0发布", 8);
    unsigned char found[LINEKEY_WORDS_MAX] = {0};
    CHECK_INT(linekey_words_find(&w, &key, found), 0);
}

/* The same with a full list: 64 made-up words over a few first
 * characters (long chains of words with one first, slots taken by
 * others), against linekey_has on 20,000 made-up keys. */
static void test_linekey_words_full(void)
{
    static const char *const piece[] = {"发", "布", "时", "a", "b", "【", "间", "国", "\xF0\x9F\x98\x80"};
    enum { NP = sizeof piece / sizeof *piece };
    static char made[LINEKEY_WORDS_MAX][32];
    static const char *words[LINEKEY_WORDS_MAX];
    static linekey_words w;
    rnd_seed(17);
    for (size_t k = 0; k < LINEKEY_WORDS_MAX; k++) {
        size_t len = 0, parts = 1 + rnd() % 4;
        /* Half the words start with one of 40 other characters: the
         * table's slots collide. */
        if (k % 2)
            len = utf8_encode(0x4E00 + 37 * (uint32_t)(rnd() % 40), made[k]);
        for (size_t j = 0; j < parts; j++) {
            /* (a first character above U+FFFF is never found: cpset) */
            const char *p = piece[rnd() % (j || len ? NP : NP - 1)];
            memcpy(made[k] + len, p, strlen(p));
            len += strlen(p);
        }
        made[k][len] = 0;
        words[k] = made[k];
    }
    linekey_words_init(&w, words, LINEKEY_WORDS_MAX);
    size_t wrong = 0, seen = 0;
    for (int t = 0; t < 20000; t++) {
        key.len = 0;
        sbuf_reserve(&key, 1);
        key.p[0] = '\0';
        for (size_t j = 0, parts = rnd() % 12; j < parts; j++) {
            const char *p = piece[rnd() % NP];
            if (rnd() % 4 == 0) { /* a word's start, whole or not */
                const char *wd = words[rnd() % LINEKEY_WORDS_MAX];
                sbuf_add(&key, wd, strlen(wd) - (rnd() % 2 ? 0 : 1));
            } else
                sbuf_add(&key, p, strlen(p));
        }
        unsigned char found[LINEKEY_WORDS_MAX] = {0};
        size_t hits = linekey_words_find(&w, &key, found), want = 0;
        for (size_t k = 0; k < LINEKEY_WORDS_MAX; k++) {
            int has = linekey_has(&key, words[k]);
            wrong += found[k] != has;
            want += (size_t)has;
        }
        wrong += hits != want;
        seen += want;
    }
    CHECK_INT(wrong, 0);
    CHECK(seen > 20000); /* the keys hold words, many */
}

int main(void)
{
    test_linekey();
    test_linekey_words();
    test_linekey_words_full();
    test_breadcrumb();
    test_pubinfo();
    test_toolbar();
    test_footer();
    test_filler();
    test_report_text();
    sbuf_free(&key);
    return check_done();
}
