/* docx_styles.h — what a paragraph's style (word/styles.xml) gives the
 * Word reader: numbering (w:numPr, through w:basedOn) and whether it is a
 * heading style (Heading 1–9, 标题 1…, or an outline level). */
#ifndef BAOGAO_DOCX_STYLES_H
#define BAOGAO_DOCX_STYLES_H

#include "docx_xml.h"

typedef struct docx_style {
    char *id, *based_on;     /* xmalloc'd; based_on may be NULL */
    long num_id, ilvl;       /* of its w:numPr; -1 where it names none */
    int heading;             /* 1–9, 0: not a heading style */
} docx_style;

typedef struct docx_styles {
    docx_style *s;           /* paragraph styles, sorted by id */
    size_t n;
} docx_styles;

/* Reads the paragraph styles of styles.xml's tree (NULL: none). Cannot
 * fail; the caller docx_styles_free's st. */
void docx_styles_load(docx_styles *st, const xmlDoc *xml);

/* The numbering style `id` gives, its own or inherited (w:basedOn, at most
 * 16 deep; the list and the level each from the nearest style naming
 * it): returns 1 with *num_id (0: numbering switched off) and *ilvl (0
 * when no style of the chain names a level), 0 when none (also for an
 * unknown id). */
int docx_styles_numpr(const docx_styles *st, const char *id, long *num_id,
                      long *ilvl);

/* The heading level (1–9) of style `id`, its own or inherited; 0 when it
 * is no heading style or unknown. */
int docx_styles_heading(const docx_styles *st, const char *id);

void docx_styles_free(docx_styles *st);

#endif
