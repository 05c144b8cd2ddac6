/* out.h — what the command line prints: the row writer every verb uses,
 * and the one escaping rule of everything baogao prints outside the
 * terminal UI (rows and stderr messages).
 *
 * The escaping rule (out_escape, and json's spelling of it): a file name
 * or a document's text may hold any bytes, and none of them reaches the
 * terminal raw:
 *   C0 controls U+0000–U+001F and DEL   \x1b  (two lowercase hex digits)
 *     but tab, newline, CR               \t \n \r
 *   C1 controls U+0080–U+009F and the bidi controls U+061C, U+200E,
 *     U+200F, U+202A–U+202E, U+2066–U+2069 (as UTF-8)
 *                                        \u202e (four lowercase hex digits)
 *   each byte of invalid UTF-8           \xff   (so a raw 0x9B is \x9b,
 *                                                U+009B is \u009b)
 *   a backslash                          \\
 * and every other character as it is. The result is valid UTF-8, one
 * line, and lossless: \\ \t \n \r \xHH (a byte) \uHHHH (a character)
 * read back the original bytes.
 *
 * A verb declares its columns once (out_column), opens a writer on a
 * format and adds rows field by field; the writer prints them as
 *
 *   TSV   a header row, then one line per row; each field escaped by the
 *         rule above; a null is an empty field.
 *   JSON  one array of objects, one per row, keys in column order, each
 *         row on a line of its own ("[\n  {...},\n  {...}\n]\n"; "[]\n"
 *         when empty); nested rows indented two more spaces. Strings are
 *         always valid UTF-8: the rule spelt as JSON escapes (\" \\ \n
 *         \t \r, \u001b for the other C0 controls and DEL, \u009b and
 *         \u202e for C1 and bidi controls), each invalid sequence of bytes
 *         \ufffd; an OUT_BYTES column that is not valid UTF-8 is followed
 *         by NAME_bytes, its bytes as an array of numbers 0–255 (left out
 *         when the string is valid), so a file name can be rebuilt.
 *   CSV   RFC 4180: a header row, comma-separated fields, CRLF line ends;
 *         a field is quoted when it holds a comma, quote, CR or LF
 *         (quotes doubled), and a line of one empty field is "" (so it is
 *         a row, not a blank line); a null is an empty field; optionally
 *         a UTF-8 BOM (EF BB BF) first, for spreadsheet programs. CSV
 *         carries tab, newline and CR in its quoting and has no escape
 *         character, so they and a backslash stay as they are (a CSV
 *         reader gets the text back exactly); the rest of the rule
 *         applies (\x1b, \u202e, \xff), which a CSV reader cannot tell
 *         from the same text typed: use TSV or JSON to round-trip names.
 *
 * TSV and CSV are "flat": the same lines with the same fields, escaped
 * each its own way. A column shows in the flat formats, in JSON or in
 * both (OUT_IN_*); a value given for a column that does not show in the
 * format is dropped, so verbs give every column whatever the format.
 * Columns that do not hold one scalar:
 *   OUT_STRS  a JSON array of strings; flat: one field per string (lines
 *             then vary in width), so it is the last flat column; its
 *             name heads the first of them.
 *   OUT_MAP   a JSON object of string pairs, left out of the row when it
 *             has none; JSON only.
 *   OUT_ROWS  nested rows with columns of their own: a JSON array of
 *             objects; flat: each nested row is one line, the parent's
 *             flat fields then the nested row's (a parent with no nested
 *             rows prints no line); the header names the parent's flat
 *             columns then the nested ones. Such a column (in every
 *             format) is the last flat column, one at most; nested rows
 *             in JSON only (OUT_IN_JSON) may stand anywhere, any number
 *             of them (the flat formats drop them and their rows).
 *   OUT_OBJ   one object with columns of its own (any but OUT_ROWS), or
 *             null when OUT_NULLABLE; JSON only (the flat formats drop
 *             it and what is given for it).
 * A writer opened with out_open_one writes one row: JSON gives it as one
 * object ("{...}\n") instead of an array of them; the flat formats as
 * out_open does.
 * Misuse (a value of the wrong type, a null in a column not OUT_NULLABLE,
 * a row with a column missing, a schema breaking the rules above) is a
 * bug and aborts through assert. Write errors are the FILE's (ferror). */
#ifndef BAOGAO_OUT_H
#define BAOGAO_OUT_H

#include <stddef.h>
#include <stdio.h>

#include "sbuf.h"

typedef enum out_format { OUT_TSV, OUT_JSON, OUT_CSV } out_format;

typedef enum out_type {
    OUT_STR,  /* a string */
    OUT_INT,  /* an integer */
    OUT_NUM,  /* a number printed with `digits` digits after the point, or
                 with OUT_DIGITS_SHORT in 15 significant digits, no
                 trailing zeros (13.4, 127793000000, 1e+40) */
    OUT_BOOL, /* true or false (JSON true/false; flat "true"/"false") */
    OUT_STRS, /* strings (see the top) */
    OUT_MAP,  /* string pairs (see the top) */
    OUT_ROWS, /* nested rows (see the top) */
    OUT_OBJ   /* one nested object (see the top) */
} out_type;

/* A column's flags: where it shows, and whether it takes out_null. */
enum {
    OUT_IN_FLAT = 1,  /* TSV and CSV */
    OUT_IN_JSON = 2,
    OUT_IN_ALL = 3,
    OUT_NULLABLE = 4,
    OUT_BYTES = 8     /* an OUT_STR of raw bytes (a file name): JSON adds
                         NAME_bytes where it is not UTF-8 (see the top) */
};

typedef struct out_columns out_columns;

/* An OUT_NUM column's digits for amounts of any size: "%.15g". */
enum { OUT_DIGITS_SHORT = -1 };

typedef struct out_column {
    const char *name;
    out_type type;
    unsigned flags;          /* OUT_IN_* | OUT_NULLABLE */
    int digits;              /* OUT_NUM: digits after the point, or
                                OUT_DIGITS_SHORT */
    const out_columns *rows; /* OUT_ROWS, OUT_OBJ: the nested columns */
} out_column;

struct out_columns {
    const out_column *col;
    size_t n;
};

/* The out_columns of an array of out_column. */
#define OUT_COLUMNS(a) {(a), sizeof(a) / sizeof(a)[0]}

typedef struct out_writer out_writer;

/* A writer of rows with columns cols (borrowed: it must outlive the
 * writer) to f in format fmt; bom puts a UTF-8 BOM first (CSV only,
 * ignored otherwise). The flat formats print the header row now, JSON its
 * opening bracket. Free with out_close. Aborts on out-of-memory. */
out_writer *out_open(FILE *f, out_format fmt, int bom, const out_columns *cols);

/* out_open for exactly one row, which JSON prints as one object, not an
 * array (see the top): a document of several parts (compare: the two
 * reports and their sections). */
out_writer *out_open_one(FILE *f, out_format fmt, int bom,
                         const out_columns *cols);

/* Ends the output (JSON's closing bracket) and frees w; f stays open.
 * Every row must be ended (out_open_one: the one row written). */
void out_close(out_writer *w);

/* Begins a row (of the nested columns after out_rows_begin); out_row_end
 * ends it once every column has its value, in column order. */
void out_row_begin(out_writer *w);
void out_row_end(out_writer *w);

/* The value of the next column of the row, of the type named. s is
 * NUL-terminated and copied out at once. */
void out_str(out_writer *w, const char *s);
void out_int(out_writer *w, long long v);
void out_num(out_writer *w, double v);
void out_bool(out_writer *w, int v);
void out_null(out_writer *w); /* an OUT_NULLABLE column of any type */
void out_strs(out_writer *w, const char *const *v, size_t n);

/* An OUT_MAP value: begin, any number of pairs, end. */
void out_map_begin(out_writer *w);
void out_map_pair(out_writer *w, const char *key, const char *value);
void out_map_end(out_writer *w);

/* An OUT_OBJ value: begin, a value for each of its columns, end. */
void out_obj_begin(out_writer *w);
void out_obj_end(out_writer *w);

/* An OUT_ROWS value: begin, rows (out_row_begin … out_row_end), end. */
void out_rows_begin(out_writer *w);
void out_rows_end(out_writer *w);

/* The spellings of the rule at the top. */
typedef enum out_escaping {
    OUT_ESC_LINE, /* as at the top: one line, lossless (TSV, messages) */
    OUT_ESC_CSV,  /* tab, newline, CR, backslash as they are and a quote
                     doubled: the inside of a CSV field (see CSV above) */
    OUT_ESC_JSON  /* the inside of a JSON string (see JSON above) */
} out_escaping;

/* Appends NUL-terminated s to b escaped by the rule at the top, spelt
 * `how`. Aborts on out-of-memory only. */
void out_escape(sbuf *b, const char *s, out_escaping how);

/* Prints one message on stderr: "baogao: ", fmt, a newline. fmt is the
 * program's own text; each %s argument is escaped by the rule at the top
 * (OUT_ESC_LINE), so a file name or a document's text cannot reach the
 * terminal raw. Conversions: %s, %d, %zu and %% (another aborts: a bug).
 * Every message baogao prints on stderr outside the terminal UI goes
 * through it. */
void out_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
