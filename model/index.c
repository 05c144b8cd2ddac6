/* index.c — bigram postings (see index.h). */
#include "index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

enum { BUCKET_BITS = 18, NBUCKETS = 1 << BUCKET_BITS };

struct search_index {
    size_t *start;          /* NBUCKETS + 1 offsets into data */
    unsigned char *data;    /* the varint streams, bucket after bucket */
    size_t ndocs;
};

static size_t bucket_of(uint32_t a, uint32_t b)
{
    uint64_t h = ((uint64_t)a << 21 | b) * 0x9E3779B97F4A7C15u;
    return (size_t)(h >> (64 - BUCKET_BITS));
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

/* A posting as coded after the bucket's previous one: a position in the
 * same document as ((delta << 1)), a new document as ((doc delta << 1) | 1)
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

typedef void (*bigram_fn)(void *ctx, size_t bucket, size_t doc, size_t pos);

/* Every bigram of every text (not across a newline); stops early when
 * *cancel turns nonzero (returns 0 then). */
static int each_bigram(const folded *f, size_t n, bigram_fn fn, void *ctx,
                       const volatile int *cancel)
{
    for (size_t d = 0; d < n; d++) {
        if (cancel && *cancel)
            return 0;
        const char *s = f[d].s;
        size_t len = f[d].len, i = 0;
        uint32_t prev = '\n';
        size_t prev_at = 0;
        while (i < len) {
            uint32_t cp;
            size_t k = utf8_decode(s + i, len - i, &cp);
            if (prev != '\n' && cp != '\n')
                fn(ctx, bucket_of(prev, cp), d, prev_at);
            prev = cp;
            prev_at = i;
            i += k;
        }
    }
    return 1;
}

typedef struct build {
    search_index *ix;
    last *last;
    size_t *size;      /* pass 1: bytes per bucket */
    size_t *fill;      /* pass 2: write position per bucket */
} build;

static void count(void *p, size_t b, size_t doc, size_t pos)
{
    build *bd = p;
    bd->size[b] += posting_len(&bd->last[b], doc, pos);
    bd->last[b] = (last){(uint32_t)doc, (uint32_t)pos, 1};
}

static void write_one(void *p, size_t b, size_t doc, size_t pos)
{
    build *bd = p;
    unsigned char *at = bd->ix->data + bd->fill[b];
    unsigned char *end = posting_put(at, &bd->last[b], doc, pos);
    bd->fill[b] += (size_t)(end - at);
    bd->last[b] = (last){(uint32_t)doc, (uint32_t)pos, 1};
}

search_index *index_build(const folded *f, size_t n, const volatile int *cancel)
{
    search_index *ix = xmalloc(sizeof *ix);
    build bd = {ix, calloc(NBUCKETS, sizeof(last)), calloc(NBUCKETS, sizeof(size_t)),
                NULL};
    if (!bd.last || !bd.size)
        abort();
    if (!each_bigram(f, n, count, &bd, cancel)) {
        free(bd.last);
        free(bd.size);
        free(ix);
        return NULL;
    }
    ix->start = xmalloc((NBUCKETS + 1) * sizeof *ix->start);
    size_t total = 0;
    for (size_t b = 0; b < NBUCKETS; b++) {
        ix->start[b] = total;
        total += bd.size[b];
    }
    ix->start[NBUCKETS] = total;
    ix->data = xmalloc(total + 1);
    ix->ndocs = n;
    bd.fill = bd.size; /* reuse: the write position of each bucket */
    memcpy(bd.fill, ix->start, NBUCKETS * sizeof *bd.fill);
    memset(bd.last, 0, NBUCKETS * sizeof *bd.last);
    int done = each_bigram(f, n, write_one, &bd, cancel);
    free(bd.last);
    free(bd.size);
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
    free(ix->start);
    free(ix->data);
    free(ix);
}

size_t index_bytes(const search_index *ix)
{
    return ix->start[NBUCKETS] + (NBUCKETS + 1) * sizeof *ix->start +
           sizeof *ix;
}

/* One-character terms: a scan of every text. */
static size_t scan(const folded *f, size_t n, const char *t, size_t tn,
                   index_hit_fn fn, void *ctx)
{
    size_t hits = 0;
    for (size_t d = 0; d < n; d++)
        for (const char *p = f[d].s; (p = memmem(p, f[d].len - (size_t)(p - f[d].s), t, tn));
             p++) {
            fn(ctx, d, (size_t)(p - f[d].s));
            hits++;
        }
    return hits;
}

size_t index_find(const search_index *ix, const folded *f, size_t n,
                  const char *t, size_t tn, index_hit_fn fn, void *ctx)
{
    /* The query's bigram with the shortest stream, and its byte offset. */
    size_t best = SIZE_MAX, best_len = SIZE_MAX, best_off = 0, i = 0;
    uint32_t prev = 0;
    size_t prev_at = 0;
    while (i < tn) {
        uint32_t cp;
        size_t k = utf8_decode(t + i, tn - i, &cp);
        if (i > 0 && prev != '\n' && cp != '\n') {
            size_t b = bucket_of(prev, cp);
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
    }
    if (best == SIZE_MAX)
        return scan(f, n, t, tn, fn, ctx);
    size_t hits = 0;
    const unsigned char *p = ix->data + ix->start[best];
    const unsigned char *end = ix->data + ix->start[best + 1];
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
        if (doc >= n || pos < best_off)
            continue;
        size_t at = (size_t)pos - best_off;
        if (at + tn <= f[doc].len && memcmp(f[doc].s + at, t, tn) == 0) {
            fn(ctx, (size_t)doc, at);
            hits++;
        }
    }
    return hits;
}
