/* index_pack.h — the search index (model/index.h) as one flat record and
 * back, for the cache (src/cache.h): a corpus's index is kept beside its
 * documents' entries, so that a second start does not build it again.
 * Pure: no file is touched here. */
#ifndef BAOGAO_INDEX_PACK_H
#define BAOGAO_INDEX_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "pack.h"

/* Hands ix as one record to fn in pieces; returns its size (a multiple of
 * 8). */
uint64_t index_pack_to(const search_index *ix, pack_emit fn, void *ctx);

/* The index in the record at p[0..n) (p 8-aligned), its arrays pointing
 * into p, which must outlive it (index_free frees only what this made).
 * It must be an index of ndocs texts. The layout is checked (offsets and sizes inside the record, keys in
 * order, the lookup table and the streams' bounds consistent, the data
 * ending in a zero byte so no stream is read past the record); the
 * postings themselves are not decoded: the caller has checked the bytes
 * are those index_pack_to wrote (a checksum), and a posting of no text
 * is dropped when read. NULL with *err when the record is refused. */
search_index *index_unpack(const unsigned char *p, size_t n, size_t ndocs,
                           const char **err);

#endif
