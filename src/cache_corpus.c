/* cache_corpus.c — a corpus's entry in the cache (see cache.h): the
 * search index and near-duplicate pairing of documents loaded through
 * the cache, named by their sources and names in order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <xxhash.h>

#include "cache_impl.h"
#include "index_pack.h"

/* A corpus entry's name: c/x and the key. */
static void corpus_name(cache_key k, char *out, size_t size)
{
    snprintf(out, size, "c/x%016llx%016llx", (unsigned long long)k.hi,
             (unsigned long long)k.lo);
}

int cache_corpus_key(doc *const *docs, size_t n, cache_key *key)
{
    XXH3_state_t *st = XXH3_createState();
    if (!st)
        abort();
    XXH3_128bits_reset(st);
    int all = 1;
    for (size_t i = 0; i < n && all; i++) {
        all = docs[i]->source[0] || docs[i]->source[1];
        XXH3_128bits_update(st, docs[i]->source, sizeof docs[i]->source);
        XXH3_128bits_update(st, docs[i]->name, strlen(docs[i]->name) + 1);
    }
    XXH128_hash_t h = XXH3_128bits_digest(st);
    XXH3_freeState(st);
    *key = (cache_key){h.low64, h.high64};
    return all && n > 0;
}

struct cache_corpus {
    void *base;
    size_t len;
};

/* The payload of a corpus entry for n documents: duplicate_of (int32, n),
 * similarity (double, n), each 8-aligned, then the index record. */
static size_t pairs_bytes(size_t n)
{
    return (n * sizeof(int32_t) + 7) / 8 * 8 + n * sizeof(double);
}

cache_corpus *cache_find_corpus(cache *c, cache_key key, size_t n, search_index **ix,
                                int *duplicate_of, double *similarity)
{
    char name[64];
    void *base;
    size_t len;
    if (!c)
        return NULL;
    corpus_name(key, name, sizeof name);
    if (!cache_map_entry(c, name, key, n, "the corpus's index", &base, &len))
        return NULL;
    const cache_head *h = base;
    const unsigned char *p = (const unsigned char *)base + sizeof *h;
    const char *why = NULL;
    if (h->ndocs != n || h->payload_size < pairs_bytes(n))
        why = "made for other documents";
    for (size_t i = 0; !why && i < n; i++) {
        int32_t d;
        memcpy(&d, p + i * sizeof d, sizeof d);
        if (d < -1 || d >= (int32_t)n || (size_t)d == i)
            why = "damaged (pairs)";
        duplicate_of[i] = d;
    }
    if (!why)
        memcpy(similarity, p + pairs_bytes(n) - n * sizeof(double), n * sizeof(double));
    *ix = why ? NULL : index_unpack(p + pairs_bytes(n), h->payload_size - pairs_bytes(n), n, &why);
    if (!*ix) {
        cache_say(c, "cache: the entry for the corpus's index was %s: made again",
            why ? why : "damaged");
        unlinkat(c->dirfd, name, 0);
        munmap(base, len);
        return NULL;
    }
    cache_corpus *k = xmalloc(sizeof *k);
    k->base = base;
    k->len = len;
    return k;
}

void cache_corpus_free(cache_corpus *k)
{
    if (!k)
        return;
    munmap(k->base, k->len);
    free(k);
}

void cache_store_corpus(cache *c, cache_key key, const search_index *ix,
                        const int *duplicate_of, const double *similarity, size_t n)
{
    cache_entry *e = cache_entry_new(c, key, n, NULL);
    if (!e)
        return;
    corpus_name(key, e->name, sizeof e->name);
    e->ndocs = (uint32_t)n;
    int32_t *d = xcalloc(n + 2, sizeof *d);
    for (size_t i = 0; i < n; i++)
        d[i] = duplicate_of ? duplicate_of[i] : -1;
    cache_entry_emit(e, d, pairs_bytes(n) - n * sizeof(double));
    free(d);
    double *s = xcalloc(n + 1, sizeof *s);
    if (similarity)
        memcpy(s, similarity, n * sizeof *s);
    cache_entry_emit(e, s, n * sizeof *s);
    free(s);
    index_pack_to(ix, cache_entry_emit, e);
    cache_entry_commit(e, NULL);
}
