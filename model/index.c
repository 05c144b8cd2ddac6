/* index.c — finding literal terms in the bigram index (see index.h; the
 * layout is in index_impl.h, building in index_build.c, pinyin in
 * index_pinyin.c). */
#include "index_impl.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

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
    posting_reader r = postings_of(ix, k);
    while (posting_next(ix, &r))
        fn(ctx, (size_t)r.doc, (size_t)r.pos);
}

size_t index_posting_spans(const search_index *ix, size_t k, size_t len,
                           index_span **v, size_t *n, size_t *cap)
{
    /* A posting takes a byte at least: room for as many as bytes. */
    size_t room = *n + (ix->start[k + 1] - ix->start[k]);
    if (room > *cap) {
        *cap = room > 2 * *cap ? room : 2 * *cap;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    index_span *out = *v + *n;
    posting_reader r = postings_of(ix, k);
    while (posting_next(ix, &r))
        *out++ = (index_span){index_place((size_t)r.doc, (size_t)r.pos), len};
    size_t added = (size_t)(out - (*v + *n));
    *n += added;
    return added;
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

/* A span's place as a dense key: the document above just the bits its
 * byte offsets take (pos_bits), so that a corpus of a few thousand
 * reports of some hundred KB sorts on some 30 bits, not 45. */
static inline uint64_t dense_key(uint64_t place, unsigned pos_bits)
{
    return (uint64_t)place_doc(place) << pos_bits | place_pos(place);
}

static unsigned bits_of(uint64_t x)
{
    return x ? 64u - (unsigned)__builtin_clzll(x) : 0u;
}

/* from[0..n) sorted by the bits [lo, hi) of their dense keys, least
 * significant digit first, digits of at most 11 bits (2,048 counters),
 * the two arrays taking turns, a digit all share skipped. Returns the
 * one that holds the sorted spans: from, or to (as big). */
static index_span *sort_low_bits(index_span *from, index_span *to, size_t n,
                                 unsigned pos_bits, unsigned lo, unsigned hi)
{
    enum { MAX_DIGIT = 11, RADIX = 1 << MAX_DIGIT };
    uint32_t count[RADIX];
    if (n < 2)
        return from; /* sorted */
    unsigned passes = (hi - lo + MAX_DIGIT - 1) / MAX_DIGIT;
    unsigned digit = passes ? (hi - lo + passes - 1) / passes : 0;
    uint64_t mask = ((uint64_t)1 << digit) - 1;
    for (unsigned p = 0; p < passes; p++) {
        unsigned shift = lo + p * digit;
        memset(count, 0, (mask + 1) * sizeof count[0]);
        for (size_t i = 0; i < n; i++)
            count[(dense_key(from[i].place, pos_bits) >> shift) & mask]++;
        if (count[(dense_key(from[0].place, pos_bits) >> shift) & mask] == n)
            continue; /* every span has this digit */
        for (size_t d = 0, sum = 0; d <= mask; d++) {
            uint32_t here = count[d];
            count[d] = (uint32_t)sum;
            sum += here;
        }
        for (size_t i = 0; i < n; i++)
            to[count[(dense_key(from[i].place, pos_bits) >> shift) & mask]++] = from[i];
        index_span *t = from;
        from = to;
        to = t;
    }
    return from;
}

void index_sort_spans(index_span *v, size_t n)
{
    /* Most significant digit first, once, into buckets of some 4,096
     * spans on average (both arrays of one fit in the second-level
     * cache), then each bucket by its low bits there: the whole array
     * goes through memory twice, not once a digit. */
    enum { BUCKET = 4096, MAX_TOP = 12 };
    if (n < 2)
        return; /* sorted; v may be NULL (a query without a match) */
    if (n < 1024) {
        qsort(v, n, sizeof *v, by_place);
        return;
    }
    uint64_t max_doc = 0, max_pos = 0;
    for (size_t i = 0; i < n; i++) {
        max_doc = place_doc(v[i].place) > max_doc ? place_doc(v[i].place) : max_doc;
        max_pos = place_pos(v[i].place) > max_pos ? place_pos(v[i].place) : max_pos;
    }
    unsigned pos_bits = bits_of(max_pos), bits = pos_bits + bits_of(max_doc);
    unsigned top = bits_of(n / BUCKET);
    top = top > MAX_TOP ? MAX_TOP : top > bits ? bits : top;
    index_span *tmp = xmalloc(n * sizeof *tmp);
    if (!top) {
        index_span *sorted = sort_low_bits(v, tmp, n, pos_bits, 0, bits);
        if (sorted != v)
            memcpy(v, sorted, n * sizeof *v);
        free(tmp);
        return;
    }
    unsigned shift = bits - top;
    size_t *start = xcalloc(((size_t)1 << top) + 1, sizeof *start);
    for (size_t i = 0; i < n; i++)
        start[(dense_key(v[i].place, pos_bits) >> shift) + 1]++;
    for (size_t d = 1; d <= ((size_t)1 << top); d++)
        start[d] += start[d - 1];
    size_t *at = xmalloc(((size_t)1 << top) * sizeof *at);
    memcpy(at, start, ((size_t)1 << top) * sizeof *at);
    for (size_t i = 0; i < n; i++)
        tmp[at[dense_key(v[i].place, pos_bits) >> shift]++] = v[i];
    for (size_t d = 0; d < ((size_t)1 << top); d++) {
        size_t lo = start[d], m = start[d + 1] - lo;
        index_span *sorted = sort_low_bits(tmp + lo, v + lo, m, pos_bits, 0, shift);
        if (sorted != v + lo)
            memcpy(v + lo, sorted, m * sizeof *v);
    }
    free(at);
    free(start);
    free(tmp);
}

/* A one-character term: every bigram it starts (each character starts
 * one), merged into place order. */
static size_t one_char(const search_index *ix, uint32_t c, index_hit_fn fn,
                       void *ctx)
{
    index_span *v = NULL;
    size_t n = 0, cap = 0, lo, hi;
    index_group(ix, c, &lo, &hi);
    for (size_t b = lo; b < hi; b++)
        index_posting_spans(ix, b, 0, &v, &n, &cap);
    index_sort_spans(v, n);
    for (size_t i = 0; i < n; i++)
        fn(ctx, place_doc(v[i].place), place_pos(v[i].place));
    free(v);
    return n;
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
