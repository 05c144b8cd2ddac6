/* tables.h — markdown tables of a document into table objects: captions
 * and labels, header rows, page-split blocks joined, spilled sub-rows
 * attached, the table of contents recognised. */
#ifndef BAOGAO_TABLES_H
#define BAOGAO_TABLES_H

#include "doc.h"

/* Builds d->tables (in d->mem) from the BLOCK_TABLE blocks of d->blocks
 * and the caption/label lines before them; sets each such block's `table`
 * index, and turns the blocks of a table of contents into BLOCK_TOC. Two
 * table blocks separated only by a page break (no paragraph between, the
 * second repeating the header) make one table. */
void tables_build(doc *d);

/* Links each entry of d's tables of contents to the heading it names
 * (table_row.heading): the next section, in order, whose marker and first
 * title characters are the entry's, spaces and dot leaders aside. Call
 * after headings_detect; until then every heading is -1. */
void tables_link_toc(doc *d);

#endif
