/* blocks.h — the clean text cut into blocks: paragraphs, markdown table
 * blocks, captions, signature/date lines, and the appendix. */
#ifndef BAOGAO_BLOCKS_H
#define BAOGAO_BLOCKS_H

#include "doc.h"

/* Cuts d->clean into d->blocks (in d->mem): every paragraph line one
 * block; the consecutive rows of a markdown table one BLOCK_TABLE; 表 N /
 * 图 N lines BLOCK_CAPTION; short signature and date lines
 * BLOCK_SIGNATURE; from a 附件 / 名词解释 line to the end BLOCK_APPENDIX.
 * Headings are found later (headings.h) among the paragraphs. */
void blocks_split(doc *d);

/* True for a line that starts the appendix (附件, 附件:, 附件 1, 名词解释). */
int blocks_is_appendix_start(const char *s, size_t n);

#endif
