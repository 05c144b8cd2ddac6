/* extract_number.c — a quantity as the reports write it: digits (ASCII,
 * fullwidth, separators), Chinese numerals (via cn_numeral), 百分之…,
 * ranges, ratios; then a magnitude (万 亿 万亿), a unit and trailing
 * qualifiers (以上 左右); the value as written and the amount it comes to.
 * Years, dates, ordinals, document numbers and unit-less codes are
 * recognised here so that the caller skips them. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cn_numeral.h"
#include "extract_impl.h"
#include "sbuf.h"

/* Base units after a number (longest first where one is a prefix of
 * another); a rate can be a growth. */
static const struct {
    ex_word w;
    int rate;
} units[] = {
    {EX_W("个百分点"), 1}, {EX_W("%"), 1}, {EX_W("‰"), 1}, {EX_W("倍"), 1},
    {EX_W("成"), 1}, {EX_W("平方公里"), 0}, {EX_W("平方千米"), 0},
    {EX_W("平方米"), 0}, {EX_W("立方米"), 0}, {EX_W("千瓦时"), 0},
    {EX_W("千瓦"), 0}, {EX_W("公里"), 0}, {EX_W("千米"), 0}, {EX_W("公顷"), 0},
    {EX_W("标准箱"), 0}, {EX_W("美元"), 0}, {EX_W("港元"), 0},
    {EX_W("欧元"), 0}, {EX_W("元"), 0}, {EX_W("人次"), 0}, {EX_W("户次"), 0},
    {EX_W("家次"), 0}, {EX_W("场次"), 0}, {EX_W("架次"), 0}, {EX_W("人"), 0},
    {EX_W("户"), 0}, {EX_W("家"), 0}, {EX_W("个"), 0}, {EX_W("件"), 0},
    {EX_W("张"), 0}, {EX_W("条"), 0}, {EX_W("项"), 0}, {EX_W("所"), 0},
    {EX_W("座"), 0}, {EX_W("台"), 0}, {EX_W("套"), 0}, {EX_W("栋"), 0},
    {EX_W("处"), 0}, {EX_W("场"), 0}, {EX_W("次"), 0}, {EX_W("名"), 0},
    {EX_W("支"), 0}, {EX_W("宗"), 0}, {EX_W("间"), 0}, {EX_W("辆"), 0},
    {EX_W("艘"), 0}, {EX_W("株"), 0}, {EX_W("棵"), 0}, {EX_W("头"), 0},
    {EX_W("只"), 0}, {EX_W("亩"), 0}, {EX_W("吨"), 0}, {EX_W("米"), 0},
    {EX_W("种"), 0}, {EX_W("批次"), 0}, {EX_W("批"), 0}, {EX_W("类"), 0}, {EX_W("位"), 0},
    {EX_W("床"), 0}, {EX_W("册"), 0}, {EX_W("篇"), 0}, {EX_W("部"), 0},
    {EX_W("款"), 0}, {EX_W("天"), 0}, {EX_W("小时"), 0}, {EX_W("TEU"), 0},
    {EX_W("km"), 0}, {EX_W("kWh"), 0}, {EX_W("kW"), 0},
};

/* Magnitudes before a base unit, with their powers of ten. */
static const struct {
    const char *s, *fold;
    int pow;
} mags[] = {
    {"万亿", "万亿", 12}, {"萬億", "万亿", 12}, {"千万", "千万", 7},
    {"百万", "百万", 6}, {"亿", "亿", 8}, {"億", "亿", 8}, {"万", "万", 4},
    {"萬", "万", 4},
};

/* 10^p for the small powers of magnitudes. */
static double tenpow(int p)
{
    double v = 1;
    while (p-- > 0)
        v *= 10;
    return v;
}

/* Qualifiers that may follow a quantity. */
static const char *const tails[] = {"以上", "左右", "以内", "以下", "上下"};

/* Bytes of a magnitude at s[i] (its folded text and power out), or 0. */
static size_t mag_at(const char *s, size_t n, size_t i, const char **fold,
                     int *pow)
{
    for (size_t m = 0; m < sizeof mags / sizeof *mags; m++)
        if (ex_at(s, n, i, mags[m].s)) {
            *fold = mags[m].fold;
            *pow = mags[m].pow;
            return strlen(mags[m].s);
        }
    return 0;
}

/* Width-folds up to 16 bytes at s[i] into buf with, for each folded byte,
 * the source bytes consumed through it in map. */
static size_t fold_window(const char *s, size_t n, size_t i, char *buf,
                          size_t *map, size_t cap)
{
    size_t len = 0, at = i;
    while (at < n && len + 4 < cap) {
        unsigned char lead = (unsigned char)s[at];
        if (lead < 0x80 || ((lead & 0xF0) == 0xE0 && lead != 0xEF &&
                            lead != 0xE3 && at + 3 <= n)) {
            /* nothing to fold (fullwidth forms lead EF, U+3000 E3): as is */
            size_t k = lead < 0x80 ? 1 : 3;
            memcpy(buf + len, s + at, k);
            at += k;
            for (size_t j = 0; j < k; j++)
                map[len++] = at - i;
            continue;
        }
        uint32_t cp;
        size_t k = ex_cp_at(s, n, at, &cp);
        char tmp[4];
        size_t tl;
        cp = ex_fold_cp(cp);
        if (cp < 0x80) {
            tmp[0] = (char)cp;
            tl = 1;
        } else {
            memcpy(tmp, s + at, k);
            tl = k;
        }
        at += k;
        for (size_t b = 0; b < tl; b++) {
            buf[len] = tmp[b];
            map[len++] = at - i;
        }
    }
    return len;
}

/* Bytes of a base unit at s[i] (its text into unit, its rate flag), or 0;
 * a compound a/b (公里/平方公里) is one unit. */
static size_t base_at(const char *s, size_t n, size_t i, char *unit,
                      size_t cap, int *rate)
{
    char buf[20];
    size_t map[20];
    size_t len = fold_window(s, n, i, buf, map, sizeof buf);
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t k = units[u].w.n;
        if (!ex_word_at(buf, len, 0, units[u].w))
            continue;
        size_t used = map[k - 1];
        size_t ul = strlen(unit);
        if (ul + k < cap) {
            memcpy(unit + ul, units[u].w.s, k + 1);
        }
        *rate = units[u].rate;
        if (!*rate && len > k && buf[k] == '/') {
            int r2;
            char sub[32] = "";
            size_t k2 = base_at(s, n, i + map[k], sub, sizeof sub, &r2);
            if (k2 && strlen(unit) + 1 + strlen(sub) < cap) {
                strcat(unit, "/");
                strcat(unit, sub);
                used = map[k] + k2;
            }
        }
        return used;
    }
    return 0;
}

/* Skips one space at s[i]. */
static size_t space_at(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    size_t k = ex_cp_at(s, n, i, &cp);
    return k && ex_space_cp(cp) ? k : 0;
}

/* The value of cn as ASCII text into out: the source digits themselves
 * when it is written in Arabic digits without units (fullwidth folded,
 * separators dropped), else rendered from the number read. 0 when it does
 * not fit. */
static int value_text(const char *s, size_t len, const cn_number *c,
                      char *out, size_t cap)
{
    unsigned arabic = CN_FORM_ASCII | CN_FORM_WIDE | CN_FORM_POINT |
                      CN_FORM_GROUPS;
    size_t o = 0;
    if (!(c->form & ~arabic)) {
        for (size_t i = 0; i < len;) {
            uint32_t cp;
            size_t k = ex_cp_at(s, len, i, &cp);
            i += k;
            cp = ex_fold_cp(cp);
            if (cp == ',' || cp == 0xFF0C)
                continue;
            if (o + 2 > cap)
                return 0;
            out[o++] = (char)cp;
        }
        out[o] = '\0';
        return 1;
    }
    cn_number h;
    cn_numeral_read(s, len, &h);
    if (h.exact)
        snprintf(out, cap, "%lld", (long long)h.integer);
    else
        snprintf(out, cap, "%.*f", h.decimals, h.value);
    return 1;
}

/* Reads one number at s[at] into cn, with its value text; the magnitude it
 * ends in (1.2万) into mag/pow. Returns bytes or 0. */
static size_t one_number(const char *s, size_t n, size_t at, cn_number *cn,
                         char *value, size_t vcap, const char **mag,
                         int *pow)
{
    size_t k = cn_numeral_read(s + at, n - at, cn);
    if (!k)
        return 0;
    *mag = "";
    *pow = 0;
    if (cn->scale) {
        const char *f;
        if (mag_at(s, n, at + cn->head, &f, pow)) {
            *mag = f;
            cn_number h; /* the value before the magnitude */
            cn_numeral_read(s + at, cn->head, &h);
            cn->value = h.value;
        } else {
            *pow = 0;
            cn->head = k;
        }
    } else {
        cn->head = k;
    }
    if (cn->head > EX_VALUE_MAX * 3 ||
        !value_text(s + at, cn->head, cn, value, vcap))
        return 0;
    return k;
}

static int is_han_form(unsigned f)
{
    return (f & (CN_FORM_HAN | CN_FORM_DAXIE)) != 0;
}

/* A ratio 0.4:27.8:71.8 after the first number at s[at..j): its parts
 * into out->value; returns the end or 0. */
static size_t ratio_at(const char *s, size_t n, size_t j, ex_num *out)
{
    size_t parts = 1;
    for (;;) {
        size_t c = 0;
        if (ex_at(s, n, j, ":"))
            c = 1;
        else if (ex_at(s, n, j, "∶") || ex_at(s, n, j, "："))
            c = 3;
        if (!c || !ex_digit_at(s, n, j + c))
            break;
        cn_number cn;
        char v[EX_VALUE_MAX];
        const char *mag;
        int pow;
        size_t k = one_number(s, n, j + c, &cn, v, sizeof v, &mag, &pow);
        if (!k || *mag || strlen(out->value) + strlen(v) + 2 >
                              sizeof out->value)
            break;
        strcat(out->value, ":");
        strcat(out->value, v);
        j += c + k;
        parts++;
    }
    return parts > 1 ? j : 0;
}

/* A dash of a range at s[j]: its bytes or 0. */
static size_t dash_at(const char *s, size_t n, size_t j)
{
    static const char *const d[] = {"—", "–", "－", "-", "~", "～", "至"};
    for (size_t i = 0; i < sizeof d / sizeof *d; i++)
        if (ex_at(s, n, j, d[i]))
            return strlen(d[i]);
    return 0;
}

/* Magnitude (from the number or after it), base unit and trailing
 * qualifiers after the number ending at s[j]; fills out's unit, rate and
 * tail; returns the end of the unit (out->end), or 0 without a unit. */
static size_t unit_after(const char *s, size_t n, size_t j, const char *mag,
                         ex_num *out, double *mult)
{
    out->unit[0] = '\0';
    *mult = 1;
    strcpy(out->unit, mag);
    size_t u = j;
    if (!*mag) {
        const char *f;
        int pow;
        if (ex_at(s, n, u, "余") || ex_at(s, n, u, "多"))
            u += 3;
        size_t m = mag_at(s, n, u, &f, &pow);
        if (m && !(pow == 4 && ex_at(s, n, u, "万一"))) {
            strcpy(out->unit, f);
            *mult = tenpow(pow);
            u += m;
        }
    } else {
        *mult = ex_unit_multiplier(mag);
        if (ex_at(s, n, u, "余") || ex_at(s, n, u, "多"))
            u += 3;
    }
    u += space_at(s, n, u);
    size_t b = base_at(s, n, u, out->unit, sizeof out->unit, &out->rate);
    if (!b) {
        if (!out->unit[0])
            return 0;
        /* a bare magnitude (人口1.2亿): the magnitude is the unit */
        return u - space_at(s, n, u - 1 < j ? j : u - 1);
    }
    if (!strcmp(out->unit, "成"))
        *mult = 10;
    return u + b;
}

/* Trailing qualifiers at s[e]: into out->tail; returns the end. */
static size_t tail_at(const char *s, size_t n, size_t e, ex_num *out)
{
    out->tail[0] = '\0';
    size_t sp = space_at(s, n, e);
    for (size_t t = 0; t < sizeof tails / sizeof *tails; t++)
        if (ex_at(s, n, e + sp, tails[t])) {
            strcpy(out->tail, tails[t]);
            return e + sp + strlen(tails[t]);
        }
    return e;
}

/* True when the numeral at s[at] is no quantity whatever follows: an
 * ordinal (第), a document number (〔2021〕), part of a code (PM2.5, 5G). */
static int not_quantity_before(const char *s, size_t at)
{
    uint32_t cp;
    ex_cp_before(s, at, &cp);
    cp = ex_fold_cp(cp);
    return cp == 0x7B2C /* 第 */ || cp == 0x3014 /* 〔 */ || cp == '[' ||
           cp == 0x3010 /* 【 */ || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 'a' && cp <= 'z') || cp == '_' || cp == '{' ||
           cp == '.' || cp == '/' || cp == '#';
}

size_t ex_number_read(const char *s, size_t n, size_t at, ex_num *out)
{
    memset(out, 0, sizeof *out);
    out->amount = NAN;
    int percent = ex_at(s, n, at, "百分之");
    size_t from = percent ? at + 9 : at;
    cn_number cn;
    const char *mag;
    int pow;
    size_t k = one_number(s, n, from, &cn, out->value, sizeof out->value,
                          &mag, &pow);
    if (!k) {
        size_t sp = cn_numeral_span(s + from, n - from);
        return percent ? 9 + sp : sp;
    }
    size_t j = from + k;
    out->start = at;
    out->next = j;
    size_t step = j - at;
    if (not_quantity_before(s, at))
        return step;
    if (is_han_form(cn.form)) {
        /* a lone Han digit is a word (一批, 三大) unless 成/倍 follow */
        int bare = !(cn.form & (CN_FORM_UNITS | CN_FORM_MYRIADS |
                                CN_FORM_POINT)) || (cn.form & CN_FORM_RUN);
        if (bare && !percent && !ex_at(s, n, j, "成") &&
            !ex_at(s, n, j, "倍"))
            return step;
    }
    if (percent) {
        strcpy(out->unit, "%");
        out->rate = 1;
        out->amount = cn.value;
        out->end = j;
        out->next = tail_at(s, n, j, out);
        out->ok = 1;
        return out->next - at;
    }
    size_t r = ratio_at(s, n, j, out);
    if (r) {
        strcpy(out->unit, ":");
        out->end = out->next = r;
        out->ok = !*mag;
        return r - at;
    }
    double mult;
    double low = cn.value;
    size_t e = unit_after(s, n, j, mag, out, &mult);
    size_t d = dash_at(s, n, e ? e : j);
    if (d) { /* a range: 4.5%—5%, 6.5-7%, 2016—2020年 */
        size_t at2 = (e ? e : j) + d;
        ex_num second;
        size_t k2 = ex_digit_at(s, n, at2) || !e
                        ? ex_number_read(s, n, at2, &second)
                        : 0;
        if (k2 && second.ok && second.start == at2 &&
            (!e || !strcmp(second.unit, out->unit)) &&
            strlen(out->value) + strlen(second.value) + 2 <
                sizeof out->value) {
            strcat(out->value, "-");
            strcat(out->value, second.value);
            memcpy(out->unit, second.unit, sizeof out->unit);
            memcpy(out->tail, second.tail, sizeof out->tail);
            out->rate = second.rate;
            out->end = second.end;
            out->next = second.next;
            out->amount = low * ex_unit_multiplier(out->unit);
            out->ok = 1;
            return out->next - at;
        }
        if (k2 && !e)
            return at2 + k2 - at; /* 2016—2020年: step over both */
    }
    if (!e)
        return step;
    out->end = e;
    out->amount = low * mult;
    out->next = tail_at(s, n, e, out);
    out->ok = 1;
    return out->next - at;
}

double ex_unit_multiplier(const char *unit)
{
    if (!strncmp(unit, "成", 3))
        return 10;
    size_t n = strlen(unit);
    for (size_t m = 0; m < sizeof mags / sizeof *mags; m++)
        if (ex_at(unit, n, 0, mags[m].s))
            return tenpow(mags[m].pow);
    return 1;
}

int ex_number_cell(const char *cell, const char *unit, ex_num *out)
{
    size_t n = strlen(cell), i = 0;
    static const char *const lead[] = {"年均", "累计", "约", "≥", ">", "＞",
                                       "≤", "<", "＜"};
    memset(out, 0, sizeof *out);
    for (size_t l = 0; l < sizeof lead / sizeof *lead; l++)
        if (ex_at(cell, n, i, lead[l]))
            i += strlen(lead[l]);
    i += space_at(cell, n, i);
    if (!ex_digit_at(cell, n, i))
        return 0;
    cn_number cn;
    const char *mag;
    int pow;
    size_t k = one_number(cell, n, i, &cn, out->value, sizeof out->value,
                          &mag, &pow);
    if (!k || !(cn.form & (CN_FORM_ASCII | CN_FORM_WIDE)))
        return 0;
    size_t j = i + k;
    double mult = 1;
    if (*unit) {
        snprintf(out->unit, sizeof out->unit, "%s%s", mag, unit);
        mult = ex_unit_multiplier(out->unit);
        j += space_at(cell, n, j);
        int rate;
        char skip[64] = "";
        j += base_at(cell, n, j, skip, sizeof skip, &rate);
    } else {
        size_t e = unit_after(cell, n, j, mag, out, &mult);
        if (!e)
            return 0;
        j = e;
    }
    j = tail_at(cell, n, j, out);
    j += space_at(cell, n, j);
    if (j != n)
        return 0;
    out->amount = cn.value * mult;
    if (!strcmp(unit, "%") || !strcmp(unit, "‰"))
        out->rate = 1;
    out->start = i;
    out->end = out->next = n;
    out->ok = 1;
    return 1;
}
