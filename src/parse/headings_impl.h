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
 * marker. A bare line is a standalone paragraph of 4–30 characters with
 * no marker, no sentence or clause end, not opening with a bracket or
 * dash, not a slogan of short parallel phrases, and followed by body text
 * or by a marked heading numbered 1 (a caption before a table, a slogan
 * before the signature are not). A bare line that directly opens a run of
 * marked headings restarting at 1 is a top when its length is alike the
 * median of such lines (a third to three times it); any other bare line
 * outside a run (in the preface, between runs, after the last marked
 * heading) is one when it comes after the first body paragraph, is alike
 * and has two body paragraphs under it. A top level needs two tops that
 * open runs, or one that does and another top, all after the first body
 * paragraph (so a title line never is one). A bare line that a
 * page-break join glued to the body after it (its text up to the join can
 * be a bare line, what follows is body) counts when it opens a run; its
 * title ends at the join.
 * When the format marked headings (d->heading_hints: a Word heading
 * style, an HTML h1–h4), its top level that marks two title-like
 * paragraphs without a marker or more is proposed instead, whatever their
 * shape.
 * marked holds the marked candidates of d in block order. Appends the
 * proposals to tops (level 1, kind MARK_NONE, numbered 1…, the whole line
 * as title) in block order, or nothing; the caller decides whether the
 * numbering beneath bears them out. Aborts on out-of-memory. */
void headings_bare_tops(const doc *d, const cand_list *marked, cand_list *tops);

#endif
