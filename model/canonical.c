/* canonical.c — an indicator's name to its concept (see canonical.h). */
#include "canonical.h"

#include <string.h>

#include "fold.h"
#include "strs.h"
#include "utf8.h"

/* Words in front of a concept that only say where or over what time (the
 * whole region, the whole year, a running total), or the verb of the
 * statement a name was cut from with it (实现地区生产总值). */
static const char *const scopes[] = {
    "全市", "全区", "全县", "全省", "全州", "全镇", "全盟", "全旗", "全国",
    "全域", "全年", "本市", "本区", "本县", "本省", "我市", "我区", "我县",
    "我省", "我国", "累计", "实现", "完成", "达到",
};

/* Words behind a concept that make the name its growth or fall. */
static const struct {
    const char *word;
    int sign;
} rates[] = {
    {"年均增长率", 1}, {"年均增长", 1}, {"年均增速", 1}, {"年均增幅", 1},
    {"增长速度", 1},   {"增长率", 1},   {"增速", 1},     {"增幅", 1},
    {"增长", 1},       {"涨幅", 1},     {"上涨", 1},     {"下降率", -1},
    {"下降", -1},      {"降低", -1},    {"降幅", -1},
};

/* Words behind a concept that name the measure of it, not another thing. */
static const char *const measures[] = {
    "累计总额", "累计数量", "累计额", "累计数", "累计", "总额", "总量",
    "规模", "数量", "总数", "金额", "额", "数",
};

enum { NSCOPES = sizeof scopes / sizeof *scopes,
       NRATES = sizeof rates / sizeof *rates,
       NMEASURES = sizeof measures / sizeof *measures };

void indicator_name_key(const char *name, size_t n, sbuf *out)
{
    sbuf_reserve(out, n);
    out->p[out->len] = '\0';
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(name + i, n - i, &cp);
        if (!fold_is_space(cp))
            sbuf_addcp(out, fold_cp(cp));
    }
}

/* The concept keyed k[0..n) exactly, or -1 (binary search). */
static int exact(const char *k, size_t n)
{
    size_t lo = 0, hi = canon_data.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *e = canon_data.entries[mid].key;
        size_t en = strlen(e);
        int c = memcmp(k, e, n < en ? n : en);
        if (!c)
            c = (n > en) - (n < en);
        if (!c)
            return canon_data.entries[mid].concept;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* k[0..n) exactly, or with one measure word off its end. */
static int measured(const char *k, size_t n)
{
    int c = exact(k, n);
    for (size_t i = 0; c < 0 && i < NMEASURES; i++)
        if (n > strlen(measures[i]) && strs_ends(k, n, measures[i]))
            c = exact(k, n - strlen(measures[i]));
    return c;
}

/* measured, or a rate word off the end first (*rate its sign). */
static int rated(const char *k, size_t n, int *rate)
{
    *rate = 0;
    int c = measured(k, n);
    for (size_t i = 0; c < 0 && i < NRATES; i++)
        if (n > strlen(rates[i].word) && strs_ends(k, n, rates[i].word)) {
            c = measured(k, n - strlen(rates[i].word));
            *rate = c >= 0 ? rates[i].sign : 0;
        }
    return c;
}

/* Bytes of the scope word k[0..n) starts with, or 0. */
static size_t scope_at(const char *k, size_t n)
{
    for (size_t i = 0; i < NSCOPES; i++)
        if (n > strlen(scopes[i]) && strs_starts(k, n, scopes[i]))
            return strlen(scopes[i]);
    return 0;
}

int indicator_canonical_match(const char *name, canon_match *m)
{
    sbuf key = {0};
    indicator_name_key(name, strlen(name), &key);
    const char *k = key.p;
    size_t n = key.len, skip;
    int c = rated(k, n, &m->rate);
    while (c < 0 && (skip = scope_at(k, n))) {
        k += skip;
        n -= skip;
        c = rated(k, n, &m->rate);
    }
    sbuf_free(&key);
    m->canonical = c >= 0 ? canon_data.concepts[c] : NULL;
    return c >= 0;
}

const char *indicator_canonical(const char *name)
{
    canon_match m;
    indicator_canonical_match(name, &m);
    return m.canonical;
}

void indicators_canonicalize(doc *d)
{
    for (size_t i = 0; i < d->nindicators; i++) {
        indicator *x = &d->indicators[i];
        const char *c = x->name ? indicator_canonical(x->name) : NULL;
        x->canonical = c ? c : x->name ? x->name : "";
    }
}
