/* corpus.h — the documents of a folder, and which are near-duplicates of
 * which (character-shingle minhash similarity). */
#ifndef BAOGAO_CORPUS_H
#define BAOGAO_CORPUS_H

#include <stddef.h>

#include "cancel.h"
#include "doc.h"

typedef struct corpus {
    doc **docs;          /* owned; in load order */
    size_t n, cap;
    int *duplicate_of;   /* per document: index of the document it is a
                            near-duplicate of, or -1 (after corpus_find_duplicates) */
    double *similarity;  /* per document: the similarity to it, 0–1 */
} corpus;

void corpus_init(corpus *c);
/* Takes ownership of d. */
void corpus_add(corpus *c, doc *d);
/* Pairs near-duplicates: a document is a duplicate of at most one other;
 * of a pair, the cleaner one (more structure, fewer repairs and drops) is
 * the primary and the other points to it. Returns 0; or -1 once *cancel
 * (if given) is raised, within a few milliseconds (looked at every
 * document, paragraph, row of the pair loop and CANCEL_STRIDE bytes):
 * then no document is paired (duplicate_of all -1). Never fails
 * otherwise. */
int corpus_find_duplicates(corpus *c, const cancel_flag *cancel);
void corpus_free(corpus *c);

/* The same pairing fed one document at a time, for a caller that need
 * not keep its documents (baogao list): of a document too small to pair
 * nothing is kept; of the others their signature, how clean they are
 * and what their shingles are made of (some 0.6 of a report's file,
 * once for copies of one report). */
typedef struct corpus_pairs corpus_pairs;

/* Whether corpus_pairs_add reads a document's text again later from the
 * document (BORROW: it must live until corpus_pairs_free) or from a
 * copy of what it needs (COPY: it may be freed at once). */
typedef enum corpus_keep { CORPUS_PAIRS_COPY, CORPUS_PAIRS_BORROW } corpus_keep;

/* An empty pairing that stops once *cancel (if given) is raised, the
 * caller's to free with corpus_pairs_free. */
corpus_pairs *corpus_pairs_new(const cancel_flag *cancel);
/* Offers d, named by key (the caller's: an index, a position; keys must
 * increase from one call to the next, or it aborts); d stays the
 * caller's. Returns 1 when d is big enough to pair (what pairing needs
 * is kept as keep says), 0 when it never pairs or pairing was stopped
 * (nothing kept). */
int corpus_pairs_add(corpus_pairs *p, const doc *d, size_t key, corpus_keep keep);
/* What pairing keeps of a document, made ahead (corpus_pairs_prepare). */
typedef struct corpus_prep corpus_prep;

/* Makes ahead what corpus_pairs_add(…, d, …, keep) would make of d (its
 * signature; with COPY its kept text) and leaves it in d->pairing, for
 * the add to take instead of making it: for a parse worker (src/load.h's
 * prepare), which runs it on its own documents while the caller's thread
 * pairs others. Touches nothing but d; pairs as if it had not been
 * called. Leaves nothing when *cancel (if given) is raised meanwhile, or
 * when d already has it. */
void corpus_pairs_prepare(doc *d, corpus_keep keep, const cancel_flag *cancel);
/* corpus_pairs_prepare for CORPUS_PAIRS_COPY: a load's prepare
 * (src/load.h) for a caller that pairs as it loads and frees each
 * document (list, trend, export). */
void corpus_pairs_prepare_copy(doc *d, const cancel_flag *cancel);

/* Pairs the documents offered, as corpus_find_duplicates does; called
 * once, after the last corpus_pairs_add. Returns 0; or -1 when stopped
 * (at any time since corpus_pairs_new): then nothing is paired. */
int corpus_pairs_find(corpus_pairs *p);
/* After corpus_pairs_find: 1 when the document of key is a
 * near-duplicate of another, with that one's key in *of and the
 * similarity in *similarity; else 0 (and *similarity 0). O(log of the
 * documents that can pair). */
int corpus_pairs_of(const corpus_pairs *p, size_t key, size_t *of,
                    double *similarity);
/* Frees p and what it kept (NULL: nothing). */
void corpus_pairs_free(corpus_pairs *p);

#endif
