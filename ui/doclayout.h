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

/* A layout is made block by block, as far as it is needed: the lines on
 * screen first, the rest when a jump, the end or a search asks for them,
 * so a report of hundreds of MB opens at once and the work in between
 * can stop for a key. */
typedef struct reader_layout {
    display_line *v;
    size_t n, cap;
    int cols;             /* the width laid out for */
    int *colw;            /* table column widths, per table: colw_of[t] */
    size_t *colw_of;      /* start of table t's widths in colw */
    size_t ncolw;
    const doc *d;         /* the document laid out */
    int ambiwide;
    size_t next;          /* d->blocks[0..next) are laid out */
    int done;             /* every block is */
    unsigned char *shown; /* per table: its rows are laid out */
} reader_layout;

/* Starts a layout of d for cols cells (ambiwide: ambiguous characters are
 * wide), with no line yet. Frees what l held before. */
void reader_layout_start(reader_layout *l, const doc *d, int cols,
                         int ambiwide);

/* Lays out further blocks until there are more than `lines` lines and
 * the blocks reach past clean offset off (SIZE_MAX for either: no such
 * need), or the document is all laid out, or stop (may be NULL; asked
 * every 64 blocks) says to stop for now. Returns whether it is all laid
 * out. */
int reader_layout_extend(reader_layout *l, size_t lines, size_t off,
                         int (*stop)(void));

/* Whether the blocks laid out reach past clean offset off, one block
 * beyond the one holding it, so the line after off is laid out too
 * (SIZE_MAX: always). */
int reader_layout_reaches(const reader_layout *l, size_t off);

/* The whole layout at once: start, then extend to the end. */
void reader_layout_build(reader_layout *l, const doc *d, int cols,
                         int ambiwide);
void reader_layout_free(reader_layout *l);

/* First display line at or after clean-text offset off (n when none). */
size_t reader_layout_find(const reader_layout *l, size_t off);

#endif
