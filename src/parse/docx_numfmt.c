/* docx_numfmt.c — list numbers in Word's numbering formats (see
 * docx_numfmt.h). */
#include "docx_numfmt.h"

#include <stdio.h>
#include <string.h>

#include "cn_numeral.h"

static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊",
                                    "己", "庚", "辛", "壬", "癸"};
static const char *const branches[] = {"子", "丑", "寅", "卯", "辰", "巳",
                                       "午", "未", "申", "酉", "戌", "亥"};
static const char *const digits[] = {"〇", "一", "二", "三", "四",
                                     "五", "六", "七", "八", "九"};

static void decimal(long n, sbuf *out)
{
    sbuf_printf(out, "%ld", n);
}

/* 一 … 九百九十九 (cn_numeral), decimal past it. */
static void counting(long n, sbuf *out)
{
    char buf[24];
    if (n < 1 || n > 999) {
        decimal(n, out);
        return;
    }
    sbuf_adds(out, cn_numeral((int)n, buf));
}

/* 大写: the counting numeral with each character in its financial form. */
static void legal(long n, sbuf *out)
{
    static const char *const from[] = {"一", "二", "三", "四", "五", "六",
                                       "七", "八", "九", "十", "百"};
    static const char *const to[] = {"壹", "贰", "叁", "肆", "伍", "陆",
                                     "柒", "捌", "玖", "拾", "佰"};
    sbuf c = {0};
    counting(n, &c);
    for (size_t i = 0; i < c.len;) {
        size_t k, m = 1;
        for (k = 0; k < sizeof from / sizeof *from; k++)
            if (!strncmp(c.p + i, from[k], strlen(from[k])))
                break;
        if (k < sizeof from / sizeof *from) {
            sbuf_adds(out, to[k]);
            m = strlen(from[k]);
        } else {
            sbuf_addc(out, c.p[i]);
        }
        i += m;
    }
    sbuf_free(&c);
}

static void digit_by_digit(long n, sbuf *out)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%ld", n);
    for (const char *p = buf; *p; p++)
        sbuf_adds(out, *p >= '0' && *p <= '9' ? digits[*p - '0'] : "-");
}

static void full_width(long n, sbuf *out)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%ld", n);
    for (const char *p = buf; *p; p++)
        sbuf_addcp(out, 0xFF10u + (uint32_t)(*p - '0'));
}

/* ① …: one code point from first for 1–20, decimal past that. */
static void enclosed(long n, uint32_t first, sbuf *out)
{
    if (n >= 1 && n <= 20)
        sbuf_addcp(out, first + (uint32_t)(n - 1));
    else
        decimal(n, out);
}

/* A … Z, then AA … ZZ, AAA … (Word repeats the letter). */
static void letter(long n, char a, sbuf *out)
{
    if (n < 1 || n > 780) {
        decimal(n, out);
        return;
    }
    for (long k = 0; k <= (n - 1) / 26; k++)
        sbuf_addc(out, (char)(a + (n - 1) % 26));
}

static void roman(long n, int lower, sbuf *out)
{
    static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const sym[] = {"M", "CM", "D", "CD", "C", "XC", "L",
                                      "XL", "X", "IX", "V", "IV", "I"};
    if (n < 1 || n > 3999) {
        decimal(n, out);
        return;
    }
    for (int k = 0; k < 13; k++)
        for (; n >= val[k]; n -= val[k])
            for (const char *p = sym[k]; *p; p++)
                sbuf_addc(out, lower ? (char)(*p - 'A' + 'a') : *p);
}

int docx_numfmt(const char *fmt, long n, sbuf *out)
{
    if (!fmt || !strcmp(fmt, "decimal") || !strcmp(fmt, "decimalHalfWidth"))
        decimal(n, out);
    else if (!strcmp(fmt, "none"))
        ;
    else if (!strcmp(fmt, "decimalZero"))
        sbuf_printf(out, "%02ld", n);
    else if (!strcmp(fmt, "decimalFullWidth") || !strcmp(fmt, "decimalFullWidth2"))
        full_width(n, out);
    else if (!strcmp(fmt, "chineseCounting") || !strcmp(fmt, "chineseCountingThousand") ||
             !strcmp(fmt, "japaneseCounting") || !strcmp(fmt, "taiwaneseCounting") ||
             !strcmp(fmt, "taiwaneseCountingThousand"))
        counting(n, out);
    else if (!strcmp(fmt, "chineseLegalSimplified"))
        legal(n, out);
    else if (!strcmp(fmt, "ideographDigital") || !strcmp(fmt, "taiwaneseDigital"))
        digit_by_digit(n, out);
    else if (!strcmp(fmt, "ideographTraditional"))
        sbuf_adds(out, n >= 1 ? stems[(n - 1) % 10] : "〇");
    else if (!strcmp(fmt, "ideographZodiac"))
        sbuf_adds(out, n >= 1 ? branches[(n - 1) % 12] : "〇");
    else if (!strcmp(fmt, "decimalEnclosedCircle") ||
             !strcmp(fmt, "decimalEnclosedCircleChinese"))
        enclosed(n, 0x2460, out);
    else if (!strcmp(fmt, "decimalEnclosedParen"))
        enclosed(n, 0x2474, out);
    else if (!strcmp(fmt, "decimalEnclosedFullstop"))
        enclosed(n, 0x2488, out);
    else if (!strcmp(fmt, "upperLetter"))
        letter(n, 'A', out);
    else if (!strcmp(fmt, "lowerLetter"))
        letter(n, 'a', out);
    else if (!strcmp(fmt, "upperRoman"))
        roman(n, 0, out);
    else if (!strcmp(fmt, "lowerRoman"))
        roman(n, 1, out);
    else {
        decimal(n, out);
        return 0;
    }
    return 1;
}
