/* compare_units.c — one side of a comparison cut into units (the parts
 * of compare.h): the preamble, each section with its own text, the
 * appendix, tables on their own against a report without headings, or
 * each block of a report without headings; each with its folded title and text and the
 * hash sets of its title bigrams and text shingles. */
#include <stdlib.h>
#include <string.h>

#include "compare_impl.h"
#include "fold.h"
#include "hash.h"
#include "keysort.h"
#include "utf8.h"

enum {
    SHINGLE = 4, /* characters of a text shingle */
    GRAM = 2     /* characters of a title gram */
};
#define GRAM_SALT 0x5bd1e9955bd1e995ull /* title grams never equal shingles */

/* The hashes of a side's sets as they come, each with its owner: unit
 * index times two, plus one for a title gram. */
typedef struct hashes {
    uint64_t *h;
    uint32_t *owner;
    size_t n, cap;
    uint32_t at; /* the owner of the hashes coming */
} hashes;

/* Makes windows of k characters of the words of a text, each hashed. */
typedef struct windows {
    uint32_t ring[SHINGLE];
    size_t k, seen;
    uint64_t salt;
    hashes *out;
} windows;

/* The hash of the last m characters of w's ring. */
static uint64_t window_hash(const windows *w, size_t m)
{
    uint64_t h = 0xcbf29ce484222325ull ^ w->salt;
    for (size_t i = w->seen - m; i < w->seen; i++)
        h = (h ^ w->ring[i % w->k]) * 0x100000001b3ull;
    return hash_mix64(h + m);
}

static void push(hashes *s, uint64_t h)
{
    size_t cap = s->cap;
    s->h = xgrow(s->h, &s->cap, s->n, sizeof *s->h);
    if (cap != s->cap)
        s->owner = xrealloc(s->owner, s->cap * sizeof *s->owner);
    s->owner[s->n] = s->at;
    s->h[s->n++] = h;
}

/* The characters of s[0..n) into w (the words' characters only). */
static void windows_add(windows *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (!(cp = fold_word_cp(cp)))
            continue;
        w->ring[w->seen++ % w->k] = cp;
        if (w->seen >= w->k)
            push(w->out, window_hash(w, w->k));
    }
}

/* Ends a run of text (a block, a title): one window of the whole when it
 * was too short for any. */
static void windows_end(windows *w)
{
    if (w->seen && w->seen < w->k)
        push(w->out, window_hash(w, w->seen));
    w->seen = 0;
}

/* Every unit's sets from the hashes collected: one linear-time sort of
 * them all, then each hash to its owner's set in that order, repeats
 * dropped. The sets live in arena a. */
static void make_sets(cmp_side *side, hashes *s, arena *a)
{
    uint32_t *order = xcalloc(s->n + 1, sizeof *order);
    keysort(s->h, s->n, order);
    size_t *count = xcalloc(2 * side->n + 1, sizeof *count);
    for (size_t k = 0; k < s->n; k++)
        count[s->owner[k]]++;
    for (size_t i = 0; i < side->n; i++) {
        cmp_unit *u = &side->u[i];
        u->shingles.h = arena_alloc_uninit(a, (count[2 * i] + 1) * sizeof *u->shingles.h);
        u->grams.h = arena_alloc_uninit(a, (count[2 * i + 1] + 1) * sizeof *u->grams.h);
    }
    for (size_t k = 0; k < s->n; k++) {
        uint32_t o = s->owner[order[k]];
        cmp_unit *u = &side->u[o / 2];
        cmp_set *set = o % 2 ? &u->grams : &u->shingles;
        uint64_t h = s->h[order[k]];
        if (!set->n || set->h[set->n - 1] != h)
            ((uint64_t *)set->h)[set->n++] = h;
    }
    free(order);
    free(count);
}

/* Whether block b counts as text (no table of contents; no table when
 * tables are units of their own). */
static int counts(const block *b, int no_tables)
{
    return b->kind != BLOCK_TOC && !(no_tables && b->kind == BLOCK_TABLE);
}

/* Appends s[0..n) folded (fold_cp, spaces dropped) to out. */
static void fold_onto(const char *s, size_t n, sbuf *out)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (!fold_is_space(cp))
            sbuf_addcp(out, fold_cp(cp));
    }
}

void cmp_fold_blocks(const doc *d, size_t from, size_t to, int no_tables,
                     sbuf *out)
{
    int first = 1;
    for (size_t k = from; k < to; k++) {
        const block *b = &d->blocks[k];
        if (!counts(b, no_tables))
            continue;
        if (!first)
            sbuf_addc(out, '\n');
        first = 0;
        fold_onto(d->clean.bytes + b->start, b->end - b->start, out);
    }
}

/* What building a side keeps between units. */
typedef struct builder {
    cmp_side *s;
    size_t cap;
    arena *a;
    hashes h;
    sbuf fold;
    int split_tables;
} builder;

/* The folded text and the shingles of blocks [from, to) into u. */
static void own_text(builder *b, cmp_unit *u, size_t from, size_t to,
                     int no_tables)
{
    const doc *d = b->s->d;
    b->h.at = 2 * (uint32_t)(u - b->s->u);
    windows w = {.k = SHINGLE, .out = &b->h};
    for (size_t k = from; k < to; k++) {
        const block *bl = &d->blocks[k];
        if (!counts(bl, no_tables))
            continue;
        windows_add(&w, d->clean.bytes + bl->start, bl->end - bl->start);
        windows_end(&w);
    }
    b->fold.len = 0;
    cmp_fold_blocks(d, from, to, no_tables, &b->fold);
    u->text = arena_strndup(b->a, b->fold.p ? b->fold.p : "", b->fold.len);
    u->text_len = (uint32_t)b->fold.len;
}

/* The folded title and its bigrams into u. */
static void title(builder *b, cmp_unit *u, const char *t)
{
    windows w = {.k = GRAM, .salt = GRAM_SALT, .out = &b->h};
    b->h.at = 2 * (uint32_t)(u - b->s->u) + 1;
    windows_add(&w, t, strlen(t));
    windows_end(&w);
    b->fold.len = 0;
    fold_onto(t, strlen(t), &b->fold);
    u->title = arena_strndup(b->a, b->fold.p ? b->fold.p : "", b->fold.len);
    u->title_len = (uint32_t)b->fold.len;
}

/* A new unit of blocks [from, from + n) under parent, its text theirs. */
static cmp_unit *unit_add(builder *b, int sec, size_t from, size_t n,
                          int parent)
{
    cmp_side *s = b->s;
    s->u = xgrow(s->u, &b->cap, s->n, sizeof *s->u);
    cmp_unit *u = &s->u[s->n++];
    memset(u, 0, sizeof *u);
    const block *bl = &s->d->blocks[from];
    u->part = (compare_part){sec, (uint32_t)from, (uint32_t)n,
                             sec >= 0 ? s->d->sections[sec].line : bl->line};
    u->parent = parent;
    u->depth = parent < 0 ? 0 : s->u[parent].depth + 1;
    u->match = -1;
    u->title = u->text = "";
    return u;
}

/* Each block of a report without headings that has text, a unit. */
static void build_loose(builder *b)
{
    const doc *d = b->s->d;
    for (size_t k = 0; k < d->nblocks; k++) {
        b->fold.len = 0;
        cmp_fold_blocks(d, k, k + 1, 0, &b->fold);
        if (!b->fold.len)
            continue;
        own_text(b, unit_add(b, -1, k, 1, -1), k, k + 1, 0);
    }
}

/* The section of heading block k, its own text up to block next, and
 * (when split) its tables. unit_of maps sections to units. */
static void build_section(builder *b, size_t k, size_t next, int *unit_of)
{
    const doc *d = b->s->d;
    int s = d->blocks[k].section, parent = d->sections[s].parent;
    int up = parent >= 0 ? unit_of[parent] : -1;
    unit_of[s] = (int)b->s->n;
    cmp_unit *u = unit_add(b, s, k, next - k, up);
    title(b, u, d->sections[s].title);
    own_text(b, u, k + 1, next, b->split_tables);
    for (size_t t = k + 1; b->split_tables && t < next; t++)
        if (d->blocks[t].kind == BLOCK_TABLE)
            own_text(b, unit_add(b, -1, t, 1, unit_of[s]), t, t + 1, 0);
}

static int is_heading(const doc *d, size_t k)
{
    return d->blocks[k].kind == BLOCK_HEADING && d->blocks[k].section >= 0;
}

/* Blocks [from, to) as a pseudo-section at the top (when they have
 * text), its tables units of their own when split. */
static void build_run(builder *b, size_t from, size_t to)
{
    b->fold.len = 0;
    cmp_fold_blocks(b->s->d, from, to, 0, &b->fold);
    if (!b->fold.len)
        return;
    int at = (int)b->s->n;
    own_text(b, unit_add(b, -1, from, to - from, -1), from, to, b->split_tables);
    for (size_t t = from; b->split_tables && t < to; t++)
        if (b->s->d->blocks[t].kind == BLOCK_TABLE)
            own_text(b, unit_add(b, -1, t, 1, at), t, t + 1, 0);
}

/* The preamble, every section and the appendix. */
static void build_outline(builder *b)
{
    const doc *d = b->s->d;
    size_t first = 0, end = 0;
    while (first < d->nblocks && !is_heading(d, first))
        first++;
    while (end < d->nblocks && d->blocks[end].kind != BLOCK_APPENDIX)
        end++;
    if (end < first)
        end = first;
    build_run(b, 0, first);
    int *unit_of = xcalloc(d->nsections + 1, sizeof *unit_of);
    for (size_t k = first; k < end;) {
        size_t next = k + 1;
        while (next < end && !is_heading(d, next))
            next++;
        build_section(b, k, next, unit_of);
        k = next;
    }
    free(unit_of);
    build_run(b, end, d->nblocks);
}

void cmp_side_build(cmp_side *s, const doc *d, int split_tables, arena *a)
{
    memset(s, 0, sizeof *s);
    s->d = d;
    s->loose = d->nsections == 0;
    builder b = {.s = s, .a = a, .split_tables = split_tables};
    if (s->loose)
        build_loose(&b);
    else
        build_outline(&b);
    make_sets(s, &b.h, a);
    free(b.h.h);
    free(b.h.owner);
    sbuf_free(&b.fold);
}
