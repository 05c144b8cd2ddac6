/* compare_impl.h — the inside of the comparison (compare.h), shared by
 * its files: the parts of each side as units with their folded text and
 * hash sets (compare_units.c), their similarity, the candidate pairs an
 * index of the hashes finds and the pair two units make
 * (compare_sim.c), the heaviest in-order set of pairs
 * (compare_chain.c), the outlines aligned and the rows in B's order
 * (compare.c), and the alignment against a report without headings
 * (compare_loose.c). Not for other modules. */
#ifndef BAOGAO_COMPARE_IMPL_H
#define BAOGAO_COMPARE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "compare.h"
#include "sbuf.h"

/* A set of 64-bit hashes: ascending, each once. */
typedef struct cmp_set {
    const uint64_t *h;
    uint32_t n;
} cmp_set;

/* A part of one side (compare.h) with what comparing it needs. */
typedef struct cmp_unit {
    compare_part part;
    int parent;          /* index of the enclosing unit, or -1 */
    int depth;           /* 0 at the top */
    const char *title;   /* folded title, spaces dropped ("" for none) */
    const char *text;    /* folded own text, spaces dropped, '\n' between
                            blocks */
    uint32_t title_len, text_len;
    cmp_set grams;       /* hashes of the title's character bigrams */
    cmp_set shingles;    /* hashes of the own text's 4-character shingles */
    int match;           /* the paired unit of the other side, or -1 */
    int moved;           /* paired out of order */
} cmp_unit;

/* One side: its units in document order (a unit's children follow it). */
typedef struct cmp_side {
    const doc *d;
    cmp_unit *u;
    size_t n;
    int loose;           /* the report has no headings: a unit a block */
} cmp_side;

/* Cuts d into units (compare.h, "What is compared"): the preamble and
 * the sections, each table a unit of its own when split_tables is set;
 * or, for a report without headings, one unit per block. Everything in
 * the side lives in arena a. Never fails. */
void cmp_side_build(cmp_side *s, const doc *d, int split_tables, arena *a);

/* Folds the clean text of blocks [from, to) of d (tables of contents
 * left out, and tables too when no_tables is set) onto out: fold_cp,
 * spaces dropped, '\n' between blocks. */
void cmp_fold_blocks(const doc *d, size_t from, size_t to, int no_tables,
                     sbuf *out);

/* |x ∩ y|. */
uint32_t cmp_set_common(cmp_set x, cmp_set y);

/* x ∪ y, in arena a. */
cmp_set cmp_set_union(cmp_set x, cmp_set y, arena *a);

/* Text similarity: shared shingles over the smaller set; -1 when neither
 * unit has any. */
double cmp_text_sim(const cmp_unit *x, const cmp_unit *y);

/* The pairing score of x and y, 0–1: 0.4 title + 0.6 text similarity
 * (either alone when the other is undefined; text alone when either is a
 * pseudo-section), 1 when identical and at most 0.999 otherwise. */
double cmp_score(const cmp_unit *x, const cmp_unit *y);

/* Title and own text equal after folding (text alone when either is a
 * pseudo-section). */
int cmp_identical(const cmp_unit *x, const cmp_unit *y);

/* A candidate pair: unit a of side A, unit b of side B. */
typedef struct cmp_cand {
    int a, b;
    double score;
    int depth; /* for the caller's use (moves: the shallower unit's) */
} cmp_cand;

/* The pairs among A's units ia[0..na) and B's units ib[0..nb) that share
 * hashes (title bigrams or shingles, found through an index of B's),
 * at most CMP_CANDIDATES per unit of A (the most shared), whose score is
 * at least min: into *out (malloc'd, the caller's), in the order of ia.
 * Returns how many. */
enum { CMP_CANDIDATES = 8 };
size_t cmp_candidates(const cmp_side *A, const int *ia, size_t na,
                      const cmp_side *B, const int *ib, size_t nb,
                      double min, cmp_cand **out);

/* An index of the shingles of units (cmp_index_add), asked for the unit
 * that contains most of a set's shingles. */
typedef struct cmp_index cmp_index;
cmp_index *cmp_index_new(const cmp_side *s, const int *units, size_t n,
                         int with_grams);
/* For each unit of the index that shares a hash with x (shingles, and
 * title bigrams when the index has them), its count of shared shingles
 * in shared[] and grams in gshared[] (arrays the size of the index's
 * units, zeroed, by position in units[]); the positions touched into
 * touched[] (room for the index's units). Returns how many. Common
 * hashes (in more than a quarter of the units, when there are more than
 * 64) are passed over. The caller zeroes shared[] and gshared[] at the
 * touched positions before the next call. */
size_t cmp_index_count(const cmp_index *x, const cmp_unit *u,
                       uint32_t *shared, uint32_t *gshared,
                       uint32_t *touched);
void cmp_index_free(cmp_index *x);

/* The heaviest set of candidates c[0..n) in order on both sides (a and
 * b strictly increasing), by the sum of their scores. Sets keep[k] to 1
 * for the candidates chosen, 0 for the others. O(n log n). c is sorted
 * in place (by a, then b descending). */
void cmp_heaviest(cmp_cand *c, size_t n, unsigned char *keep);

/* A row of the result with where it goes: rows sort by key, then tie. */
typedef struct cmp_row {
    long long key, tie;
    compare_pair pair;
} cmp_row;

/* The pair of a's unit ia (or -1) and b's unit ib (or -1), status from
 * what is paired. */
compare_pair cmp_pair_of(const cmp_side *a, int ia, const cmp_side *b, int ib);

/* The alignment against a report without headings (compare.h): rows
 * into *rows (malloc'd), their count returned. One of a and b is loose,
 * the other not. */
size_t cmp_align_loose(cmp_side *a, cmp_side *b, arena *scratch,
                       cmp_row **rows);

#endif
