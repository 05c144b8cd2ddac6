/* pack.h — writing a flat record (the cache's: model/doc_pack.h,
 * model/index_pack.h) in pieces: parts 8-aligned, their offsets in the
 * record given back, bytes handed to the caller's function as they come.
 * A record whose head comes first and holds the offsets is written in two
 * passes over the same parts: one that only counts (no function), then
 * one that writes, making the same offsets. */
#ifndef BAOGAO_PACK_H
#define BAOGAO_PACK_H

#include <stddef.h>
#include <stdint.h>

/* Parts of a record start at multiples of this. */
enum { PACK_ALIGN = 8 };

/* Where a record goes: n bytes at p, in order. */
typedef void (*pack_emit)(void *ctx, const void *p, size_t n);

typedef struct packer {
    pack_emit emit; /* NULL: counting only */
    void *ctx;
    uint64_t pos;   /* bytes of the record so far */
} packer;

/* Appends n bytes at p (none when n is 0), first padded with zeros to a
 * multiple of PACK_ALIGN; returns their offset in the record. */
uint64_t pack_put(packer *k, const void *p, size_t n);

/* Appends the string s ("" for NULL) with its NUL, unaligned; returns its
 * offset. */
uint64_t pack_str(packer *k, const char *s);

#endif
