/* divisions_data.h — the layout of the gazetteer's tables, shared by
 * model/divisions.c and the file tools/gen_divisions writes
 * (divisions_data.c). Internal to the divisions module. */
#ifndef BAOGAO_DIVISIONS_DATA_H
#define BAOGAO_DIVISIONS_DATA_H

#include <stddef.h>
#include <stdint.h>

enum {
    DIV_NONE = 0xFFFF,   /* no parent */
    DIV_WEAK = 1,        /* a development zone, park or 管理区 (code 7x) */
    DIV_GENERIC = 2,     /* a name that is also a common word (城区, 矿区) */
    DIV_REF_SHORT = 0x8000 /* in a ref: the alias is a short form */
};

/* One division: its GB/T 2260 code (44, 4401, 440103), the row of its
 * parent (DIV_NONE for a province), its full name in divisions_text, its
 * level (1 province, 2 prefecture, 3 county) and flags. Sorted by code. */
typedef struct division_row {
    uint32_t code;
    uint16_t parent;
    uint16_t len;
    uint32_t name;
    uint8_t level, flags;
} division_row;

/* One name a division goes by (a full name or a short form) in
 * divisions_text, and the divisions it names: refs[first .. first+n)
 * (division rows, DIV_REF_SHORT set when it is a short form of that
 * one). Sorted bytewise by name. */
typedef struct division_alias {
    uint32_t name;
    uint16_t len;
    uint16_t n;
    uint32_t first;
} division_alias;

/* The key of a name's first two characters (its first DIVISIONS_PREFIX
 * bytes: every name has them), little-endian whatever the machine, and
 * its hash: the slot of divisions_prefix_slots where the search for the
 * names starting so begins (open addressing, linear probing); its top 16
 * bits pick a bit of divisions_pairs. */
enum { DIVISIONS_PREFIX = 6 };
static inline uint64_t divisions_prefix_key(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
           (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40;
}
static inline uint32_t divisions_prefix_hash(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32);
}

extern const char divisions_text[];
extern const division_row divisions_rows[];
extern const size_t divisions_nrows;
extern const division_alias divisions_aliases[];
extern const size_t divisions_naliases;
extern const uint16_t divisions_refs[];
extern const size_t divisions_nrefs;
extern const size_t divisions_text_bytes;
/* Per slot, 1 + the first alias of a prefix, or 0 (empty); mask + 1
 * slots, a power of two, at most a quarter full. */
extern const uint16_t divisions_prefix_slots[];
/* A bit per code point of the BMP (cp >> 3, 1 << (cp & 7)): set for
 * those a name starts with. */
extern const uint8_t divisions_first[8192];
/* A bit per value of a prefix hash's top 16 bits (h >> 19, 1 << (h >> 16
 * & 7)): set for the hashes of the names' first two characters. */
extern const uint8_t divisions_pairs[8192];
extern const size_t divisions_prefix_mask;

#endif
