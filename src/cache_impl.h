/* cache_impl.h — what the cache's files share (src/cache.c: the folder,
 * names, reading and writing entries; cache_folder.c: eviction, info,
 * clear; cache_corpus.c: a corpus's index and pairing): the layout of an
 * entry's header, the cache and an entry in the making, and the calls
 * between them. */
#ifndef BAOGAO_CACHE_IMPL_H
#define BAOGAO_CACHE_IMPL_H

#include <stdatomic.h>
#include <stdint.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "cache.h"
#include "sbuf.h"

enum {
    CACHE_VERSION = 1,
    TOUCH_AFTER = 3600,      /* a hit refreshes an entry's time after this (s) */
    MAX_DOCS = 1 << 20,      /* documents in one entry (CSV rows) */
    STALE_TMP = 3600,        /* a temporary file left this long is a crash's */
    RELEASE_STEP = 1 << 20,  /* pages let go in steps of this much at least */
    BIG_ENTRY = 64 << 20     /* an entry read in pieces, its pages let go */
};

typedef struct cache_head {
    char magic[8];
    uint32_t version, head_size;
    uint64_t layout;          /* doc_pack_layout() */
    uint64_t key_lo, key_hi;  /* the content's cache_key */
    uint64_t file_size;
    uint64_t payload_size, payload_hash; /* XXH3-64 of the payload */
    uint32_t ndocs, refused;  /* refused: the payload is the reason */
    uint32_t no_indicators;   /* a document in it was parsed without them */
    uint32_t spare;           /* 0 */
} cache_head;

struct cache {
    char root[4096];
    char ns[64];      /* b-<build> */
    int dirfd;        /* root/ns */
    atomic_int writable; /* cleared on the first failed write */
    atomic_int wrote;    /* entries written by this run */
    size_t cap;
    atomic_uint tmp_seq;
    cache_warn_fn warn;
    void *ctx;
};

enum { ENTRY_BUFFER = 1 << 20 };

struct cache_entry {
    cache *c;
    cache_key key;
    size_t n;
    struct stat st;
    int has_st;
    int fd;              /* the temporary file */
    char tmp[64], name[64]; /* and the entry's name */
    int failed;          /* errno of the first failed write, or 0 */
    unsigned char *buf;  /* ENTRY_BUFFER bytes not yet written */
    size_t used;
    uint64_t size;       /* payload bytes */
    XXH3_state_t *hash;  /* of the payload */
    uint32_t ndocs;
    int no_indicators;   /* a document added was parsed without them */
};

/* Says msg (printf-formatted) through c's warn, else on stderr. */
void cache_say(cache *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Maps entry name (relative to c's build folder) and checks its header
 * is of key and n (n: the file's size, or a corpus's documents; SIZE_MAX:
 * any) and its payload's checksum: 1 with the mapping in *base, *len; 0
 * when there is none, or (said, naming what it was for, and removed)
 * when it is damaged. */
int cache_map_entry(cache *c, const char *name, cache_key key, size_t n,
                    const char *what, void **base, size_t *len);

/* Appends n bytes at p to the payload of e (a pack_emit). */
void cache_entry_emit(void *ctx, const void *p, size_t n);

/* Removes the least recently used entries (all builds') until the folder
 * is under 90% of c's cap, and identity links that lead nowhere. */
void cache_evict(cache *c);

#endif
