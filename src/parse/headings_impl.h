/* headings_impl.h — what the heading finder's files share: a heading
 * candidate and a list of them (headings.c finds and sequences marked
 * ones; headings_bare.c proposes a top level of unmarked lines). */
#ifndef BAOGAO_HEADINGS_IMPL_H
#define BAOGAO_HEADINGS_IMPL_H

#include "doc.h"
#include "marker.h"

typedef struct cand {
    size_t block;      /* index in d->blocks */
    marker m;          /* kind MARK_NONE for a bare (unmarked) line */
    size_t title_start, title_end; /* bytes in d->clean */
    size_t head_end;   /* end of the heading part of the line */
    int level;
    unsigned flags;    /* SECTION_* */
} cand;

typedef struct cand_list {
    cand *v;
    size_t n, cap;
} cand_list;

/* Appends c to l (grown with xgrow; the caller frees l->v). */
static inline void cand_push(cand_list *l, cand c)
{
    l->v = xgrow(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = c;
}

/* Proposes the top level of a document whose top headings carry no
 * marker: bare standalone lines (short, no sentence punctuation, not a
 * caption, slogan or signature) each followed by body text, at least two
 * of which open a run of marked headings restarting at 1, alike in length;
 * and after the first, one alike line in the last stretch without marked
 * headings when substantial body text follows it. marked holds the marked
 * candidates of d in block order. Appends the proposals to tops (level 1,
 * kind MARK_NONE, numbered 1…, the whole line as title), in block order;
 * appends nothing when the document does not have that shape. The caller
 * decides whether the numbering under them bears them out. Cannot fail
 * (aborts on out-of-memory). */
void headings_bare_tops(const doc *d, const cand_list *marked, cand_list *tops);

#endif
