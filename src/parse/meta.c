/* meta.c — a report's metadata from its text: title, region, kind, years,
 * script (see meta.h). Keywords are matched on a folded copy of the text
 * (traditional → simplified, full-width → half-width, spaces dropped), so
 * a traditional report reads like a simplified one. */
#include "meta.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "han.h"
#include "sbuf.h"
#include "unitab.h"
#include "utf8.h"

enum {
    HEAD_BLOCKS = 24,        /* the title page: title, region, date */
    TAIL_BLOCKS = 12,        /* a closing signature and date */
    HEADING_LINES = 64,      /* 一、 lines read for the years */
    HEAD_BLOCK_BYTES = 384,  /* read of each head or tail block */
    TITLE_MIN_CPS = 4,
    TITLE_MAX_CPS = 80,
    TITLE_MAX_BYTES = 4 * TITLE_MAX_CPS,
    YEAR_WINDOW_CPS = 20,    /* how far after 2023年 a keyword may be */
    FALLBACK_BYTES = 1 << 15,/* region by frequency: this much text */
    SCRIPT_BYTES = 1 << 14,  /* the script shows in this much text */
    REGION_TRIES = 12,       /* region candidates counted by frequency */
    MAX_CANDIDATES = 64,
    REGION_MAX = 96          /* bytes of a region name */
};

/* ---- folding and small text tests ---- */

static int has(const char *f, size_t n, const char *lit)
{
    return memmem(f, n, lit, strlen(lit)) != NULL;
}

static int starts(const char *f, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && memcmp(f, lit, k) == 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static const char NUMERALS[] = "一二三四五六七八九十";

/* True when the three bytes at s are one of the (three-byte) characters
 * of set. */
static int in_set3(const char *s, const char *set)
{
    for (; *set; set += 3)
        if (memcmp(s, set, 3) == 0)
            return 1;
    return 0;
}

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

/* A year 1949–2100 written as four digits at f[i..i+4) and not part of a
 * longer number; 0 otherwise. */
static int year_at(const char *f, size_t n, size_t i)
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

/* What follows a year: up to YEAR_WINDOW_CPS characters, the end of the
 * line or the next year. */
static size_t year_window(const char *f, size_t n, size_t i)
{
    size_t cps = 0, k = i;
    while (k < n && f[k] != '\n' && !year_at(f, n, k)) {
        if (((unsigned char)f[k] & 0xC0) != 0x80 && cps++ == YEAR_WINDOW_CPS)
            break;
        k++;
    }
    return k;
}

/* s[0..n) folded into scratch (cleared first; its p is never NULL
 * after, its len is the folded length). */
static void fold_into(sbuf *scratch, const char *s, size_t n)
{
    scratch->len = 0;
    fold_compact(s, n, scratch);
    sbuf_addc(scratch, '\0');
    scratch->len--;
}

/* ---- the folded views of a document ---- */

typedef struct view {
    const doc *d;
    const block *first[HEAD_BLOCKS]; /* the first text blocks */
    size_t nfirst;
    sbuf head;     /* those blocks folded, one line each */
    sbuf tail;     /* the last TAIL_BLOCKS blocks */
    sbuf headings; /* top-level headings (一、…), one line each */
} view;

static int is_text_block(const block *b)
{
    return b->kind != BLOCK_TABLE && b->kind != BLOCK_TOC;
}

static const char *block_text(const doc *d, const block *b, size_t *n)
{
    *n = b->end - b->start;
    return d->clean.bytes + b->start;
}

/* Appends the start of a block folded, and a newline. */
static void add_block(sbuf *b, const doc *d, const block *blk)
{
    size_t n;
    const char *s = block_text(d, blk, &n);
    fold_compact(s, n < HEAD_BLOCK_BYTES ? n : HEAD_BLOCK_BYTES, b);
    sbuf_addc(b, '\n');
}

/* Length of a top-level marker (一、 … 二十、) at the start of s, or 0. */
static size_t top_marker(const char *s, size_t n)
{
    size_t i = 0;
    while (i + 3 <= n && i < 9 && in_set3(s + i, NUMERALS))
        i += 3;
    return i && starts(s + i, n - i, "、") ? i + 3 : 0;
}

static void view_headings(view *v)
{
    const doc *d = v->d;
    size_t found = 0;
    for (size_t i = 0; i < d->nblocks && found < HEADING_LINES; i++) {
        size_t n;
        const char *s = block_text(d, &d->blocks[i], &n);
        if (is_text_block(&d->blocks[i]) && top_marker(s, n)) {
            add_block(&v->headings, d, &d->blocks[i]);
            found++;
        }
    }
    for (size_t i = 0; i < d->nsections && i < HEADING_LINES; i++) {
        if (d->sections[i].level != 1 || !d->sections[i].title)
            continue;
        fold_compact(d->sections[i].title, strlen(d->sections[i].title), &v->headings);
        sbuf_addc(&v->headings, '\n');
    }
}

static void view_init(view *v, const doc *d)
{
    memset(v, 0, sizeof *v);
    v->d = d;
    for (size_t i = 0; i < d->nblocks && v->nfirst < HEAD_BLOCKS; i++)
        if (is_text_block(&d->blocks[i])) {
            v->first[v->nfirst++] = &d->blocks[i];
            add_block(&v->head, d, &d->blocks[i]);
        }
    size_t from = d->nblocks > TAIL_BLOCKS ? d->nblocks - TAIL_BLOCKS : 0;
    for (size_t i = from; i < d->nblocks; i++)
        if (is_text_block(&d->blocks[i]))
            add_block(&v->tail, d, &d->blocks[i]);
    view_headings(v);
    sbuf_addc(&v->head, '\0');
    sbuf_addc(&v->tail, '\0');
    sbuf_addc(&v->headings, '\0');
    v->head.len--, v->tail.len--, v->headings.len--;
}

static void view_free(view *v)
{
    sbuf_free(&v->head);
    sbuf_free(&v->tail);
    sbuf_free(&v->headings);
}

/* ---- kind ---- */

typedef struct kind_rule {
    doc_kind kind;
    const char *keyword;
} kind_rule;

/* In order of precedence: a title naming two kinds is the first. */
static const kind_rule kind_rules[] = {
    {DOC_KIND_STATISTICAL_COMMUNIQUE, "统计公报"},
    {DOC_KIND_BUDGET, "预算执行"},
    {DOC_KIND_BUDGET, "预算草案"},
    {DOC_KIND_BUDGET, "预算的报告"},
    {DOC_KIND_BUDGET, "决算"},
    {DOC_KIND_FIVE_YEAR_PLAN, "五年规划"},
    {DOC_KIND_FIVE_YEAR_PLAN, "规划纲要"},
    {DOC_KIND_FIVE_YEAR_PLAN, "远景目标纲要"},
    {DOC_KIND_PLAN_EXECUTION, "计划执行情况"},
    {DOC_KIND_PLAN_EXECUTION, "计划安排"},
    {DOC_KIND_PLAN_EXECUTION, "计划草案"},
    {DOC_KIND_PLAN_EXECUTION, "计划的报告"},
    {DOC_KIND_WORK_REPORT, "政府工作报告"},
};
enum { NKIND_RULES = sizeof kind_rules / sizeof kind_rules[0] };

/* The kind the folded text names first by precedence, or
 * DOC_KIND_OTHER. */
static doc_kind kind_named(const char *f, size_t n)
{
    for (size_t i = 0; i < NKIND_RULES; i++)
        if (has(f, n, kind_rules[i].keyword))
            return kind_rules[i].kind;
    return DOC_KIND_OTHER;
}

/* The kind whose keyword occurs earliest in the folded text, or
 * DOC_KIND_OTHER. */
static doc_kind kind_earliest(const char *f, size_t n)
{
    doc_kind best = DOC_KIND_OTHER;
    const char *at = f + n;
    for (size_t i = 0; i < NKIND_RULES; i++) {
        const char *k = kind_rules[i].keyword;
        const char *p = memmem(f, (size_t)(at - f), k, strlen(k));
        if (p && p < at) {
            at = p;
            best = kind_rules[i].kind;
        }
    }
    return best;
}

/* True when s[0..n), folded into scratch, names a kind. */
static int names_kind(sbuf *scratch, const char *s, size_t n)
{
    fold_into(scratch, s, n);
    return kind_named(scratch->p, scratch->len) != DOC_KIND_OTHER;
}

/* ---- title ---- */

/* A line that reads like the report's own title: short, no sentence, a
 * kind keyword, and not the notice that issues it or the delivery line. */
static int title_like(const char *f, size_t n)
{
    size_t cps = utf8_count(f, n);
    if (cps < TITLE_MIN_CPS || cps > TITLE_MAX_CPS || has(f, n, "。") ||
        has(f, n, ",") || has(f, n, ":") || has(f, n, "关于印发") ||
        has(f, n, "通知") || starts(f, n, "——") || starts(f, n, "《") ||
        top_marker(f, n))
        return 0;
    return kind_named(f, n) != DOC_KIND_OTHER;
}

/* Copy of s[0..n) trimmed, without the stray spaces of a PDF conversion
 * (a space stays only between two ASCII letters or digits). */
static const char *tidy(arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int ascii_left = k && (unsigned char)out[k - 1] < 0x80 && out[k - 1] != ' ';
        int ascii_right = i + 1 < n && (unsigned char)s[i + 1] < 0x80 && s[i + 1] != ' ';
        if ((c == ' ' || c == '\t') && !(ascii_left && ascii_right))
            continue;
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return out;
}

/* A title line among the first blocks. */
static int title_from_lines(doc *d, const view *v, sbuf *scratch, const char **out)
{
    for (size_t i = 0; i < v->nfirst; i++) {
        size_t n;
        const char *s = block_text(d, v->first[i], &n);
        if (n > TITLE_MAX_BYTES)
            continue;
        fold_into(scratch, s, n);
        if (title_like(scratch->p, scratch->len)) {
            *out = tidy(&d->mem, s, n);
            return 1;
        }
    }
    return 0;
}

/* A title quoted as 《…》 in s[0..n) (the notice that issues a plan). */
static int title_quoted(doc *d, sbuf *scratch, const char *s, size_t n,
                        const char **out)
{
    const char *end = s + n;
    for (const char *p = s; (p = memmem(p, (size_t)(end - p), "《", 3));) {
        p += 3;
        const char *q = memmem(p, (size_t)(end - p), "》", 3);
        if (!q)
            return 0;
        size_t k = (size_t)(q - p);
        if (k <= TITLE_MAX_BYTES && utf8_count(p, k) <= TITLE_MAX_CPS &&
            names_kind(scratch, p, k)) {
            *out = tidy(&d->mem, p, k);
            return 1;
        }
        p = q;
    }
    return 0;
}

static int title_from_quotes(doc *d, const view *v, sbuf *scratch, const char **out)
{
    for (size_t i = 0; i < v->nfirst; i++) {
        size_t n;
        const char *s = block_text(d, v->first[i], &n);
        if (title_quoted(d, scratch, s, n, out))
            return 1;
    }
    return 0;
}

/* The text of a top-level heading after its marker, up to 。；;, when it
 * names a kind (一、2023年国民经济和社会发展计划执行情况). */
static int title_from_headings(doc *d, sbuf *scratch, const char **out)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        size_t n, k = 0;
        const char *s = block_text(d, &d->blocks[i], &n);
        size_t m = top_marker(s, n);
        if (!m || !is_text_block(&d->blocks[i]))
            continue;
        s += m, n -= m;
        while (k < n && k <= TITLE_MAX_BYTES && !starts(s + k, n - k, "。") &&
               !starts(s + k, n - k, "；") && s[k] != ';')
            k++;
        if (utf8_count(s, k) <= TITLE_MAX_CPS && names_kind(scratch, s, k)) {
            *out = tidy(&d->mem, s, k);
            return 1;
        }
    }
    return 0;
}

/* The report's own title: a title line, else a title the first blocks
 * quote, else a top-level heading naming the kind; "" if none. */
static const char *find_title(doc *d, const view *v)
{
    sbuf scratch = {0};
    const char *t = "";
    if (!title_from_lines(d, v, &scratch, &t) &&
        !title_from_quotes(d, v, &scratch, &t))
        title_from_headings(d, &scratch, &t);
    sbuf_free(&scratch);
    return t;
}

/* ---- region ---- */

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
    if (starts(s, m, "第") && has(s, m < 24 ? m : 24, "届"))
        return 4;
    if (starts(s, m, "人民代表大会"))
        return 4;
    if (starts(s, m, "人民政府") || starts(s, m, "国民经济和社会发展"))
        return 3;
    if (starts(s, m, "政府工作报告"))
        return 2;
    if (year_at(s, m, 0) && starts(s + 4, m - 4, "年")) {
        size_t w = year_window(s, m, 7);
        return kind_named(s + 7, w - 7) != DOC_KIND_OTHER ? 2 : 0;
    }
    return 0;
}

/* Names followed by a telling context in the folded head text. */
static void regions_named(candidates *c, const char *f, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        if (!in_set3(f + i, ADMIN))
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

static const char *find_region(doc *d, const view *v)
{
    candidates c = {0};
    regions_named(&c, v->head.p, v->head.len);
    if (!c.n) {
        sbuf all = {0};
        size_t n = d->clean.len < FALLBACK_BYTES ? d->clean.len : FALLBACK_BYTES;
        fold_compact(d->clean.bytes, n, &all);
        regions_by_frequency(&c, all.p ? all.p : "", all.len);
        sbuf_free(&all);
    }
    const candidate *best = candidate_best(&c);
    if (!best)
        return "";
    best = candidate_fullest(&c, best);
    return arena_strndup(&d->mem, best->name, best->len);
}

/* ---- years ---- */

/* The digit 一–九 (1–9) at s (three bytes), or 0. */
static int digit_at(const char *s)
{
    for (int k = 0; k < 9; k++)
        if (memcmp(s, NUMERALS + 3 * k, 3) == 0)
            return k + 1;
    return 0;
}

/* The value of Chinese numerals s[0..n) (三, 十四, 二十一), or 0. */
static int numeral_value(const char *s, size_t n)
{
    int v = 0, cur = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        if (digit_at(s + i))
            cur = digit_at(s + i);
        else if (memcmp(s + i, "十", 3) == 0)
            v += (cur ? cur : 1) * 10, cur = 0;
        else
            return 0;
    }
    return v + cur;
}

static int span_start(int plan)
{
    if (plan <= 2)
        return plan == 1 ? 1953 : 1958;
    return 1966 + 5 * (plan - 3);
}

/* The number of the five-year plan the folded text names: 第十四个五年
 * or “十四五”; the highest one named, or 0. */
static int five_year_number(const char *f, size_t n)
{
    int best = 0;
    for (size_t i = 0; i + 3 <= n; i++) {
        if (memcmp(f + i, "五", 3) != 0)
            continue;
        size_t j = i, tail = i + 3;
        if (j >= 3 && memcmp(f + j - 3, "个", 3) == 0 && starts(f + tail, n - tail, "年"))
            j -= 3;
        else if (!(starts(f + tail, n - tail, "”") || starts(f + tail, n - tail, "\"") ||
                   starts(f + tail, n - tail, "规划") || starts(f + tail, n - tail, "时期")))
            continue;
        size_t k = j;
        while (k >= 3 && j - k < 9 && in_set3(f + k - 3, NUMERALS))
            k -= 3;
        int v = numeral_value(f + k, j - k);
        best = v > best && v <= 30 ? v : best;
    }
    return best;
}

/* End of digits (one or two) followed by unit at f+i, or 0. */
static size_t digits_then(const char *f, size_t n, size_t i, const char *unit)
{
    size_t k = i;
    while (k < n && k - i < 2 && is_digit(f[k]))
        k++;
    if (k == i || !starts(f + k, n - k, unit))
        return 0;
    return k + strlen(unit);
}

/* End of a date 2024年2月27日 at f+i, or 0. */
static size_t date_end(const char *f, size_t n, size_t i)
{
    if (!year_at(f, n, i) || !starts(f + i + 4, n - i - 4, "年"))
        return 0;
    size_t k = digits_then(f, n, i + 7, "月");
    return k ? digits_then(f, n, k, "日") : 0;
}

static int line_starts_at(const char *f, size_t i)
{
    if (i >= 6 && memcmp(f + i - 6, "——", 6) == 0)
        i -= 6;
    return i == 0 || f[i - 1] == '\n';
}

/* The year of the folded text's delivery line (——2024年2月27日在…会议上),
 * else of a date alone on its line (a signature); 0 if none. */
static int date_year(const char *f, size_t n)
{
    int alone = 0;
    for (size_t i = 0; i + 4 <= n; i++) {
        size_t e = date_end(f, n, i);
        if (!e || !line_starts_at(f, i))
            continue;
        if (starts(f + e, n - e, "在"))
            return year_at(f, n, i);
        if (!alone && (e == n || f[e] == '\n'))
            alone = year_at(f, n, i);
    }
    return alone;
}

static const char *const REVIEW_WORDS[] = {"回顾", "执行情况", "完成情况",
                                           "总结", "工作情况", NULL};
static const char *const PLAN_WORDS[] = {"安排", "草案", "工作任务", "主要任务",
                                         "目标任务", "建议", "预期目标", NULL};

static int any_of(const char *s, size_t n, const char *const *words)
{
    for (; *words; words++)
        if (has(s, n, *words))
            return 1;
    return 0;
}

static void set_span(int *from, int *to, int a, int b)
{
    if (!*from) {
        *from = a;
        *to = b;
    }
}

/* 一、2023年工作回顾 reviews 2023; 二、2024年工作安排 plans 2024; so do
 * 2023年…计划执行情况 and 2024年…计划草案 in a title. */
static void years_from_lines(const char *f, size_t n, doc_meta *m)
{
    for (size_t i = 0; i + 7 <= n; i++) {
        int y = year_at(f, n, i);
        if (!y || !starts(f + i + 4, n - i - 4, "年"))
            continue;
        size_t w = year_window(f, n, i + 7);
        if (any_of(f + i + 7, w - i - 7, REVIEW_WORDS))
            set_span(&m->reviews_from, &m->reviews_to, y, y);
        else if (any_of(f + i + 7, w - i - 7, PLAN_WORDS))
            set_span(&m->plans_from, &m->plans_to, y, y);
    }
}

/* A five-year plan plans the span its number names (十四五: 2021-2025)
 * and reviews the one before. */
static void five_year_spans(const char *title, size_t tn, const view *v,
                            doc_meta *m)
{
    int plan = five_year_number(title, tn);
    if (!plan)
        plan = five_year_number(v->head.p, v->head.len);
    if (!plan)
        return;
    int from = span_start(plan);
    set_span(&m->plans_from, &m->plans_to, from, from + 4);
    if (plan > 1) {
        int before = span_start(plan - 1);
        set_span(&m->reviews_from, &m->reviews_to, before, from - 1);
    }
}

/* The first year a title names (海珠区2023年政府工作报告), or 0. */
static int first_year(const char *f, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++)
        if (year_at(f, n, i))
            return year_at(f, n, i);
    return 0;
}

/* Fills what the text left open from what is known: a report is
 * delivered in the year it plans for, and reviews the year before. */
static void years_fallback(const char *title, size_t tn, doc_meta *m)
{
    if (!m->year)
        m->year = m->plans_from   ? m->plans_from
                  : m->reviews_to ? m->reviews_to + 1
                                  : first_year(title, tn);
    if (!m->year || m->kind == DOC_KIND_FIVE_YEAR_PLAN ||
        m->kind == DOC_KIND_OTHER)
        return;
    set_span(&m->reviews_from, &m->reviews_to, m->year - 1, m->year - 1);
    if (m->kind != DOC_KIND_STATISTICAL_COMMUNIQUE)
        set_span(&m->plans_from, &m->plans_to, m->year, m->year);
}

static void find_years(const char *title, size_t tn, const view *v, doc_meta *m)
{
    if (m->kind == DOC_KIND_FIVE_YEAR_PLAN) {
        five_year_spans(title, tn, v, m);
    } else if (m->kind == DOC_KIND_STATISTICAL_COMMUNIQUE) {
        /* 2023年…统计公报: about 2023, issued the year after */
        int y = first_year(title, tn);
        set_span(&m->reviews_from, &m->reviews_to, y, y);
    } else {
        years_from_lines(title, tn, m);
        years_from_lines(v->headings.p, v->headings.len, m);
    }
    m->year = date_year(v->head.p, v->head.len);
    if (!m->year)
        m->year = date_year(v->tail.p, v->tail.len);
    years_fallback(title, tn, m);
}

/* ---- script, and all together ---- */

/* Hant when more characters change under traditional → simplified than
 * under simplified → traditional. */
static doc_script find_script(const doc *d)
{
    size_t trad = 0, simp = 0;
    const char *s = d->clean.bytes;
    size_t n = d->clean.len < SCRIPT_BYTES ? d->clean.len : SCRIPT_BYTES;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0x3400)
            continue;
        trad += unitab_t2s(cp) != cp;
        simp += unitab_s2t(cp) != cp;
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}

static doc_kind find_kind(const char *title, size_t tn, const view *v)
{
    doc_kind k = kind_named(title, tn);
    if (k == DOC_KIND_OTHER)
        k = kind_earliest(v->head.p, v->head.len);
    if (k == DOC_KIND_OTHER)
        k = kind_named(v->headings.p, v->headings.len);
    return k;
}

void meta_detect(doc *d)
{
    doc_meta *m = &d->meta;
    memset(m, 0, sizeof *m);
    view v;
    view_init(&v, d);
    m->title = find_title(d, &v);
    sbuf t = {0};
    fold_into(&t, m->title, strlen(m->title));
    m->region = find_region(d, &v);
    m->kind = find_kind(t.p, t.len, &v);
    find_years(t.p, t.len, &v, m);
    m->script = find_script(d);
    sbuf_free(&t);
    view_free(&v);
}
