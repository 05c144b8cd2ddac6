/* fold.h — folded forms of text, on one base fold of each code point
 * (traditional → simplified, full-width → half-width, lower case) that
 * every user shares: search (fold_cp, fold_text), the line keys of the
 * furniture and spam classifiers and the keyword text of metadata
 * (fold_compact), the shingles of near-duplicates and comparison
 * (fold_word_cp). The searchable form adds punctuation variants unified
 * and spaces dropped next to CJK, with a map from every folded byte back
 * to the original, so hits found in folded text highlight original
 * bytes. */
#ifndef BAOGAO_FOLD_H
#define BAOGAO_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "cancel.h"
#include "sbuf.h"

/* The map back is piecewise: where the folded text and the original
 * move in step (a run of CJK, of ASCII), one entry covers the run; a new
 * one starts where they part (a full-width comma folded to ',', spaces
 * dropped): about one entry per 40 folded bytes of Chinese prose. */
typedef struct folded {
    char *s;           /* folded UTF-8, NUL-terminated (malloc'd) */
    size_t len;
    uint32_t *seg;     /* nseg pairs: folded offset, original offset */
    size_t nseg;
    uint32_t orig_len; /* the original's length */
} folded;

/* The base fold of one code point: traditional → simplified
 * (unitab_t2s), full-width → half-width (unitab_halfwidth: Ａ１，　 →
 * A1, and a space), then ASCII capitals to lower case. Punctuation and
 * spaces stay otherwise as they are. */
uint32_t fold_base(uint32_t cp);

/* The search form of one code point: fold_base, then punctuation variants
 * unified: “”「」『』„‟ → ", ‘’ → ', 、 → ',', dashes and minus → '-'.
 * Spaces are not folded here (fold_text decides by their neighbours). */
uint32_t fold_cp(uint32_t cp);

/* The base fold of cp when it belongs to a word (a letter, a digit, a
 * Han or other CJK character), or 0 for punctuation, spaces, symbols and
 * U+FFFD: the characters shingles are made of (near-duplicates,
 * comparison). */
uint32_t fold_word_cp(uint32_t cp);

/* In fold_word_table: the answer lies above U+FFFF (ask fold_word_cp). */
#define FOLD_WORD_ASK 0xFFFFu

/* fold_word_cp of every code point below U+10000 (FOLD_WORD_ASK where it
 * is not below it, and for U+FFFF itself), 128 KB made on the first call
 * (any thread) and kept: one load a character where fold_word_cp's maps
 * take three dependent ones; for a loop over a text (fold_word_at). */
const uint16_t *fold_word_table(void);

/* fold_word_cp(cp), read from t (fold_word_table) when cp is below
 * U+10000. */
static inline uint32_t fold_word_at(const uint16_t *t, uint32_t cp)
{
    if (cp < 0x10000 && t[cp] != FOLD_WORD_ASK)
        return t[cp];
    return fold_word_cp(cp);
}

/* True for the spaces folding drops: ASCII space and tab, NBSP, the
 * ideographic space, U+2000–200A and U+202F. */
int fold_is_space(uint32_t cp);

/* True for a code point that counts as CJK when deciding about spaces:
 * Han (han.h), the CJK punctuation, kana, bopomofo and other blocks of
 * U+2E80–9FFF, the vertical forms U+FE30–FE4F, and “ ”. */
int fold_is_cjk(uint32_t cp);

/* Appends s[0..n) to out in the base fold with every space dropped
 * (newlines stay); out->p is NUL-terminated after (never NULL). Returns
 * the number of code points appended. The keys that word lists are
 * matched against: 國務院　辦公廳 → 国务院办公厅. */
size_t fold_compact(const char *s, size_t n, sbuf *out);

/* Folds s[0..n) into out (fold_free it). A run of spaces (ASCII, NBSP,
 * ideographic, tab) becomes one space between two non-CJK characters and
 * nothing next to a CJK one (到 2035 年 → 到2035年, GDP growth stays);
 * newlines stay. Documents are under 4 GiB (offsets are 32-bit). */
void fold_text(const char *s, size_t n, folded *out);

/* fold_text that gives up once *cancel (if given) is raised, looked at
 * every CANCEL_STRIDE bytes: returns 0 when s is folded whole, -1 when
 * stopped (out then holds a prefix; fold_free it all the same). */
int fold_text_until(const char *s, size_t n, folded *out,
                    const cancel_flag *cancel);
void fold_free(folded *f);

/* The original byte offset of the character that starts at folded offset
 * pos (a space the fold kept: the start of the original run); the
 * original length for pos = len. */
size_t fold_orig(const folded *f, size_t pos);

#endif
