/* meta_delivery.c — the year a report was delivered, as its own lines
 * state it: the delivery line under the title (——2024年1月10日在…会议上,
 * （2024年1月31日在…）, ----2012年2月29日…, with any dash), a date alone on
 * its line (a signature) — in digits or in Han numerals (二〇二四年一月十
 * 日) —, and the session of the National People's
 * Congress it was delivered to (第十一届全国人民代表大会第三次会议: 2010),
 * from the table of the congresses' sessions below (see meta_impl.h). */
#include <string.h>

#include "cn_numeral.h"
#include "marker.h"
#include "meta_impl.h"
#include "strs.h"

enum {
    DELIVERY_MAX_BYTES = 3 * 80, /* a delivery line is short */
    LATEST_CONGRESS = 30         /* the formula's sessions stay before 2100 */
};

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int meta_year_at(const char *f, size_t n, size_t i)
{
    if (i + 4 > n || (i > 0 && is_digit(f[i - 1])))
        return 0;
    int y = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (!is_digit(f[k]))
            return 0;
        y = y * 10 + (f[k] - '0');
    }
    if (i + 4 < n && is_digit(f[i + 4]))
        return 0;
    return y >= 1949 && y <= 2100 ? y : 0;
}

/* The openers of a delivery line, folded: dashes of every width, an
 * opening bracket. */
static const char *const OPENERS[] = {"-", "—", "―", "–", "─", "━", "(", "[", "【", NULL};

/* End of the run of openers at f+i (the line's start): ——, ----, --, —, (. */
static size_t skip_openers(const char *f, size_t n, size_t i)
{
    for (int moved = 1; moved;) {
        moved = 0;
        for (const char *const *o = OPENERS; *o; o++)
            if (strs_starts(f + i, n - i, *o)) {
                i += strlen(*o);
                moved = 1;
            }
    }
    return i;
}

/* End of a number from 1 to max followed by unit at f+i — one or two
 * digits, or a Han numeral (十二, 二十九) —, or 0. */
static size_t number_then(const char *f, size_t n, size_t i, int max,
                          const char *unit)
{
    size_t k = i;
    while (k < n && k - i < 2 && is_digit(f[k]))
        k++;
    if (k == i) {
        cn_number v;
        k = i + cn_numeral_read(f + i, n - i, &v);
        if (k == i || !(v.form & CN_FORM_HAN) || !v.exact || v.integer < 1 ||
            v.integer > max)
            return 0;
    }
    if (!strs_starts(f + k, n - k, unit))
        return 0;
    return k + strlen(unit);
}

/* The year at f+i followed by 年: four digits, or four Han digits read
 * one by one (二〇二四, 二○二四, 二零二四); *end after 年. 0 when none. */
static int year_then(const char *f, size_t n, size_t i, size_t *end)
{
    int y = meta_year_at(f, n, i);
    size_t k = i + 4;
    if (!y) {
        cn_number v;
        k = i + cn_numeral_read(f + i, n - i, &v);
        if (k == i || !(v.form & CN_FORM_RUN) || !v.exact || v.integer < 1949 ||
            v.integer > 2100)
            return 0;
        y = (int)v.integer;
    }
    if (!strs_starts(f + k, n - k, "年"))
        return 0;
    *end = k + strlen("年");
    return y;
}

/* The year of a date at f+i (2024年2月27日, 二〇二四年二月二十七日), with
 * *end after it; 0 when none starts there. */
static int date_at(const char *f, size_t n, size_t i, size_t *end)
{
    size_t k;
    int y = year_then(f, n, i, &k);
    if (!y || !(k = number_then(f, n, k, 12, "月")) ||
        !(k = number_then(f, n, k, 31, "日")))
        return 0;
    *end = k;
    return y;
}

int meta_date_line_year(const char *f, size_t n)
{
    int alone = 0;
    for (size_t i = 0; i < n; i = meta_line_end(f, n, i) + 1) {
        size_t e = meta_line_end(f, n, i), s = skip_openers(f, e, i), d;
        int y = date_at(f, e, s, &d);
        if (!y)
            continue;
        if (strs_starts(f + d, e - d, "在") || strs_starts(f + d, e - d, "于"))
            return y;
        if (!alone && (d == e || (strs_starts(f + d, e - d, ")") && d + 1 == e)))
            alone = y;
    }
    return alone;
}

/* The years the sessions of the first four congresses met in (they met
 * irregularly: the 3rd once, in December 1964, the 4th once, in 1975);
 * from the 5th (1978) on, a congress meets once a year for five years:
 * the n-th's sessions are 1978 + 5 (n − 5) and the four years after. */
static const short EARLY_SESSIONS[4][5] = {
    {1954, 1955, 1956, 1957, 1958},
    {1959, 1960, 1962, 1963, 0},
    {1964, 0, 0, 0, 0},
    {1975, 0, 0, 0, 0},
};

int meta_congress_session_year(int congress, int session)
{
    if (congress < 1 || congress > LATEST_CONGRESS || session < 1 || session > 5)
        return 0;
    if (congress <= 4)
        return EARLY_SESSIONS[congress - 1][session - 1];
    return 1978 + 5 * (congress - 5) + session - 1;
}

/* The ordinal at f+i, optionally after 第, followed by unit; its value
 * with *end after unit, or 0. */
static int ordinal_then(const char *f, size_t n, size_t i, const char *unit, size_t *end)
{
    if (strs_starts(f + i, n - i, "第"))
        i += 3;
    int v = 0;
    size_t k = marker_ordinal(f + i, n - i, &v);
    if (!k || !strs_starts(f + i + k, n - i - k, unit))
        return 0;
    *end = i + k + strlen(unit);
    return v;
}

/* The year of a national session named at f+i (第十一届全国人民代表大会第三次
 * 会议, 十一届全国人大三次会议), or 0. */
static int session_at(const char *f, size_t n, size_t i)
{
    size_t k;
    int congress = ordinal_then(f, n, i, "届", &k);
    if (!congress)
        return 0;
    if (strs_starts(f + k, n - k, "全国人民代表大会"))
        k += strlen("全国人民代表大会");
    else if (strs_starts(f + k, n - k, "全国人大"))
        k += strlen("全国人大");
    else
        return 0; /* a local congress: its year needs the date */
    int session = ordinal_then(f, n, k, "次会议", &k);
    return meta_congress_session_year(congress, session);
}

int meta_session_year(const char *f, size_t n)
{
    for (size_t i = 0; i < n; i = meta_line_end(f, n, i) + 1) {
        size_t e = meta_line_end(f, n, i);
        if (e - i > DELIVERY_MAX_BYTES)
            continue;
        size_t s = skip_openers(f, e, i), d;
        if (date_at(f, e, s, &d))
            s = d;
        if (strs_starts(f + s, e - s, "在"))
            s += 3;
        int y = session_at(f, e, s);
        if (y)
            return y;
    }
    return 0;
}
