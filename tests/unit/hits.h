/* hits.h — search hits recorded with the document each is in, and
 * compared field by field: what test_corpus_search and the search fuzz
 * target hold the index, the scan and search_doc to (header-only, one
 * copy for both). */
#ifndef BAOGAO_TEST_HITS_H
#define BAOGAO_TEST_HITS_H

#include "arena.h"
#include "search.h"

typedef struct rec {
    size_t doc;
    search_hit h;
} rec;

typedef struct recs {
    rec *v;
    size_t n, cap;
    size_t enough_at; /* 0: never enough */
} recs;

/* Appends hit h of document di to r (free r->v after). */
static inline void recs_add(recs *r, size_t di, const search_hit *h)
{
    r->v = xgrow(r->v, &r->cap, r->n, sizeof *r->v);
    r->v[r->n++] = (rec){di, *h};
}

/* True when a and b both hold n hits or more and their first n are the
 * same, field by field. */
static inline int recs_same(const recs *a, const recs *b, size_t n)
{
    if (a->n < n || b->n < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const rec *x = &a->v[i], *y = &b->v[i];
        if (x->doc != y->doc || x->h.start != y->h.start || x->h.end != y->h.end ||
            x->h.term != y->h.term || x->h.section != y->h.section ||
            x->h.exact != y->h.exact || x->h.pinyin != y->h.pinyin)
            return 0;
    }
    return 1;
}

#endif
