/* indicator_agree.c — statements in the form compared and the agreement
 * of a group's reports (see indicator_agree.h and indicators.h). */
#include "indicator_agree.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "canonical.h"
#include "sbuf.h"

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

/* The number at s (digits, ',' between digits, one '.' before a digit)
 * appended to b written one way: no separators, no leading zeros, no
 * trailing zeros after the point (1,277.930 → 1277.93, 5.0 → 5). Returns
 * the end of the number. */
static const char *add_number(sbuf *b, const char *s)
{
    size_t at = b->len;
    for (; (*s >= '0' && *s <= '9') || (*s == ',' && s[1] >= '0' && s[1] <= '9'); s++)
        if (*s != ',')
            sbuf_addc(b, *s);
    size_t z = at;
    while (z + 1 < b->len && b->p[z] == '0')
        z++;
    memmove(b->p + at, b->p + z, b->len - z + 1);
    b->len -= z - at;
    if (*s == '.' && s[1] >= '0' && s[1] <= '9') {
        size_t point = b->len;
        for (sbuf_addc(b, *s++); *s >= '0' && *s <= '9'; s++)
            sbuf_addc(b, *s);
        while (b->len > point + 1 && b->p[b->len - 1] == '0')
            b->len--;
        b->len -= b->len == point + 1;
        b->p[b->len] = '\0';
    }
    return s;
}

/* s folded (indicator_name_key) with its numbers written one way
 * (add_number), appended to b: the form statements are compared in. */
static void add_said(sbuf *b, const char *s)
{
    sbuf f = {0};
    indicator_name_key(s, strlen(s), &f);
    for (const char *p = f.p; *p;)
        if (*p >= '0' && *p <= '9')
            p = add_number(b, p);
        else
            sbuf_addc(b, *p++);
    sbuf_free(&f);
}

/* Whether x's value is the change of a rate name (see indicators.h):
 * the unit first, the name looked up only then. */
static int rate_of(const indicator *x, const char *unit_key, int *rate)
{
    canon_match m;
    if (strcmp(unit_key, "%") != 0 && strcmp(unit_key, "个百分点") != 0)
        return 0;
    if (!x->name || !indicator_canonical_match(x->name, &m) || !m.rate)
        return 0;
    *rate = m.rate;
    return 1;
}

void indicator_state(const indicator *x, const char *unit_key, arena *a,
                     indicator_statement *st)
{
    int value = x->value && *x->value, change = x->change && *x->change, rate;
    sbuf v = {0}, c = {0};
    if (value && !change && rate_of(x, unit_key, &rate)) {
        if (*x->value != '-' && *x->value != '+')
            sbuf_addc(&c, rate < 0 ? '-' : '+');
        add_said(&c, x->value);
        sbuf_adds(&c, unit_key);
        value = 0;
        change = 1;
    } else if (change) {
        add_said(&c, x->change);
    }
    if (value) {
        add_said(&v, x->value);
        sbuf_addc(&v, '\x1f');
        sbuf_adds(&v, unit_key);
    }
    st->said[0] = value ? arena_strndup(a, v.p, v.len) : NULL;
    st->said[1] = change ? arena_strndup(a, c.p, c.len) : NULL;
    sbuf_free(&v);
    sbuf_free(&c);
}

/* One report's statement of one field. */
typedef struct said {
    const char *key;
    size_t doc;
} said;

static int by_doc_key(const void *a, const void *b)
{
    const said *x = a, *y = b;
    return x->doc != y->doc ? CMP(x->doc, y->doc) : strcmp(x->key, y->key);
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const said *)a)->key, ((const said *)b)->key);
}

/* The end of the run of s[i..n) from s[i]'s report. */
static size_t report_run(const said *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && s[j].doc == s[i].doc)
        j++;
    return j;
}

/* True when the sorted keys of x[0..nx) and y[0..ny) share one. */
static int meet(const said *x, size_t nx, const said *y, size_t ny)
{
    for (size_t i = 0, j = 0; i < nx && j < ny;) {
        int c = strcmp(x[i].key, y[j].key);
        if (!c)
            return 1;
        i += c < 0;
        j += c > 0;
    }
    return 0;
}

/* s[0..n) sorted by report, then key, without repeats, from two reports or
 * more: -1 when two share no key, 1 when they all do. Each report saying
 * one thing (the common case) is a sort; otherwise report by report. */
static int reports_agree(said *s, size_t n)
{
    int single = 1;
    for (size_t i = 1; i < n; i++)
        single &= s[i].doc != s[i - 1].doc;
    if (single) {
        qsort(s, n, sizeof *s, by_key);
        return strcmp(s[0].key, s[n - 1].key) == 0 ? 1 : -1;
    }
    for (size_t a = 0, a1; a < n; a = a1) {
        a1 = report_run(s, a, n);
        for (size_t b = a1, b1; b < n; b = b1) {
            b1 = report_run(s, b, n);
            if (!meet(s + a, a1 - a, s + b, b1 - b))
                return -1;
        }
    }
    return 1;
}

/* Field f (0 value, 1 change) among st[0..n): -1 two reports stating it
 * conflict, 1 they agree, 0 fewer than two state it. */
static int field_agreement(const indicator_statement *st, size_t n, int f)
{
    said *s = xcalloc(n ? n : 1, sizeof *s);
    size_t m = 0, reports = 0;
    for (size_t i = 0; i < n; i++)
        if (st[i].said[f])
            s[m++] = (said){st[i].said[f], st[i].doc};
    if (m)
        qsort(s, m, sizeof *s, by_doc_key);
    size_t w = 0;
    for (size_t i = 0; i < m; i++)
        if (!w || by_doc_key(&s[w - 1], &s[i]) != 0) {
            reports += !w || s[w - 1].doc != s[i].doc;
            s[w++] = s[i];
        }
    int v = reports >= 2 ? reports_agree(s, w) : 0;
    free(s);
    return v;
}

indicator_agreement indicator_agreement_of(const indicator_statement *s,
                                           size_t n)
{
    int v = field_agreement(s, n, 0);
    int c = field_agreement(s, n, 1);
    return v < 0 || c < 0 ? IND_CONFLICT : v > 0 || c > 0 ? IND_AGREE : IND_ALONE;
}

const char *indicator_agreement_name(indicator_agreement a)
{
    return a == IND_AGREE ? "agree" : a == IND_CONFLICT ? "conflict" : "";
}
