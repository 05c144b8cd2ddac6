/* fold.c — search folding with an offset map (see fold.h). */
#include "fold.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "unitab.h"
#include "utf8.h"

int fold_is_cjk(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x20000 && cp <= 0x3134F) ||
           cp == 0x201C || cp == 0x201D;
}

uint32_t fold_cp(uint32_t cp)
{
    if (cp >= 0x80) {
        cp = unitab_halfwidth(unitab_t2s(cp));
        switch (cp) {
        case 0x201C: case 0x201D: case 0x300C: case 0x300D: case 0x300E:
        case 0x300F: case 0x201E: case 0x201F:
            return '"';
        case 0x2018: case 0x2019:
            return '\'';
        case 0x3001:
            return ',';
        case 0x2014: case 0x2013: case 0x2015: case 0x2212:
            return '-';
        default:
            break;
        }
    }
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    return cp;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
}

typedef struct out_buf {
    char *s;
    uint32_t *map;
    size_t len, cap;
} out_buf;

static void put(out_buf *o, uint32_t cp, size_t from)
{
    if (o->len + 4 >= o->cap) {
        o->cap = o->cap ? o->cap * 2 : 256;
        o->s = xrealloc(o->s, o->cap + 1);
        o->map = xrealloc(o->map, (o->cap + 1) * sizeof *o->map);
    }
    size_t k = utf8_encode(cp, o->s + o->len);
    for (size_t i = 0; i < k; i++)
        o->map[o->len + i] = (uint32_t)from;
    o->len += k;
}

void fold_text(const char *s, size_t n, folded *out)
{
    out_buf o = {0};
    uint32_t prev = '\n';     /* last character kept (folded) */
    size_t space_at = 0;      /* original offset of a pending space run */
    int space = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (is_space(cp)) {
            if (!space)
                space_at = i;
            space = 1;
            i += k;
            continue;
        }
        uint32_t f = fold_cp(cp);
        if (space && prev != '\n' && f != '\n' && !fold_is_cjk(prev) &&
            !fold_is_cjk(cp))
            put(&o, ' ', space_at);
        space = 0;
        put(&o, f, i);
        prev = f;
        i += k;
    }
    if (!o.s) {
        o.s = xmalloc(1);
        o.map = xmalloc(sizeof *o.map);
    }
    o.s[o.len] = '\0';
    o.map[o.len] = (uint32_t)n;
    out->s = o.s;
    out->len = o.len;
    out->map = o.map;
}

void fold_free(folded *f)
{
    free(f->s);
    free(f->map);
    memset(f, 0, sizeof *f);
}
