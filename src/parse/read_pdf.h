/* read_pdf.h — the PDF reader: a PDF's text layer, page by page, as the
 * UTF-8 text the pipeline's text stages take (see pdf_layout.h for the
 * layout: reading order, spaces, paragraphs, tables, running furniture
 * removed), with the document's title and creation date as hints. */
#ifndef BAOGAO_READ_PDF_H
#define BAOGAO_READ_PDF_H

#include <stddef.h>

#include "reader.h"

/* Upper bounds on what one PDF may make the reader hold. */
#define PDF_MAX_PAGES 20000
#define PDF_MAX_PAGE_GLYPHS 200000
#define PDF_MAX_TEXT (64u << 20)

/* The reader of .pdf files (reader.h's format_reader, one line of
 * format.c): reads bytes[0..n) with poppler into out (text, hints
 * "title" and "date", counts pages and furniture, blocks and tables).
 * Returns 0; or -1 with *err naming the problem:
 *   "damaged or truncated PDF: …"  no %%EOF near its end, or poppler
 *                                  cannot open it (its reason follows);
 *   "encrypted: needs a password"  (one that opens with the empty
 *                                  password is read);
 *   "no text layer: a scanned PDF needs OCR first (N pages, none with
 *    text)";
 *   "too many pages: N, past the limit of 20000", "text past 64 MB".
 * A page's glyphs past PDF_MAX_PAGE_GLYPHS are left out. *err points into
 * a buffer of the calling thread, valid until that thread reads the next
 * PDF. Thread-safe: documents are not shared between calls (poppler sets
 * its globals up once, under its own lock). */
int read_pdf(const char *bytes, size_t n, reader_out *out, const char **err);

#endif
