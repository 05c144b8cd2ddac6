/* search.c — query parsing and brute-force matching on folded text (see
 * search.h). */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "pinyin.h"
#include "utf8.h"

static char *fold_dup(const char *s, size_t n)
{
    folded f;
    fold_text(s, n, &f);
    free(f.seg);
    return f.s;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* The next word of q at *i: a "phrase" (quotes dropped) or a run without
 * spaces. Returns its length and start, or 0 at the end. */
static size_t next_word(const char *q, size_t *i, const char **start, int *neg)
{
    while (q[*i] == ' ' || q[*i] == '\t')
        (*i)++;
    *neg = 0;
    if (q[*i] == '-' && q[*i + 1] && q[*i + 1] != ' ') {
        *neg = 1;
        (*i)++;
    }
    if (q[*i] == '"') {
        const char *end = strchr(q + *i + 1, '"');
        size_t n = end ? (size_t)(end - q - *i - 1) : strlen(q + *i + 1);
        *start = q + *i + 1;
        *i += n + 1 + (end != NULL);
        return n;
    }
    size_t j = *i;
    while (q[j] && q[j] != ' ' && q[j] != '\t')
        j++;
    *start = q + *i;
    size_t n = j - *i;
    *i = j;
    return n;
}

/* region:… year:… kind:… section:… — 1 when w was a filter. */
static int take_filter(query *out, const char *w, size_t n)
{
    static const char *const names[] = {"region:", "year:", "kind:", "section:"};
    for (int k = 0; k < 4; k++) {
        size_t len = strlen(names[k]);
        if (n <= len || strncmp(w, names[k], len) != 0)
            continue;
        const char *v = w + len;
        size_t vn = n - len;
        if (k == 1) {
            out->year = atoi(v);
        } else {
            char **slot = k == 0 ? &out->region : k == 2 ? &out->kind : &out->section;
            free(*slot);
            *slot = fold_dup(v, vn);
        }
        return 1;
    }
    return 0;
}

int query_parse(const char *q, query *out, const char **err)
{
    memset(out, 0, sizeof *out);
    size_t i = 0;
    for (;;) {
        const char *w;
        int neg;
        size_t n = next_word(q, &i, &w, &neg);
        if (!n && !q[i])
            break;
        if (!n || (!neg && take_filter(out, w, n)))
            continue;
        if (out->nterms == QUERY_MAX_TERMS) {
            *err = "too many terms (16 at most)";
            query_free(out);
            return -1;
        }
        query_term *t = &out->terms[out->nterms];
        t->raw = dup_n(w, n);
        t->folded = fold_dup(w, n);
        t->len = strlen(t->folded);
        t->negative = neg;
        if (!t->len) {
            free(t->raw);
            free(t->folded);
            continue;
        }
        out->nterms++;
        out->npositive += !neg;
    }
    if (!out->npositive) {
        *err = "the query has no term to look for";
        query_free(out);
        return -1;
    }
    return 0;
}

void query_free(query *q)
{
    for (size_t i = 0; i < q->nterms; i++) {
        free(q->terms[i].raw);
        free(q->terms[i].folded);
    }
    free(q->region);
    free(q->kind);
    free(q->section);
    memset(q, 0, sizeof *q);
}

static int folded_contains(const char *hay, const char *needle)
{
    char *f = fold_dup(hay, strlen(hay));
    int r = strstr(f, needle) != NULL;
    free(f);
    return r;
}

int query_doc_ok(const query *q, const doc *d)
{
    const doc_meta *m = &d->meta;
    if (q->year && m->year != q->year && !(m->plans_from <= q->year &&
                                           q->year <= m->plans_to) &&
        !(m->reviews_from <= q->year && q->year <= m->reviews_to))
        return 0;
    if (q->region && !(m->region && folded_contains(m->region, q->region)))
        return 0;
    if (q->kind && !strstr(doc_kind_name(m->kind), q->kind))
        return 0;
    return 1;
}

static void note_hit(void *p, size_t pos, size_t len)
{
    (void)pos;
    (void)len;
    *(int *)p = 1;
}

/* True when term t occurs in folded f[0..n), literally or as pinyin. */
static int term_in(const query_term *t, const char *f, size_t n)
{
    int hit = strstr(f, t->folded) != NULL;
    if (!hit && pinyin_query(t->folded, t->len))
        pinyin_find(f, n, t->folded, t->len, note_hit, &hit);
    return hit;
}

int query_match_folded(const query *q, const char *f, size_t n)
{
    for (size_t t = 0; t < q->nterms; t++)
        if (term_in(&q->terms[t], f, n) == q->terms[t].negative)
            return 0;
    return 1;
}

int query_match_text(const query *q, const char *s)
{
    folded f;
    fold_text(s, strlen(s), &f);
    int ok = query_match_folded(q, f.s, f.len);
    fold_free(&f);
    return ok;
}

typedef struct occurrence {
    size_t start, end;
    int term;
    int pinyin;
} occurrence;

typedef struct occ_list {
    occurrence *v;
    size_t n, cap;
} occ_list;

static void occ_push(occ_list *l, occurrence o)
{
    l->v = xgrow(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = o;
}

static int by_start(const void *a, const void *b)
{
    const occurrence *x = a, *y = b;
    if (x->start != y->start)
        return (x->start > y->start) - (x->start < y->start);
    return x->term - y->term;
}

/* Occurrences of a letters term read as pinyin, from a scan. */
typedef struct pinyin_ctx {
    const folded *f;
    occ_list *out;
    int term;
} pinyin_ctx;

static void pinyin_occ(void *p, size_t pos, size_t len)
{
    pinyin_ctx *c = p;
    occ_push(c->out, (occurrence){fold_orig(c->f, pos), fold_orig(c->f, pos + len),
                                  c->term, 1});
}

/* Every occurrence of every term in the folded text, in original bytes. */
static void find_all(const query *q, const folded *f,
                     const term_positions *tp, occ_list *out)
{
    for (size_t t = 0; t < q->nterms; t++) {
        const query_term *qt = &q->terms[t];
        for (size_t k = 0; tp && k < tp->npos[t]; k++) {
            size_t a = tp->pos[t][k], b = a + qt->len;
            if (b > f->len)
                continue; /* an index of other texts (a damaged cache) */
            occ_push(out, (occurrence){fold_orig(f, a), fold_orig(f, b), (int)t, 0});
        }
        for (const char *p = f->s; !tp && (p = strstr(p, qt->folded)); p++) {
            size_t a = (size_t)(p - f->s), b = a + qt->len;
            occ_push(out, (occurrence){fold_orig(f, a), fold_orig(f, b), (int)t, 0});
        }
        pinyin_ctx pc = {f, out, (int)t};
        for (size_t k = 0; tp && k < tp->npinyin[t]; k++)
            if (tp->pinyin[t][k].pos + tp->pinyin[t][k].len <= f->len)
                pinyin_occ(&pc, tp->pinyin[t][k].pos, tp->pinyin[t][k].len);
        if (!tp && pinyin_query(qt->folded, qt->len))
            pinyin_find(f->s, f->len, qt->folded, qt->len, pinyin_occ, &pc);
    }
    if (out->n)
        qsort(out->v, out->n, sizeof *out->v, by_start);
}

/* Term masks per section (own range, children included) and for the
 * whole document at index nsections. */
static void term_masks(const doc *d, const occ_list *occ, unsigned *mask)
{
    for (size_t i = 0; i < occ->n; i++) {
        unsigned bit = 1u << occ->v[i].term;
        for (int s = section_at(d, occ->v[i].start); s >= 0;
             s = d->sections[s].parent)
            mask[s] |= bit;
        mask[d->nsections] |= bit;
    }
}

/* The deepest unit holding offset off whose terms are complete and clean
 * of negatives: a section index, nsections for the whole document, or -2. */
static int matching_unit(const doc *d, const unsigned *mask, size_t off,
                         unsigned want, unsigned neg)
{
    for (int s = section_at(d, off); s >= 0; s = d->sections[s].parent)
        if ((mask[s] & want) == want && !(mask[s] & neg))
            return s;
    unsigned m = mask[d->nsections];
    return (m & want) == want && !(m & neg) ? (int)d->nsections : -2;
}

static int section_ok(const query *q, const doc *d, int unit)
{
    if (!q->section)
        return 1;
    for (int s = unit < (int)d->nsections ? unit : -1; s >= 0;
         s = d->sections[s].parent)
        if (folded_contains(d->sections[s].title, q->section))
            return 1;
    return 0;
}

size_t search_doc(const query *q, const doc *d, const folded *f,
                  search_hit_fn fn, void *ctx)
{
    return search_doc_at(q, d, f, NULL, fn, ctx);
}

size_t search_doc_at(const query *q, const doc *d, const folded *f,
                     const term_positions *tp, search_hit_fn fn, void *ctx)
{
    if (!query_doc_ok(q, d))
        return 0;
    occ_list occ = {0};
    find_all(q, f, tp, &occ);
    unsigned *mask = xcalloc(d->nsections + 1, sizeof *mask);
    term_masks(d, &occ, mask);
    unsigned want = 0, neg = 0;
    for (size_t t = 0; t < q->nterms; t++)
        *(q->terms[t].negative ? &neg : &want) |= 1u << t;
    size_t hits = 0;
    for (size_t i = 0; i < occ.n; i++) {
        const occurrence *o = &occ.v[i];
        if (q->terms[o->term].negative)
            continue;
        int unit = matching_unit(d, mask, o->start, want, neg);
        if (unit == -2 || !section_ok(q, d, unit))
            continue;
        const query_term *t = &q->terms[o->term];
        size_t end = o->end;
        while (end > o->start && d->clean.bytes[end - 1] == ' ')
            end--; /* spaces the fold dropped after the hit */
        search_hit h = {o->start, end, o->term,
                        unit < (int)d->nsections ? unit : section_at(d, o->start),
                        end - o->start == strlen(t->raw) &&
                            memcmp(d->clean.bytes + o->start, t->raw,
                                   strlen(t->raw)) == 0,
                        o->pinyin};
        fn(ctx, d, &h);
        hits++;
    }
    free(mask);
    free(occ.v);
    return hits;
}
