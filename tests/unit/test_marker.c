/* test_marker.c — unit tests of src/parse/marker: heading markers at the
 * start of a line and Chinese numerals. */
#include <string.h>

#include "check.h"
#include "marker.h"

/* Parses the marker of s and checks kind, number, len and skip (bytes). */
static void check_marker(const char *s, marker_kind kind, int number,
                         size_t len, size_t skip, int line)
{
    marker m;
    memset(&m, 0x55, sizeof m);
    int r = marker_parse(s, strlen(s), &m);
    check_int_at(r, 1, __FILE__, line, s);
    check_int_at(m.kind, kind, __FILE__, line, "kind");
    check_int_at(m.number, number, __FILE__, line, "number");
    check_int_at((long long)m.len, (long long)len, __FILE__, line, "len");
    check_int_at((long long)m.skip, (long long)skip, __FILE__, line, "skip");
}

#define CHECK_MARKER(s, kind, number, len, skip) \
    check_marker((s), (kind), (number), (len), (skip), __LINE__)

static void check_no_marker(const char *s, int line)
{
    marker m;
    memset(&m, 0x55, sizeof m);
    int r = marker_parse(s, strlen(s), &m);
    check_int_at(r, 0, __FILE__, line, s);
    check_int_at(m.kind, MARK_NONE, __FILE__, line, "kind");
}

#define CHECK_NO_MARKER(s) check_no_marker((s), __LINE__)

static void test_di(void)
{
    CHECK_MARKER("第一章 总体要求", MARK_ZHANG, 1, 9, 10);
    CHECK_MARKER("第一章", MARK_ZHANG, 1, 9, 9);
    CHECK_MARKER("第十一节 指导思想", MARK_JIE, 11, 12, 13);
    CHECK_MARKER("第三節", MARK_JIE, 3, 9, 9);
    CHECK_MARKER("第二编　发展", MARK_BIAN, 2, 9, 12); /* ideographic space */
    CHECK_MARKER("第二十三章", MARK_ZHANG, 23, 15, 15);
}

static void test_cn(void)
{
    CHECK_MARKER("一、坚持稳中求进", MARK_CN_DUN, 1, 6, 6);
    CHECK_MARKER("十二、 附则", MARK_CN_DUN, 12, 9, 10);
    CHECK_MARKER("（一）扛起海珠担当", MARK_CN_PAREN, 1, 9, 9);
    CHECK_MARKER("(一)扛起海珠担当", MARK_CN_PAREN, 1, 5, 5);
    CHECK_MARKER("（十一）贯彻全面从严治党要求", MARK_CN_PAREN, 11, 12, 12);
    CHECK_MARKER("(十一) 贯彻", MARK_CN_PAREN, 11, 8, 9);
    CHECK_MARKER("一是加强统筹", MARK_LEAD, 1, 6, 6);
    CHECK_MARKER("二是", MARK_LEAD, 2, 6, 6);
    CHECK_MARKER("十是", MARK_LEAD, 10, 6, 6);
}

static void test_num(void)
{
    CHECK_MARKER("(3)", MARK_NUM_PAREN, 3, 3, 3);
    CHECK_MARKER("（3）措施", MARK_NUM_PAREN, 3, 7, 7);
    CHECK_MARKER("(12) 项目", MARK_NUM_PAREN, 12, 4, 5);
    CHECK_MARKER("1. 全面推进", MARK_NUM_DOT, 1, 2, 3);
    CHECK_MARKER("1.全面推进", MARK_NUM_DOT, 1, 2, 2);
    CHECK_MARKER("1、全面推进", MARK_NUM_DOT, 1, 4, 4);
    CHECK_MARKER("1．全面推进", MARK_NUM_DOT, 1, 4, 4);
    CHECK_MARKER("12.发展", MARK_NUM_DOT, 12, 3, 3);
    CHECK_MARKER("1.", MARK_NUM_DOT, 1, 2, 2);
    CHECK_MARKER("①", MARK_CIRCLED, 1, 3, 3);
    CHECK_MARKER("② 第二项", MARK_CIRCLED, 2, 3, 4);
    CHECK_MARKER("⑳", MARK_CIRCLED, 20, 3, 3);
}

static void test_not_markers(void)
{
    CHECK_NO_MARKER("");
    CHECK_NO_MARKER("1.5亿元");
    CHECK_NO_MARKER("2035年远景目标");
    CHECK_NO_MARKER("2035年");
    CHECK_NO_MARKER("一期工程");
    CHECK_NO_MARKER("十四五规划");
    CHECK_NO_MARKER("第一");
    CHECK_NO_MARKER("第一年");
    CHECK_NO_MARKER("第章");
    CHECK_NO_MARKER("（含）");
    CHECK_NO_MARKER("(RCEP)");
    CHECK_NO_MARKER("(一");
    CHECK_NO_MARKER("（）");
    CHECK_NO_MARKER("这是");
    CHECK_NO_MARKER("是一");
    CHECK_NO_MARKER("全力拼经济");
    CHECK_NO_MARKER("1");
    CHECK_NO_MARKER("1号线");
    CHECK_NO_MARKER(" 一、前导空格");
    /* Only n bytes count: "1." cut before the dot. */
    marker m;
    CHECK(marker_parse("1.", 1, &m) == 0 && m.kind == MARK_NONE);
}

/* marker_ordinal of s: the value, and the bytes used in *len. */
static int ordinal(const char *s, size_t *len)
{
    int v = -12345;
    *len = marker_ordinal(s, strlen(s), &v);
    return v;
}

#define CHECK_ORDINAL(s, value, len)            \
    do {                                        \
        size_t len_;                            \
        CHECK_INT(ordinal((s), &len_), (value)); \
        CHECK_INT(len_, (len));                 \
    } while (0)

#define CHECK_NO_ORDINAL(s) CHECK_ORDINAL((s), -12345, 0)

static void test_ordinal(void)
{
    CHECK_ORDINAL("一", 1, 3);
    CHECK_ORDINAL("九", 9, 3);
    CHECK_ORDINAL("十", 10, 3);
    CHECK_ORDINAL("十一", 11, 6);
    CHECK_ORDINAL("二十", 20, 6);
    CHECK_ORDINAL("二十三", 23, 9);
    CHECK_ORDINAL("九十九", 99, 9);
    CHECK_ORDINAL("一百", 100, 6);
    CHECK_ORDINAL("一百零五", 105, 12);
    CHECK_ORDINAL("一百二十", 120, 12);
    CHECK_ORDINAL("九百九十九", 999, 15);
    CHECK_ORDINAL("〇", 0, 3);
    CHECK_ORDINAL("零", 0, 3);
    CHECK_ORDINAL("两", 2, 3);
    CHECK_ORDINAL("一二三四五六", 123456, 18); /* six characters at most */
    CHECK_ORDINAL("十一章", 11, 6);  /* stops at the first non-numeral */
    CHECK_ORDINAL("三、", 3, 3);
    CHECK_ORDINAL("十十", 10, 3);    /* the longest valid prefix */
    CHECK_NO_ORDINAL("一二三四五六七");
    CHECK_NO_ORDINAL("百");          /* no digit before 百 */
    CHECK_NO_ORDINAL("一千");        /* 十 and 百 only */
    CHECK_NO_ORDINAL("三万");
    CHECK_NO_ORDINAL("壹");          /* no 大写 */
    CHECK_NO_ORDINAL("1");
    CHECK_NO_ORDINAL("１");
    CHECK_NO_ORDINAL("三点五");
    CHECK_NO_ORDINAL("十五六");
    CHECK_NO_ORDINAL("十四五");
    int v = 77;
    CHECK_INT(marker_ordinal("章", 3, &v), 0);
    CHECK_INT(marker_ordinal("abc", 3, &v), 0);
    CHECK_INT(marker_ordinal("", 0, &v), 0);
    CHECK_INT(v, 77);
    CHECK_INT(marker_ordinal("十一", 3, &v), 3); /* only n bytes */
    CHECK_INT(v, 10);
}

/* What the ordinal refuses is no marker. */
static void test_not_ordinal_markers(void)
{
    CHECK_NO_MARKER("一千、");
    CHECK_NO_MARKER("百、");
    CHECK_NO_MARKER("壹、");
    CHECK_NO_MARKER("十五六、");
    CHECK_NO_MARKER("第三点五章");
    CHECK_NO_MARKER("（1.5）");
    CHECK_NO_MARKER("一二三四五六七、");
}

int main(void)
{
    test_di();
    test_cn();
    test_num();
    test_not_markers();
    test_ordinal();
    test_not_ordinal_markers();
    return check_done();
}
