/* index_impl.h — the inside of the search index, shared by index.c
 * (literal terms), index_build.c (building) and index_pinyin.c (pinyin terms): the
 * distinct bigrams in ascending order, each with its postings stream, a
 * hash table over them, and the set of Han characters present. */
#ifndef BAOGAO_INDEX_IMPL_H
#define BAOGAO_INDEX_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "han.h"
#include "index.h"

/* A bigram's key: both code points (21 bits each), plus one so that no
 * key is 0 (the empty slot). Keys sort by first character, then second. */
static inline uint64_t bigram_key(uint32_t a, uint32_t b)
{
    return ((uint64_t)a << 21 | b) + 1;
}

static inline uint32_t bigram_first(uint64_t key)
{
    return (uint32_t)((key - 1) >> 21);
}

static inline uint32_t bigram_second(uint64_t key)
{
    return (uint32_t)((key - 1) & 0x1FFFFF);
}

/* The slot of key in a lookup table of nslots (a power of two). */
static inline size_t index_slot(uint64_t key, size_t nslots)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> 20) & (nslots - 1);
}

/* The words of the Han bitmap. */
enum { HAN_WORDS = (HAN_MAX - HAN_MIN) / 64 + 1 };

struct search_index {
    uint64_t *keys;      /* nkeys distinct bigrams, ascending */
    size_t *start;       /* nkeys + 1 offsets of their streams in data */
    uint32_t *slots;     /* nslots (a power of two): key index + 1, or 0 */
    size_t nkeys, nslots;
    unsigned char *data; /* the postings streams, one after another */
    uint64_t *han;       /* bit c - HAN_MIN: Han character c occurs */
    size_t ndocs;
    int jobs;            /* the threads a query may take (index_set_jobs) */
    int borrowed;        /* the arrays point into a record (index_unpack) */
};

/* A place in the corpus as one sortable number: document, then byte. */
static inline uint64_t index_place(size_t doc, size_t pos)
{
    return (uint64_t)doc << 32 | pos;
}

static inline size_t place_doc(uint64_t place)
{
    return (size_t)(place >> 32);
}

static inline size_t place_pos(uint64_t place)
{
    return (size_t)(place & 0xFFFFFFFFu);
}

/* A match found through the index: its place and its bytes. */
typedef struct index_span {
    uint64_t place;
    size_t len;
} index_span;

/* Sorts v[0..n) by place (radix sort; qsort for few). */
void index_sort_spans(index_span *v, size_t n);

/* The bigrams starting with character c: [*lo, *hi) of ix->keys. */
void index_group(const search_index *ix, uint32_t c, size_t *lo, size_t *hi);

/* The index of bigram key in ix->keys, or SIZE_MAX when absent. */
size_t index_lookup(const search_index *ix, uint64_t key);

/* A varint of the postings streams: seven bits a byte, low first. */
static inline const unsigned char *varint_get(const unsigned char *p, uint64_t *v)
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

/* Reading one bigram's postings: where the next one starts, where they
 * end, and the last document and position read. */
typedef struct posting_reader {
    const unsigned char *p, *end;
    uint64_t doc, pos;
} posting_reader;

static inline posting_reader postings_of(const search_index *ix, size_t k)
{
    return (posting_reader){ix->data + ix->start[k], ix->data + ix->start[k + 1], 0, 0};
}

/* The next posting into r->doc and r->pos; 0 at the end. A posting that
 * is not of these texts is passed over. */
static inline int posting_next(const search_index *ix, posting_reader *r)
{
    while (r->p < r->end) {
        uint64_t v;
        r->p = varint_get(r->p, &v);
        if (v & 1) {
            r->doc += v >> 1;
            r->p = varint_get(r->p, &r->pos);
        } else {
            r->pos += v >> 1;
        }
        if (r->doc < ix->ndocs && r->pos <= UINT32_MAX)
            return 1;
    }
    return 0;
}

/* Decodes the postings of bigram k: fn(ctx, doc, pos) for each, in
 * document then position order, pos being the bigram's first byte. */
void index_each_posting(const search_index *ix, size_t k, index_hit_fn fn,
                        void *ctx);

/* The postings of bigram k appended to (*v)[*n..] as spans of len bytes,
 * *v grown as needed (*cap its room), *n moved on; returns how many. */
size_t index_posting_spans(const search_index *ix, size_t k, size_t len,
                           index_span **v, size_t *n, size_t *cap);

#endif
