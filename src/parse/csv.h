/* csv.h — CSV exports of reports: one report per row, its text in a
 * full_text column, the other columns kept as hints (RFC 4180 quoting). */
#ifndef BAOGAO_CSV_H
#define BAOGAO_CSV_H

#include <stddef.h>
#include <stdint.h>

#include "sbuf.h"

typedef struct csv_field {
    const char *s; /* unquoted value (NUL-terminated, owned by the reader) */
    size_t n;
    uint32_t line; /* 1-based line of the file where the value starts */
} csv_field;

typedef struct csv_row {
    csv_field *f;
    size_t n;
} csv_row;

/* Called for every data row; header is the first row. Return nonzero to
 * stop. */
typedef int (*csv_row_fn)(void *ctx, const csv_row *header,
                          const csv_row *row);

/* True when s[0..n) looks like a CSV export with a full_text column: its
 * first line has commas and a field named full_text (any case). */
int csv_is_export(const char *s, size_t n);

/* Index of the column named name (case-insensitive) in header, or -1. */
long csv_column(const csv_row *header, const char *name);

/* Parses UTF-8 CSV s[0..n) and calls fn for each data row. Quoted fields
 * may hold commas, newlines and "" escapes; an unterminated quote runs to
 * the end. Returns the number of data rows. */
size_t csv_parse(const char *s, size_t n, csv_row_fn fn, void *ctx);

#endif
