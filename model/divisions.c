/* divisions.c — lookups in the compiled gazetteer (see divisions.h; the
 * tables' layout is divisions_data.h): rows by code and whole names by
 * binary search, names at a place in a text by the hash of their first
 * two characters. */
#include "divisions.h"

#include <stdint.h>
#include <string.h>

#include "divisions_data.h"

/* The row of code, or NULL: a binary search whose step is a
 * conditional move, not a branch (half of them would be mispredicted;
 * a region's names ask for rows a few thousand times a report). */
static const division_row *row_of(unsigned code)
{
    const division_row *r = divisions_rows;
    for (size_t len = divisions_nrows; len > 1;) {
        size_t half = len / 2;
        r = r[half].code <= code ? r + half : r;
        len -= half;
    }
    return divisions_nrows && r->code == code ? r : NULL;
}

/* Bytewise order of alias a against s[0..n). */
static int alias_cmp(const division_alias *a, const char *s, size_t n)
{
    size_t k = a->len < n ? a->len : n;
    int c = memcmp(divisions_text + a->name, s, k);
    return c ? c : (a->len > n) - (a->len < n);
}

/* The first alias not before s[0..n). */
static size_t lower_bound(const char *s, size_t n)
{
    size_t lo = 0, hi = divisions_naliases;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (alias_cmp(&divisions_aliases[mid], s, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* *h from alias a. */
static void fill(const division_alias *a, division_hit *h)
{
    h->len = a->len;
    h->n = a->n;
    for (unsigned i = 0; i < a->n; i++) {
        uint16_t ref = divisions_refs[a->first + i];
        h->code[i] = divisions_rows[ref & ~DIV_REF_SHORT].code;
        h->is_short[i] = (ref & DIV_REF_SHORT) != 0;
    }
}

/* The first alias whose prefix has key and hash, or divisions_naliases
 * when none has. */
static size_t probe(uint64_t key, uint32_t hash)
{
    for (size_t h = hash & divisions_prefix_mask;; h = (h + 1) & divisions_prefix_mask) {
        unsigned slot = divisions_prefix_slots[h];
        if (!slot)
            return divisions_naliases;
        if (divisions_prefix_key(divisions_text + divisions_aliases[slot - 1].name) == key)
            return slot - 1;
    }
}

/* The first alias starting with the DIVISIONS_PREFIX bytes at s, or
 * divisions_naliases when none does: at most places of a text, a bit of
 * divisions_pairs tells so. */
static inline size_t prefix_first(const char *s)
{
    uint64_t key = divisions_prefix_key(s);
    uint32_t hash = divisions_prefix_hash(key);
    if (!(divisions_pairs[hash >> 19] & (1u << (hash >> 16 & 7))))
        return divisions_naliases;
    return probe(key, hash);
}

/* True when a name starts with the character of the three bytes at u. */
static int starts_name(const unsigned char *u)
{
    unsigned cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
    return (divisions_first[cp >> 3] & (1u << (cp & 7))) != 0;
}

/* The longest name at s[0..n) among the aliases from first on (those
 * of its prefix, from prefix_first): fills *h, returns its length or 0. */
static size_t match_from(size_t first, const char *s, size_t n, division_hit *h)
{
    const division_alias *best = NULL;
    for (size_t i = first; i < divisions_naliases; i++) {
        const division_alias *a = &divisions_aliases[i];
        if (memcmp(divisions_text + a->name, s, DIVISIONS_PREFIX) != 0)
            break;
        if (a->len <= n && memcmp(divisions_text + a->name, s, a->len) == 0)
            best = a; /* sorted: a longer match comes later */
    }
    h->len = 0;
    h->n = 0;
    if (best)
        fill(best, h);
    return h->len;
}

size_t divisions_match(const char *s, size_t n, division_hit *h)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n < DIVISIONS_PREFIX || (u[0] & 0xF0) != 0xE0 || !starts_name(u)) {
        h->len = 0;
        h->n = 0;
        return 0;
    }
    return match_from(prefix_first(s), s, n, h);
}

/* Bytes of the UTF-8 character that starts with byte c (1 for a stray
 * continuation byte). */
static size_t char_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

size_t divisions_next(const char *s, size_t n, size_t from, division_hit *h)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = from; i + DIVISIONS_PREFIX <= n; i += char_len(u[i])) {
        /* The pairs' bit alone decides whether to look: the first
         * character starts a name at a quarter of the places of a text,
         * too often for the branch to be predicted; two rarely do. */
        if ((u[i] & 0xF0) != 0xE0)
            continue;
        size_t first = prefix_first(s + i);
        if (first < divisions_naliases && match_from(first, s + i, n - i, h))
            return i;
    }
    h->len = 0;
    h->n = 0;
    return n;
}

unsigned divisions_lookup(const char *name, size_t n, division_hit *h)
{
    h->len = 0;
    h->n = 0;
    size_t i = lower_bound(name, n);
    if (i < divisions_naliases && alias_cmp(&divisions_aliases[i], name, n) == 0)
        fill(&divisions_aliases[i], h);
    return h->n;
}

/* The one code of h[...] that pass marks, or 0 when none or several. */
static unsigned only(const division_hit *h, const unsigned char *pass)
{
    unsigned found = 0;
    for (unsigned i = 0; i < h->n; i++)
        if (pass[i]) {
            if (found)
                return 0;
            found = h->code[i];
        }
    return found;
}

/* For a short form: the one candidate all others lie within, else the
 * only province among them; 0 when neither. */
static unsigned outermost(const division_hit *h)
{
    unsigned char pass[DIVISIONS_MAX_HITS] = {0};
    for (unsigned i = 0; i < h->n; i++) {
        pass[i] = 1;
        for (unsigned j = 0; j < h->n; j++)
            if (!divisions_within(h->code[j], h->code[i]))
                pass[i] = 0;
    }
    unsigned c = only(h, pass);
    if (c)
        return c;
    for (unsigned i = 0; i < h->n; i++)
        pass[i] = divisions_level(h->code[i]) == 1;
    return only(h, pass);
}

unsigned divisions_resolve(const division_hit *h, const unsigned *context,
                           size_t ncontext)
{
    if (h->n <= 1)
        return h->n ? h->code[0] : 0;
    unsigned char pass[DIVISIONS_MAX_HITS] = {0};
    for (unsigned i = 0; i < h->n; i++)
        for (size_t k = 0; k < ncontext && !pass[i]; k++)
            pass[i] = divisions_within(h->code[i], context[k]);
    unsigned c = only(h, pass);
    if (c)
        return c;
    int all_short = 1;
    for (unsigned i = 0; i < h->n; i++)
        all_short &= h->is_short[i];
    return all_short ? outermost(h) : 0;
}

const char *divisions_name(unsigned code)
{
    const division_row *r = row_of(code);
    return r ? divisions_text + r->name : NULL;
}

unsigned divisions_parent(unsigned code)
{
    const division_row *r = row_of(code);
    return r && r->parent != DIV_NONE ? divisions_rows[r->parent].code : 0;
}

int divisions_level(unsigned code)
{
    const division_row *r = row_of(code);
    return r ? r->level : 0;
}

int divisions_within(unsigned code, unsigned outer)
{
    for (const division_row *r = row_of(code); r;
         r = r->parent != DIV_NONE ? &divisions_rows[r->parent] : NULL)
        if (r->code == outer)
            return 1;
    return 0;
}

int divisions_weak(unsigned code)
{
    const division_row *r = row_of(code);
    return r && (r->flags & (DIV_WEAK | DIV_GENERIC));
}

void divisions_chain(unsigned code, sbuf *out)
{
    const division_row *r = row_of(code);
    if (!r)
        return;
    if (r->parent != DIV_NONE) {
        divisions_chain(divisions_rows[r->parent].code, out);
        sbuf_adds(out, " › ");
    }
    sbuf_add(out, divisions_text + r->name, r->len);
}

size_t divisions_count(void)
{
    return divisions_nrows;
}

size_t divisions_table_bytes(void)
{
    return divisions_text_bytes + divisions_nrows * sizeof(division_row) +
           divisions_naliases * sizeof(division_alias) +
           divisions_nrefs * sizeof(uint16_t) +
           (divisions_prefix_mask + 1) * sizeof(uint16_t) + sizeof divisions_first +
           sizeof divisions_pairs;
}
