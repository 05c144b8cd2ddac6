/* docx_numbering.h — Word's automatic numbering (word/numbering.xml):
 * the lists (w:num) and their level definitions (w:abstractNum/w:lvl),
 * the counters of each list, and the marker text Word shows before a
 * numbered paragraph ("一、", "（二）", "3.", "①"). */
#ifndef BAOGAO_DOCX_NUMBERING_H
#define BAOGAO_DOCX_NUMBERING_H

#include "docx_xml.h"
#include "sbuf.h"

#define DOCX_LEVELS 9

typedef struct docx_level {
    char fmt[40];     /* w:numFmt; "" is decimal */
    char text[64];    /* w:lvlText: "%1、", "（%2）" */
    long start;       /* w:start */
    long restart;     /* w:lvlRestart: -1 default (after any higher level), 0 never */
    char suff;        /* w:suff: 't' tab (default), 's' space, 'n' nothing */
    char legal;       /* w:isLgl: the other levels' numbers in decimal */
    char defined;     /* the w:lvl was there */
} docx_level;

typedef struct docx_list {
    long id;                        /* w:numId */
    docx_level lvl[DOCX_LEVELS];    /* the abstract's, overrides applied */
    long count[DOCX_LEVELS];
    char started[DOCX_LEVELS];
} docx_list;

typedef struct docx_numbering {
    docx_list *lists;  /* sorted by id */
    size_t nlists;
} docx_numbering;

/* Reads the lists of numbering.xml's tree (NULL: a package without
 * numbering, no lists) into nb. Cannot fail: what is malformed is left
 * out (a w:num naming no abstract, a level past 8). */
void docx_numbering_load(docx_numbering *nb, const xmlDoc *xml);

/* The paragraph numbered (num_id, ilvl) comes next: advances the list's
 * counter at ilvl, restarts the levels below it as w:lvlRestart says,
 * and appends the marker (lvlText with each %N as level N's number in its
 * format, then the suffix: a space for a tab or space unless the marker
 * ends in a CJK character such as 、 or ）) to out. Returns 1 when a
 * marker was written; 0 when there is none (num_id 0 or unknown, ilvl out
 * of range, a bullet or an empty lvlText), out untouched. */
int docx_numbering_marker(docx_numbering *nb, long num_id, long ilvl, sbuf *out);

void docx_numbering_free(docx_numbering *nb);

#endif
