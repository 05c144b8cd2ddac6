/* out.h — output formats of the command line: TSV fields with \t \n \\
 * escaped, and JSON strings. */
#ifndef BAOGAO_OUT_H
#define BAOGAO_OUT_H

#include <stddef.h>
#include <stdio.h>

/* Writes s[0..n) as one TSV field: tab, newline, CR and backslash escaped. */
void out_tsv_field(FILE *f, const char *s, size_t n);

/* Writes s[0..n) as a JSON string literal, quotes included. */
void out_json_string(FILE *f, const char *s, size_t n);

#endif
