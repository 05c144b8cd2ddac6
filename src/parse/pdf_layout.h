/* pdf_layout.h — the PDF reader's layout stages, pure functions of the
 * glyphs a PDF library placed on each page (no PDF library here):
 *   pdf_rows_build      one page's glyphs → rows in reading order (columns
 *                       one after the other), each row split into cells at
 *                       wide gaps, spaces written where the text has them;
 *   pdf_furniture_mark  rows repeated at the top or bottom of most pages
 *                       (running heads and feet, page numbers) marked;
 *   pdf_paras_write     the rows of all pages → the text the text stages
 *                       take: one paragraph per line (lines joined where
 *                       the geometry says a paragraph goes on), a blank
 *                       line between paragraphs and at every page break
 *                       (the page-break joiner in clean.c sees it), runs of
 *                       aligned multi-cell rows as markdown tables. */
#ifndef BAOGAO_PDF_LAYOUT_H
#define BAOGAO_PDF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "sbuf.h"

/* How far into a row its text after a marker is looked for. */
#define HANG_GLYPHS 8

/* One glyph as the library placed it, in points from the page's top-left
 * corner (y grows downward). */
typedef struct pdf_glyph {
    uint32_t cp;
    float x1, y1, x2, y2;
    uint32_t font;      /* its font and size as a number: equal for the
                         * same font (0: not known) */
    uint8_t line_start; /* the library began a new text line here */
} pdf_glyph;

/* A cell: a run of a row's text between wide gaps. */
typedef struct pdf_cell {
    float x1, x2;
    uint32_t off, len;  /* its text in the rows' text buffer */
} pdf_cell;

/* A row: glyphs on one baseline within one column. */
typedef struct pdf_row {
    float x1, y1, x2, y2;
    float em;           /* type size of its longest segment: the median
                         * advance of its Chinese characters, else 0.8 of
                         * the median glyph box height */
    float h;            /* median glyph box height of its longest segment
                         * (the size to compare rows by: a justified line
                         * stretches advances, not heights) */
    float hang_x;       /* x of its second cell when the first has fewer
                         * than HANG_GLYPHS glyphs (where the text after
                         * a marker starts), or 0 */
    uint32_t page;
    uint32_t font;      /* the font most of its glyphs are set in */
    uint32_t cell0, ncells;
    uint8_t column;     /* 0 full width, 1 left, 2 right of a gutter */
    uint8_t furniture;  /* marked by pdf_furniture_mark */
} pdf_row;

/* The rows of a document, page after page, and their text. */
typedef struct pdf_rows {
    pdf_row *row;
    size_t nrows, rcap;
    pdf_cell *cell;
    size_t ncells, ccap;
    sbuf text;
    uint32_t npages;
    float *page_h;      /* height of each page (npages) */
    size_t hcap;
} pdf_rows;

/* qsort's comparison of two floats, ascending. */
int pdf_cmp_float(const void *a, const void *b);

/* The height of row x's vertical centre. */
float pdf_row_centre(const pdf_row *x);

/* True when s[0..n) opens with a bullet (• · ● ■ - * ※ …) or a heading
 * marker (marker.h); alone: when it is nothing but that. */
int pdf_opens_with_mark(const char *s, size_t n, int alone);

/* Frees what r holds; r is empty afterwards. */
void pdf_rows_free(pdf_rows *r);

/* Appends page number r->npages (width w, height h points) built from its
 * n glyphs g (in the library's order; g is reordered in place) to r:
 * glyphs grouped into rows by baseline, a page with a clear vertical
 * gutter of justified text read as two columns (left, then right, between
 * the full-width rows above and below them); a gap of half an em or more
 * starts a new cell; within a cell a space where the gap between letters
 * is 0.2 em, between the digits of a number 0.3 em, none next to a
 * Chinese character (a spaced or justified line): by the geometry, not
 * by the spaces the library wrote. Aborts on out-of-memory
 * only; cannot fail. */
void pdf_rows_build(pdf_rows *r, pdf_glyph *g, size_t n, float w, float h);

/* Marks the running furniture of r: a row among the first or last two of
 * its page, in the top or bottom sixth, whose text (digits as one class,
 * spaces left out) comes back at that end of three pages or more and of
 * at least three in ten pages with text; or a page number (a number alone,
 * - 12 -, 第 3 页, 3/20, Page 3) at that end of two pages or more.
 * Returns how many rows it marked. */
size_t pdf_furniture_mark(pdf_rows *r);

/* Writes the rows of r not marked as furniture to out (UTF-8), as the
 * contract at the top of this file says. Returns the number of
 * paragraphs written (table rows not counted); *tables (if given) gets
 * the number of tables. */
size_t pdf_paras_write(const pdf_rows *r, sbuf *out, size_t *tables);

#endif
