/* compare.h — two reports side by side: which sections of A and B are
 * the same section, in what state (same, changed, added, removed,
 * moved) and how alike they are. The alignment the `compare` verb prints
 * and the Compare view draws; the text diff of a changed pair and the
 * indicator deltas build on its pairs.
 *
 * What is compared. Each side is cut into parts, each a run of the
 * document's blocks:
 *   - a section: its heading block and its OWN text, the blocks after the
 *     heading up to the next heading of any level (the text before its
 *     first subsection). Its title is compared without its marker, so a
 *     renumbered section (（三）→（四）) is not a change;
 *   - the preamble: the blocks before the first heading (title, issuing
 *     notice, signature), a pseudo-section (section -1) with no title;
 *   - the appendix (附件, 名词解释 and all after them: no headings), a
 *     pseudo-section likewise, so it belongs to no section's text;
 *   - for a report without headings (sample 004), each run of
 *     consecutive blocks aligned to one part of the other report: a
 *     pseudo-section (section -1) of those blocks;
 *   - against a report without headings, each table of the other side
 *     is a pseudo-section of its own (section -1, its one block), so its
 *     text is not counted in its section's and a table the other report
 *     lacks shows as only in one.
 * Tables of contents never count. Text is compared folded (fold.h:
 * traditional → simplified, full-width → half-width, case; spaces
 * dropped), so a traditional report pairs with its simplified copy.
 *
 * How. Two reports with headings: the outlines are aligned level by
 * level, top level first, then the children of each pair: the heaviest
 * in-order set of pairs (a weighted longest common subsequence over the
 * candidate pairs, O(K log n), each weighed by its score squared, so that
 * two doubtful pairs do not outweigh a sure one across them) scored by
 * title similarity (Dice
 * coefficient of the character bigrams of the folded titles) and text
 * similarity (containment of 4-character shingle hashes of the own
 * texts: shared shingles over the smaller set). Then moves: an unpaired
 * section of A and one of B similar enough are paired out of order
 * (shallower sections first, then the most similar), and their children
 * aligned in turn. Candidates come from an index of the shingles, so the
 * cost is near linear in the text (no O(n·m) over characters or
 * sections). Against a report without headings, each block of that
 * report is assigned to the part of the other that contains most of its
 * shingles, if a quarter of them at least (a block no part holds so much
 * of goes with the block before it, or after it at the start), so none is
 * left unaligned; consecutive blocks of one part make one pair (when
 * fewer than one block in ten has a part of its own, the reports are
 * unrelated and every part is only in its own report). A section of the other side with no own text whose
 * subsections got text (a chapter heading over its 节) is `changed`,
 * paired with an empty place: b (or a) then has no blocks but
 * the line where its first subsection's text begins. Two reports without
 * headings: block by block, in order, then moves.
 *
 * Status. same: title and own text equal after folding (a pseudo-section
 * has no title: text alone); changed: paired in order but not equal;
 * moved: paired out of order (its text may differ too: see identical);
 * added: only in B; removed: only in A. */
#ifndef BAOGAO_COMPARE_H
#define BAOGAO_COMPARE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"

typedef enum compare_status {
    COMPARE_SAME,
    COMPARE_CHANGED,
    COMPARE_ADDED,   /* only in B */
    COMPARE_REMOVED, /* only in A */
    COMPARE_MOVED,   /* paired out of order */
    COMPARE_NSTATUS
} compare_status;

/* The name of s as the verbs print it: "same", "changed", "added",
 * "removed", "moved"; "" out of range. Static strings. */
const char *compare_status_name(compare_status s);

/* One side of a pair: a section, or a pseudo-section (see the top); a
 * missing side has line 0. */
typedef struct compare_part {
    int section;      /* index in the document's sections, or -1 */
    uint32_t block;   /* its first block (in doc->blocks) */
    uint32_t nblocks; /* how many blocks from there: for a section its
                         heading and own text; 0 for a missing side or an
                         empty place (see the top) */
    uint32_t line;    /* 1-based line of the original file; 0: missing */
} compare_part;

typedef struct compare_pair {
    compare_part a, b;
    compare_status status;
    double similarity; /* 0–1: the pairing score (title and text, or text
                          alone for a pseudo-section); 1 when identical,
                          at most 0.999 otherwise; 0 for added, removed
                          and an empty place */
    int identical;     /* title and own text equal after folding (a moved
                          pair may be identical or not) */
} compare_pair;

typedef struct compare {
    arena mem;           /* owns pairs */
    compare_pair *pairs; /* in B's order, removed pairs where A had them */
    size_t npairs;
} compare;

/* The alignment of the sections of a and b (see the top). Both
 * documents are borrowed for the call only: the result refers to them by
 * section and block indices, not pointers. Returns a comparison the
 * caller frees with compare_free; never NULL (aborts on out-of-memory
 * only). Every section of each side (and every block of a report
 * without headings, but tables of contents) is in exactly one pair —
 * but against a report without headings, where a section's text may
 * fall in several runs, one pair each. */
compare *compare_docs(const doc *a, const doc *b);

/* Frees c and its pairs (NULL: nothing). */
void compare_free(compare *c);

/* The bytes of d's clean text part p spans: [*start, *end), from its
 * first block's start to its last block's end; an empty range at the
 * start of block p->block for an empty place, and 0, 0 for a missing
 * side. Never fails. */
void compare_part_range(const doc *d, const compare_part *p, size_t *start,
                        size_t *end);

#endif
