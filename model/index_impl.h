/* index_impl.h — the inside of the search index, shared by index.c
 * (literal terms), index_build.c (building), index_pinyin.c (pinyin
 * terms) and index_sort.c (their matches into place order): the distinct bigrams in ascending order, each with its postings stream, a
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

/* A place in the corpus as one sortable number: document, then byte
 * (the starts of a pinyin query's walks). */
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

/* A match found through the index as one sortable number, in place
 * order: its document, its byte offset (pos_bits), its length in bytes
 * (len_bits; 0 bits: the length is not kept), packed as tight as the
 * corpus allows, so that a query's matches move through memory in half
 * the bytes a place and a length would take. */
typedef struct span_layout {
    unsigned pos_bits, len_bits;
    uint64_t docs; /* documents: a key's document is below */
} span_layout;

/* The layout for ndocs documents of at most max_pos + 1 bytes and
 * matches of at most max_len bytes; 0 when the three do not fit in 64
 * bits with the length (l then keeps no length). */
int span_layout_for(span_layout *l, size_t ndocs, uint64_t max_pos, size_t max_len);

/* The key of a match (its length dropped when l keeps none). */
static inline uint64_t span_key(const span_layout *l, uint64_t doc, uint64_t pos,
                                size_t len)
{
    return ((doc << l->pos_bits | pos) << l->len_bits) | (l->len_bits ? len : 0);
}

static inline size_t span_doc(const span_layout *l, uint64_t key)
{
    return (size_t)(key >> l->len_bits >> l->pos_bits);
}

static inline size_t span_pos(const span_layout *l, uint64_t key)
{
    return (size_t)((key >> l->len_bits) & (((uint64_t)1 << l->pos_bits) - 1));
}

static inline size_t span_len(const span_layout *l, uint64_t key)
{
    return (size_t)(key & (((uint64_t)1 << l->len_bits) - 1));
}

/* Whether a place fits the layout (a posting of a corrupt index may not). */
static inline int span_fits(const span_layout *l, uint64_t doc, uint64_t pos)
{
    return doc < l->docs && !(pos >> l->pos_bits);
}

/* Keys being gathered: v[0..n) (room for cap), the least and the
 * greatest of them (lo > hi while there are none). */
typedef struct key_run {
    uint64_t *v;
    size_t n, cap;
    uint64_t lo, hi;
} key_run;

static inline key_run key_run_empty(void)
{
    return (key_run){NULL, 0, 0, UINT64_MAX, 0};
}

/* key appended to r (grown as needed), its bounds kept. */
void key_run_add(key_run *r, uint64_t key);

/* The keys of runs[0..k) (each in any order; no two keys alike but for
 * their lowest skip bits, as a span's length is, so those are not
 * sorted on) joined in ascending order, sorted on up to jobs threads
 * (radix; qsort for few): returns them (malloc'd; NULL when there are
 * none), *total their number. The runs' arrays are freed and emptied. */
uint64_t *index_sort_runs(key_run *runs, size_t k, unsigned skip, size_t jobs,
                          size_t *total);

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

/* The postings of bigram k appended to r as keys of layout l, of
 * matches of len bytes (a posting that does not fit l passed over);
 * returns how many. */
size_t index_posting_keys(const search_index *ix, size_t k, const span_layout *l,
                          size_t len, key_run *r);

#endif
