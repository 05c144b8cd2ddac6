/* textdiff_side.h — one text as the text diff sees it: its folded
 * characters, where each came from in the original, the word boundaries
 * and number words mapped onto them, and the change marks the diff sets.
 * Internal to model/textdiff*.c. */
#ifndef BAOGAO_TEXTDIFF_SIDE_H
#define BAOGAO_TEXTDIFF_SIDE_H

#include <stddef.h>
#include <stdint.h>

#include "fold.h"
#include "word_bounds.h"

typedef struct td_side {
    const char *text;     /* the original, borrowed */
    size_t len;
    folded f;             /* its fold (fold.h) */
    size_t n;             /* characters of the fold */
    uint32_t *cp;         /* n code points */
    uint32_t *off;        /* n + 1 offsets into f.s (off[n] = f.len) */
    uint32_t *orig;       /* n offsets into text (fold_orig of off[i]) */
    unsigned char *bound; /* n + 1: 1 where a word boundary comes before
                             character i (always at 0 and n) */
    unsigned char *num;   /* n: 1 for a character of a number word */
    unsigned char *chg;   /* n: 1 for a character the diff changed */
} td_side;

/* Folds text[0..len) into *s: no word boundaries but at 0 and n (every
 * character's when every_char), no number, chg all 0. text is borrowed
 * while s lives. Aborts on out-of-memory only. */
void td_side_init(td_side *s, const char *text, size_t len, int every_char);

/* The words fn finds in the original bytes [from, to) (whole lines)
 * mapped onto the characters there: boundaries (one at each end) and
 * number words. */
void td_side_words(td_side *s, size_t from, size_t to, word_bounds_fn fn);

/* The original offset just past character i (i < s->n): past its bytes,
 * or past the whole run of spaces a kept space stands for. */
size_t td_side_end(const td_side *s, size_t i);

void td_side_free(td_side *s);

#endif
