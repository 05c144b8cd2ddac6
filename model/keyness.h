/* keyness.h — the phrases new and dropped between two reports: word
 * n-grams (1 to 3 words, from a word_bounds_fn: ICU's segmentation of
 * Chinese, word_bounds.h) of each report's folded clean text, frequent on
 * one side and absent from the other, ranked by Dunning's log-likelihood
 * G² against the pair's totals, each with its first place. For the
 * Compare view's terms and `baogao compare --terms`.
 *
 * The rules, in order:
 *  - words: a word with a letter, digit or Han character (fold_word_cp)
 *    that the word function does not mark as a number; a number, a
 *    punctuation mark or a line end ends a run of words (an n-gram never
 *    spans one); spaces inside a run are passed over;
 *  - n-grams: 1, 2 or 3 consecutive words of a run, compared on the
 *    folded form (fold.h: 經濟 = 经济, Ａ = a), neither the first nor
 *    the last word a stop word (assets/stopwords.tsv, folded), not one
 *    character alone;
 *  - candidates: KEYNESS_MIN_COUNT times or more as an n-gram on one
 *    side, never on the other;
 *  - counts: each candidate's phrase counted again in both folded texts
 *    as a string, wherever it stands (non-overlapping, left to right:
 *    what a search for it finds); one found anywhere on the other side
 *    is dropped, so a listed phrase occurs in one report only;
 *  - widened: a candidate every occurrence of which has the same letter
 *    or Han character beside it grows by it while no stop word would
 *    stand at its new edge (ICU cut 疫情防控 as 疫情防 here and 情防控
 *    there: both are 疫情防控), then equal ones are one;
 *  - subsumed (after widening): a candidate inside a longer one of the
 *    same side with the same count is dropped (高质量 when every 高质量
 *    is 高质量发展);
 *  - score: G² = 2 Σ o ln(o / e) of the counts against their expectation
 *    from the two sides' word totals; with one count 0 it is
 *    2 k ln((Na + Nb) / N_side), so a side ranks by count and the score
 *    weighs a side's count by how much of the pair the side is;
 *  - order: score descending, then the first place, then the folded
 *    bytes; at most k per side.
 * Bounds: a word over KEYNESS_WORD_MAX bytes, and every word past the
 * pair's first 2^21 - 2 distinct ones, ends a run like punctuation; a
 * phrase is widened to 3 KEYNESS_WORD_MAX bytes at most. */
#ifndef BAOGAO_KEYNESS_H
#define BAOGAO_KEYNESS_H

#include <stddef.h>
#include <stdint.h>

#include "fold.h"
#include "text.h"
#include "word_bounds.h"

enum {
    KEYNESS_MAX_N = 3,     /* words in an n-gram at most */
    KEYNESS_MIN_COUNT = 2, /* times on its side at least */
    KEYNESS_WORD_MAX = 64  /* bytes of a folded word; a longer one ends a run */
};

/* The side a term is on: only in B (new), only in A (dropped). */
typedef enum keyness_side { KEYNESS_NEW, KEYNESS_DROPPED } keyness_side;

/* One report as keyness reads it: its clean text, and that text folded
 * (fold_text of clean->bytes; doc_fold) or NULL to have it folded here
 * and freed. Borrowed for the call. */
typedef struct keyness_text {
    const text *clean;
    const folded *fold;
} keyness_text;

/* A listed phrase: its text as it first appears (the original bytes of
 * clean [start, end) of its side's report, NUL-terminated), its count in
 * A and in B (one of them 0), its score and side. */
typedef struct keyness_term {
    const char *text;
    size_t len;
    uint32_t count_a, count_b;
    double score;
    keyness_side side;
    uint32_t start, end;
} keyness_term;

/* The terms: the new ones (at most k, by rank), then the dropped ones;
 * nside[s] of each side, nterms their sum; words[0], words[1] the word
 * totals of A and B the scores are reckoned against. Owns its memory
 * (keyness_free). */
typedef struct keyness {
    keyness_term *terms;
    size_t nterms, nside[2];
    size_t words[2];
    char *bytes; /* the terms' texts */
} keyness;

/* The terms new in b and dropped from a, at most k of each side, into
 * *out (keyness_free it, even when empty). words finds the words of a
 * text (wordbreak_find; with NULL, each character is a word). Either text
 * may be empty (no terms then). Deterministic; aborts on out-of-memory
 * only; thread-safe (the stop words are parsed once, under a once-flag). */
void keyness_find(const keyness_text *a, const keyness_text *b,
                  word_bounds_fn words, size_t k, keyness *out);

/* Dunning's log-likelihood G² of a phrase seen ca times in na words and
 * cb times in nb words: 2 (ca ln(ca/ea) + cb ln(cb/eb)), ea and eb the
 * counts expected were both sides alike; 0 when na or nb is 0. */
double keyness_g2(double ca, double cb, double na, double nb);

/* The name of a side as the compare verb prints it: "new", "dropped". */
const char *keyness_side_name(keyness_side s);

/* True when the folded word s[0..n) is one of the stop words
 * (assets/stopwords.tsv): never the first or last word of a term. */
int keyness_is_stop(const char *s, size_t n);

void keyness_free(keyness *k);

#endif
