/* corpus_search.h — one query over many documents, in an order the caller
 * gives: through the search index when there is one (each term looked up
 * once for the whole corpus, each document then matched at the positions
 * it gave), else by scanning each document's folded text. Both go through
 * model/search's matching, so both give the same hits. It can stop early:
 * when the caller's stop function says so (the TUI: a key is waiting), or
 * when the hit callback has enough (the TUI's cap). */
#ifndef BAOGAO_CORPUS_SEARCH_H
#define BAOGAO_CORPUS_SEARCH_H

#include <stddef.h>

#include "doc.h"
#include "fold.h"
#include "index.h"
#include "search.h"

/* docs[i] folded (kept by the caller until the search returns). */
typedef const folded *(*corpus_fold_fn)(void *ctx, size_t i);

/* One hit h in document d = docs[i]. Returns nonzero for "enough": no hit
 * is delivered after it and the search ends. */
typedef int (*corpus_hit_fn)(void *ctx, size_t i, const doc *d,
                             const search_hit *h);

/* What to search, none of it owned by the search. */
typedef struct corpus_search_in {
    doc *const *docs;          /* the documents, by index */
    size_t ndocs;
    const size_t *order;       /* the indices to search, in this order (each
                                  below ndocs, none twice); NULL: 0..ndocs */
    size_t norder;
    const folded *folds;       /* folds[i]: docs[i]->clean folded; or NULL,
                                  and fold gives them on demand */
    corpus_fold_fn fold;
    void *fold_ctx;
    const search_index *index; /* built over folds[0..ndocs), which must then
                                  be given; NULL: scan */
    int (*stop)(void);         /* asked every 32 documents and during a
                                  pinyin lookup; nonzero stops; NULL: never */
    size_t first;              /* nonzero: the search ends after this many
                                  hits (ENOUGH), and a query so frequent
                                  that the index would gather its every
                                  match slower than a scan in order meets
                                  the first ones is scanned instead (a
                                  syllable's first screen) */
} corpus_search_in;

typedef enum corpus_search_status {
    CORPUS_SEARCH_DONE,    /* every document was searched */
    CORPUS_SEARCH_ENOUGH,  /* the hit callback said enough */
    CORPUS_SEARCH_STOPPED  /* stop said so: the hits are partial */
} corpus_search_status;

typedef struct corpus_search_result {
    corpus_search_status status;
    size_t hits;  /* delivered to the callback */
    size_t docs;  /* documents with a hit delivered */
} corpus_search_result;

/* Runs query q over the documents of in, calling fn for each hit: the
 * documents in in's order, each one's hits in document order, as
 * search_doc gives them. Never fails (allocation aborts). */
corpus_search_result corpus_search(const query *q, const corpus_search_in *in,
                                   corpus_hit_fn fn, void *ctx);

#endif
