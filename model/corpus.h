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

#endif
