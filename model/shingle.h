/* shingle.h — the characters and shingles near-duplicate pairing reads
 * (model/corpus.c): a document's clean text through the word fold, or
 * the kept text that stands for it, line by line, and the hash of every
 * SHINGLE-character window. The loops are static inline and always
 * inlined, each into its caller with its callbacks: a call a character
 * through a pointer cost a third of pairing's time. Private to
 * corpus.c. */
#ifndef BAOGAO_SHINGLE_H
#define BAOGAO_SHINGLE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "cancel.h"
#include "doc.h"
#include "fold.h"
#include "hash.h"
#include "utf8.h"

enum { SHINGLE = 5 }; /* characters per shingle */

typedef void (*shingle_fn)(void *ctx, uint64_t h);

/* A window's hash is a polynomial of its characters c0 (oldest) … c4,
 * c0·B⁴ + c1·B³ + … + c4 (mod 2⁶⁴), rolled a character at a time
 * (out with the oldest, in with the new: two multiplications), then
 * mixed (hash_mix64); a line shorter than SHINGLE hashes its k
 * characters the same way, told apart by k. */
#define SHINGLE_B 0x100000001b3u
#define SHINGLE_B4 (SHINGLE_B * SHINGLE_B * SHINGLE_B * SHINGLE_B)

/* Turns characters into shingles, line by line: each SHINGLE-character
 * window, or the whole line when it is shorter (but two or more). ring
 * holds the window's characters, the oldest at ring[at] once the line has
 * SHINGLE; poly is the window's polynomial. */
typedef struct shingler {
    uint64_t poly;
    uint32_t ring[SHINGLE];
    size_t at, seen;
} shingler;

/* A character of a line, through fold_word_cp; 0 ends the line. */
typedef void (*char_fn)(void *ctx, uint32_t cp);

/* The hot loops below are inlined into each caller with its callbacks
 * (a call a character through a pointer cost a third of pairing's time). */
#define HOT static inline __attribute__((always_inline))

/* The next character of a line (0: its end) to k, the shingles it ends
 * to fn(ctx, hash). */
HOT void shingler_char(shingler *k, uint32_t cp, shingle_fn fn, void *ctx)
{
    if (cp) {
        if (k->seen < SHINGLE) {
            k->ring[k->seen++] = cp;
            k->poly = k->poly * SHINGLE_B + cp;
            if (k->seen < SHINGLE)
                return;
        } else {
            uint32_t out = k->ring[k->at];
            k->ring[k->at] = cp;
            k->at = k->at == SHINGLE - 1 ? 0 : k->at + 1;
            k->poly = (k->poly - out * SHINGLE_B4) * SHINGLE_B + cp;
            k->seen++;
        }
        fn(ctx, hash_mix64(k->poly));
        return;
    }
    if (k->seen >= 2 && k->seen < SHINGLE)
        fn(ctx, hash_mix64(k->poly ^ (uint64_t)k->seen << 58));
    k->seen = 0;
    k->at = 0;
    k->poly = 0;
}

/* Calls fn with the characters shingles are made of, line by line, of
 * d's clean text (punctuation, spaces and symbols left out), and with 0
 * at the end of each line. Stops early once *cancel is raised (looked at
 * every paragraph and every CANCEL_STRIDE bytes: a paragraph may be a
 * whole file). */
HOT void doc_chars(const doc *d, char_fn fn, void *ctx,
                   const cancel_flag *cancel)
{
    const uint16_t *word = fold_word_table();
    for (size_t i = 0; i < d->clean.nlines && !cancel_raised(cancel); i++) {
        size_t n, look = CANCEL_STRIDE; /* looked at just now */
        const char *s = text_line(&d->clean, i, &n);
        for (size_t k = 0; k < n;) {
            if (cancel_every(cancel, k, &look))
                return;
            uint32_t cp;
            k += utf8_decode(s + k, n - k, &cp);
            if ((cp = fold_word_at(word, cp)))
                fn(ctx, cp);
        }
        fn(ctx, 0);
    }
}

/* ---- kept text ----
 * What a document that can pair keeps of its text when the document
 * itself is not kept (CORPUS_PAIRS_COPY): the characters doc_chars gives,
 * as 16-bit units, without the lines too short to make a shingle — 2
 * bytes a Han character instead of UTF-8's 3, no punctuation or spaces:
 * some 0.6 of a report's file. A unit below 0xD800 is a character, 0
 * ends a line; a character from 0xD800 up is two units, 0xD800 plus its
 * bits above the 16th, then its low 16 bits. */
typedef struct kept {
    uint16_t *u;
    size_t n, cap;
    size_t line, chars; /* where the line being added starts; its characters */
} kept;

HOT void kept_unit(kept *k, uint32_t u)
{
    if (k->n == k->cap)
        k->u = xgrow(k->u, &k->cap, k->n, sizeof *k->u);
    k->u[k->n++] = (uint16_t)u;
}

HOT void kept_char(void *p, uint32_t cp)
{
    kept *k = p;
    if (cp) {
        if (cp >= 0xD800)
            kept_unit(k, 0xD800 + (cp >> 16));
        kept_unit(k, cp & 0xFFFF);
        k->chars++;
        return;
    }
    if (k->chars >= 2)
        kept_unit(k, 0);
    else
        k->n = k->line; /* no shingle in it */
    k->line = k->n;
    k->chars = 0;
}

/* Calls fn with the characters of kept text u[0..n), as doc_chars did
 * when it was made; stops early once *cancel is raised (looked at every
 * CANCEL_STRIDE units). */
HOT void kept_chars(const uint16_t *u, size_t n, char_fn fn, void *ctx,
                    const cancel_flag *cancel)
{
    size_t look = 0;
    for (size_t i = 0; i < n; i++) {
        if (cancel_every(cancel, i, &look))
            return;
        uint32_t cp = u[i];
        if (cp >= 0xD800 && i + 1 < n)
            cp = (cp - 0xD800) << 16 | u[++i];
        fn(ctx, cp);
    }
}

/* Where a candidate's shingles come from: its document, when the caller
 * keeps it (CORPUS_PAIRS_BORROW), else its kept text u[0..n): its own
 * (own, the same pointer) or an earlier copy's (own NULL). */
typedef struct source {
    const doc *d;
    const uint16_t *u;
    size_t n;
    uint16_t *own;
} source;

/* Defines name_char, a char_fn feeding a name_walk (a shingler and
 * consume's ctx) whose shingles go to consume(ctx, hash), inlined. */
#define SHINGLE_WALK(name, consume)                                          \
    typedef struct name##_walk {                                            \
        shingler k;                                                          \
        void *ctx;                                                           \
    } name##_walk;                                                           \
    HOT void name##_char(void *p, uint32_t cp)                               \
    {                                                                        \
        name##_walk *w = p;                                                  \
        shingler_char(&w->k, cp, consume, w->ctx);                           \
    }

/* Defines name(src, ctx, cancel): every shingle of src, line by line, to
 * consume(ctx, hash), the loops inlined around consume; stops early once
 * *cancel is raised. */
#define SHINGLES_TO(name, consume)                                           \
    SHINGLE_WALK(name, consume)                                              \
    static void name(const source *src, void *ctx, const cancel_flag *cancel) \
    {                                                                        \
        name##_walk w = {{0, {0}, 0, 0}, ctx};                                     \
        if (src->d)                                                          \
            doc_chars(src->d, name##_char, &w, cancel);                      \
        else                                                                 \
            kept_chars(src->u, src->n, name##_char, &w, cancel);             \
    }

#endif
