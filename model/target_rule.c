/* target_rule.c — picking a target's rule and judging an outcome against
 * it (see target_rule.h): the numbers read back from what extract wrote
 * (value "4.5-5" with its amount, change "+4.5-5%"), the tolerance in
 * points for a rate and as a share of the target for an amount. */
#include "target_rule.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *target_verdict_name(target_verdict v)
{
    static const char *const names[] = {"unknown", "met", "missed"};
    return (unsigned)v <= TARGET_MISSED ? names[v] : names[0];
}

/* Reads "a" or "a-b" (ASCII digits and a point) at s: the ends into *lo
 * and *hi, *end after it. Returns 0 when s holds no number. */
static int read_span(const char *s, double *lo, double *hi, const char **end)
{
    char *e;
    *lo = strtod(s, &e);
    if (e == s || *s == '-' || *s == '+')
        return 0;
    *hi = *lo;
    if (*e == '-' && e[1] >= '0' && e[1] <= '9') {
        char *e2;
        *hi = strtod(e + 1, &e2);
        e = e2;
    }
    *end = e;
    return 1;
}

/* The unit's family: the unit without a leading magnitude (万, 亿, 千, 百,
 * 十, 万亿), so 亿元 and 万元 are both 元. */
static void family_of(const char *unit, char *out, size_t size)
{
    static const char *const mags[] = {"万亿", "万", "亿", "千", "百", "十"};
    for (size_t i = 0; i < sizeof mags / sizeof mags[0]; i++) {
        size_t n = strlen(mags[i]);
        if (strncmp(unit, mags[i], n) == 0 && unit[n]) {
            unit += n;
            break;
        }
    }
    size_t n = strlen(unit);
    if (n >= size)
        n = size - 1;
    memcpy(out, unit, n);
    out[n] = '\0';
}

static int is_rate_family(const char *f)
{
    return strcmp(f, "%") == 0 || strcmp(f, "个百分点") == 0;
}

int target_number_of(const indicator *x, target_field f, target_number *out)
{
    memset(out, 0, sizeof *out);
    double lo, hi;
    const char *end;
    if (f == TF_AMOUNT) {
        if (!*x->value || isnan(x->amount) || !read_span(x->value, &lo, &hi, &end))
            return 0;
        double mult = lo != 0 ? x->amount / lo : 1;
        out->lo = x->amount;
        out->hi = hi * mult;
        family_of(x->unit, out->family, sizeof out->family);
    } else if (f == TF_CHANGE) {
        const char *c = x->change;
        int sign = *c == '-' ? -1 : 1;
        if (*c != '+' && *c != '-')
            return 0;
        if (!read_span(c + 1, &lo, &hi, &end))
            return 0;
        out->lo = sign * lo;
        out->hi = sign * hi;
        family_of(end, out->family, sizeof out->family);
    } else {
        return 0;
    }
    if (out->lo > out->hi) {
        double t = out->lo;
        out->lo = out->hi;
        out->hi = t;
    }
    out->field = f;
    out->rate = is_rate_family(out->family);
    return 1;
}

static int same_family(const target_number *a, const target_number *b)
{
    return strcmp(a->family, b->family) == 0;
}

int target_numbers(const indicator *t, const indicator *a, target_number *tn,
                   target_number *an)
{
    static const target_field pairs[][2] = {
        {TF_AMOUNT, TF_AMOUNT}, {TF_CHANGE, TF_CHANGE},
        {TF_AMOUNT, TF_CHANGE}, {TF_CHANGE, TF_AMOUNT}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        if (!target_number_of(t, pairs[i][0], tn) ||
            !target_number_of(a, pairs[i][1], an))
            continue;
        /* across fields only a rate: a value in % against a change in % */
        if (same_family(tn, an) && (i < 2 || strcmp(tn->family, "%") == 0))
            return 1;
    }
    memset(tn, 0, sizeof *tn);
    memset(an, 0, sizeof *an);
    return 0;
}

const target_rule *target_rule_of(const indicator *t)
{
    target_number n;
    if ((target_number_of(t, TF_AMOUNT, &n) || target_number_of(t, TF_CHANGE, &n)) &&
        n.lo != n.hi)
        return &target_rules[target_rule_range];
    for (const char *p = t->note; *p;) { /* the note's words in order */
        const char *e = strchr(p, ';');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        for (size_t r = 0; r < target_nrules; r++)
            if (*target_rules[r].word && strlen(target_rules[r].word) == k &&
                memcmp(target_rules[r].word, p, k) == 0)
                return &target_rules[r];
        p += k + (e != NULL);
    }
    return &target_rules[target_rule_default];
}

target_verdict target_judge(const target_rule *r, const indicator *t,
                            const indicator *a)
{
    target_number tn, an;
    if (!t || !a || !target_numbers(t, a, &tn, &an))
        return TARGET_UNKNOWN;
    if (!r)
        r = target_rule_of(t);
    double actual = (an.lo + an.hi) / 2, target = tn.lo;
    /* the tolerance, and a little more: amounts are products (1300 ×
     * 10^4), equal ones must not differ in their last bit */
    double tol = (tn.rate ? r->points : r->share * fabs(target)) +
                 1e-9 * (fabs(target) > 1 ? fabs(target) : 1);
    int falling = tn.field == TF_CHANGE && tn.hi < 0;
    int met;
    switch (r->cmp) {
    case TARGET_AT_LEAST:
        met = falling ? actual <= target + tol : actual >= target - tol;
        break;
    case TARGET_AT_MOST:
        met = falling ? actual >= target - tol : actual <= tn.hi + tol;
        break;
    case TARGET_ABOUT:
        met = fabs(actual - target) <= tol;
        break;
    default: /* TARGET_WITHIN */
        met = actual >= tn.lo - tol && actual <= tn.hi + tol;
        break;
    }
    return met ? TARGET_MET : TARGET_MISSED;
}

char *target_actual_text(const indicator *t, const indicator *a, const char *none,
                         char *buf, size_t len)
{
    target_number tn, an;
    if (a && *a->change && target_numbers(t, a, &tn, &an) && an.field == TF_CHANGE) {
        snprintf(buf, len, "%s", a->change);
        return buf;
    }
    return indicator_number_text(a, none, buf, len);
}
