/* read_docx.h — the Word (.docx) reader: a package's main document as the
 * UTF-8 text the pipeline's text stages take (one paragraph per line, a
 * blank line between paragraphs, tables as markdown pipe tables, Word's
 * automatic numbering written out as its markers), with the title and
 * date of docProps/core.xml as hints and counts of what it did. */
#ifndef BAOGAO_READ_DOCX_H
#define BAOGAO_READ_DOCX_H

#include <stddef.h>

#include "arena.h"
#include "doc.h"
#include "reader.h"

/* What the reader did (for check). */
typedef struct docx_stats {
    size_t entries;     /* entries of the zip */
    size_t inflated;    /* bytes inflated, all parts read */
    size_t paragraphs;  /* paragraphs written (table cells' not counted) */
    size_t tables;      /* w:tbl written as markdown tables (nested ones
                         * flattened into their cell, not counted) */
    size_t numbered;    /* paragraphs given a marker from numbering.xml */
    size_t headings;    /* paragraphs in a heading style */
    size_t notes;       /* footnote and endnote references left out (their
                         * text, in footnotes.xml/endnotes.xml, is not read) */
    size_t comments;    /* comment references left out */
} docx_stats;

/* The reader's result; docx_read fills it whatever it returns. */
typedef struct docx_out {
    arena mem;          /* owns text and hints */
    char *text;         /* UTF-8, NUL-terminated, n bytes before the NUL */
    size_t n;
    doc_hint *hints;    /* "title" (dc:title) and "date" (dcterms:created as
                         * YYYY-MM-DD: when the file was made, not
                         * necessarily the report's date) of core.xml, each
                         * when set; key strings static, values in mem */
    size_t nhints;
    reader_heading *heads; /* heading-styled paragraphs of the body: where
                            * each starts in text and its level (in mem) */
    size_t nheads;
    docx_stats stats;
    char err[200];      /* the reason of a failure (*err points here) */
} docx_out;

/* Reads the .docx bytes[0..n) (the caller's; only read during the call)
 * into *out. Returns 0; or -1 with *err (inside out, valid until
 * docx_out_free) naming the problem: not a zip / truncated, too many
 * entries ("too many zip entries: 100000, past the limit of 10000"), a
 * part inflating past its limit ("zip bomb: word/document.xml inflates
 * past 64 MB"), a damaged entry, no main document, malformed XML in
 * document.xml, styles.xml or numbering.xml (with libxml2's reason and
 * line; a malformed core.xml only loses the hints). Memory is bounded by
 * the limits of docx_zip.h and the parse trees of the parts read. The
 * caller docx_out_free's out in every case. Thread-safe: no state is
 * shared between calls (libxml2 is initialised once, see docx_xml.h). */
int docx_read(const char *bytes, size_t n, docx_out *out, const char **err);

/* Frees what out owns; out is empty afterwards. */
void docx_out_free(docx_out *out);

/* docx_read as the reader of .docx files (reader.h's format_reader, one
 * line of format.c): the text, the hints and the counts into out. The
 * reason of a refusal is copied into a buffer of the calling thread, so
 * *err stays valid until that thread reads the next .docx. */
int docx_reader(const char *bytes, size_t n, reader_out *out, const char **err);

#endif
