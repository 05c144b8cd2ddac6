/* meta_region.c — the region a report is of, by the gazetteer
 * (model/divisions.h), in order of trust: a CSV export's region column;
 * the State Council's reports (全国); what the title page states (广州市
 * 荔湾区人民政府, 在黔东南州第十五届人民代表大会, 2026年广东省政府工作报告)
 * or the speaker (我代表海拉尔区人民政府); the file name (三亚.txt); the
 * division the text names most often — of the kind the speaker names
 * (我代表市人民政府, 州长, 我代表行署) when it does. Only names of the
 * gazetteer count: 示范区 or 工业区 never do. See meta_impl.h. */
#include "meta_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "divisions.h"
#include "fold.h"
#include "strs.h"

enum {
    SCAN_BYTES = 1 << 13, /* the text read for names and the speaker */
    WIDE_BYTES = 1 << 15, /* read when that names no division 3 times */
    SURE_COUNT = 3,       /* mentions that make the most named sure */
    HEAD_BYTES = 1 << 12, /* the title page's statements: of its lines */
    TALLY_MAX = 512,      /* distinct divisions counted */
    RUN_MAX = 3           /* units of a name: 广东省广州市荔湾区 */
};

/* One name of a division in a folded text. */
typedef struct mention {
    size_t at, len;
    division_hit hit;
    unsigned code; /* what it stands for, 0 when ambiguous */
    int run;       /* its place in a run of nested names (1 first) */
} mention;

typedef struct mentions {
    mention *v;
    size_t n, cap;
} mentions;

/* How often each division is named (unambiguously, or resolved). */
typedef struct tally {
    unsigned code[TALLY_MAX];
    long count[TALLY_MAX];
    size_t n;
} tally;

static void tally_add(tally *t, unsigned code, long k)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->code[i] == code) {
            t->count[i] += k;
            return;
        }
    if (t->n < TALLY_MAX) {
        t->code[t->n] = code;
        t->count[t->n++] = k;
    }
}

/* A short form followed by 县 or 市 names the division it became (番禺县
 * for 番禺区, a 县 become a 县级市): the suffix joins the name, then a
 * full one. Not 区 (合作区 is no 合作市). */
static size_t old_suffix(const char *f, size_t n, size_t end, const division_hit *h)
{
    for (unsigned i = 0; i < h->n; i++)
        if (!h->is_short[i])
            return 0;
    if (end + 3 > n || !meta_in_set3(f + end, "县市"))
        return 0;
    for (unsigned i = 0; i < h->n; i++) {
        const char *name = divisions_name(h->code[i]);
        size_t k = strlen(name);
        if (divisions_level(h->code[i]) == 3 && memcmp(name + k - 3, f + end, 3) != 0 &&
            meta_in_set3(name + k - 3, "区市"))
            return 3;
    }
    return 0;
}

/* Every name of a division in f[0..n), longest first from the left. */
static void scan(const char *f, size_t n, mentions *ms)
{
    ms->n = 0;
    division_hit h;
    for (size_t i = divisions_next(f, n, 0, &h); i < n; i = divisions_next(f, n, i, &h)) {
        ms->v = xgrow(ms->v, &ms->cap, ms->n, sizeof *ms->v);
        mention *m = &ms->v[ms->n++];
        m->at = i;
        size_t old = old_suffix(f, n, i + h.len, &h);
        m->len = h.len + old;
        m->hit = h;
        if (old)
            memset(m->hit.is_short, 0, sizeof m->hit.is_short);
        m->code = 0;
        m->run = 1;
        i += m->len;
    }
}

/* The mentions of all (a scan of some f[0..n)) that start before end,
 * into out: the scan of f[0..end) when f[end - 1] is a newline (no name
 * holds one, so none crosses it, and 县 or 市 cannot follow one there)
 * or end is n. */
static void mentions_before(const mentions *all, size_t end, mentions *out)
{
    size_t k = 0;
    while (k < all->n && all->v[k].at < end)
        k++;
    if (k > out->cap) {
        out->v = xrealloc(out->v, k * sizeof *out->v);
        out->cap = k;
    }
    if (k)
        memcpy(out->v, all->v, k * sizeof *out->v);
    out->n = k;
}

static int adjacent(const mentions *ms, size_t k)
{
    return k && ms->v[k - 1].at + ms->v[k - 1].len == ms->v[k].at;
}

/* True when code is h's short form for it. */
static int short_for(const division_hit *h, unsigned code)
{
    for (unsigned i = 0; i < h->n; i++)
        if (h->code[i] == code)
            return h->is_short[i];
    return 0;
}

/* True when a division of t other than code holds code. */
static int inside_any(const tally *t, unsigned code)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->code[i] != code && divisions_within(code, t->code[i]))
            return 1;
    return 0;
}

/* A county's short form (资源, 合作, 平安: often a word) counts only in a
 * text that names the county's city or province too (荔湾 beside 广州). */
static int counts(const division_hit *h, unsigned code, const tally *known)
{
    return !short_for(h, code) || divisions_level(code) < 3 || inside_any(known, code);
}

/* Resolves every mention (the unambiguous ones first, each ambiguous one
 * by the name just before it, else by all of them), links runs of nested
 * names, drops weak divisions (城区, a development zone) not named after
 * their parent and short forms that do not count, and counts into *t. */
static void resolve(mentions *ms, tally *t)
{
    tally known = {0};
    for (size_t k = 0; k < ms->n; k++) {
        const division_hit *h = &ms->v[k].hit;
        if (h->n == 1 && !divisions_weak(h->code[0]) &&
            !(h->is_short[0] && divisions_level(h->code[0]) == 3))
            tally_add(&known, h->code[0], 1);
    }
    t->n = 0;
    for (size_t k = 0; k < ms->n; k++) {
        mention *m = &ms->v[k];
        const mention *prev = adjacent(ms, k) ? &ms->v[k - 1] : NULL;
        m->code = prev && prev->code ? divisions_resolve(&m->hit, &prev->code, 1) : 0;
        if (!m->code)
            m->code = divisions_resolve(&m->hit, known.code, known.n);
        if (prev && prev->code && m->code && prev->code != m->code &&
            divisions_within(m->code, prev->code) && prev->run < RUN_MAX)
            m->run = prev->run + 1;
        if (m->code && m->run == 1 &&
            (divisions_weak(m->code) || !counts(&m->hit, m->code, &known)))
            m->code = 0;
        if (m->code)
            tally_add(t, m->code, 1);
    }
}

/* Points for what follows a name at f+i: a congress session (第十七届),
 * a people's congress, a government, a plan or a report (海珠区2023年
 * 政府工作报告); 0 for anything else. */
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
    if (strs_starts(s, m, "政府") || strs_starts(s, m, "行政公署") ||
        strs_starts(s, m, "行署"))
        return 2;
    if (meta_year_at(s, m, 0) && strs_starts(s + 4, m - 4, "年")) {
        size_t w = meta_year_window(s, m, 7);
        return meta_kind_named(s + 7, w - 7) != DOC_KIND_OTHER ? 2 : 0;
    }
    return 0;
}

/* True when the run ending with mention k is its last name (no nested
 * name follows it). */
static int run_end(const mentions *ms, size_t k)
{
    return k + 1 == ms->n || ms->v[k + 1].run == 1;
}

/* The division a statement names: in the head f[0..n), a name followed
 * by a telling context (when head is set); in the text, 我代表X人民政府 or
 * 受X人民政府委托. 0 when there is none. */
static unsigned stated(const mentions *ms, const char *f, size_t n, int head)
{
    tally t = {0};
    for (size_t k = 0; k < ms->n; k++) {
        const mention *m = &ms->v[k];
        if (!m->code || !run_end(ms, k))
            continue;
        size_t start = ms->v[k + 1 - (size_t)m->run].at;
        long w = context_weight(f, n, m->at + m->len);
        if (!head && !(strs_ends(f, start, "我代表") || strs_ends(f, start, "受")))
            w = 0;
        if (w)
            tally_add(&t, m->code, w);
    }
    size_t best = 0;
    for (size_t i = 1; i < t.n; i++)
        if (t.count[i] > t.count[best])
            best = i;
    return t.n ? t.code[best] : 0;
}

/* The kind of division the speaker's government is of: 市 for 我代表市
 * 人民政府 or a head line 市长…, 行署 for 我代表行署; NULL when unsaid. */
static const char *speaker_level(const char *head, size_t hn, const char *f, size_t n)
{
    static const char *const levels[] = {"自治区", "省", "市", "州", "盟", "区",
                                         "县", "旗"};
    for (const char *p = f; (p = strs_find(p, (size_t)(f + n - p), "我代表", 9)); p += 9) {
        const char *s = p + 9;
        size_t m = (size_t)(f + n - s);
        if (strs_starts(s, m, "行署") || strs_starts(s, m, "行政公署"))
            return "行署";
        for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
            size_t k = strlen(levels[i]);
            if (strs_starts(s, m, levels[i]) &&
                (strs_starts(s + k, m - k, "人民政府") || strs_starts(s + k, m - k, "政府")))
                return levels[i];
        }
    }
    for (const char *line = head; line < head + hn;) {
        const char *end = memchr(line, '\n', (size_t)(head + hn - line));
        size_t m = (size_t)((end ? end : head + hn) - line);
        for (size_t i = 1; i < sizeof levels / sizeof levels[0]; i++) {
            size_t k = strlen(levels[i]);
            if (strs_starts(line, m, levels[i]) && strs_starts(line + k, m - k, "长") &&
                m > k + 3 && m <= k + 3 + 12)
                return levels[i];
        }
        line = end ? end + 1 : head + hn;
    }
    return NULL;
}

/* True when the division of code is of the kind level names (NULL: any). */
static int of_level(unsigned code, const char *level)
{
    const char *name = divisions_name(code);
    size_t n = strlen(name);
    if (!level)
        return 1;
    if (!strcmp(level, "行署"))
        return strs_ends(name, n, "地区") || strs_ends(name, n, "盟");
    if (!strcmp(level, "区"))
        return strs_ends(name, n, "区") && !strs_ends(name, n, "自治区") &&
               !strs_ends(name, n, "地区");
    return strs_ends(name, n, level);
}

/* The division of t named most often of the kind level names, 0 none;
 * *count gets how often. */
static unsigned most_named(const tally *t, const char *level, long *count)
{
    size_t best = t->n;
    for (size_t i = 0; i < t->n; i++)
        if (of_level(t->code[i], level) && (best == t->n || t->count[i] > t->count[best]))
            best = i;
    *count = best < t->n ? t->count[best] : 0;
    return best < t->n ? t->code[best] : 0;
}

/* The division named most often of the kind level names, in the text
 * already read (ms, t) or, when that names none SURE_COUNT times and
 * there is more, in its first WIDE_BYTES (read into ms and t). */
static unsigned by_frequency(const doc *d, const char *level, mentions *ms, tally *t)
{
    long count;
    unsigned code = most_named(t, level, &count);
    if (count >= SURE_COUNT || d->clean.len <= SCAN_BYTES)
        return code;
    sbuf wide = {0};
    fold_compact(d->clean.bytes, d->clean.len < WIDE_BYTES ? d->clean.len : WIDE_BYTES, &wide);
    scan(wide.p, wide.len, ms);
    resolve(ms, t);
    sbuf_free(&wide);
    return most_named(t, level, &count);
}

/* The last division the file name (no folder, no extension) names of
 * the kind level names, resolved by what the text names; 0 none. */
static unsigned named_by_file(const doc *d, const tally *named, const char *level)
{
    const char *base = strrchr(d->path, '/');
    base = base ? base + 1 : d->path;
    const char *dot = strrchr(base, '.');
    sbuf f = {0};
    fold_compact(base, dot && dot > base ? (size_t)(dot - base) : strlen(base), &f);
    mentions ms = {0};
    scan(f.p ? f.p : "", f.len, &ms);
    unsigned code = 0;
    for (size_t k = 0; k < ms.n; k++) {
        unsigned c = divisions_resolve(&ms.v[k].hit, named->code, named->n);
        if (c && !divisions_weak(c) && of_level(c, level))
            code = c;
    }
    free(ms.v);
    sbuf_free(&f);
    return code;
}

/* The name of code as the report writes it at its fullest: the longest
 * run of names ending with it in ms (广州市荔湾区), each unit by its full
 * name; the full name alone when no run is longer. Appends to out. */
static void fullest(const mentions *ms, size_t nms, unsigned code, sbuf *out)
{
    const mentions *best = NULL;
    size_t at = 0;
    for (size_t i = 0; i < nms; i++)
        for (size_t k = 0; k < ms[i].n; k++)
            if (ms[i].v[k].code == code &&
                (!best || ms[i].v[k].run > best->v[at].run)) {
                best = &ms[i];
                at = k;
            }
    if (!best) {
        sbuf_adds(out, divisions_name(code));
        return;
    }
    for (size_t k = at + 1 - (size_t)best->v[at].run; k <= at; k++)
        sbuf_adds(out, divisions_name(best->v[k].code));
}

/* The region a CSV export's column gives (province, region, city…):
 * the division its names resolve to; else the first value as written.
 * 0 and "" when no column is one. */
static const char *hinted(doc *d, unsigned *code)
{
    static const char *const keys[] = {
        "province", "region", "city", "county", "district", "prefecture",
        "省", "省份", "地区", "城市", "市", "区县", "县", "区", "地市"};
    const char *first = "";
    sbuf f = {0};
    mentions ms = {0};
    tally t = {0};
    for (size_t i = 0; i < d->nhints; i++)
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            if (!strcasecmp(d->hints[i].key, keys[k]) && *d->hints[i].value) {
                if (!*first)
                    first = d->hints[i].value;
                fold_compact(d->hints[i].value, strlen(d->hints[i].value), &f);
                sbuf_addc(&f, '\n');
            }
    scan(f.p ? f.p : "", f.len, &ms);
    resolve(&ms, &t);
    *code = 0;
    for (size_t k = 0; k < ms.n; k++)
        if (ms.v[k].code && (!*code || divisions_within(ms.v[k].code, *code)))
            *code = ms.v[k].code;
    sbuf out = {0};
    if (*code)
        fullest(&ms, 1, *code, &out);
    const char *r = arena_strndup(&d->mem, *code ? out.p : first,
                                  *code ? out.len : strlen(first));
    sbuf_free(&out);
    sbuf_free(&f);
    free(ms.v);
    return r;
}

/* The State Council's report: its title page names 国务院总理 or is
 * delivered 在第…届全国人民代表大会, or its speaker says 我代表国务院. */
static int national(const char *h, size_t hn, const char *f, size_t n)
{
    const char *end = h + hn;
    for (const char *p = h; (p = strs_find(p, (size_t)(end - p), "在第", 6)); p += 6) {
        size_t m = (size_t)(end - p);
        if (strs_has(p, m < 48 ? m : 48, "届全国人民代表大会"))
            return 1;
    }
    return strs_has(h, hn, "国务院总理") || strs_has(f, n, "我代表国务院");
}

/* The first lines of h[0..n), to a line end within max bytes (a longer
 * first line whole). */
static size_t lines_within(const char *h, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t cut = max;
    while (cut && h[cut - 1] != '\n')
        cut--;
    if (cut)
        return cut;
    const char *nl = memchr(h, '\n', n);
    return nl ? (size_t)(nl - h) + 1 : n;
}

/* The folded start of the text, SCAN_BYTES of it: v's head when it holds
 * half as much or more (folded already), else d's clean text folded into
 * own. *n gets its length. The mentions found in it keep their places
 * only until by_frequency reads wider. */
static const char *text_start(const doc *d, const meta_view *v, sbuf *own, size_t *n)
{
    if (v->head.len >= SCAN_BYTES / 2) {
        *n = lines_within(v->head.p, v->head.len, SCAN_BYTES);
        return v->head.p;
    }
    fold_compact(d->clean.bytes, d->clean.len < SCAN_BYTES ? d->clean.len : SCAN_BYTES, own);
    *n = own->len;
    return own->p;
}

const char *meta_region_find(doc *d, const meta_view *v)
{
    unsigned code = 0;
    d->meta.region_code = 0;
    const char *hint = hinted(d, &code);
    if (*hint) {
        d->meta.region_code = code;
        return hint;
    }
    sbuf body = {0};
    size_t fn;
    const char *f = text_start(d, v, &body, &fn);
    const char *h = v->head.p;
    size_t hn = lines_within(h, v->head.len, HEAD_BYTES);
    if (national(h, hn, f, fn)) {
        sbuf_free(&body);
        return "全国";
    }
    mentions ms[2] = {{0}, {0}};
    tally head_t, text_t;
    scan(f, fn, &ms[1]);
    if (f == h && (hn == fn || (hn < fn && h[hn - 1] == '\n')))
        mentions_before(&ms[1], hn, &ms[0]); /* the head's lines, read once */
    else
        scan(h, hn, &ms[0]);
    resolve(&ms[0], &head_t);
    resolve(&ms[1], &text_t);
    code = stated(&ms[0], h, hn, 1);
    if (!code)
        code = stated(&ms[1], f, fn, 0);
    if (!code) { /* the speaker's kind of division picks among the rest */
        const char *level = speaker_level(h, hn, f, fn);
        code = named_by_file(d, &text_t, level);
        if (!code)
            code = by_frequency(d, level, &ms[1], &text_t);
    }
    const char *r = "";
    if (code) {
        sbuf out = {0};
        fullest(ms, 2, code, &out);
        r = arena_strndup(&d->mem, out.p, out.len);
        sbuf_free(&out);
    }
    d->meta.region_code = code;
    free(ms[0].v);
    free(ms[1].v);
    sbuf_free(&body);
    return r;
}
