/* extract.h — the extract stage: the numbers a structured document states
 * (prose statements and table cells) as indicators in its arena. */
#ifndef BAOGAO_EXTRACT_H
#define BAOGAO_EXTRACT_H

#include "cancel.h"
#include "doc.h"

/* Most indicators one document gets; the rest are dropped (a report states
 * a few hundred; this bounds a hostile file). */
#define EXTRACT_MAX 50000

/* Fills d->indicators/d->nindicators (in text order, strings in d->mem)
 * from d's clean text, blocks, sections, tables and meta, which structure
 * has filled. Sets canonical = name. Returns 0; or -1 once *cancel (if
 * given) is raised, with what was found so far kept. Cannot fail
 * otherwise (allocation aborts). */
int extract_run(doc *d, const cancel_flag *cancel);

#endif
