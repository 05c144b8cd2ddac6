/* marker.c — heading markers and their ordinals (see marker.h). */
#include "marker.h"

#include <string.h>

#include "cn_numeral.h"
#include "utf8.h"

enum {
    ORDINAL_CHARS = 6, /* numeral characters a heading ordinal may have */
    ORDINAL_FORMS = CN_FORM_HAN | CN_FORM_RUN | CN_FORM_UNITS
};

size_t marker_ordinal(const char *s, size_t n, int *value)
{
    /* A number opening with a digit, ASCII or full-width (EF BC 90-99),
     * has that form, which ORDINAL_FORMS leaves out: told before it is
     * read (2024年, 1. lines), for as long as it does. */
    const unsigned char *u = (const unsigned char *)s;
    if (!(ORDINAL_FORMS & (CN_FORM_ASCII | CN_FORM_WIDE)) && n &&
        ((u[0] >= '0' && u[0] <= '9') ||
              (n >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99)))
        return 0;
    cn_number c;
    size_t k = cn_numeral_read(s, n, &c);
    if (!k || (c.form & ~(unsigned)ORDINAL_FORMS) || !c.exact ||
        (!(c.form & CN_FORM_RUN) && c.integer > 999) ||
        utf8_count(s, k) > ORDINAL_CHARS)
        return 0;
    *value = (int)c.integer;
    return k;
}

static size_t ascii_number(const char *s, size_t n, int *value)
{
    size_t i = 0;
    int v = 0;
    while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    if (i)
        *value = v;
    return i;
}

/* Bytes of the UTF-8 string lit at s, or 0 when s does not start with it. */
static size_t lit(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && memcmp(s, lit, k) == 0 ? k : 0;
}

static size_t open_paren(const char *s, size_t n)
{
    size_t k = lit(s, n, "(");
    return k ? k : lit(s, n, "\xEF\xBC\x88"); /* （ */
}

static size_t close_paren(const char *s, size_t n)
{
    size_t k = lit(s, n, ")");
    return k ? k : lit(s, n, "\xEF\xBC\x89"); /* ） */
}

static size_t spaces(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        size_t k = lit(s + i, n - i, " ");
        if (!k)
            k = lit(s + i, n - i, "\xE3\x80\x80"); /* ideographic space */
        if (!k)
            return i;
        i += k;
    }
}

static int done(marker *m, marker_kind kind, int number, size_t len,
                const char *s, size_t n)
{
    m->kind = kind;
    m->number = number;
    m->len = len;
    m->skip = len + spaces(s + len, n - len);
    return 1;
}

/* 第X章 / 第X节 / 第X编 */
static int parse_di(const char *s, size_t n, marker *m)
{
    size_t i = lit(s, n, "\xE7\xAC\xAC"); /* 第 */
    int v;
    size_t k = i ? marker_ordinal(s + i, n - i, &v) : 0;
    if (!k)
        return 0;
    i += k;
    static const struct { const char *u; marker_kind kind; } units[] = {
        {"\xE7\xAB\xA0", MARK_ZHANG}, /* 章 */
        {"\xE8\x8A\x82", MARK_JIE},   /* 节 */
        {"\xE7\xAF\x80", MARK_JIE},   /* 節 */
        {"\xE7\xBC\x96", MARK_BIAN},  /* 编 */
        {"\xE7\xB7\xA8", MARK_BIAN},  /* 編 */
    };
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
        if ((k = lit(s + i, n - i, units[u].u)))
            return done(m, units[u].kind, v, i + k, s, n);
    return 0;
}

/* （一） (一) （1） (1) */
static int parse_paren(const char *s, size_t n, marker *m)
{
    size_t i = open_paren(s, n);
    if (!i)
        return 0;
    int v;
    size_t k = marker_ordinal(s + i, n - i, &v);
    marker_kind kind = MARK_CN_PAREN;
    if (!k) {
        k = ascii_number(s + i, n - i, &v);
        kind = MARK_NUM_PAREN;
    }
    if (!k)
        return 0;
    i += k;
    size_t c = close_paren(s + i, n - i);
    if (!c)
        return 0;
    return done(m, kind, v, i + c, s, n);
}

/* 一、 and 一是 */
static int parse_cn(const char *s, size_t n, marker *m)
{
    int v;
    size_t i = marker_ordinal(s, n, &v);
    if (!i)
        return 0;
    size_t k = lit(s + i, n - i, "\xE3\x80\x81"); /* 、 */
    if (k)
        return done(m, MARK_CN_DUN, v, i + k, s, n);
    if ((k = lit(s + i, n - i, "\xE6\x98\xAF"))) /* 是 */
        return done(m, MARK_LEAD, v, i + k, s, n);
    return 0;
}

/* 1. 1、 1． — but not 1.5 or 2035年 */
static int parse_num(const char *s, size_t n, marker *m)
{
    int v;
    size_t i = ascii_number(s, n, &v);
    if (!i)
        return 0;
    size_t k = lit(s + i, n - i, "\xE3\x80\x81"); /* 、 */
    if (!k)
        k = lit(s + i, n - i, "\xEF\xBC\x8E"); /* ． */
    if (!k && i < n && s[i] == '.' && !(i + 1 < n && s[i + 1] >= '0' &&
                                        s[i + 1] <= '9'))
        k = 1;
    if (!k)
        return 0;
    return done(m, MARK_NUM_DOT, v, i + k, s, n);
}

/* ① … ⑳ */
static int parse_circled(const char *s, size_t n, marker *m)
{
    uint32_t cp;
    size_t k = utf8_decode(s, n, &cp);
    if (cp < 0x2460 || cp > 0x2473)
        return 0;
    return done(m, MARK_CIRCLED, (int)(cp - 0x2460) + 1, k, s, n);
}

/* True when a marker may open with code point cp: 第, a parenthesis, a
 * numeral (Han or a digit: cn_numeral_read reads none without one) or a
 * circled number. Most lines open with none, and are told at once. */
static int may_open_marker(uint32_t cp)
{
    return cp == 0x7B2C || cp == '(' || cp == 0xFF08 ||
           (cp >= 0x2460 && cp <= 0x2473) || cn_numeral_glyph(cp);
}

int marker_parse(const char *s, size_t n, marker *m)
{
    memset(m, 0, sizeof *m);
    if (!n)
        return 0;
    uint32_t cp;
    utf8_decode(s, n, &cp);
    if (!may_open_marker(cp))
        return 0;
    return parse_di(s, n, m) || parse_paren(s, n, m) || parse_cn(s, n, m) ||
           parse_num(s, n, m) || parse_circled(s, n, m);
}
