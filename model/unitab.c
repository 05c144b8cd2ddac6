/* unitab.c — O(1) lookups over the Unicode tables that tools/gen_tables generated from ICU (see unitab.h). */
#include "unitab.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "cpset.h"
#include "han.h"

#define KEY_MAX 16  /* longest toneless syllable accepted ("zhuang" is 6) */

/* m's value for cp, or 0 when it has none: three dependent loads, no branches but the bound. */
static uint32_t map_get(const unitab_map *m, uint32_t cp)
{
    uint32_t block = cp >> 8;
    if (block >= m->nblocks)
        return 0;
    return m->values[m->pages[(size_t)m->top[block] * 256 + (cp & 0xFF)]];
}

static uint32_t map_or_self(const unitab_map *m, uint32_t cp)
{
    uint32_t v = map_get(m, cp);
    return v ? v : cp;
}

const char *unitab_pinyin(uint32_t cp)
{
    uint32_t off = map_get(&unitab_pinyin_map, cp);
    return off ? unitab_pinyin_pool + off : NULL;
}

/* True when s[0..n) is one of the space-separated words of list. */
static int has_word(const char *list, const char *s, size_t n)
{
    for (const char *p = list; *p;) {
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if ((size_t)(e - p) == n && memcmp(p, s, n) == 0)
            return 1;
        p = *e ? e + 1 : e;
    }
    return 0;
}

/* Writes the toneless key of s[0..n) (ASCII letters lowercased, ü/Ü as v)
 * into key[KEY_MAX] and returns its length; 0 when s holds anything else
 * (tone marks) or is too long. */
static size_t toneless_key(const char *s, size_t n, char *key)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (k == KEY_MAX)
            return 0;
        if (c >= 'a' && c <= 'z')
            key[k++] = (char)c;
        else if (c >= 'A' && c <= 'Z')
            key[k++] = (char)(c - 'A' + 'a');
        else if (c == 0xC3 && i + 1 < n &&
                 ((unsigned char)s[i + 1] == 0xBC || (unsigned char)s[i + 1] == 0x9C))
            key[k++] = 'v', i++;
        else
            return 0;
    }
    return k;
}

const char *unitab_pinyin_toneless(uint32_t cp)
{
    const char *toned = unitab_pinyin(cp);
    return toned ? toned + strlen(toned) + 1 : NULL;
}

int unitab_has_reading(uint32_t cp, const char *s, size_t n)
{
    const char *toned = unitab_pinyin(cp);
    if (!toned || n == 0)
        return 0;
    char key[KEY_MAX];
    size_t k = toneless_key(s, n, key);
    if (k == 0)
        return has_word(toned, s, n);
    return has_word(toned + strlen(toned) + 1, key, k);
}

uint32_t unitab_t2s(uint32_t cp)
{
    return map_or_self(&unitab_t2s_map, cp);
}

uint32_t unitab_s2t(uint32_t cp)
{
    return map_or_self(&unitab_s2t_map, cp);
}

void unitab_each_changed(int s2t, uint32_t from, uint32_t to,
                         void (*fn)(void *ctx, uint32_t cp), void *ctx)
{
    const unitab_map *m = s2t ? &unitab_s2t_map : &unitab_t2s_map;
    uint32_t empty = UINT32_MAX; /* a page known to hold no value */
    for (uint32_t b = from >> 8; b < m->nblocks && b <= (to - 1) >> 8; b++) {
        uint32_t page = m->top[b];
        if (page == empty)
            continue;
        const uint16_t *v = m->pages + (size_t)page * 256;
        int any = 0;
        for (uint32_t k = 0; k < 256; k++) {
            uint32_t cp = b << 8 | k, to_cp = m->values[v[k]];
            any |= v[k] != 0;
            if (to_cp && to_cp != cp && cp >= from && cp < to)
                fn(ctx, cp);
        }
        if (!any)
            empty = page;
    }
}

uint32_t unitab_halfwidth(uint32_t cp)
{
    return map_or_self(&unitab_halfwidth_map, cp);
}

uint32_t unitab_fullwidth(uint32_t cp)
{
    if (cp == 0x20)
        return 0x3000;
    if (cp >= 0x21 && cp <= 0x7E)
        return cp - 0x21 + 0xFF01;
    return cp;
}

/* The Han characters of the BMP that unitab_t2s changes ([0]) and those
 * unitab_s2t changes ([1]): 16 KB, made on the first call from the maps'
 * pages (once a process). */
static cpset han_changed[2];
static pthread_once_t han_changed_once = PTHREAD_ONCE_INIT;

/* Adds cp to the set ctx when it is Han. */
static void add_han(void *ctx, uint32_t cp)
{
    if (han_is(cp))
        cpset_add(ctx, cp);
}

static void han_changed_build(void)
{
    unitab_each_changed(0, HAN_MIN, 0x10000, add_han, &han_changed[0]);
    unitab_each_changed(1, HAN_MIN, 0x10000, add_han, &han_changed[1]);
}

const cpset *unitab_han_changed(int s2t)
{
    pthread_once(&han_changed_once, han_changed_build);
    return &han_changed[s2t != 0];
}

int unitab_han_changes(int s2t, uint32_t cp)
{
    if (cp < 0x10000)
        return cpset_has(unitab_han_changed(s2t), cp);
    return han_is(cp) && (s2t ? unitab_s2t(cp) : unitab_t2s(cp)) != cp;
}
