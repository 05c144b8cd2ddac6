/* index.c — finding literal terms in the bigram index (see index.h; the
 * layout is in index_impl.h, building in index_build.c, pinyin in
 * index_pinyin.c). */
#include "index_impl.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

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

size_t index_lookup(const search_index *ix, uint64_t key)
{
    for (size_t s = index_slot(key, ix->nslots);; s = (s + 1) & (ix->nslots - 1)) {
        uint32_t k = ix->slots[s];
        if (!k)
            return SIZE_MAX;
        if (ix->keys[k - 1] == key)
            return k - 1;
    }
}

void index_set_jobs(search_index *ix, int jobs)
{
    ix->jobs = jobs < 1 ? 1 : jobs > INDEX_MAX_JOBS ? INDEX_MAX_JOBS : jobs;
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
