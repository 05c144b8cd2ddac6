/* index.c — building the bigram index and finding literal terms in it
 * (see index.h; the layout is in index_impl.h, pinyin in index_pinyin.c). */
#include "index_impl.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

static size_t slot_of(uint64_t key, size_t nslots)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> 20) & (nslots - 1);
}

static size_t varint_len(uint64_t v)
{
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

static unsigned char *varint_put(unsigned char *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    return p;
}

static const unsigned char *varint_get(const unsigned char *p, uint64_t *v)
{
    uint64_t x = 0;
    int shift = 0;
    while (*p & 0x80) {
        x |= (uint64_t)(*p++ & 0x7F) << shift;
        shift += 7;
    }
    *v = x | (uint64_t)*p++ << shift;
    return p;
}

/* A posting as coded after the stream's previous one: a position in the
 * same document as (delta << 1), a new document as ((doc delta << 1) | 1)
 * then the position. */
typedef struct last {
    uint32_t doc, pos;
    unsigned char any;
} last;

static size_t posting_len(const last *l, size_t doc, size_t pos)
{
    if (l->any && l->doc == doc)
        return varint_len((uint64_t)(pos - l->pos) << 1);
    return varint_len(((uint64_t)(doc - (l->any ? l->doc : 0)) << 1) | 1) +
           varint_len(pos);
}

static unsigned char *posting_put(unsigned char *p, const last *l, size_t doc,
                                  size_t pos)
{
    if (l->any && l->doc == doc)
        return varint_put(p, (uint64_t)(pos - l->pos) << 1);
    p = varint_put(p, ((uint64_t)(doc - (l->any ? l->doc : 0)) << 1) | 1);
    return varint_put(p, pos);
}

/* The first pass's table: each distinct bigram with the size of its
 * stream so far and its last posting (open addressing, grown at half
 * full). */
typedef struct entry {
    uint64_t key;
    size_t size;
    last last;
} entry;

typedef struct counter {
    entry *e;
    size_t n, cap;
    uint64_t *han;
} counter;

static entry *counter_find(counter *c, uint64_t key)
{
    if (2 * (c->n + 1) > c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1 << 16;
        entry *e = xcalloc(cap, sizeof *e);
        for (size_t i = 0; i < c->cap; i++) {
            if (!c->e[i].key)
                continue;
            size_t s = slot_of(c->e[i].key, cap);
            while (e[s].key)
                s = (s + 1) & (cap - 1);
            e[s] = c->e[i];
        }
        free(c->e);
        c->e = e;
        c->cap = cap;
    }
    size_t s = slot_of(key, c->cap);
    while (c->e[s].key && c->e[s].key != key)
        s = (s + 1) & (c->cap - 1);
    if (!c->e[s].key) {
        c->e[s].key = key;
        c->n++;
    }
    return &c->e[s];
}

size_t index_lookup(const search_index *ix, uint64_t key)
{
    for (size_t s = slot_of(key, ix->nslots);; s = (s + 1) & (ix->nslots - 1)) {
        uint32_t k = ix->slots[s];
        if (!k)
            return SIZE_MAX;
        if (ix->keys[k - 1] == key)
            return k - 1;
    }
}

typedef void (*bigram_fn)(void *ctx, uint64_t key, size_t doc, size_t pos);

/* Every bigram of every text, and every Han character into *han when
 * given; stops early when *cancel is raised (returns 0 then; looked at
 * every CANCEL_STRIDE bytes, and at each text's start). A
 * character before a newline or the end pairs with '\n', so that each
 * character is the first of one bigram; none starts with a newline. */
static int each_bigram(const folded *f, size_t n, bigram_fn fn, void *ctx,
                       uint64_t *han, const cancel_flag *cancel)
{
    for (size_t d = 0; d < n; d++) {
        if (cancel_raised(cancel))
            return 0;
        const char *s = f[d].s;
        size_t len = f[d].len, i = 0;
        uint32_t prev = '\n';
        size_t prev_at = 0, look = CANCEL_STRIDE; /* looked at just above */
        while (i < len) {
            if (cancel_every(cancel, i, &look))
                return 0;
            uint32_t cp;
            size_t k = utf8_decode(s + i, len - i, &cp);
            if (prev != '\n')
                fn(ctx, bigram_key(prev, cp), d, prev_at);
            if (han && han_is(cp))
                han[(cp - HAN_MIN) / 64] |= (uint64_t)1 << ((cp - HAN_MIN) % 64);
            prev = cp;
            prev_at = i;
            i += k;
        }
        if (prev != '\n')
            fn(ctx, bigram_key(prev, '\n'), d, prev_at);
    }
    return 1;
}

static void count(void *p, uint64_t key, size_t doc, size_t pos)
{
    entry *e = counter_find(p, key);
    e->size += posting_len(&e->last, doc, pos);
    e->last = (last){(uint32_t)doc, (uint32_t)pos, 1};
}

static int by_key(const void *a, const void *b)
{
    uint64_t x = ((const entry *)a)->key, y = ((const entry *)b)->key;
    return (x > y) - (x < y);
}

/* The second pass: each posting written at its stream's fill point. */
typedef struct writer {
    search_index *ix;
    size_t *fill;
    last *last;
} writer;

static void write_one(void *p, uint64_t key, size_t doc, size_t pos)
{
    writer *w = p;
    size_t k = index_lookup(w->ix, key);
    unsigned char *at = w->ix->data + w->fill[k];
    w->fill[k] += (size_t)(posting_put(at, &w->last[k], doc, pos) - at);
    w->last[k] = (last){(uint32_t)doc, (uint32_t)pos, 1};
}

/* From the first pass's table: the keys in order, their offsets, the
 * lookup slots. */
static void lay_out(search_index *ix, counter *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->cap; i++)
        if (c->e[i].key)
            c->e[n++] = c->e[i];
    if (n > 1) /* c->e is NULL when no text had a bigram */
        qsort(c->e, n, sizeof *c->e, by_key);
    ix->nkeys = n;
    ix->keys = xmalloc((n + 1) * sizeof *ix->keys);
    ix->start = xmalloc((n + 1) * sizeof *ix->start);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        ix->keys[i] = c->e[i].key;
        ix->start[i] = total;
        total += c->e[i].size;
    }
    ix->start[n] = total;
    ix->data = xmalloc(total + 1);
    for (ix->nslots = 16; ix->nslots < 2 * n; ix->nslots *= 2)
        ;
    ix->slots = xcalloc(ix->nslots, sizeof *ix->slots);
    for (size_t i = 0; i < n; i++) {
        size_t s = slot_of(ix->keys[i], ix->nslots);
        while (ix->slots[s])
            s = (s + 1) & (ix->nslots - 1);
        ix->slots[s] = (uint32_t)(i + 1);
    }
}

search_index *index_build(const folded *f, size_t n, const cancel_flag *cancel)
{
    search_index *ix = xcalloc(1, sizeof *ix);
    counter c = {0};
    ix->han = xcalloc(HAN_WORDS, sizeof *ix->han);
    ix->ndocs = n;
    if (!each_bigram(f, n, count, &c, ix->han, cancel)) {
        free(c.e);
        index_free(ix);
        return NULL;
    }
    lay_out(ix, &c);
    free(c.e);
    writer w = {ix, xmalloc((ix->nkeys + 1) * sizeof *w.fill),
                xcalloc(ix->nkeys + 1, sizeof *w.last)};
    memcpy(w.fill, ix->start, ix->nkeys * sizeof *w.fill);
    int done = each_bigram(f, n, write_one, &w, NULL, cancel);
    free(w.fill);
    free(w.last);
    if (!done) {
        index_free(ix);
        return NULL;
    }
    return ix;
}

void index_free(search_index *ix)
{
    if (!ix)
        return;
    if (ix->borrowed) {
        free(ix);
        return;
    }
    free(ix->keys);
    free(ix->start);
    free(ix->slots);
    free(ix->data);
    free(ix->han);
    free(ix);
}

size_t index_bytes(const search_index *ix)
{
    return ix->start[ix->nkeys] + (ix->nkeys + 1) * (sizeof *ix->keys + sizeof *ix->start) +
           ix->nslots * sizeof *ix->slots + HAN_WORDS * sizeof *ix->han + sizeof *ix;
}

void index_each_posting(const search_index *ix, size_t k, index_hit_fn fn,
                        void *ctx)
{
    const unsigned char *p = ix->data + ix->start[k];
    const unsigned char *end = ix->data + ix->start[k + 1];
    uint64_t doc = 0, pos = 0;
    while (p < end) {
        uint64_t v;
        p = varint_get(p, &v);
        if (v & 1) {
            doc += v >> 1;
            p = varint_get(p, &pos);
        } else {
            pos += v >> 1;
        }
        if (doc < ix->ndocs && pos <= UINT32_MAX) /* else not of these texts */
            fn(ctx, (size_t)doc, (size_t)pos);
    }
}

void index_group(const search_index *ix, uint32_t c, size_t *lo, size_t *hi)
{
    size_t a = 0, z = ix->nkeys;
    uint64_t from = bigram_key(c, 0);
    while (a < z) {
        size_t mid = (a + z) / 2;
        if (ix->keys[mid] < from)
            a = mid + 1;
        else
            z = mid;
    }
    *lo = a;
    for (z = a; z < ix->nkeys && bigram_first(ix->keys[z]) == c; z++)
        ;
    *hi = z;
}

static int by_place(const void *a, const void *b)
{
    const index_span *x = a, *y = b;
    return (x->place > y->place) - (x->place < y->place);
}

void index_sort_spans(index_span *v, size_t n)
{
    enum { DIGIT = 16, RADIX = 1 << DIGIT };
    if (n < 2)
        return; /* sorted; v may be NULL (a query without a match) */
    if (n < 4096) {
        qsort(v, n, sizeof *v, by_place);
        return;
    }
    uint64_t max = 0;
    for (size_t i = 0; i < n; i++)
        max = v[i].place > max ? v[i].place : max;
    index_span *tmp = xmalloc(n * sizeof *tmp);
    size_t *count = xmalloc(RADIX * sizeof *count);
    for (int shift = 0; shift < 64 && (max >> shift); shift += DIGIT) {
        memset(count, 0, RADIX * sizeof *count);
        for (size_t i = 0; i < n; i++)
            count[(v[i].place >> shift) & (RADIX - 1)]++;
        for (size_t d = 0, sum = 0; d < RADIX; d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            tmp[count[(v[i].place >> shift) & (RADIX - 1)]++] = v[i];
        memcpy(v, tmp, n * sizeof *v);
    }
    free(tmp);
    free(count);
}

/* A one-character term: every bigram it starts (each character starts
 * one), merged into place order. */
typedef struct places {
    index_span *v;
    size_t n, cap;
} places;

static void add_place(void *p, size_t doc, size_t pos)
{
    places *pl = p;
    pl->v = xgrow(pl->v, &pl->cap, pl->n, sizeof *pl->v);
    pl->v[pl->n++] = (index_span){index_place(doc, pos), 0};
}

static size_t one_char(const search_index *ix, uint32_t c, index_hit_fn fn,
                       void *ctx)
{
    places pl = {0};
    size_t lo, hi;
    index_group(ix, c, &lo, &hi);
    for (size_t b = lo; b < hi; b++)
        index_each_posting(ix, b, add_place, &pl);
    index_sort_spans(pl.v, pl.n);
    for (size_t i = 0; i < pl.n; i++)
        fn(ctx, place_doc(pl.v[i].place), place_pos(pl.v[i].place));
    free(pl.v);
    return pl.n;
}

/* Verifies each posting of the chosen bigram against the texts. */
typedef struct verify {
    const folded *f;
    size_t n;
    const char *t;
    size_t tn, off, hits;
    int whole; /* the bigram is the whole term: nothing to verify */
    index_hit_fn fn;
    void *ctx;
} verify;

static void verify_one(void *p, size_t doc, size_t pos)
{
    verify *v = p;
    if (doc >= v->n || pos < v->off)
        return;
    size_t at = pos - v->off;
    if (v->whole || (at + v->tn <= v->f[doc].len &&
                     memcmp(v->f[doc].s + at, v->t, v->tn) == 0)) {
        v->fn(v->ctx, doc, at);
        v->hits++;
    }
}

size_t index_find(const search_index *ix, const folded *f, size_t n,
                  const char *t, size_t tn, index_hit_fn fn, void *ctx)
{
    /* The query's bigram with the shortest stream, and its byte offset; a
     * bigram the corpus lacks means no hit at all. */
    size_t best = SIZE_MAX, best_len = SIZE_MAX, best_off = 0, i = 0, chars = 0;
    uint32_t prev = 0;
    size_t prev_at = 0;
    while (i < tn) {
        uint32_t cp;
        size_t k = utf8_decode(t + i, tn - i, &cp);
        if (i > 0 && prev != '\n' && cp != '\n') {
            size_t b = index_lookup(ix, bigram_key(prev, cp));
            if (b == SIZE_MAX)
                return 0;
            size_t len = ix->start[b + 1] - ix->start[b];
            if (len < best_len) {
                best = b;
                best_len = len;
                best_off = prev_at;
            }
        }
        prev = cp;
        prev_at = i;
        i += k;
        chars++;
    }
    if (best == SIZE_MAX && chars == 1 && prev != '\n')
        return one_char(ix, prev, fn, ctx);
    if (best == SIZE_MAX)
        return 0;
    verify v = {f, n, t, tn, best_off, 0, chars == 2, fn, ctx};
    index_each_posting(ix, best, verify_one, &v);
    return v.hits;
}
