/* pdf_tables.h — tables among a PDF's rows (pdf_layout.h), found by their
 * columns of white space: consecutive rows of one page column whose cells,
 * taken together, leave at least one vertical strip of half an em or
 * more free in every row (a paragraph's rows cover it). Rows closer than
 * the table's usual step are the lines of one wrapped logical row. */
#ifndef BAOGAO_PDF_TABLES_H
#define BAOGAO_PDF_TABLES_H

#include <stddef.h>

#include "pdf_layout.h"
#include "sbuf.h"

#define PDF_TABLE_MAX_COLS 32

/* A table: rows [a, b) of r, in ncols columns spanning col_x1..col_x2. */
typedef struct pdf_table {
    size_t a, b;
    size_t ncols;
    float col_x1[PDF_TABLE_MAX_COLS], col_x2[PDF_TABLE_MAX_COLS];
} pdf_table;

/* Looks for a table whose first row is row a of r, its rows before end
 * (the end of a's page column): rows are taken while each comes within
 * 2.6 em below the one before, is no furniture and the rows so far still
 * split into two columns or more (at most PDF_TABLE_MAX_COLS). A table
 * needs two rows with cells in two columns or more, and is no list (two
 * columns, the first all bullets or markers). Returns the row after the
 * table (*t filled), or a when there is none. Pure; cannot fail. */
size_t pdf_table_find(const pdf_rows *r, size_t a, size_t end, pdf_table *t);

/* A table being written: its columns and the logical row still open (a
 * row cut by a page break goes on over the next page). */
typedef struct pdf_table_out {
    size_t ncols;
    float x1[PDF_TABLE_MAX_COLS], x2[PDF_TABLE_MAX_COLS];
    sbuf cell[PDF_TABLE_MAX_COLS];
    size_t rows;        /* logical rows written */
    int open;           /* cell[] holds a row not written yet */
} pdf_table_out;

/* Starts writing table t (its columns taken for what goes on). */
void pdf_table_begin(pdf_table_out *w, const pdf_table *t);

/* Adds t's rows (the table begun, or its rest on a new page when
 * `continued`) to w, writing finished logical rows to out as markdown
 * (the first the header, each cell's '|' escaped): rows of a wrapped
 * cell, closer than the table's usual step, are one logical row; where
 * the steps cannot tell (the first row on a new page, or a table whose
 * steps are all alike), a row goes on the one left open when it fills at
 * most half as many columns and leaves the first empty (the rest of a row
 * the page cut, a header's second line). */
void pdf_table_add(pdf_table_out *w, const pdf_rows *r, const pdf_table *t,
                   int continued, sbuf *out);

/* The rows from a of r, before end, that go on table w over a new page:
 * each within 2.6 em below the one before, no furniture, every cell
 * within one of w's columns or right of them all (pdf_table_add then adds
 * a column: a row with a cell more, as a sub-indicator's). Returns their end (a when none); *t gets
 * them in w's columns. */
size_t pdf_table_goes_on(const pdf_table_out *w, const pdf_rows *r, size_t a, size_t end,
                         pdf_table *t);

/* Writes the row still open and frees what w holds. */
void pdf_table_end(pdf_table_out *w, sbuf *out);

#endif
