/* structure.c — the structure stage in order: blocks, tables, headings and
 * sections, metadata (see structure.h). */
#include "structure.h"

#include "blocks.h"
#include "headings.h"
#include "meta_detect.h"
#include "tables.h"

void structure_run(doc *d)
{
    blocks_split(d);
    tables_build(d);
    headings_detect(d);
    tables_link_toc(d);
    meta_detect(d);
}
