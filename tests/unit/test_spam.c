/* test_spam.c — unit tests of src/parse/spam through linekey_make: the
 * spam lines of samples 001 and 004 score as spam, report prose that
 * mentions gambling once does not.
 *
 * Usage: test_spam DATA_001_TXT DATA_004_TXT
 *   (tests/data/001_2cdd38cdf6c8a87a.txt, tests/data/004_6a50484e68e916d5.txt) */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "linekey.h"
#include "sbuf.h"
#include "spam.h"

/* Line no (1-based) of the file at path into b; 0 when there is none. */
static int read_line(const char *path, unsigned no, sbuf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("cannot open %s\n", path);
        return 0;
    }
    b->len = 0;
    sbuf_reserve(b, 0);
    unsigned line = 1;
    int c, found = 0;
    while ((c = getc(f)) != EOF) {
        if (c == '\n') {
            if (line++ == no) {
                found = 1;
                break;
            }
            continue;
        }
        if (line == no)
            sbuf_addc(b, (char)c);
    }
    fclose(f);
    return found || (line == no && b->len);
}

static sbuf key;

static int is_spam(const char *s, size_t n)
{
    size_t chars = linekey_make(s, n, &key);
    return spam_is_spam(&key, chars);
}

static double score(const char *s)
{
    size_t chars = linekey_make(s, strlen(s), &key);
    return spam_score(&key, chars);
}

static int spam(const char *s)
{
    return is_spam(s, strlen(s));
}

/* Line 1 of 001: a keyword-stuffed porn advertisement. */
static void test_sample_001(const char *path)
{
    sbuf line = {0};
    if (CHECK(read_line(path, 1, &line))) {
        CHECK(strstr(line.p, "BBB") != NULL); /* it is the line we think */
        CHECK(is_spam(line.p, line.len));
    }
    /* The report's own lines in that file are not spam. */
    if (CHECK(read_line(path, 3, &line)))
        CHECK(!is_spam(line.p, line.len));
    sbuf_free(&line);
}

/* 004: the gambling site's lead lines. */
static void test_sample_004(const char *path)
{
    sbuf line = {0};
    if (CHECK(read_line(path, 5, &line))) {
        CHECK_STR(line.p, "2021-07-28 22:37澳门在线网投平台 人已围观");
        CHECK(is_spam(line.p, line.len));
    }
    sbuf_free(&line);
    CHECK(spam("2021-07-28 22:37澳门在线网投平台 人已围观"));
    CHECK(spam("2021-07-29 10:05澳门在线网投平台 人已围观"));
}

static void test_vocabulary(void)
{
    CHECK(spam("澳门葡京娱乐城 百家乐 注册送彩金"));
    CHECK(spam("无码人妻在线观看"));
    CHECK(spam("ＷＷＷ．无码人妻．ＣＯＭ"));    /* full-width, folded */
    CHECK(spam("澳門葡京娛樂城百家樂"));          /* traditional, folded */
    CHECK(score("澳门在线网投平台") > 0);
    CHECK(score("全年地区生产总值1277.93亿元，增长4.8%。") == 0);
    CHECK(score("") == 0);
    CHECK(!spam(""));
}

/* A word a report uses in earnest does not make it spam. */
static void test_report_prose(void)
{
    CHECK(!spam("深入开展扫黑除恶专项斗争，依法严厉打击电信网络诈骗、"
                "打击网络赌博等违法犯罪活动，全区刑事警情同比下降12.3%，"
                "群众安全感和满意度持续提升。"));
    CHECK(!spam("坚决打击网络赌博和色情信息传播，净化网络环境。"));
    CHECK(!spam("加快建设粤港澳大湾区，深化穗港澳合作，推动与香港、澳门在"
                "现代服务业、科技创新等领域深度合作。"));
    CHECK(!spam("推动文化和旅游融合发展，开展“在线观看非遗”直播活动，"
                "全年接待游客超1000万人次。"));
    CHECK(!spam("全年地区生产总值1277.93亿元，增长4.8%。"));
}

/* The threshold grows with the length: the same words weigh less in a
 * long line. */
static void test_threshold(void)
{
    static const char words[] = "澳门葡京百家乐";
    sbuf line = {0};
    sbuf_adds(&line, words);
    CHECK(is_spam(line.p, line.len));
    double short_score = score(line.p);
    for (int i = 0; i < 20; i++)
        sbuf_adds(&line, "推动经济社会高质量发展，");
    sbuf_adds(&line, "。");
    CHECK(score(line.p) >= short_score); /* same words, same score */
    CHECK(!is_spam(line.p, line.len));
    sbuf_free(&line);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s DATA_001_TXT DATA_004_TXT\n", argv[0]);
        return 2;
    }
    test_sample_001(argv[1]);
    test_sample_004(argv[2]);
    test_vocabulary();
    test_report_prose();
    test_threshold();
    sbuf_free(&key);
    return check_done();
}
