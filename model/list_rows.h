/* list_rows.h — what `baogao list` prints of each document, kept compact
 * until it is printed, so that the documents themselves can go as soon
 * as they are loaded: a record of some 20 bytes for a one-line CSV row
 * (numbers as varints, the strings once, the rows of a CSV export sharing
 * its path), records packed in 64 KB blocks, read back in order or from a
 * position kept. */
#ifndef BAOGAO_LIST_ROWS_H
#define BAOGAO_LIST_ROWS_H

#include <stddef.h>

#include "doc.h"

/* One record as read back. Strings are the store's (name may be the
 * caller's scratch buffer, see list_rows_read). */
typedef struct list_row {
    const char *name;     /* as the document was named */
    const char *region, *title, *encoding;
    const char *format;   /* doc->format: "text", "html", … */
    doc_kind kind;
    doc_script script;
    int year, reviews_from, reviews_to, plans_from, plans_to;
    unsigned region_code; /* meta.region_code: 440103, 0 unknown */
    size_t paragraphs;    /* non-empty lines of the clean text */
    size_t sections, tables;
} list_row;

typedef struct list_block list_block;

typedef struct list_rows {
    list_block *block;
    size_t nblocks, cap;
    size_t n;             /* records */
    arena strings;        /* the paths */
    const char **path;    /* distinct paths, in order (a path repeated by
                             consecutive records is stored once) */
    size_t npaths, pathcap;
    const char **encoding; /* distinct encodings (static strings) */
    size_t nencodings, encodingcap;
    const char **format;   /* distinct formats (static strings) */
    size_t nformats, formatcap;
    sbuf scratch;         /* the record being encoded */
} list_rows;

void list_rows_init(list_rows *r);
/* Appends the record of d (which stays the caller's and may be freed at
 * once) and returns its position, for list_rows_read. Aborts on
 * out-of-memory. */
size_t list_rows_add(list_rows *r, const doc *d);
/* Reads the record at pos (0 for the first, else a position returned by
 * list_rows_add or by an earlier read) into *row; a name built from a
 * path and a row number is written in *name, which must stay until row
 * is done with. Returns the position of the next record (meaningless
 * after the last). */
size_t list_rows_read(const list_rows *r, size_t pos, list_row *row, sbuf *name);
void list_rows_free(list_rows *r);

#endif
