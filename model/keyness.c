/* keyness.c — the phrases new and dropped between two reports (see
 * keyness.h): each side's folded text cut into words, the words
 * numbered, their n-grams counted per side in a key set (three word
 * numbers of 21 bits make one 64-bit key), the candidates counted again
 * as strings in both texts by a matcher indexed by their first two
 * characters, then subsumed ones dropped, scored and ranked. */
#include "keyness.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "keyset.h"
#include "sbuf.h"
#include "strset.h"
#include "utf8.h"

/* assets/stopwords.tsv, compiled in by tools/gen_text (meson.build). */
extern const char keyness_stopwords_tsv[];

enum {
    WORD_BITS = 21,                       /* of a word's number in a key */
    MAX_WORDS = (1 << WORD_BITS) - 2,     /* distinct words; more end runs */
    LEAD_BITS = 16                        /* of the first-character filter */
};
#define BREAK UINT32_MAX /* a token that ends a run of words */

/* ---- stop words ---- */

static strset stops;
static arena stop_mem;
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

/* The table's words folded into stops: the first field of each line,
 * '#' to the end of a line a comment. */
static void stops_parse(void)
{
    arena_init(&stop_mem);
    sbuf key = {0};
    const char *s = keyness_stopwords_tsv;
    while (*s) {
        size_t n = strcspn(s, "\n"), w = strcspn(s, "\t#\r ");
        if (w > n)
            w = n;
        if (w) {
            key.len = 0;
            fold_compact(s, w, &key);
            strset_add(&stops, arena_strndup(&stop_mem, key.p, key.len));
        }
        s += n + (s[n] == '\n');
    }
    sbuf_free(&key);
}

int keyness_is_stop(const char *s, size_t n)
{
    pthread_once(&stop_once, stops_parse);
    if (n > KEYNESS_WORD_MAX)
        return 0;
    char buf[KEYNESS_WORD_MAX + 1];
    memcpy(buf, s, n);
    buf[n] = 0;
    return strset_find(&stops, buf) != UINT32_MAX;
}

/* ---- words ---- */

/* The pair's words by number: their folded text and what they are. */
enum { W_STOP = 1, W_ONE = 2 }; /* a stop word; one character */

typedef struct vocab {
    strset set;
    arena mem;            /* the words' NUL-terminated copies */
    unsigned char *flags; /* by number: W_STOP, W_ONE */
    size_t cap;
} vocab;

/* A word of a side (its number, or BREAK) and its folded bytes. */
typedef struct token {
    uint32_t id, at, end;
} token;

/* One report: its texts and its tokens. */
typedef struct side {
    const text *clean;
    const folded *f;
    folded own;           /* f when folded here */
    token *t;
    size_t n, cap;
    size_t words;         /* tokens that are words */
} side;

/* Appends a token; a break after a break (or first) is left out. */
static void push(side *s, uint32_t id, uint32_t at, uint32_t end)
{
    if (id == BREAK && (!s->n || s->t[s->n - 1].id == BREAK))
        return;
    s->t = xgrow(s->t, &s->cap, s->n, sizeof *s->t);
    s->t[s->n++] = (token){id, at, end};
    s->words += id != BREAK;
}

/* The number of the folded word w[0..n) (n ≤ KEYNESS_WORD_MAX), added
 * when new; BREAK past MAX_WORDS. */
static uint32_t word_id(vocab *v, const char *w, size_t n, size_t chars)
{
    char buf[KEYNESS_WORD_MAX + 1];
    memcpy(buf, w, n);
    buf[n] = 0;
    uint32_t id = strset_find(&v->set, buf);
    if (id != UINT32_MAX)
        return id;
    if (v->set.n >= MAX_WORDS)
        return BREAK;
    id = strset_add(&v->set, arena_strndup(&v->mem, w, n));
    v->flags = xgrow(v->flags, &v->cap, id, 1);
    v->flags[id] = (unsigned char)((keyness_is_stop(w, n) ? W_STOP : 0) |
                                   (chars == 1 ? W_ONE : 0));
    return id;
}

/* What the word s[0..n) of folded text is: a word (its number), a space
 * passed over (BREAK - 1) or a break. */
static uint32_t classify(vocab *v, const char *s, size_t n, int number)
{
    size_t chars = 0;
    int letters = 0, spaces = 1;
    for (size_t i = 0; i < n; chars++) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp == '\n')
            return BREAK;
        letters |= fold_word_cp(cp) != 0;
        spaces &= fold_is_space(cp);
    }
    if (spaces)
        return BREAK - 1;
    if (number || !letters || n > KEYNESS_WORD_MAX)
        return BREAK;
    return word_id(v, s, n, chars);
}

/* Every character a word: the words without a word function. */
static void each_char(const char *s, size_t n, word_bounds *out)
{
    out->at = xmalloc((n + 1) * sizeof *out->at);
    out->n = 0;
    for (size_t i = 0; i < n;) {
        out->at[out->n++] = (uint32_t)i;
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
    }
    out->at[out->n++] = (uint32_t)n;
    out->number = xcalloc(out->n, 1);
}

static void side_words(side *s, vocab *v, word_bounds_fn fn)
{
    word_bounds w = {0};
    (fn ? fn : each_char)(s->f->s, s->f->len, &w);
    for (size_t k = 0; k + 1 < w.n; k++) {
        uint32_t at = w.at[k], end = w.at[k + 1];
        uint32_t t = classify(v, s->f->s + at, end - at, w.number[k]);
        if (t != BREAK - 1)
            push(s, t, at, end);
    }
    push(s, BREAK, 0, 0);
    word_bounds_free(&w);
}

/* ---- n-grams ---- */

typedef struct gram {
    uint32_t count[2];    /* as an n-gram, on each side */
    uint32_t first[2];    /* the token it first starts at, or BREAK */
    unsigned char n;
} gram;

typedef struct grams {
    keyset keys;
    gram *g;
    size_t cap;
} grams;

static void count_side(grams *gs, const side *s, int which)
{
    for (size_t i = 0; i < s->n; i++) {
        uint64_t key = 0;
        for (size_t n = 1; n <= KEYNESS_MAX_N && i + n <= s->n; n++) {
            uint32_t t = s->t[i + n - 1].id;
            if (t == BREAK)
                break;
            key = key << WORD_BITS | (t + 1);
            size_t before = gs->keys.n;
            uint32_t id = keyset_add(&gs->keys, key);
            if (gs->keys.n > before) {
                gs->g = xgrow(gs->g, &gs->cap, id, sizeof *gs->g);
                gs->g[id] = (gram){{0, 0}, {BREAK, BREAK}, (unsigned char)n};
            }
            gram *g = &gs->g[id];
            if (!g->count[which]++)
                g->first[which] = (uint32_t)i;
        }
    }
}

/* ---- candidates and the matcher ---- */

typedef struct cand {
    const char *key;      /* folded bytes (in its side's folded text) */
    uint32_t len;
    int side;             /* 0: only in A (dropped), 1: only in B (new) */
    uint32_t count[2];    /* as strings */
    uint32_t first[2];    /* folded offset of the first, or BREAK */
    uint32_t next[2];     /* where a match may start to count */
    uint64_t lead;        /* its first two characters */
    int gone;             /* subsumed */
    double score;
} cand;

/* The candidates sorted by their first two characters, and which first
 * characters (their low LEAD_BITS) start one. */
typedef struct matcher {
    cand *c;
    size_t n, cap;
    uint32_t *order;
    unsigned char lead1[(1u << LEAD_BITS) / 8];
} matcher;

/* The first two characters of s[0..n) as a key; 0 when it has fewer. */
static uint64_t lead_of(const char *s, size_t n, size_t *first_len)
{
    uint32_t a, b;
    size_t k = utf8_decode(s, n, &a);
    *first_len = k;
    if (k >= n)
        return 0;
    utf8_decode(s + k, n - k, &b);
    return (uint64_t)a << 32 | b;
}

static int by_lead(const void *x, const void *y, void *ctx)
{
    const cand *c = ctx;
    uint64_t a = c[*(const uint32_t *)x].lead, b = c[*(const uint32_t *)y].lead;
    return (a > b) - (a < b);
}

static void matcher_index(matcher *m)
{
    free(m->order);
    memset(m->lead1, 0, sizeof m->lead1);
    m->order = xmalloc((m->n + 1) * sizeof *m->order);
    for (size_t i = 0; i < m->n; i++) {
        m->order[i] = (uint32_t)i;
        uint32_t cp = (uint32_t)(m->c[i].lead >> 32) & ((1u << LEAD_BITS) - 1);
        m->lead1[cp / 8] |= (unsigned char)(1u << (cp % 8));
    }
    qsort_r(m->order, m->n, sizeof *m->order, by_lead, m->c);
}

typedef void (*match_fn)(void *ctx, cand *c, size_t at);

/* fn(ctx, c, at) for every candidate c whose key occurs at byte at of
 * s[0..n), in order of at. */
static void matcher_scan(matcher *m, const char *s, size_t n, match_fn fn, void *ctx)
{
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t cp;
        utf8_decode(s + i, n - i, &cp);
        cp &= (1u << LEAD_BITS) - 1;
        if (!(m->lead1[cp / 8] & (1u << (cp % 8)))) {
            i += utf8_decode(s + i, n - i, &cp);
            continue;
        }
        uint64_t lead = lead_of(s + i, n - i, &k);
        size_t lo = 0, hi = m->n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (m->c[m->order[mid]].lead < lead)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < m->n && m->c[m->order[lo]].lead == lead; lo++) {
            cand *c = &m->c[m->order[lo]];
            if (c->len <= n - i && !memcmp(s + i, c->key, c->len))
                fn(ctx, c, i);
        }
        i += k;
    }
}

/* Whether gram g of side which may be listed: often enough there, never
 * as an n-gram on the other side, no stop word at an edge, more than one
 * character. */
static int listable(const gram *g, const side *s, const vocab *v, int which)
{
    if (g->count[which] < KEYNESS_MIN_COUNT || g->count[!which])
        return 0;
    uint32_t t0 = s->t[g->first[which]].id, t1 = s->t[g->first[which] + g->n - 1].id;
    return !(v->flags[t0] & W_STOP) && !(v->flags[t1] & W_STOP) &&
           !(g->n == 1 && (v->flags[t0] & W_ONE));
}

static void gather(matcher *m, const grams *gs, const side *sd, const vocab *v)
{
    for (size_t id = 0; id < gs->keys.n; id++) {
        const gram *g = &gs->g[id];
        for (int w = 0; w < 2; w++) {
            if (!listable(g, &sd[w], v, w))
                continue;
            const side *s = &sd[w];
            uint32_t at = s->t[g->first[w]].at, end = s->t[g->first[w] + g->n - 1].end;
            size_t k;
            uint64_t lead = lead_of(s->f->s + at, end - at, &k);
            if (!lead) /* one character: not listed */
                continue;
            m->c = xgrow(m->c, &m->cap, m->n, sizeof *m->c);
            m->c[m->n++] = (cand){s->f->s + at, end - at, w, {0, 0}, {BREAK, BREAK},
                                  {0, 0}, lead, 0, 0};
        }
    }
}

/* Whether c stays listed after the counts as strings: absent from the
 * other side. */
static int kept(const cand *c)
{
    return !c->count[!c->side] && c->count[c->side];
}

/* The side being counted, and where its candidates were found on it
 * (candidate, folded offset; in text order). */
typedef struct counting {
    int which;
    const cand *base;
    uint32_t (*at)[2];
    size_t n, cap;
} counting;

static void on_count(void *ctx, cand *c, size_t at)
{
    counting *k = ctx;
    int w = k->which;
    if (at < c->next[w])
        return;
    if (!c->count[w]++)
        c->first[w] = (uint32_t)at;
    c->next[w] = (uint32_t)(at + c->len);
    if (w == c->side) {
        k->at = xgrow(k->at, &k->cap, k->n, sizeof *k->at);
        k->at[k->n][0] = (uint32_t)(c - k->base);
        k->at[k->n++][1] = (uint32_t)at;
    }
}

/* ---- maximal phrases ---- */

/* A candidate every occurrence of which has the same character next to
 * it is part of a longer phrase as often (ICU cut 疫情防控 as 疫情防 in
 * some places, 情防控 in others): it is widened, a character at a time,
 * while all its occurrences agree on a letter or Han character beyond
 * its edge and no stop word would stand at the new edge; then the two
 * become one. */
enum { CONTEXT_CHARS = 4, WIDE_MAX = 3 * KEYNESS_WORD_MAX };

/* The bytes of the character before s + at (dir -1) or from s + at (dir
 * 1) in s[0..n) when it is a letter or Han character (not a digit), else
 * 0. */
static size_t neighbour(const char *s, size_t n, size_t at, int dir)
{
    size_t i = at;
    if (dir < 0) {
        if (!i)
            return 0;
        do
            i--;
        while (i && ((unsigned char)s[i] & 0xC0) == 0x80);
    } else if (i >= n) {
        return 0;
    }
    uint32_t cp;
    size_t k = utf8_decode(s + i, n - i, &cp);
    if ((cp >= '0' && cp <= '9') || !fold_word_cp(cp))
        return 0;
    return k;
}

/* How many bytes beyond [at, at + len) of s (dir -1: before, 1: after)
 * the occurrences pos[0..n) (their starts) agree on, up to CONTEXT_CHARS
 * characters; *nb the byte length of each character of it (nearest
 * first). */
static size_t context(const char *s, size_t sn, const uint32_t *pos, size_t n,
                      uint32_t off, uint32_t len, int dir, size_t *nb)
{
    size_t m = 0, bytes = 0;
    for (; m < CONTEXT_CHARS; m++) {
        size_t edge0 = dir < 0 ? pos[0] - off - bytes : pos[0] - off + len + bytes;
        size_t k = neighbour(s, sn, edge0, dir);
        if (!k)
            break;
        const char *c0 = s + (dir < 0 ? edge0 - k : edge0);
        for (size_t i = 1; i < n && k; i++) {
            size_t e = dir < 0 ? pos[i] - off - bytes : pos[i] - off + len + bytes;
            if (neighbour(s, sn, e, dir) != k ||
                memcmp(s + (dir < 0 ? e - k : e), c0, k))
                k = 0;
        }
        if (!k)
            break;
        nb[m] = k;
        bytes += k;
    }
    return m;
}

/* Whether the first j of the context characters (nb, nearest first)
 * beyond the edge of [at, at + len) of s make a stop word for some j. */
static int context_stops(const char *s, size_t at, size_t len, int dir,
                         const size_t *nb, size_t m)
{
    size_t bytes = 0;
    for (size_t j = 0; j < m; j++) {
        bytes += nb[j];
        if (keyness_is_stop(dir < 0 ? s + at - bytes : s + at + len, bytes))
            return 1;
    }
    return 0;
}

/* Widens c (its occurrences pos[0..n), n ≥ 1) in its side's text. */
static void widen(cand *c, const side *sd, const uint32_t *pos, size_t n)
{
    const char *s = sd[c->side].f->s;
    size_t sn = sd[c->side].f->len, nb[CONTEXT_CHARS];
    uint32_t off = 0, len = c->len; /* the key is s[pos - off, + len) */
    for (int dir = -1; dir <= 1; dir += 2) {
        for (;;) {
            size_t m = context(s, sn, pos, n, off, len, dir, nb);
            if (!m || len + nb[0] > WIDE_MAX ||
                context_stops(s, pos[0] - off, len, dir, nb, m))
                break;
            if (dir < 0)
                off += (uint32_t)nb[0];
            len += (uint32_t)nb[0];
        }
    }
    c->key = s + pos[0] - off;
    c->len = len;
    c->first[c->side] = pos[0] - off;
    c->lead = lead_of(c->key, c->len, nb);
}

/* Widens every kept candidate of m by its occurrences (k's, grouped
 * here by candidate). */
static void widen_all(matcher *m, const side *sd, const counting *k)
{
    uint32_t *from = xcalloc(m->n + 2, sizeof *from);
    uint32_t *pos = xmalloc((k->n + 1) * sizeof *pos);
    for (size_t i = 0; i < k->n; i++)
        from[k->at[i][0] + 2]++;
    for (size_t c = 0; c < m->n; c++)
        from[c + 2] += from[c + 1];
    for (size_t i = 0; i < k->n; i++) /* stable: text order kept */
        pos[from[k->at[i][0] + 1]++] = k->at[i][1];
    for (size_t c = 0; c < m->n; c++)
        if (kept(&m->c[c]) && from[c + 1] > from[c])
            widen(&m->c[c], sd, pos + from[c], from[c + 1] - from[c]);
    free(from);
    free(pos);
}

static void on_inside(void *ctx, cand *x, size_t at)
{
    const cand *y = ctx;
    (void)at;
    if (x != y && kept(x) && x->side == y->side &&
        x->count[x->side] == y->count[y->side] &&
        (x->len < y->len || (x->len == y->len && x > y))) /* the same: one */
        x->gone = 1;
}

/* ---- ranking and the result ---- */

double keyness_g2(double ca, double cb, double na, double nb)
{
    if (na <= 0 || nb <= 0)
        return 0;
    double ea = na * (ca + cb) / (na + nb), eb = nb * (ca + cb) / (na + nb);
    double g = 0;
    if (ca > 0)
        g += ca * log(ca / ea);
    if (cb > 0)
        g += cb * log(cb / eb);
    return 2 * g;
}

static int by_rank(const void *x, const void *y)
{
    const cand *a = *(const cand *const *)x, *b = *(const cand *const *)y;
    if (a->side != b->side)
        return b->side - a->side; /* new (B) first */
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
    uint32_t fa = a->first[a->side], fb = b->first[b->side];
    if (fa != fb)
        return fa < fb ? -1 : 1;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->key, b->key, n);
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

/* The clean bytes [*start, *end) of folded [at, at + len) of s. */
static void orig_range(const side *s, uint32_t at, uint32_t len, uint32_t *start,
                       uint32_t *end)
{
    uint32_t last = at + len - 1;
    while (last > at && ((unsigned char)s->f->s[last] & 0xC0) == 0x80)
        last--;
    size_t o = fold_orig(s->f, at), e = fold_orig(s->f, last);
    if (e < s->clean->len) {
        uint32_t cp;
        e += utf8_decode(s->clean->bytes + e, s->clean->len - e, &cp);
    }
    *start = (uint32_t)o;
    *end = (uint32_t)(e > o ? e : o);
}

/* The k best of each side of the ranked candidates r[0..n) into out. */
static void emit(keyness *out, cand **r, size_t n, const side *sd, size_t k)
{
    size_t bytes = 1;
    out->terms = xcalloc(n + 1, sizeof *out->terms);
    for (size_t i = 0; i < n; i++) {
        cand *c = r[i];
        int ns = c->side ? KEYNESS_NEW : KEYNESS_DROPPED;
        if (out->nside[ns] >= k)
            continue;
        out->nside[ns]++;
        keyness_term *t = &out->terms[out->nterms++];
        const side *s = &sd[c->side];
        orig_range(s, c->first[c->side], c->len, &t->start, &t->end);
        t->len = t->end - t->start;
        t->count_a = c->count[0];
        t->count_b = c->count[1];
        t->score = c->score;
        t->side = ns;
        bytes += t->len + 1;
    }
    out->bytes = xmalloc(bytes);
    size_t at = 0;
    for (size_t i = 0; i < out->nterms; i++) {
        keyness_term *t = &out->terms[i];
        const side *s = &sd[t->side == KEYNESS_NEW];
        memcpy(out->bytes + at, s->clean->bytes + t->start, t->len);
        out->bytes[at + t->len] = 0;
        t->text = out->bytes + at;
        at += t->len + 1;
    }
}

static void side_open(side *s, const keyness_text *t)
{
    memset(s, 0, sizeof *s);
    s->clean = t->clean;
    s->f = t->fold;
    if (!s->f) {
        fold_text(t->clean->bytes, t->clean->len, &s->own);
        s->f = &s->own;
    }
}

static void side_close(side *s)
{
    if (s->f == &s->own)
        fold_free(&s->own);
    free(s->t);
}

/* The candidates counted as strings in both texts, the subsumed ones
 * marked, the rest scored; into r (ranked), how many. */
static size_t rank(matcher *m, const side *sd, cand **r)
{
    matcher_index(m);
    counting k = {0, m->c, NULL, 0, 0};
    for (int w = 0; w < 2; w++) {
        k.which = w;
        matcher_scan(m, sd[w].f->s, sd[w].f->len, on_count, &k);
    }
    widen_all(m, sd, &k);
    free(k.at);
    matcher_index(m); /* the widened keys */
    for (size_t i = 0; i < m->n; i++)
        if (kept(&m->c[i]))
            matcher_scan(m, m->c[i].key, m->c[i].len, on_inside, &m->c[i]);
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++) {
        cand *c = &m->c[i];
        if (!kept(c) || c->gone)
            continue;
        c->score = keyness_g2(c->count[0], c->count[1], (double)sd[0].words,
                              (double)sd[1].words);
        r[n++] = c;
    }
    qsort(r, n, sizeof *r, by_rank);
    return n;
}

void keyness_find(const keyness_text *a, const keyness_text *b,
                  word_bounds_fn words, size_t k, keyness *out)
{
    memset(out, 0, sizeof *out);
    side sd[2];
    side_open(&sd[0], a);
    side_open(&sd[1], b);
    vocab v = {0};
    arena_init(&v.mem);
    grams gs = {0};
    for (int w = 0; w < 2; w++) {
        side_words(&sd[w], &v, words);
        count_side(&gs, &sd[w], w);
        out->words[w] = sd[w].words;
    }
    matcher m = {0};
    if (sd[0].words && sd[1].words)
        gather(&m, &gs, sd, &v);
    cand **r = xmalloc((m.n + 1) * sizeof *r);
    size_t n = rank(&m, sd, r);
    emit(out, r, n, sd, k);
    free(r);
    free(m.c);
    free(m.order);
    keyset_free(&gs.keys);
    free(gs.g);
    strset_free(&v.set);
    arena_free(&v.mem);
    free(v.flags);
    side_close(&sd[0]);
    side_close(&sd[1]);
}

const char *keyness_side_name(keyness_side s)
{
    return s == KEYNESS_NEW ? "new" : "dropped";
}

void keyness_free(keyness *k)
{
    free(k->terms);
    free(k->bytes);
    memset(k, 0, sizeof *k);
}
