/* meta_order.c — sort keys and groups of reports by their metadata (see
 * meta_order.h): a division's code made six digits (44 → 440000, 4401 →
 * 440100) so that a province comes before its prefectures and each
 * prefecture before its counties. */
#include "meta_order.h"

#include <string.h>

#include "divisions.h"

enum {
    RANK_NAMED = 10000000, /* after every six-digit code */
};

const char *meta_field_name(meta_field f)
{
    static const char *const names[META_NFIELDS] = {
        [META_BY_REGION] = "region", [META_BY_YEAR] = "year",
        [META_BY_KIND] = "kind"};
    return (unsigned)f < META_NFIELDS ? names[f] : "";
}

int meta_region_unknown(const doc_meta *m)
{
    return !m->region || !*m->region;
}

static int national(const doc_meta *m)
{
    return !m->region_code && m->region && strcmp(m->region, "全国") == 0;
}

/* Code made six digits, + 1 (0 is 全国's). */
static uint64_t code_rank(unsigned code)
{
    uint64_t r = code;
    while (r && r < 100000)
        r *= 100;
    return r + 1;
}

uint64_t meta_order_key(const doc_meta *m, meta_field f)
{
    switch (f) {
    case META_BY_REGION:
        if (meta_region_unknown(m))
            return META_KEY_NONE;
        if (national(m))
            return 0;
        return m->region_code ? code_rank(m->region_code) : RANK_NAMED;
    case META_BY_YEAR:
        return m->year > 0 ? (uint64_t)m->year : META_KEY_NONE;
    case META_BY_KIND:
        return (unsigned)m->kind < DOC_NKINDS && m->kind != DOC_KIND_OTHER
                   ? (uint64_t)m->kind : DOC_NKINDS;
    default:
        return META_KEY_NONE;
    }
}

meta_group meta_group_of(const doc_meta *m, int level)
{
    if (meta_region_unknown(m))
        return (meta_group){META_KEY_NONE, 0, NULL};
    if (national(m))
        return (meta_group){0, 0, NULL};
    if (!m->region_code)
        return (meta_group){RANK_NAMED, 0, m->region};
    unsigned code = m->region_code;
    for (int guard = 0; guard < 8 && divisions_level(code) > level; guard++) {
        unsigned up = divisions_parent(code);
        if (!up)
            break;
        code = up;
    }
    return (meta_group){code_rank(code), code, NULL};
}

int meta_group_cmp(const meta_group *a, const meta_group *b)
{
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    if (a->name && b->name)
        return strcmp(a->name, b->name);
    return 0;
}
