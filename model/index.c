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

size_t index_posting_keys(const search_index *ix, size_t k, const span_layout *l,
                          size_t len, key_run *r)
{
    /* A posting takes a byte at least: room for as many as bytes. */
    size_t room = r->n + (ix->start[k + 1] - ix->start[k]);
    if (room > r->cap) {
        r->cap = room > 2 * r->cap ? room : 2 * r->cap;
        r->v = xrealloc(r->v, r->cap * sizeof *r->v);
    }
    uint64_t *out = r->v + r->n, lo = r->lo, hi = r->hi;
    posting_reader p = postings_of(ix, k);
    while (posting_next(ix, &p)) {
        if (!span_fits(l, p.doc, p.pos))
            continue;
        uint64_t key = span_key(l, p.doc, p.pos, len);
        lo = key < lo ? key : lo;
        hi = key > hi ? key : hi;
        *out++ = key;
    }
    size_t added = (size_t)(out - (r->v + r->n));
    r->n += added;
    r->lo = lo;
    r->hi = hi;
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

/* A one-character term: every bigram it starts (each character starts
 * one), merged into place order. */
static size_t one_char(const search_index *ix, uint32_t c, index_hit_fn fn,
                       void *ctx)
{
    key_run r = key_run_empty();
    span_layout l;
    size_t lo, hi, n;
    span_layout_for(&l, ix->ndocs, UINT32_MAX, 0);
    index_group(ix, c, &lo, &hi);
    for (size_t b = lo; b < hi; b++)
        index_posting_keys(ix, b, &l, 0, &r);
    uint64_t *sorted = index_sort_runs(&r, 1, 0, 1, &n);
    for (size_t i = 0; i < n; i++)
        fn(ctx, span_doc(&l, sorted[i]), span_pos(&l, sorted[i]));
    free(sorted);
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
