/* cache.h — the cache of parsed reports: per file, everything the pipeline
 * made of it (model/doc_pack.h records), in a folder of the user's
 * ($XDG_CACHE_HOME/baogao, else ~/.cache/baogao), never next to the
 * reports. An entry is named by the file it was made of (a 128-bit XXH3
 * of its path and bytes) and checked by a header (magic, version,
 * record layout, the file's size and hash) and a checksum of its payload;
 * it is read with mmap and used in place. A second name, from the file's
 * identity (device, inode, size, modification and change times), leads
 * to the entry without reading the file at all; it is only written for a
 * file that has not changed for a while (CACHE_SETTLED seconds), so a
 * file edited within the clock's granularity is hashed, not trusted.
 * Entries are written to a temporary file and renamed into place; the
 * folder is kept under a size cap by evicting the least recently used.
 * Whatever goes wrong with the folder (unwritable, full, a link
 * elsewhere, a damaged entry) is said once and the run goes on: without
 * the cache, or parsing that file again. */
#ifndef BAOGAO_CACHE_H
#define BAOGAO_CACHE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "index.h"
#include "pipeline.h"

/* The default size cap (bytes): BAOGAO_CACHE_MAX (a number, K, M or G
 * after it) overrides it. */
#define CACHE_DEFAULT_MAX ((size_t)2 << 30)
/* A file whose modification or change time is this recent (seconds) is
 * found by its content only. */
enum { CACHE_SETTLED = 2 };

typedef struct cache cache;

/* What went wrong, for the user: msg names the folder or the entry. */
typedef void (*cache_warn_fn)(void *ctx, const char *msg);

/* The cache under dir (NULL: $XDG_CACHE_HOME/baogao, else
 * $HOME/.cache/baogao). Creates it (mode 0700) when missing; refuses a
 * dir that is a symbolic link, that cannot be created or written: then
 * NULL, after one warning through warn (NULL: on stderr). Never fails
 * otherwise. */
cache *cache_open(const char *dir, cache_warn_fn warn, void *ctx);

/* Where c's warnings go from now on (NULL: stderr). */
void cache_set_warn(cache *c, cache_warn_fn warn, void *ctx);

/* What any cache says on this thread goes to fn (NULL: back to each
 * cache's warn): a loader's worker keeps the messages of a file with the
 * file's other output, to give them in the files' order. */
void cache_say_here(cache_warn_fn fn, void *ctx);

/* Says msg as c says its warnings (its warn, else stderr). */
void cache_warn(cache *c, const char *msg);

/* A cache is shared by threads: finding, reading and writing entries may
 * run on several at once (each entry is written by one); opening,
 * cache_set_warn and closing are for one thread, with no other using
 * it. */

/* Keeps the cache under its cap (when this run wrote to it) and frees c
 * (NULL: nothing). */
void cache_close(cache *c);

/* The name a file's documents are cached under: an XXH3-128 of its path
 * (as given: what the pipeline makes can depend on the name, e.g. the
 * region a file name says) and its bytes. */
typedef struct cache_key {
    uint64_t lo, hi;
} cache_key;

cache_key cache_key_of(const char *path, const void *bytes, size_t n);

/* What a lookup found. */
enum { CACHE_MISS = -3 };

/* The documents cached for the regular file at path whose fstat is st,
 * found by its identity without reading it: each handed to fn, as
 * pipeline_file does; returns their number, -1 with *err (in c, valid
 * until the next call) when the file was refused when parsed (empty, no
 * usable text), or CACHE_MISS. An entry parsed short of what depth asks
 * (PIPELINE_ALL, an entry without indicators) is a miss: the file is
 * parsed again and its new entry takes the old one's place. */
long cache_find_file(cache *c, const char *path, const struct stat *st,
                     pipeline_depth depth, pipeline_doc_fn fn, void *ctx,
                     const char **err);

/* The same by content: the entry for key (the file of size n at path,
 * identity st). A hit also records st, so the next run finds the file
 * without reading it. */
long cache_find(cache *c, cache_key key, size_t n, const char *path,
                const struct stat *st, pipeline_depth depth,
                pipeline_doc_fn fn, void *ctx, const char **err);

/* An entry in the making: the documents one file yields. */
typedef struct cache_entry cache_entry;

/* Starts the entry for the file of key (n bytes, identity st); NULL when
 * c is NULL or no longer writable. */
cache_entry *cache_entry_new(cache *c, cache_key key, size_t n,
                             const struct stat *st);
/* Adds d (packed now: d stays the caller's); an entry with a document
 * parsed without indicators (d->extracted 0) says so. */
void cache_entry_add(cache_entry *e, doc *d);
/* Writes the entry (its documents, or when refused is not NULL the
 * reason the file was refused) and frees it; a failure to write (a full
 * disk, a file size limit) is said once and ends writing for the run. */
void cache_entry_commit(cache_entry *e, const char *refused);
/* Frees an entry without writing it (the parse was stopped). */
void cache_entry_drop(cache_entry *e);

/* ---- a corpus: its search index and near-duplicate pairs ---------------- */

/* A corpus entry in use (its mapping). */
typedef struct cache_corpus cache_corpus;

/* The name of the corpus of docs[0..n), in this order: each one's source
 * (doc.h) and name. 0 when one has no source (it was not loaded through
 * the cache) or n is 0. */
int cache_corpus_key(doc *const *docs, size_t n, cache_key *key);

/* The search index (over the documents' folded texts, in their order)
 * and the pairing (duplicate_of, similarity: n each, as corpus.h has
 * them) cached for corpus key of n documents: *ix points into the entry,
 * which stays mapped until cache_corpus_free (after index_free of *ix).
 * NULL when there is none (a damaged one is said and removed). */
cache_corpus *cache_find_corpus(cache *c, cache_key key, size_t n, search_index **ix,
                                int *duplicate_of, double *similarity);

void cache_corpus_free(cache_corpus *k);

/* Caches ix and the pairing (NULL: none paired) for corpus key of n
 * documents; a failure to write is said once, as for documents. */
void cache_store_corpus(cache *c, cache_key key, const search_index *ix,
                        const int *duplicate_of, const double *similarity, size_t n);

/* What cache info prints. */
typedef struct cache_stats {
    char dir[4096];     /* the cache folder */
    size_t entries;     /* content entries, all versions */
    size_t bytes;       /* their size */
    size_t current;     /* entries of this build */
    size_t links;       /* identity names */
    size_t cap;         /* the size cap */
} cache_stats;

/* c's folder (the cache's root, all builds under it). */
const char *cache_dir(const cache *c);

/* Fills *s for c. */
void cache_get_stats(cache *c, cache_stats *s);

/* Removes every entry and name of c (all versions); returns how many
 * files were removed, or -1 with errno when the folder cannot be read. */
long cache_clear(cache *c);

#endif
