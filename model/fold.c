/* fold.c — the base fold of a code point, the compact and the searchable
 * (with an offset map) folds of text (see fold.h). */
#include "fold.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "han.h"
#include "unitab.h"
#include "utf8.h"

int fold_is_cjk(uint32_t cp)
{
    return han_is(cp) || (cp >= 0x2E80 && cp <= 0x9FFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0x201C || cp == 0x201D;
}

/* fold_base and fold_is_space, inlined where this file folds text (an
 * exported function of a position-independent library is not). */
static inline uint32_t base(uint32_t cp)
{
    /* unitab_halfwidth(unitab_t2s(cp)), the half-width map asked only
     * where it changes something, U+3000 and U+FF01–FFE6, and t2s for all
     * but ASCII (a test whether cp is Han would be a mispredicted branch
     * at every punctuation mark); test_fold holds this over every code
     * point. */
    if (cp >= 0x80) {
        cp = unitab_t2s(cp);
        if (cp == 0x3000 || (cp >= 0xFF01 && cp <= 0xFFE6))
            cp = unitab_halfwidth(cp);
    }
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    return cp;
}

static inline int is_space(uint32_t cp)
{
    return cp <= 0x3000 && /* CJK text is above: one test for it */
           (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
            (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F);
}

uint32_t fold_base(uint32_t cp)
{
    return base(cp);
}

uint32_t fold_word_cp(uint32_t cp)
{
    cp = base(cp);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
        return cp;
    if (cp < 0xC0 || (cp >= 0x2000 && cp < 0x3040) || cp == UTF8_REPLACEMENT ||
        (cp >= 0xFE30 && cp < 0xFE70) || (cp >= 0xFF00 && cp < 0xFFF0))
        return 0;
    return cp;
}

static uint16_t word_table[0x10000];
static pthread_once_t word_table_once = PTHREAD_ONCE_INIT;

static void word_table_fill(void)
{
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        uint32_t v = fold_word_cp(cp);
        word_table[cp] = (uint16_t)(v < FOLD_WORD_ASK ? v : FOLD_WORD_ASK);
    }
}

const uint16_t *fold_word_table(void)
{
    pthread_once(&word_table_once, word_table_fill);
    return word_table;
}

int fold_is_space(uint32_t cp)
{
    return is_space(cp);
}

/* fold_cp, inlined in fold_text. */
static inline uint32_t search_form(uint32_t cp)
{
    cp = base(cp);
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
        return cp;
    }
}

uint32_t fold_cp(uint32_t cp)
{
    return search_form(cp);
}

size_t fold_compact(const char *s, size_t n, sbuf *out)
{
    /* A byte that is no UTF-8 (a file name in GBK, say) folds to U+FFFD,
     * three bytes: the most any input byte gives (a 3-byte character
     * folds to 4 at most), and the 4 the last store writes past. */
    sbuf_reserve(out, 3 * n + 4);
    char *o = out->p + out->len;
    size_t cps = 0;
    /* A Han character U+4E00-U+9FFF is kept unless t2s changes it (its
     * base is t2s alone): one bit, not the map's three loads. */
    const cpset *changed = unitab_han_changed(0);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        if (u[i] - 0xE4u <= 0xE9 - 0xE4 && i + 3 < n && utf8_two_conts(u + i + 1)) {
            /* U+4000-U+9FFF read off its bytes (leads E4-E9), copied as
             * four (the fourth is written over next; out has room). */
            cp = (uint32_t)(u[i] & 0x0F) << 12 | (uint32_t)(u[i + 1] & 0x3F) << 6 |
                 (u[i + 2] & 0x3Fu);
            if (cp >= 0x4E00 && !cpset_has(changed, cp)) {
                memcpy(o, s + i, 4), o += 3;
                cps++;
                i += 3;
                continue;
            }
        }
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (!is_space(cp)) {
            uint32_t b = base(cp);
            /* U+4000-U+9FFF (three good bytes, Han mostly) kept by the
             * fold: its bytes copied, not encoded again. */
            if (b == cp && cp - 0x4000u <= 0x9FFF - 0x4000)
                memcpy(o, s + i, 3), o += 3;
            else
                o += utf8_encode(b, o);
            cps++;
        }
        i += k;
    }
    out->len = (size_t)(o - out->p);
    out->p[out->len] = '\0';
    return cps;
}

typedef struct out_buf {
    char *s;
    size_t len, cap;
    uint32_t *seg;
    size_t nseg, segcap;
    size_t next_from; /* where the current entry puts the next character */
} out_buf;

/* Appends folded character cp, which stands for the original at from. */
static void put(out_buf *o, uint32_t cp, size_t from)
{
    if (o->len + 4 >= o->cap) {
        o->cap = o->cap ? o->cap * 2 : 256;
        o->s = xrealloc(o->s, o->cap + 1);
    }
    if (!o->nseg || from != o->next_from) {
        o->seg = xgrow(o->seg, &o->segcap, o->nseg, 2 * sizeof *o->seg);
        o->seg[2 * o->nseg] = (uint32_t)o->len;
        o->seg[2 * o->nseg + 1] = (uint32_t)from;
        o->nseg++;
    }
    size_t k = utf8_encode(cp, o->s + o->len);
    o->len += k;
    o->next_from = from + k;
}

void fold_text(const char *s, size_t n, folded *out)
{
    fold_text_until(s, n, out, NULL);
}

int fold_text_until(const char *s, size_t n, folded *out,
                    const cancel_flag *cancel)
{
    out_buf o = {0};
    uint32_t prev = '\n';     /* last character kept (folded) */
    size_t space_at = 0;      /* original offset of a pending space run */
    int space = 0, stopped = 0;
    size_t look = 0;
    for (size_t i = 0; i < n;) {
        if (cancel_every(cancel, i, &look)) {
            stopped = 1;
            break;
        }
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (is_space(cp)) {
            if (!space)
                space_at = i;
            space = 1;
            i += k;
            continue;
        }
        uint32_t f = search_form(cp);
        if (space && prev != '\n' && f != '\n' && !fold_is_cjk(prev) &&
            !fold_is_cjk(cp))
            put(&o, ' ', space_at);
        space = 0;
        put(&o, f, i);
        prev = f;
        i += k;
    }
    o.s = xrealloc(o.s, o.len + 1); /* no slack: folds are kept */
    o.s[o.len] = '\0';
    out->s = o.s;
    out->len = o.len;
    out->seg = xrealloc(o.seg, (2 * o.nseg + 1) * sizeof *o.seg); /* fit */
    out->nseg = o.nseg;
    out->orig_len = (uint32_t)n;
    return stopped ? -1 : 0;
}

size_t fold_orig(const folded *f, size_t pos)
{
    if (pos >= f->len || !f->nseg)
        return f->orig_len;
    size_t lo = 0, hi = f->nseg; /* the last entry at or before pos */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (f->seg[2 * mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return f->seg[2 * lo + 1] + (pos - f->seg[2 * lo]);
}

void fold_free(folded *f)
{
    free(f->s);
    free(f->seg);
    memset(f, 0, sizeof *f);
}
