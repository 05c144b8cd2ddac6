/* test_cn_numeral.c — unit tests of src/parse/cn_numeral: reading the
 * numbers of report text (Han, 大写, digit by digit, Arabic, mixed), what
 * is refused and where reading stops, the bounds on hostile input, and
 * the writer of 1–999 read back. */
#include <float.h>
#include <string.h>

#include "check.h"
#include "cn_numeral.h"
#include "utf8.h"

/* Reads s (all of it) and checks the bytes read and the fields. */
static cn_number read_at(const char *s, size_t n, size_t len, int line)
{
    cn_number c;
    memset(&c, 0x55, sizeof c);
    check_int_at((long long)cn_numeral_read(s, n, &c), (long long)len,
                 __FILE__, line, s);
    return c;
}

/* A whole number: bytes read, exact value, decimals as written. */
static void check_whole(const char *s, size_t len, long long v, int decimals,
                        int line)
{
    cn_number c = read_at(s, strlen(s), len, line);
    check_int_at(c.exact, 1, __FILE__, line, "exact");
    check_int_at(c.integer, v, __FILE__, line, "integer");
    check_at(c.value == (double)v, __FILE__, line, "value");
    check_int_at(c.decimals, decimals, __FILE__, line, "decimals");
    check_int_at(c.capped, 0, __FILE__, line, "capped");
}

/* A number with a fraction: bytes, value, decimals as written. */
static void check_frac(const char *s, size_t len, double v, int decimals,
                       int line)
{
    cn_number c = read_at(s, strlen(s), len, line);
    check_int_at(c.exact, 0, __FILE__, line, "exact");
    check_int_at(c.integer, 0, __FILE__, line, "integer");
    check_at(c.value == v, __FILE__, line, "value");
    check_int_at(c.decimals, decimals, __FILE__, line, "decimals");
}

/* Refused: 0 bytes and *out zeroed. */
static void check_refused(const char *s, size_t n, int line)
{
    cn_number c = read_at(s, n, 0, line);
    check_at(c.value == 0 && c.integer == 0 && !c.exact && !c.form &&
             !c.head && !c.scale && !c.decimals, __FILE__, line, "zeroed");
}

#define WHOLE(s, len, v) check_whole((s), (len), (v), 0, __LINE__)
#define WHOLE_DEC(s, len, v, dec) check_whole((s), (len), (v), (dec), __LINE__)
#define FRAC(s, len, v, dec) check_frac((s), (len), (v), (dec), __LINE__)
#define REFUSED(s) check_refused((s), strlen(s), __LINE__)

/* The trailing magnitude of s: head bytes and scale. */
static void check_scale(const char *s, size_t head, int scale, int line)
{
    cn_number c = read_at(s, strlen(s), strlen(s), line);
    check_int_at((long long)c.head, (long long)head, __FILE__, line, "head");
    check_int_at(c.scale, scale, __FILE__, line, "scale");
}

#define SCALE(s, head, scale) check_scale((s), (head), (scale), __LINE__)

static void check_form(const char *s, unsigned form, int line)
{
    cn_number c = read_at(s, strlen(s), strlen(s), line);
    check_int_at(c.form, form, __FILE__, line, "form");
}

#define FORM(s, form) check_form((s), (form), __LINE__)

static void test_han(void)
{
    WHOLE("零", 3, 0);
    WHOLE("〇", 3, 0);
    WHOLE("一", 3, 1);
    WHOLE("九", 3, 9);
    WHOLE("两", 3, 2);
    WHOLE("兩", 3, 2);
    WHOLE("十", 3, 10);
    WHOLE("十五", 6, 15);
    WHOLE("一十五", 9, 15);
    WHOLE("二十", 6, 20);
    WHOLE("二十三", 9, 23);
    WHOLE("九十九", 9, 99);
    WHOLE("一百", 6, 100);
    WHOLE("一百零五", 12, 105);
    WHOLE("一百〇五", 12, 105);
    WHOLE("一百一十", 12, 110);
    WHOLE("一百十五", 12, 115);
    WHOLE("两百", 6, 200);
    WHOLE("一千零一", 12, 1001);
    WHOLE("一千零十", 12, 1010);
    WHOLE("一千零五十", 15, 1050);
    WHOLE("两千", 6, 2000);
    WHOLE("一万", 6, 10000);
    WHOLE("一万零五", 12, 10005);
    WHOLE("十万", 6, 100000);
    WHOLE("十万八千", 12, 108000);
    WHOLE("三千万", 9, 30000000);
    WHOLE("两千万", 9, 20000000);
    WHOLE("一亿零一", 12, 100000001);
    WHOLE("一千零一万一千零一", 27, 10011001);
    WHOLE("五亿六千万", 15, 560000000);
    WHOLE("一亿零十万", 15, 100100000);
    WHOLE("一亿零五百万", 18, 105000000);
    WHOLE("一万零五百", 15, 10500);
    WHOLE("三万亿", 9, 3000000000000LL);
    WHOLE("三万五千亿", 15, 3500000000000LL);
    WHOLE("三万亿五千万", 18, 3000050000000LL);
    WHOLE("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
          93, 9999999999999999LL);
}

/* A last digit right after 百 or higher counts one place lower. */
static void test_lowered(void)
{
    WHOLE("一百一", 9, 110);
    WHOLE("两千三", 9, 2300);
    WHOLE("三万五", 9, 35000);
    WHOLE("一万一千五", 15, 11500);
    WHOLE("一亿五", 9, 150000000);
    WHOLE("5千6", 5, 5600);
    WHOLE("3万4", 5, 34000);
}

static void test_points(void)
{
    FRAC("三点一四", 12, 3.14, 2);
    FRAC("零点五", 9, 0.5, 1);
    FRAC("〇点五", 9, 0.5, 1);
    FRAC("二十三点五", 15, 23.5, 1);
    FRAC("十点五", 9, 10.5, 1);
    FRAC("一百点五", 12, 100.5, 1);
    FRAC("一百零五点五", 18, 105.5, 1);
    FRAC("三點五", 9, 3.5, 1);
    FRAC("三点一四一五九", 21, 3.14159, 5);
    WHOLE_DEC("三点五万", 12, 35000, 1);
    WHOLE_DEC("二十三点五万", 18, 235000, 1);
    WHOLE_DEC("一点五亿", 12, 150000000, 1);
    WHOLE_DEC("三点〇", 9, 3, 1);
}

static void test_daxie(void)
{
    WHOLE("壹", 3, 1);
    WHOLE("壹拾", 6, 10);
    WHOLE("拾伍", 6, 15);
    WHOLE("壹佰贰拾叁", 15, 123);
    WHOLE("壹仟零伍", 12, 1005);
    WHOLE("玖佰玖拾玖", 15, 999);
    WHOLE("陆拾", 6, 60);
    WHOLE("陸拾", 6, 60);
    WHOLE("肆仟柒佰捌拾", 18, 4780);
    WHOLE("贰拾萬", 9, 200000);
    WHOLE("貳拾萬", 9, 200000);
    WHOLE("參億", 6, 300000000);
    WHOLE("叄", 3, 3);
    WHOLE("叁", 3, 3);
    WHOLE("壹億貳仟萬", 15, 120000000);
    WHOLE("兩萬", 6, 20000);
    WHOLE("五億", 6, 500000000);
}

static void test_runs(void)
{
    WHOLE("一七二零", 12, 1720);
    WHOLE("二〇二五", 12, 2025);
    WHOLE("二零二五", 12, 2025);
    WHOLE("二○二五", 12, 2025); /* ○ U+25CB inside a number */
    WHOLE("一九九八年", 12, 1998);
    WHOLE("一二", 6, 12);
    WHOLE("零五", 6, 5);
    WHOLE("壹贰叁", 9, 123);
    FRAC("一二点五", 12, 12.5, 1);
}

static void test_arabic(void)
{
    WHOLE("0", 1, 0);
    WHOLE("7", 1, 7);
    WHOLE("007", 3, 7);
    WHOLE("2025年", 4, 2025);
    FRAC("4.5", 3, 4.5, 1);
    FRAC("0.5", 3, 0.5, 1);
    FRAC("1277.93", 7, 1277.93, 2);
    FRAC("4.50", 4, 4.5, 2);
    WHOLE_DEC("4.0", 3, 4, 1);
    WHOLE("1,100", 5, 1100);
    WHOLE("1,234,567", 9, 1234567);
    FRAC("12,345.6", 8, 12345.6, 1);
    FRAC("1,100.5", 7, 1100.5, 1);
    WHOLE("1，100", 7, 1100);
    WHOLE("１，１００", 15, 1100);
    FRAC("４．５", 9, 4.5, 1);
    FRAC("4．5", 5, 4.5, 1);
    WHOLE("０", 3, 0);
    WHOLE("１２３", 9, 123);
    FRAC("4.8%", 3, 4.8, 1); /* % is the caller's */
}

/* A comma is a thousands separator only after 1–3 digits and before
 * exactly three: the rest stops before it. */
static void test_separators(void)
{
    WHOLE("1，2", 1, 1);
    WHOLE("1,2", 1, 1);
    WHOLE("1,1000", 1, 1);
    WHOLE("1,10", 1, 1);
    WHOLE("1234,567", 4, 1234);
    WHOLE("1,100,20", 5, 1100);
    WHOLE("1,100，200", 5, 1100); /* one kind of separator a number */
    WHOLE("1,１００", 1, 1);      /* one script a number */
    WHOLE("1,", 1, 1);
    WHOLE("12,345,678,", 10, 12345678);
    FRAC("1.2.3", 3, 1.2, 1);
    WHOLE("4.", 1, 4);
    WHOLE("4.x", 1, 4);
    WHOLE("4.５", 1, 4);
}

static void test_mixed(void)
{
    WHOLE_DEC("1.2万", 6, 12000, 1);
    WHOLE("3万4000", 8, 34000);
    WHOLE("100万三千", 12, 1003000);
    WHOLE_DEC("2.5亿", 6, 250000000, 1);
    WHOLE_DEC("1277.93亿元", 10, 127793000000LL, 2);
    WHOLE_DEC("3.5千万", 9, 35000000, 1);
    WHOLE("1,100万", 8, 11000000);
    WHOLE("5千600", 7, 5600);
    WHOLE("5亿6000万", 11, 560000000);
    WHOLE_DEC("1.2万亿", 9, 1200000000000LL, 1);
    WHOLE("１２万", 9, 120000);
    FRAC("1.23456万", 10, 12345.6, 5);
    WHOLE("120万千瓦", 6, 1200000); /* 千瓦 is the unit */
    WHOLE("3万40000", 4, 30000);    /* a part after 万 must be below it */
    WHOLE_DEC("1.2万3", 6, 12000, 1);
    WHOLE("3万0.5", 4, 30000);
}

/* Malformed: the longest valid prefix. */
static void test_stops(void)
{
    WHOLE("十十", 3, 10);
    WHOLE("三点", 3, 3);
    WHOLE("三点钟", 3, 3);
    WHOLE("两点", 3, 2);
    WHOLE("3点5", 1, 3);
    WHOLE("一亿亿", 6, 100000000);
    WHOLE("一亿亿亿亿", 6, 100000000);
    WHOLE("一亿万", 6, 100000000);
    WHOLE("一千零", 6, 1000);
    WHOLE("一千零零五", 6, 1000);
    WHOLE("一百零十", 6, 100);    /* 零 must stand for a place left out */
    WHOLE("二十零五", 6, 20);
    WHOLE("一千零五百", 12, 1005);
    WHOLE("一万零五千", 12, 10005);
    WHOLE("三万四万", 9, 34000);
    WHOLE("一百一千", 9, 110);
    WHOLE("两十", 3, 2);
    WHOLE("一万十", 6, 10000);
    WHOLE("零百", 3, 0);
    WHOLE("零万", 3, 0);
    WHOLE("十一章", 6, 11);
    WHOLE("三、", 3, 3);
    WHOLE("一百一点五", 9, 110);
    WHOLE("一万点五", 6, 10000);
    WHOLE("三分之一", 3, 3);
    WHOLE("1-2月", 1, 1);
    WHOLE("5%", 1, 5);
    /* Only n bytes count. */
    cn_number c = read_at("十一", 3, 3, __LINE__);
    CHECK_INT(c.integer, 10);
    c = read_at("1,100", 4, 1, __LINE__);
    CHECK_INT(c.integer, 1);
}

static void test_refused(void)
{
    REFUSED("");
    REFUSED("百");
    REFUSED("千");
    REFUSED("万");
    REFUSED("亿");
    REFUSED("万万");
    REFUSED("亿亿亿亿亿亿");
    REFUSED("百分之五");
    REFUSED("百姓");
    REFUSED("千万不要");
    REFUSED("万一");
    REFUSED("点");
    REFUSED("点五");
    REFUSED("○");
    REFUSED("○五");
    REFUSED(".5");
    REFUSED("．５");
    REFUSED(",100");
    REFUSED("-3");
    REFUSED("第一");
    REFUSED("张三");
    REFUSED("abc");
    REFUSED("章");
    /* Ranges and garbled digits. */
    REFUSED("十五六岁");
    REFUSED("三四十");
    REFUSED("七八百");
    REFUSED("三五万");
    REFUSED("两三");
    REFUSED("一两");
    REFUSED("三5");
    REFUSED("5三");
    REFUSED("十四五");
    REFUSED("一百五六");
    REFUSED("十一二月");
    REFUSED("2０");
}

static void test_scale_and_form(void)
{
    SCALE("1277.93亿", 7, 8);
    SCALE("1.2万", 3, 4);
    SCALE("两千万", 6, 4);
    SCALE("三万亿", 3, 12);
    SCALE("三万五千亿", 12, 8);
    SCALE("五亿六千万", 15, 0); /* 万 multiplies only 六千 */
    SCALE("五亿", 3, 8);
    SCALE("3万4000", 8, 0);
    SCALE("1,100", 5, 0);
    FORM("1,100", CN_FORM_ASCII | CN_FORM_GROUPS);
    FORM("４．５", CN_FORM_WIDE | CN_FORM_POINT);
    FORM("二〇二五", CN_FORM_HAN | CN_FORM_RUN);
    FORM("一百零五", CN_FORM_HAN | CN_FORM_UNITS);
    FORM("壹佰", CN_FORM_DAXIE | CN_FORM_UNITS);
    FORM("1.2万", CN_FORM_ASCII | CN_FORM_POINT | CN_FORM_MYRIADS);
    FORM("三点一四", CN_FORM_HAN | CN_FORM_POINT);
    FORM("100万三千", CN_FORM_ASCII | CN_FORM_MYRIADS | CN_FORM_HAN |
                          CN_FORM_UNITS);
}

/* The run a scanning caller steps over where the reader refuses. */
/* cn_numeral_glyph: every character a number is read from, and nothing
 * else (the characters next to them, 点 only as 点/點). */
static void test_glyphs(void)
{
    const char *yes = "0123456789０１２３４５６７８９〇零○一二两兩三四五六七八九"
                      "壹贰貳叁參叄肆伍陆陸柒捌玖十拾百佰千仟万萬亿億点點.．,，";
    size_t n = strlen(yes), count = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(yes + i, n - i, &cp);
        CHECK(cn_numeral_glyph(cp));
        count++;
    }
    CHECK_INT(count, 63);
    const char *no = "年月日个元人批大队姓第%-—/:：、。 a";
    n = strlen(no);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(no + i, n - i, &cp);
        CHECK(!cn_numeral_glyph(cp));
    }
    CHECK(!cn_numeral_glyph(0x4E01)); /* 丁, after 一 */
    CHECK(!cn_numeral_glyph(0x1F600));
    size_t all = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp++)
        all += (size_t)cn_numeral_glyph(cp);
    CHECK_INT(all, 63);
}

static void test_span(void)
{
    CHECK_INT(cn_numeral_span("十五六岁", strlen("十五六岁")), 9);
    CHECK_INT(cn_numeral_span("三四十个", strlen("三四十个")), 9);
    CHECK_INT(cn_numeral_span("十四五规划", strlen("十四五规划")), 9);
    CHECK_INT(cn_numeral_span("百姓", strlen("百姓")), 3);
    CHECK_INT(cn_numeral_span("三5", strlen("三5")), 4);
    CHECK_INT(cn_numeral_span("２点壹", strlen("２点壹")), 9);
    CHECK_INT(cn_numeral_span("1,100", 5), 1);
    CHECK_INT(cn_numeral_span("4.5", 3), 1);
    CHECK_INT(cn_numeral_span("abc", 3), 0);
    CHECK_INT(cn_numeral_span("", 0), 0);
    CHECK_INT(cn_numeral_span("十", 2), 0); /* truncated */
}

/* n copies of unit, then tail, in buf. */
static size_t repeat(char *buf, const char *unit, size_t n, const char *tail)
{
    size_t k = strlen(unit), len = 0;
    for (size_t i = 0; i < n; i++, len += k)
        memcpy(buf + len, unit, k);
    strcpy(buf + len, tail);
    return len + strlen(tail);
}

static void test_hostile(void)
{
    static char buf[4096];
    cn_number c;
    /* Truncated UTF-8: 一 cut short, a lone lead byte, invalid bytes. */
    check_refused("一", 2, __LINE__);
    check_refused("一", 1, __LINE__);
    check_refused("\xFF", 1, __LINE__);
    check_refused("\x80\x80", 2, __LINE__);
    c = read_at("十一", 5, 3, __LINE__);
    CHECK_INT(c.integer, 10);
    c = read_at("1\0002", 3, 1, __LINE__); /* NUL ends it */
    CHECK_INT(c.integer, 1);
    check_refused(NULL, 0, __LINE__);
    /* 18 digits are exact; 19 are capped. */
    WHOLE("123456789012345678", 18, 123456789012345678LL);
    WHOLE("999999999999999999", 18, 999999999999999999LL);
    c = read_at("1234567890123456789", 19, 19, __LINE__);
    CHECK(!c.exact && c.capped && c.integer == 0);
    CHECK(c.value > 1.2345678901e18 && c.value < 1.2345678902e18);
    /* 400 ASCII digits: read whole, capped, finite. */
    size_t n = repeat(buf, "1", 400, "");
    c = read_at(buf, n, 400, __LINE__);
    CHECK(!c.exact && c.capped && c.value == DBL_MAX);
    n = repeat(buf, "9", 300, "万亿元");
    c = read_at(buf, n, 306, __LINE__);
    CHECK(c.capped && c.value == DBL_MAX && c.scale == 12 && c.head == 300);
    /* 400 fullwidth digits, 400 Han digits one by one. */
    n = repeat(buf, "７", 400, "");
    c = read_at(buf, n, 1200, __LINE__);
    CHECK(c.capped && !c.exact && c.value == DBL_MAX);
    n = repeat(buf, "二", 400, "年");
    c = read_at(buf, n, 1200, __LINE__);
    CHECK(c.capped && (c.form & CN_FORM_RUN));
    /* 400 zeros read as 0 exactly: no digit is lost. */
    n = repeat(buf, "0", 400, "");
    c = read_at(buf, n, 400, __LINE__);
    CHECK(c.exact && c.integer == 0 && !c.capped);
    /* A long fraction: decimals as written, later digits dropped. */
    n = repeat(buf, "0", 400, "1");
    memcpy(buf, "0.", 2);
    c = read_at(buf, n, n, __LINE__);
    CHECK(c.decimals == 399 && c.capped && c.value == 0);
    n = repeat(buf, "5", 30, "");
    memcpy(buf, "0.", 2);
    c = read_at(buf, n, 30, __LINE__);
    CHECK(c.decimals == 28 && c.capped && c.value > 0.55 && c.value < 0.56);
    /* Many groups: all read, past 18 digits capped. */
    buf[0] = '1';
    n = 1 + repeat(buf + 1, ",000", 7, "");
    c = read_at(buf, n, n, __LINE__);
    CHECK(c.capped && !c.exact && c.value > 0.99e21 && c.value < 1.01e21);
    /* int64 overflow through magnitudes: not exact, not capped. */
    c = read_at("99999999999999999万亿", 23, 23, __LINE__);
    CHECK(!c.exact && !c.capped && c.value > 0.99e29 && c.value < 1.01e29);
    WHOLE("9999亿", 7, 999900000000LL);
    /* 亿亿亿… and 点点点… */
    n = repeat(buf, "亿", 400, "");
    check_refused(buf, n, __LINE__);
    n = repeat(buf, "点", 400, "");
    check_refused(buf, n, __LINE__);
    n = repeat(buf, "十", 400, "");
    c = read_at(buf, n, 3, __LINE__);
    CHECK_INT(c.integer, 10);
    n = repeat(buf, "零", 400, "");
    c = read_at(buf, n, 1200, __LINE__);
    CHECK(c.exact && c.integer == 0);
    n = repeat(buf, "1,", 400, "");
    c = read_at(buf, n, 1, __LINE__);
    CHECK_INT(c.integer, 1);
}

/* The writer's numerals read back as the numbers they were made from. */
static void test_round_trip(void)
{
    int bad = 0;
    for (int v = 1; v <= 999; v++) {
        char buf[24];
        cn_numeral(v, buf);
        cn_number c;
        size_t k = cn_numeral_read(buf, strlen(buf), &c);
        if (k != strlen(buf) || !c.exact || c.integer != v) {
            printf("round trip %d: %s read as %lld (%zu bytes)\n", v, buf,
                   (long long)c.integer, k);
            bad++;
        }
    }
    CHECK_INT(bad, 0);
    char buf[24];
    CHECK_STR(cn_numeral(105, buf), "一百零五");
    CHECK_STR(cn_numeral(1000, buf), "1000");
}

int main(void)
{
    test_han();
    test_lowered();
    test_points();
    test_daxie();
    test_runs();
    test_arabic();
    test_separators();
    test_mixed();
    test_stops();
    test_refused();
    test_scale_and_form();
    test_span();
    test_glyphs();
    test_hostile();
    test_round_trip();
    return check_done();
}
