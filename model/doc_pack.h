/* doc_pack.h — a parsed document as one flat record of bytes and back: its
 * clean text with the line tables, blocks, sections, tables, metadata,
 * indicators, page-break joins and folded text, so that the cache
 * (src/cache.h) can keep what the pipeline made and a later run can use it
 * in place (the record mapped from a file: the big arrays are pointed
 * into, not copied). Pure: no file is touched here. */
#ifndef BAOGAO_DOC_PACK_H
#define BAOGAO_DOC_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "pack.h"
#include "sbuf.h"

/* Records start at multiples of this in their buffer. */
enum { DOC_PACK_ALIGN = PACK_ALIGN };

/* A number that changes whenever the layout of a record changes (the
 * record's fields and the sizes of the structures it holds as they are):
 * a reader refuses records of another layout. */
uint64_t doc_pack_layout(void);

/* Appends d as one record to out, padded first so the record starts at a
 * multiple of DOC_PACK_ALIGN of out. d's fold is made if it has none
 * (doc_fold). What d->name adds to d->path (a CSV row's "#3") is kept,
 * the path itself not: the record can be read back under another path.
 * Aborts on out-of-memory only. */
void doc_pack(doc *d, sbuf *out);

/* doc_pack without a copy in memory: the record handed to fn in pieces
 * (the big arrays as they are in d); its size (a multiple of
 * DOC_PACK_ALIGN: the caller's stream stays aligned). */
uint64_t doc_pack_to(doc *d, pack_emit fn, void *ctx);

/* Reads the record at p[0..n) (p a multiple of DOC_PACK_ALIGN) into a new
 * document at path. Everything in the record is checked against n and
 * against itself (offsets, counts, line tables, indices of sections,
 * tables and rows, strings NUL-terminated): a damaged record is refused,
 * NULL with *err saying what is wrong. The document points into p, which
 * must outlive it (tie them with arena_on_free). *used: the record's
 * bytes (the next record, if any, starts at the next multiple of
 * DOC_PACK_ALIGN). */
doc *doc_unpack(const unsigned char *p, size_t n, const char *path,
                unsigned flags, size_t *used, const char **err);

/* doc_unpack's flags. DOC_UNPACK_TEXT_SEALED: the caller has verified
 * the record's bytes are those doc_pack wrote (a checksum over them
 * held), so the clean and folded text and the strings, UTF-8 when
 * packed, are not checked for it again (most of the time of reading);
 * every offset, count, index and string end still is. */
enum { DOC_UNPACK_TEXT_SEALED = 1 };

#endif
