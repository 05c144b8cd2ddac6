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

extern const char divisions_text[];
extern const division_row divisions_rows[];
extern const size_t divisions_nrows;
extern const division_alias divisions_aliases[];
extern const size_t divisions_naliases;
extern const uint16_t divisions_refs[];
extern const size_t divisions_nrefs;
extern const size_t divisions_text_bytes;

#endif
