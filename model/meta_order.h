/* meta_order.h — reports in order by what they are (meta.h): the keys the
 * Reports pane sorts by (region, year, kind) and the groups it gathers
 * reports in (a province, a prefecture). Unknown values sort last. Model
 * code: no curses. */
#ifndef BAOGAO_META_ORDER_H
#define BAOGAO_META_ORDER_H

#include <stdint.h>

#include "meta.h"

/* A key for no value: sorts after every other, either direction. */
#define META_KEY_NONE UINT64_MAX

typedef enum meta_field {
    META_BY_REGION, /* 全国 first, then the gazetteer's order (a province,
                       its prefectures, each followed by its counties),
                       then regions named but not in the gazetteer */
    META_BY_YEAR,
    META_BY_KIND,   /* doc_kind's order, DOC_KIND_OTHER last of the known */
    META_NFIELDS
} meta_field;

/* The name of field f as the Reports pane's title says it ("region",
 * "year", "kind"); "" when out of range. Static strings. */
const char *meta_field_name(meta_field f);

/* m's key by field f: a smaller key sorts first; META_KEY_NONE when m's
 * region (no name) or year (0) is unknown. */
uint64_t meta_order_key(const doc_meta *m, meta_field f);

/* The group a report falls in: its division's ancestor at `level` (1:
 * the province, 2: the prefecture; a division above that level is its
 * own group). */
typedef struct meta_group {
    uint64_t rank;      /* groups in this order: 全国, the gazetteer's
                           divisions, named regions (by name), unknown */
    unsigned code;      /* the division, 0 for 全国, a name or unknown */
    const char *name;   /* a region not in the gazetteer: its name (m's);
                           NULL otherwise */
} meta_group;

/* m's group at level (1 or 2). Cannot fail. */
meta_group meta_group_of(const doc_meta *m, int level);

/* Orders groups a and b (<0, 0, >0): by rank, then by name. */
int meta_group_cmp(const meta_group *a, const meta_group *b);

/* True when m's region is unknown (it sorts and groups last, and the
 * Reports pane writes it ?). */
int meta_region_unknown(const doc_meta *m);

#endif
