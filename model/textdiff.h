/* textdiff.h — the differences between two texts, in words: what the
 * Compare view highlights and the compare verb reports inside a changed
 * pair of sections.
 *
 * The texts are compared on their folded form (fold.h: traditional →
 * simplified, full-width → half-width, case, punctuation variants, spaces
 * next to CJK dropped), so a traditional copy of a simplified text has no
 * difference. Characters are compared first (myers.h); each run of
 * changes is then widened to the word boundaries around it on both sides
 * (a changed character inside 高质量 marks the word), the boundaries
 * coming from ICU's word break iterator with numbers and their units
 * made one word (src/parse/wordbreak.h, handed in as a function: model/
 * stays free of ICU), and the result is mapped back to the original
 * bytes of each text. Words are asked for only in the lines (paragraphs)
 * where a run of changes starts or ends, and in all the lines of a run
 * under 4 KB: the rest of the texts is never segmented (a run longer is
 * a number hunk when a number changed in its first or last line).
 * Runs of changes that an equal stretch short beside both separates
 * (at most half the smaller: the 的 and ， two rewritten sentences share)
 * are one hunk, but for two changes of numbers only.
 *
 * Bounded work: past a budget the characters are given up for lines
 * (paragraphs of clean text): the lines are diffed, then the characters
 * of each run of changed lines, and a run still over budget is one hunk
 * as a whole; past the budget for the lines too, the whole texts are one
 * hunk. The result says which happened. */
#ifndef BAOGAO_TEXTDIFF_H
#define BAOGAO_TEXTDIFF_H

#include <stddef.h>
#include <stdint.h>

#include "word_bounds.h"

typedef enum textdiff_kind {
    TEXTDIFF_CHANGED, /* words changed, inserted or deleted */
    TEXTDIFF_NUMBER   /* a changed character is inside a number word */
} textdiff_kind;

/* One difference: A's bytes [a_start, a_end) became B's [b_start,
 * b_end); one side is empty for an insertion or a deletion (its offset
 * then the end of the character before, 0 at the start). Offsets are
 * of the original texts, from the start of each; fa_… and fb_… are the
 * same places in the folded texts. Between two hunks (and before the
 * first, after the last) the texts are equal when folded. */
typedef struct textdiff_hunk {
    uint32_t a_start, a_end, b_start, b_end;
    uint32_t fa_start, fa_end, fb_start, fb_end;
    textdiff_kind kind;
} textdiff_hunk;

typedef enum textdiff_level {
    TEXTDIFF_CHARS, /* characters compared throughout: the exact diff */
    TEXTDIFF_LINES, /* over budget: lines compared, then the characters of
                       the changed lines; `coarse` runs of lines stayed
                       over budget and are one hunk each */
    TEXTDIFF_WHOLE  /* over budget for the lines too: one hunk of all */
} textdiff_level;

typedef struct textdiff {
    textdiff_hunk *hunks; /* in order of both texts; malloc'd */
    size_t nhunks;
    textdiff_level level;
    size_t coarse;        /* runs of lines left as one hunk (LINES) */
    size_t work;          /* steps of diff work spent */
} textdiff;

/* The default budget of work: a few steps a character and some tens of
 * millions more (well under a second for two 2 MB texts). */
size_t textdiff_budget(size_t alen, size_t blen);

/* The differences between a[0..alen) and b[0..blen) (UTF-8, each a
 * document's clean text or a part of it) into *out (textdiff_free it),
 * with words finding the word boundaries of lines of either text (NULL:
 * every character a word, no numbers). budget: the work allowed, 0 for
 * textdiff_budget's. The texts are borrowed for the call only. Cannot
 * fail (aborts on out-of-memory only); texts under 2 GiB. */
void textdiff_run(const char *a, size_t alen, const char *b, size_t blen,
                  word_bounds_fn words, size_t budget, textdiff *out);

/* Applies d to A's folded text fa[0..falen) with the hunks' text from
 * B's folded text fb (fold_text of the same texts): returns B's folded
 * text rebuilt (malloc'd, NUL-terminated, length in *len). For tests and
 * checks: it equals fb when d is right. */
char *textdiff_apply(const textdiff *d, const char *fa, size_t falen,
                     const char *fb, size_t *len);

/* Frees d's hunks and empties it. */
void textdiff_free(textdiff *d);

#endif
