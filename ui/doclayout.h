/* doclayout.h — a document laid out for the reader at a width: display lines
 * (wrapped paragraphs, styled headings, tables as grids), no curses. */
#ifndef BAOGAO_DOCLAYOUT_H
#define BAOGAO_DOCLAYOUT_H

#include <stddef.h>

#include "doc.h"

typedef enum line_kind {
    LINE_BLANK,
    LINE_TEXT,       /* part of a paragraph */
    LINE_HEADING,    /* part of a heading; level in `level` */
    LINE_CAPTION,    /* a caption or signature line */
    LINE_TABLE_ROW,  /* row `row` of table `table` */
    LINE_TABLE_RULE  /* the rule under a table's header */
} line_kind;

typedef struct display_line {
    unsigned char kind;   /* line_kind */
    unsigned char level;  /* heading level */
    unsigned short indent;/* cells before the text */
    int table, row;       /* for table lines */
    size_t start, end;    /* clean-text bytes shown (text lines) or the
                             block's start (table lines) */
} display_line;

typedef struct reader_layout {
    display_line *v;
    size_t n, cap;
    int cols;             /* the width laid out for */
    int *colw;            /* table column widths, per table: colw_of[t] */
    size_t *colw_of;      /* start of table t's widths in colw */
    size_t ncolw;
} reader_layout;

/* Lays d out for cols cells (ambiwide: ambiguous characters are wide).
 * Frees what l held before. */
void reader_layout_build(reader_layout *l, const doc *d, int cols,
                         int ambiwide);
void reader_layout_free(reader_layout *l);

/* First display line at or after clean-text offset off (n when none). */
size_t reader_layout_find(const reader_layout *l, size_t off);

#endif
