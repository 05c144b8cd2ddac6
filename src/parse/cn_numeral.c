/* cn_numeral.c — Chinese numerals: the writer of 1–999 and the reader of
 * the numbers of report text (cn_numeral.h has the forms and bounds). */
#include "cn_numeral.h"

#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include "cpset.h"
#include "utf8.h"

/* ---- writing ---------------------------------------------------------- */

static const char *const digit[] = {"零", "一", "二", "三", "四",
                                    "五", "六", "七", "八", "九"};

char *cn_numeral(int n, char *buf)
{
    buf[0] = '\0';
    if (n < 1 || n > 999) {
        snprintf(buf, 24, "%d", n);
        return buf;
    }
    int h = n / 100, t = n / 10 % 10, u = n % 10;
    if (h) {
        strcat(buf, digit[h]);
        strcat(buf, "百");
        if (t == 0 && u)
            strcat(buf, "零");
    }
    if (t) {
        if (t > 1 || h)
            strcat(buf, digit[t]);
        strcat(buf, "十");
    }
    if (u)
        strcat(buf, digit[u]);
    return buf;
}

/* ---- characters ------------------------------------------------------- */

enum { G_NONE, G_DIGIT, G_UNIT, G_MYRIAD, G_POINT, G_SEP };  /* glyph kinds */
enum { S_ASCII, S_WIDE, S_HAN };                             /* digit scripts */
enum {
    G_PAIR = 1,    /* 两 兩: a digit only alone or before 百 千 万 亿 */
    G_RING = 2,    /* ○: 〇, but never the first character */
    G_HANPOINT = 4 /* 点 點, not . ． */
};

/* One character of a number. */
typedef struct glyph {
    int kind;      /* G_* */
    int value;     /* a digit 0–9; the power of ten of a unit or magnitude */
    int script;    /* S_* of a digit */
    int flags;     /* G_PAIR, G_RING, G_HANPOINT */
    unsigned form; /* the CN_FORM_* bit of a digit or unit */
    size_t len;    /* bytes */
} glyph;

static const struct han_glyph {
    uint32_t cp;
    int kind, value, flags;
    unsigned form;
} han_glyphs[] = {
    {0x3007, G_DIGIT, 0, 0, CN_FORM_HAN},       /* 〇 */
    {0x96F6, G_DIGIT, 0, 0, CN_FORM_HAN},       /* 零 */
    {0x25CB, G_DIGIT, 0, G_RING, CN_FORM_HAN},  /* ○ */
    {0x4E00, G_DIGIT, 1, 0, CN_FORM_HAN},       /* 一 */
    {0x4E8C, G_DIGIT, 2, 0, CN_FORM_HAN},       /* 二 */
    {0x4E24, G_DIGIT, 2, G_PAIR, CN_FORM_HAN},  /* 两 */
    {0x5169, G_DIGIT, 2, G_PAIR, CN_FORM_HAN},  /* 兩 */
    {0x4E09, G_DIGIT, 3, 0, CN_FORM_HAN},       /* 三 */
    {0x56DB, G_DIGIT, 4, 0, CN_FORM_HAN},       /* 四 */
    {0x4E94, G_DIGIT, 5, 0, CN_FORM_HAN},       /* 五 */
    {0x516D, G_DIGIT, 6, 0, CN_FORM_HAN},       /* 六 */
    {0x4E03, G_DIGIT, 7, 0, CN_FORM_HAN},       /* 七 */
    {0x516B, G_DIGIT, 8, 0, CN_FORM_HAN},       /* 八 */
    {0x4E5D, G_DIGIT, 9, 0, CN_FORM_HAN},       /* 九 */
    {0x58F9, G_DIGIT, 1, 0, CN_FORM_DAXIE},     /* 壹 */
    {0x8D30, G_DIGIT, 2, 0, CN_FORM_DAXIE},     /* 贰 */
    {0x8CB3, G_DIGIT, 2, 0, CN_FORM_DAXIE},     /* 貳 */
    {0x53C1, G_DIGIT, 3, 0, CN_FORM_DAXIE},     /* 叁 */
    {0x53C3, G_DIGIT, 3, 0, CN_FORM_DAXIE},     /* 參 */
    {0x53C4, G_DIGIT, 3, 0, CN_FORM_DAXIE},     /* 叄 */
    {0x8086, G_DIGIT, 4, 0, CN_FORM_DAXIE},     /* 肆 */
    {0x4F0D, G_DIGIT, 5, 0, CN_FORM_DAXIE},     /* 伍 */
    {0x9646, G_DIGIT, 6, 0, CN_FORM_DAXIE},     /* 陆 */
    {0x9678, G_DIGIT, 6, 0, CN_FORM_DAXIE},     /* 陸 */
    {0x67D2, G_DIGIT, 7, 0, CN_FORM_DAXIE},     /* 柒 */
    {0x634C, G_DIGIT, 8, 0, CN_FORM_DAXIE},     /* 捌 */
    {0x7396, G_DIGIT, 9, 0, CN_FORM_DAXIE},     /* 玖 */
    {0x5341, G_UNIT, 1, 0, CN_FORM_HAN},        /* 十 */
    {0x62FE, G_UNIT, 1, 0, CN_FORM_DAXIE},      /* 拾 */
    {0x767E, G_UNIT, 2, 0, CN_FORM_HAN},        /* 百 */
    {0x4F70, G_UNIT, 2, 0, CN_FORM_DAXIE},      /* 佰 */
    {0x5343, G_UNIT, 3, 0, CN_FORM_HAN},        /* 千 */
    {0x4EDF, G_UNIT, 3, 0, CN_FORM_DAXIE},      /* 仟 */
    {0x4E07, G_MYRIAD, 4, 0, 0},                /* 万 */
    {0x842C, G_MYRIAD, 4, 0, 0},                /* 萬 */
    {0x4EBF, G_MYRIAD, 8, 0, 0},                /* 亿 */
    {0x5104, G_MYRIAD, 8, 0, 0},                /* 億 */
    {0x70B9, G_POINT, 0, G_HANPOINT, 0},        /* 点 */
    {0x9EDE, G_POINT, 0, G_HANPOINT, 0},        /* 點 */
    {'.', G_POINT, 0, 0, 0},
    {0xFF0E, G_POINT, 0, 0, 0},                 /* ． */
    {',', G_SEP, 0, 0, 0},
    {0xFF0C, G_SEP, 0, 0, 0},                   /* ， */
};

/* The code points of han_glyphs, as a set: most characters of a text are
 * none, and are told so without the table's search. */
static cpset glyph_cps;
static pthread_once_t glyph_cps_once = PTHREAD_ONCE_INIT;

enum { NGLYPHS = sizeof han_glyphs / sizeof han_glyphs[0] };

/* han_glyphs' indices in code point order, for a binary search. */
static unsigned char glyph_order[NGLYPHS];

static int by_cp(const void *a, const void *b)
{
    uint32_t x = han_glyphs[*(const unsigned char *)a].cp;
    uint32_t y = han_glyphs[*(const unsigned char *)b].cp;
    return (x > y) - (x < y);
}

static void glyph_cps_build(void)
{
    for (size_t k = 0; k < NGLYPHS; k++) {
        cpset_add(&glyph_cps, han_glyphs[k].cp);
        glyph_order[k] = (unsigned char)k;
    }
    qsort(glyph_order, NGLYPHS, 1, by_cp);
}

/* The entry of han_glyphs for cp, or NULL. */
static const struct han_glyph *han_glyph_find(uint32_t cp)
{
    size_t lo = 0, hi = NGLYPHS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct han_glyph *h = &han_glyphs[glyph_order[mid]];
        if (h->cp == cp)
            return h;
        if (h->cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int cn_numeral_glyph(uint32_t cp)
{
    if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
        return 1;
    pthread_once(&glyph_cps_once, glyph_cps_build);
    return cpset_has(&glyph_cps, cp);
}

/* The glyph at s[0..n) (n ≥ 1); kind G_NONE when it is no numeral. */
static glyph glyph_at(const char *s, size_t n)
{
    glyph g = {G_NONE, 0, 0, 0, 0, 0};
    uint32_t cp;
    g.len = utf8_decode(s, n, &cp);
    if (cp >= '0' && cp <= '9') {
        g.kind = G_DIGIT, g.value = (int)(cp - '0'), g.script = S_ASCII;
        g.form = CN_FORM_ASCII;
    } else if (cp >= 0xFF10 && cp <= 0xFF19) {
        g.kind = G_DIGIT, g.value = (int)(cp - 0xFF10), g.script = S_WIDE;
        g.form = CN_FORM_WIDE;
    } else if (cn_numeral_glyph(cp)) {
        const struct han_glyph *h = han_glyph_find(cp);
        g.kind = h->kind, g.value = h->value;
        g.flags = h->flags, g.form = h->form;
        g.script = S_HAN;
    }
    return g;
}

/* ---- exact decimals ---------------------------------------------------- */

/* v·10^-f exactly while ok (no int64 overflow, no digit dropped); d is
 * the same value as a double, saturating at DBL_MAX, for when not. */
typedef struct dec {
    int64_t v;
    int f;
    double d;
    int ok;
} dec;

static const int64_t pow10_int[19] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
    1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
    100000000000000, 1000000000000000, 10000000000000000,
    100000000000000000, 1000000000000000000};

static const double pow10_dbl[19] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

static double saturate(double x) { return x > DBL_MAX ? DBL_MAX : x; }

static dec dec_of(int64_t v)
{
    dec r = {v, 0, (double)v, 1};
    return r;
}

static int dec_zero(dec a) { return a.ok ? a.v == 0 : a.d == 0; }

/* Multiplies *v by 10^k (k ≤ 18); 0 on overflow. */
static int mul_pow10(int64_t *v, int k)
{
    if (*v > INT64_MAX / pow10_int[k])
        return 0;
    *v *= pow10_int[k];
    return 1;
}

/* a·10^k, k ≤ 18. */
static dec dec_scale(dec a, int k)
{
    a.d = saturate(a.d * pow10_dbl[k]);
    if (a.ok && a.f >= k)
        a.f -= k;
    else if (a.ok) {
        a.ok = mul_pow10(&a.v, k - a.f);
        a.f = 0;
    }
    return a;
}

static dec dec_add(dec a, dec b)
{
    dec r = {0, 0, saturate(a.d + b.d), a.ok && b.ok};
    if (!r.ok)
        return r;
    r.f = a.f > b.f ? a.f : b.f;
    r.ok = mul_pow10(&a.v, r.f - a.f) && mul_pow10(&b.v, r.f - b.f) &&
           a.v <= INT64_MAX - b.v;
    if (r.ok)
        r.v = a.v + b.v;
    return r;
}

/* ---- runs of digits --------------------------------------------------- */

/* Below this there is room for one more kept digit. */
#define KEEP_BELOW pow10_int[CN_NUMERAL_KEEP - 1]

/* Digits read one by one: the first CN_NUMERAL_KEEP significant ones in m,
 * the last f of them after the point. */
typedef struct digits {
    int64_t m;
    int f;
    size_t ints;    /* integer digits read */
    size_t dropped; /* integer digits past the kept ones */
    int decimals;   /* fraction digits read (saturating at INT_MAX) */
    int capped;     /* a digit was dropped */
} digits;

static void digits_add(digits *t, int d, int fraction)
{
    if (!fraction) {
        t->ints++;
        if (t->m < KEEP_BELOW)
            t->m = t->m * 10 + d;
        else
            t->dropped++, t->capped = 1;
        return;
    }
    if (t->decimals < INT_MAX)
        t->decimals++;
    if (t->m < KEEP_BELOW && t->f < CN_NUMERAL_KEEP)
        t->m = t->m * 10 + d, t->f++;
    else if (d)
        t->capped = 1;
}

static dec digits_dec(const digits *t)
{
    dec r = {t->m, t->f, (double)t->m, !t->capped};
    for (size_t k = 0; k < t->dropped && r.d < DBL_MAX; k++)
        r.d = saturate(r.d * 10);
    r.d /= pow10_dbl[t->f];
    return r;
}

/* The digit of script (S_ASCII or S_WIDE) at s[0..n) with its bytes in
 * *len, or -1. */
static int arabic_at(const char *s, size_t n, int script, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (script == S_ASCII && n >= 1 && u[0] >= '0' && u[0] <= '9') {
        *len = 1;
        return u[0] - '0';
    }
    if (script == S_WIDE && n >= 3 && u[0] == 0xEF && u[1] == 0xBC &&
        u[2] >= 0x90 && u[2] <= 0x99) {
        *len = 3;
        return u[2] - 0x90;
    }
    return -1;
}

/* Bytes of the digits of script at s[0..n), added to t. */
static size_t arabic_run(const char *s, size_t n, int script, int fraction,
                         digits *t)
{
    size_t i = 0, k;
    int d;
    while ((d = arabic_at(s + i, n - i, script, &k)) >= 0) {
        digits_add(t, d, fraction);
        i += k;
    }
    return i;
}

/* Bytes of a thousands group at s[0..n): a separator like sep[0..seplen)
 * (any separator when seplen is 0) and exactly three digits of script. */
static size_t group_len(const char *s, size_t n, int script, const char *sep,
                        size_t seplen)
{
    if (!n)
        return 0;
    glyph g = glyph_at(s, n);
    if (g.kind != G_SEP ||
        (seplen && (g.len != seplen || memcmp(s, sep, seplen))))
        return 0;
    size_t i = g.len, k;
    for (int j = 0; j < 3; j++, i += k)
        if (arabic_at(s + i, n - i, script, &k) < 0)
            return 0;
    return arabic_at(s + i, n - i, script, &k) < 0 ? i : 0;
}

/* Reads Arabic digits of script at s[0..n) into *t: an integer part,
 * thousands groups, a point and a fraction; returns the bytes and sets
 * the CN_FORM_* bits in *form. */
static size_t read_arabic(const char *s, size_t n, int script, digits *t,
                          unsigned *form)
{
    size_t i = arabic_run(s, n, script, 0, t), k;
    *form |= script == S_ASCII ? CN_FORM_ASCII : CN_FORM_WIDE;
    const char *sep = NULL; /* the first separator: the others must match */
    size_t seplen = 0;
    size_t first = t->ints; /* groups only after a first group of 1–3 */
    while (first <= 3 && (k = group_len(s + i, n - i, script, sep, seplen))) {
        size_t g = glyph_at(s + i, n - i).len;
        if (!sep)
            sep = s + i, seplen = g;
        arabic_run(s + i + g, k - g, script, 0, t);
        i += k;
        *form |= CN_FORM_GROUPS;
    }
    if (i < n) {
        glyph g = glyph_at(s + i, n - i);
        if (g.kind == G_POINT && !(g.flags & G_HANPOINT) &&
            arabic_at(s + i + g.len, n - i - g.len, script, &k) >= 0) {
            i += g.len;
            i += arabic_run(s + i, n - i, script, 1, t);
            *form |= CN_FORM_POINT;
        }
    }
    return i;
}

/* Reads Han digits one by one at s[0..n) (not 两) into *t, as integer or
 * fraction digits; returns the bytes and sets their CN_FORM_* in *form. */
static size_t read_han(const char *s, size_t n, int fraction, digits *t,
                       unsigned *form)
{
    size_t i = 0;
    while (i < n) {
        glyph g = glyph_at(s + i, n - i);
        if (g.kind != G_DIGIT || g.script != S_HAN || (g.flags & G_PAIR))
            break;
        digits_add(t, g.value, fraction);
        *form |= g.form;
        i += g.len;
    }
    return i;
}

/* ---- reading ---------------------------------------------------------- */

/* What the digits waiting for a unit are. */
enum {
    P_NONE,
    P_SINGLE,   /* one digit: 三, 3 (after 百 and up it counts lower) */
    P_PAIR,     /* 两 */
    P_RUN,      /* Han digits one by one: 二〇二五 */
    P_ARABIC,   /* Arabic digits: 4000, 1,100 */
    P_FRACTION  /* digits with a fraction: 4.5, 三点五 */
};

/* The reading so far: value = above + wan + sec + pend (times its unit). */
typedef struct reading {
    dec above;     /* the 亿 group (亿 and 万亿) */
    dec wan;       /* the 万 group below it */
    dec sec;       /* the section below 万 */
    dec pend;      /* digits waiting for their unit */
    int pend_kind; /* P_* */
    int pend_han;  /* pend is written in Han digits */
    int sec_unit;  /* the power of the last unit in sec (1–3); 4 before */
    int last;      /* the power of the last unit or magnitude; 0 before */
    int zero;      /* a 零 since the last unit */
    int wan_seen, yi_seen;
    int fraction;  /* a fraction was read: only units may follow */
    int after_myriad; /* the last glyph read was 万 or 亿 */
    int decimals, capped, scale;
    size_t head;
    unsigned form;
} reading;

enum { STEP_OK, STEP_STOP, STEP_REFUSE };

static void digits_take(reading *r, const digits *t, int kind, int han)
{
    r->pend = digits_dec(t);
    r->pend_kind = kind;
    r->pend_han = han;
    r->capped |= t->capped;
    if (t->decimals) {
        r->fraction = 1;
        r->decimals = t->decimals;
    }
}

/* ASCII or fullwidth digits at s+i: a part of their own, below the unit
 * before them. */
static int on_arabic(reading *r, const char *s, size_t n, size_t i,
                     const glyph *g, size_t *len)
{
    if (r->pend_kind)
        return STEP_REFUSE;
    if (r->fraction)
        return STEP_STOP;
    digits t = {0};
    unsigned form = 0;
    *len = read_arabic(s + i, n - i, g->script, &t, &form);
    if (r->last && (t.decimals || t.capped || t.m >= pow10_int[r->last]))
        return STEP_STOP;
    r->form |= form;
    int kind = t.decimals ? P_FRACTION : t.ints == 1 ? P_SINGLE : P_ARABIC;
    digits_take(r, &t, kind, 0);
    return STEP_OK;
}

/* A Han digit at s+i: at the start a run of them; after a unit one digit,
 * or 零 for a gap (一百零五, 一千零十; not 一百零十, 二十零五). */
static int on_han(reading *r, const char *s, size_t n, size_t i,
                  const glyph *g, size_t *len)
{
    if (r->pend_kind)
        return STEP_REFUSE;
    if (r->fraction || (i == 0 && (g->flags & G_RING)))
        return STEP_STOP;
    r->form |= g->form;
    if (g->value == 0 && r->last) { /* no gap after 十 (二十零五) */
        if (r->zero || r->sec_unit == 1)
            return STEP_STOP;
        r->zero = 1;
        return STEP_OK;
    }
    if (g->flags & G_PAIR) {
        r->pend = dec_of(2), r->pend_kind = P_PAIR, r->pend_han = 1;
    } else if (i == 0) {
        digits t = {0};
        unsigned form = 0;
        *len = read_han(s, n, 0, &t, &form);
        r->form |= form | (t.ints > 1 ? CN_FORM_RUN : 0);
        digits_take(r, &t, t.ints > 1 ? P_RUN : P_SINGLE, 1);
    } else {
        r->pend = dec_of(g->value), r->pend_kind = P_SINGLE, r->pend_han = 1;
    }
    return STEP_OK;
}

/* 十 百 千: multiplies the digit before it (十 may stand alone at the
 * start, after 零 and after 百 or 千: 十五, 一千零十, 一百十五). */
static int on_unit(reading *r, size_t i, const glyph *g)
{
    int u = g->value;
    if (r->pend_kind == P_RUN)
        return STEP_REFUSE;
    if (!r->pend_kind) {
        int bare = u == 1 && (i == 0 || r->zero ||
                              (r->sec_unit > 1 && r->sec_unit < 4));
        if (!bare)
            return i == 0 ? STEP_REFUSE : STEP_STOP;
        r->pend = dec_of(1);
    } else if (dec_zero(r->pend) || (r->pend_kind == P_PAIR && u == 1)) {
        return STEP_STOP;
    }
    if (u >= r->sec_unit || (r->zero && u >= r->sec_unit - 1))
        return STEP_STOP; /* units go down; 零 stands for one left out */
    r->sec = dec_add(r->sec, dec_scale(r->pend, u));
    r->sec_unit = r->last = u;
    r->zero = 0;
    r->pend_kind = P_NONE;
    r->form |= g->form | CN_FORM_UNITS;
    return STEP_OK;
}

/* 万 亿: multiplies what is below it (亿 also the 万 group: 三万亿 =
 * 3·10^12); once each (万 once per 亿 group). */
static int on_myriad(reading *r, size_t i, const glyph *g)
{
    int k = g->value, whole = 1, compound = 0;
    if (r->pend_kind == P_RUN)
        return STEP_REFUSE;
    if (!r->pend_kind && r->sec_unit == 4 && (k == 4 || !r->wan_seen))
        return i == 0 ? STEP_REFUSE : STEP_STOP;
    dec group = r->pend_kind ? dec_add(r->sec, r->pend) : r->sec;
    if (k == 4) {
        if (r->wan_seen || dec_zero(group))
            return STEP_STOP;
        r->wan = dec_scale(group, 4);
        r->wan_seen = 1;
        whole = !r->yi_seen;
        r->last = 4;
    } else {
        dec below = dec_add(r->wan, group);
        if (r->yi_seen || dec_zero(below))
            return STEP_STOP;
        compound = r->after_myriad;
        r->above = dec_scale(below, 8);
        r->wan = dec_of(0);
        r->wan_seen = 0, r->yi_seen = 1;
        r->last = compound ? 12 : 8;
    }
    r->sec = dec_of(0);
    r->sec_unit = 4;
    r->zero = 0;
    r->pend_kind = P_NONE;
    r->form |= CN_FORM_MYRIADS;
    if (!whole)
        r->scale = 0;
    else if (compound && r->scale)
        r->scale += k;
    else
        r->scale = k, r->head = i;
    return STEP_OK;
}

/* 点 點 and Han fraction digits: after Han digits that count as they are
 * (not 两, not the lowered last digit of 一百一) or after 十 百 千. */
static int on_point(reading *r, const char *s, size_t n, size_t i,
                    const glyph *g, size_t *len)
{
    int ok;
    if (r->fraction)
        return STEP_STOP;
    if (r->pend_kind)
        ok = r->pend_han && r->pend_kind != P_PAIR &&
             (r->pend_kind == P_RUN || r->zero || r->last <= 1);
    else
        ok = r->sec_unit < 4 && !r->zero;
    digits t = {0};
    unsigned form = 0;
    size_t k = ok ? read_han(s + i + g->len, n - i - g->len, 1, &t, &form) : 0;
    if (!k)
        return STEP_STOP;
    dec whole = r->pend_kind ? r->pend : dec_of(0);
    int kind = r->pend_kind == P_RUN ? P_RUN : P_FRACTION;
    digits_take(r, &t, kind, 1);
    r->pend = dec_add(whole, r->pend);
    r->form |= form | CN_FORM_POINT;
    *len = g->len + k;
    return STEP_OK;
}

static int step(reading *r, const char *s, size_t n, size_t i, const glyph *g,
                size_t *len)
{
    switch (g->kind) {
    case G_DIGIT:
        return g->script == S_HAN ? on_han(r, s, n, i, g, len)
                                  : on_arabic(r, s, n, i, g, len);
    case G_UNIT: return on_unit(r, i, g);
    case G_MYRIAD: return on_myriad(r, i, g);
    case G_POINT:
        return g->flags & G_HANPOINT ? on_point(r, s, n, i, g, len) : STEP_STOP;
    default: return STEP_STOP;
    }
}

/* The number a reading stands for, into *out; end is its length. */
static void reading_finish(const reading *r, size_t end, cn_number *out)
{
    dec total = dec_add(dec_add(r->above, r->wan), r->sec);
    if (r->pend_kind) {
        int lowered = (r->pend_kind == P_SINGLE || r->pend_kind == P_PAIR) &&
                      !r->zero && r->last >= 2;
        total = dec_add(total, dec_scale(r->pend, lowered ? r->last - 1 : 0));
    }
    while (total.ok && total.f > 0 && total.v % 10 == 0)
        total.v /= 10, total.f--;
    out->exact = total.ok && total.f == 0 && !r->capped;
    out->integer = out->exact ? total.v : 0;
    out->value = total.ok ? (double)total.v / pow10_dbl[total.f] : total.d;
    out->capped = r->capped || out->value >= DBL_MAX;
    out->decimals = r->decimals;
    out->scale = r->scale;
    out->head = r->scale ? r->head : end;
    out->form = r->form;
}

/* True when g can neither start nor go on with a number: no numeral, a
 * separator, or a point that is not a Han one (step stops at each). */
static int ends_number(const glyph *g)
{
    return g->kind == G_NONE || g->kind == G_SEP ||
           (g->kind == G_POINT && !(g->flags & G_HANPOINT));
}

size_t cn_numeral_read(const char *s, size_t n, cn_number *out)
{
    memset(out, 0, sizeof *out);
    if (n == 0)
        return 0;
    glyph first = glyph_at(s, n);
    if (ends_number(&first))
        return 0; /* no number here, the common case: told before a reading is made */
    reading r = {.above = dec_of(0), .wan = dec_of(0), .sec = dec_of(0),
                 .pend = dec_of(0), .sec_unit = 4};
    reading best = r;
    size_t i = 0, end = 0;
    while (i < n) {
        glyph g = glyph_at(s + i, n - i);
        size_t len = g.len;
        int st = step(&r, s, n, i, &g, &len);
        if (st == STEP_REFUSE)
            return 0;
        if (st == STEP_STOP)
            break;
        i += len;
        r.after_myriad = g.kind == G_MYRIAD;
        if (g.kind != G_MYRIAD)
            r.scale = 0;
        if (!r.zero || r.pend_kind)
            best = r, end = i;
    }
    if (end)
        reading_finish(&best, end, out);
    return end;
}

size_t cn_numeral_span(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        glyph g = glyph_at(s + i, n - i);
        if (ends_number(&g))
            break;
        i += g.len;
    }
    return i;
}
