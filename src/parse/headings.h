/* headings.h — headings among a document's paragraphs, their levels
 * inferred per document, and the section tree. */
#ifndef BAOGAO_HEADINGS_H
#define BAOGAO_HEADINGS_H

#include "doc.h"

/* Finds the headings among the BLOCK_PARAGRAPH blocks of d (appendix,
 * tables, captions and signatures are never headings) and fills
 * d->sections. A heading whose line goes on with body text ends at its
 * first 。 or ；: its block is split into a BLOCK_HEADING and a
 * BLOCK_PARAGRAPH. Levels come from the order in which marker kinds first
 * appear; a numbered line out of sequence is not a heading; a gap in a
 * sequence is flagged, and filled by an unmarked heading when a paragraph
 * between the neighbours reads like their sibling. A report whose top
 * headings are bare lines without a marker (headings_impl.h) gets them as
 * level 1 (kind MARK_NONE, marker "") and the levels beneath each inferred
 * afresh from 2. */
void headings_detect(doc *d);

/* Writes the marker of kind (marker_kind) and number into buf (at least
 * 32 bytes): （三）, 三、, 第三章, 3., (3) as full-width, ③. Returns buf. */
char *headings_format_marker(int kind, int number, char *buf);

#endif
