/* structure.h — parse stage 4: the clean text of a document into blocks,
 * tables, the section tree and metadata. */
#ifndef BAOGAO_STRUCTURE_H
#define BAOGAO_STRUCTURE_H

#include "doc.h"

/* Fills d->blocks, d->tables, d->sections and d->meta from d->clean, all
 * allocated in d->mem. Never fails; a text with no structure gets one
 * paragraph block per paragraph and no sections. */
void structure_run(doc *d);

#endif
