/* reader.h — the contract of a format's reader (the seam format.h
 * dispatches through): a pure function from a file's bytes to the UTF-8
 * text the text stages take unchanged, with hints and what it did. */
#ifndef BAOGAO_READER_H
#define BAOGAO_READER_H

#include <stddef.h>

#include "arena.h"
#include "doc.h"
#include "sbuf.h"

/* A heading the format marked: the byte of the reader's text where its
 * line starts, and its level (1 the top). */
typedef struct reader_heading {
    size_t at;
    int level;
} reader_heading;

/* What a reader makes of a file: the text the text stages take unchanged
 * (lines_split onward), hints from outside the body (a page's title,
 * a document's properties) and what it did. */
typedef struct reader_out {
    sbuf text;              /* UTF-8, malloc'd (sbuf) */
    arena mem;              /* owns the hints' array and strings */
    doc_hint *hints;
    size_t nhints;
    const char *encoding;   /* the encoding the bytes were in (static) */
    int confidence;         /* 0–100, as decode_bytes */
    size_t replaced;        /* invalid sequences turned into U+FFFD */
    doc_reader_stats st;
    reader_heading *heads;  /* headings the format marked, in text order
                             * (malloc'd) */
    size_t nheads, hcap;
} reader_out;

/* A reader: a pure function of the file's bytes (n at most the loader's
 * cap) into out, initialised (reader_out_init). Returns 0, or -1 with *err a
 * static one-line reason (out is then freed by format_read). */
typedef int (*format_reader)(const char *bytes, size_t n, reader_out *out,
                             const char **err);

/* Initialises *out empty: UTF-8, confidence 100, no hints. */
void reader_out_init(reader_out *out);

/* Adds a hint key=value (both copied into out->mem). Aborts on
 * out-of-memory. */
void reader_out_hint(reader_out *out, const char *key, const char *value,
                     size_t vlen);

/* Records that the line starting at byte at of out->text is a heading of
 * level (1–9) by the format's own markup; at no smaller than the last
 * one's. Aborts on out-of-memory. */
void reader_out_heading(reader_out *out, size_t at, int level);

/* Frees what *out holds (the text too, unless the caller took text.p
 * and zeroed it). */
void reader_out_free(reader_out *out);

#endif
