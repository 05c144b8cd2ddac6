/* export_doc.h — what both exports (SQLite, JSON lines) take of a
 * document the same way: the text a section heads itself, and which
 * fields are "none". */
#ifndef BAOGAO_EXPORT_DOC_H
#define BAOGAO_EXPORT_DOC_H

#include <stddef.h>

#include "doc.h"

/* The clean-text bytes [*start, *end) of d that section k heads itself:
 * from its heading to its first subsection, or to its end when it has
 * none; k = -1: the text before the first heading (all of it when d has
 * no heading). Cannot fail. */
void export_own_text(const doc *d, int k, size_t *start, size_t *end);

/* s, or NULL when it is empty (a field the report does not state). */
static inline const char *export_nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

#endif
