/* meta_region.c — the region a report is of (广州市荔湾区): the
 * administrative units (省市区县) its title page names before a telling
 * context (a congress session, a government, a plan), else the one its
 * text keeps naming (see meta_impl.h). */
#include "meta_impl.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "fold.h"
#include "han.h"
#include "strs.h"
#include "utf8.h"

enum {
    FALLBACK_BYTES = 1 << 15,/* region by frequency: this much text */
    REGION_TRIES = 12,       /* region candidates counted by frequency */
    MAX_CANDIDATES = 64,
    REGION_MAX = 96          /* bytes of a region name */
};

/* The code point before f+pos (pos > 0); *len gets its byte length. */
static uint32_t cp_before(const char *f, size_t pos, size_t *len)
{
    uint32_t cp;
    *len = utf8_prev_len(f, pos);
    utf8_decode(f + pos - *len, *len, &cp);
    return cp;
}

static int cp_in(uint32_t cp, const char *set)
{
    char buf[5];
    buf[utf8_encode(cp, buf)] = '\0';
    return cp > 0x7F && strstr(set, buf) != NULL;
}

static const char ADMIN[] = "省市区县";
/* Characters that end a place name when walking back from its suffix:
 * prepositions and verbs before it (在广州市, 经荔湾区), and the pronouns
 * of 我区 / 全区 / 本市. */
static const char STOPPERS[] =
    "在于经由对和与及的是为发表向从到至给我全本各该此其等将把被以之年月日届";

/* The start of the one administrative unit (name + 省市区县) that ends at
 * f+end, or end when there is none. A name is what lies between the
 * suffix and a stop (not Han, another suffix, a stopper, the start): 2 to
 * 4 characters; when nothing stops it within 4, it is the nearest 2. */
static size_t unit_before(const char *f, size_t end)
{
    size_t len;
    if (!end || !cp_in(cp_before(f, end, &len), ADMIN))
        return end;
    size_t pos = end - len, at[6];
    if (pos >= 6 && memcmp(f + pos - 6, "自治", 6) == 0)
        pos -= 6;
    size_t walked = 0;
    int stopped = 0;
    at[0] = pos;
    while (!stopped && walked < 5) {
        uint32_t cp = pos ? cp_before(f, pos, &len) : 0;
        if (!pos || !han_is(cp) || cp_in(cp, ADMIN) || cp_in(cp, STOPPERS))
            stopped = 1;
        else
            at[++walked] = pos -= len;
    }
    size_t keep = stopped && walked <= 4 ? walked : 2;
    return keep >= 2 && walked >= 2 ? at[keep] : end;
}

/* The start of the run of units (广东省广州市荔湾区, at most three) that
 * ends at f+end, or end. */
static size_t region_before(const char *f, size_t end)
{
    size_t start = end;
    for (int units = 0; units < 3; units++) {
        size_t p = unit_before(f, start);
        if (p == start)
            break;
        start = p;
    }
    return start;
}

typedef struct candidate {
    char name[REGION_MAX];
    size_t len;
    long score;
} candidate;

typedef struct candidates {
    candidate v[MAX_CANDIDATES];
    size_t n;
} candidates;

static void candidate_add(candidates *c, const char *s, size_t n, long score)
{
    if (n >= REGION_MAX)
        return;
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].len == n && memcmp(c->v[i].name, s, n) == 0) {
            c->v[i].score += score;
            return;
        }
    if (c->n == MAX_CANDIDATES)
        return;
    memcpy(c->v[c->n].name, s, n);
    c->v[c->n].len = n;
    c->v[c->n++].score = score;
}

static int ends_with(const candidate *a, const candidate *b)
{
    return a->len >= b->len &&
           memcmp(a->name + a->len - b->len, b->name, b->len) == 0;
}

/* The best candidate: most points, counting those of every candidate one
 * ends with the other (荔湾区 and 广州市荔湾区 are one region). NULL when
 * there are none. */
static const candidate *candidate_best(const candidates *c)
{
    const candidate *best = NULL;
    long best_score = 0;
    for (size_t i = 0; i < c->n; i++) {
        long s = 0;
        for (size_t j = 0; j < c->n; j++)
            if (ends_with(&c->v[i], &c->v[j]) || ends_with(&c->v[j], &c->v[i]))
                s += c->v[j].score;
        if (s > best_score || (s == best_score && best && c->v[i].len > best->len)) {
            best = &c->v[i];
            best_score = s;
        }
    }
    return best;
}

/* How many administrative units a candidate's name holds. */
static int units_of(const candidate *c)
{
    int k = 0;
    for (size_t end = c->len, p; (p = unit_before(c->name, end)) < end; end = p)
        k++;
    return k;
}

/* The fullest name of the region best stands for: of the candidates that
 * end with it, the one with most units (广州市荔湾区 over 荔湾区), then
 * most points, then the shortest (制定荔湾区 is 荔湾区 misread). */
static const candidate *candidate_fullest(const candidates *c,
                                          const candidate *best)
{
    const candidate *full = best;
    int full_units = units_of(best);
    for (size_t i = 0; i < c->n; i++) {
        const candidate *x = &c->v[i];
        int u = units_of(x);
        if (!ends_with(x, best) || u < full_units)
            continue;
        if (u > full_units || x->score > full->score ||
            (x->score == full->score && x->len < full->len)) {
            full = x;
            full_units = u;
        }
    }
    return full;
}

/* Points for what follows a place name at f+i: the name of a people's
 * congress session (第十七届), a government, a plan or a report (海珠区
 * 2023年政府工作报告). */
static long context_weight(const char *f, size_t n, size_t i)
{
    if (i < n && f[i] == '\n')
        i++;
    const char *s = f + i;
    size_t m = n - i;
    if (strs_starts(s, m, "第") && strs_has(s, m < 24 ? m : 24, "届"))
        return 4;
    if (strs_starts(s, m, "人民代表大会"))
        return 4;
    if (strs_starts(s, m, "人民政府") || strs_starts(s, m, "国民经济和社会发展"))
        return 3;
    if (strs_starts(s, m, "政府工作报告"))
        return 2;
    if (meta_year_at(s, m, 0) && strs_starts(s + 4, m - 4, "年")) {
        size_t w = meta_year_window(s, m, 7);
        return meta_kind_named(s + 7, w - 7) != DOC_KIND_OTHER ? 2 : 0;
    }
    return 0;
}

/* Names followed by a telling context in the folded head text. */
static void regions_named(candidates *c, const char *f, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        if (!meta_in_set3(f + i, ADMIN))
            continue;
        long w = context_weight(f, n, i + 3);
        size_t start = w ? region_before(f, i + 3) : i + 3;
        if (start < i + 3)
            candidate_add(c, f + start, i + 3 - start, w);
    }
}

static size_t count_in(const char *f, size_t n, const char *s, size_t k)
{
    size_t c = 0;
    for (const char *p = f; (p = memmem(p, (size_t)(f + n - p), s, k)); p += k)
        c++;
    return c;
}

static int by_score_desc(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    return (y->score > x->score) - (y->score < x->score);
}

/* Without a telling context: every 荔湾区 / 广州市荔湾区 of the text
 * scores by how often its innermost name (荔湾) occurs without its suffix
 * too (荔湾粤港澳…), which the 区 of 大湾区 or 试验区 never does. */
static void regions_by_frequency(candidates *c, const char *f, size_t n)
{
    candidates seen = {0};
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(f + i, "区", 3) == 0 || memcmp(f + i, "县", 3) == 0) {
            size_t start = region_before(f, i + 3);
            if (start < i + 3)
                candidate_add(&seen, f + start, i + 3 - start, 1);
        }
    /* The most named first; past REGION_TRIES the rest are not the
     * report's own region, and each try counts over the whole text. */
    qsort(seen.v, seen.n, sizeof seen.v[0], by_score_desc);
    for (size_t i = 0; i < seen.n && i < REGION_TRIES; i++) {
        const candidate *s = &seen.v[i];
        size_t inner = unit_before(s->name, s->len);
        size_t base = s->len - inner - 3;
        size_t all = count_in(f, n, s->name + inner, base);
        size_t with = count_in(f, n, s->name + inner, base + 3);
        if (all >= with + 2)
            candidate_add(c, s->name, s->len, (long)all);
    }
    /* Fuller forms named less often (广州市荔湾区 once, 荔湾区 often) stay
     * in the running for candidate_fullest, without a count of their own. */
    for (size_t i = REGION_TRIES; i < seen.n; i++)
        for (size_t k = 0; k < c->n; k++)
            if (ends_with(&seen.v[i], &c->v[k]) && seen.v[i].len > c->v[k].len) {
                candidate_add(c, seen.v[i].name, seen.v[i].len, 0);
                break;
            }
}

const char *meta_region_find(doc *d, const meta_view *v)
{
    candidates c = {0};
    regions_named(&c, v->head.p, v->head.len);
    if (!c.n) {
        sbuf all = {0};
        size_t n = d->clean.len < FALLBACK_BYTES ? d->clean.len : FALLBACK_BYTES;
        fold_compact(d->clean.bytes, n, &all);
        regions_by_frequency(&c, all.p, all.len);
        sbuf_free(&all);
    }
    const candidate *best = candidate_best(&c);
    if (!best)
        return "";
    best = candidate_fullest(&c, best);
    return arena_strndup(&d->mem, best->name, best->len);
}
