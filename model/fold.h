/* fold.h — the searchable form of text: traditional → simplified,
 * full-width → half-width, lower case, punctuation variants unified,
 * spaces dropped next to CJK; with a map from every folded byte back to
 * the original, so hits found in folded text highlight original bytes. */
#ifndef BAOGAO_FOLD_H
#define BAOGAO_FOLD_H

#include <stddef.h>
#include <stdint.h>

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

/* The folded form of one code point: t2s, half-width, lower case,
 * “”「」 → ", ‘’ → ', 、 → ',', dashes → '-'. Spaces are not folded here
 * (fold_text decides by their neighbours). */
uint32_t fold_cp(uint32_t cp);

/* True for a code point that counts as CJK when deciding about spaces. */
int fold_is_cjk(uint32_t cp);

/* Folds s[0..n) into out (fold_free it). A run of spaces (ASCII, NBSP,
 * ideographic, tab) becomes one space between two non-CJK characters and
 * nothing next to a CJK one (到 2035 年 → 到2035年, GDP growth stays);
 * newlines stay. Documents are under 4 GiB (offsets are 32-bit). */
void fold_text(const char *s, size_t n, folded *out);
void fold_free(folded *f);

/* The original byte offset of the character that starts at folded offset
 * pos (a space the fold kept: the start of the original run); the
 * original length for pos = len. */
size_t fold_orig(const folded *f, size_t pos);

#endif
