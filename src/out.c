/* out.c — the row writer: TSV, JSON and CSV from one description of the
 * columns, and the escaping rule they and stderr messages share (see
 * out.h). JSON goes to the FILE as it comes (each string escaped in a
 * buffer first); a flat line is built in the buffer, so the fields of a
 * parent row can start each of its nested rows' lines. */
#include "out.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

enum {
    OUT_DEPTH = 4,  /* levels of nested rows, the top one included */
    NUM_TEXT = 400  /* room for any finite double with 17 digits after the point */
};

typedef struct level {
    const out_columns *cols;
    size_t col;   /* the next column of the row */
    size_t rows;  /* rows begun at this level */
    size_t keys;  /* JSON: keys written in the row's object */
    size_t mark;  /* flat: bytes of the line before this level's fields */
    size_t marks; /* flat: fields of the line before them */
    int in_row;
    int nested;   /* the row holds nested rows: they print its lines */
    int obj;      /* an OUT_OBJ's columns, not a row */
    int hidden;   /* an OUT_OBJ the format does not show: values dropped */
} level;

struct out_writer {
    FILE *f;
    out_format fmt;
    level lv[OUT_DEPTH];
    size_t depth;          /* lv[depth] is the level being written */
    sbuf line;             /* flat: the line being built */
    size_t fields;         /* flat: fields in line */
    const out_column *map; /* the OUT_MAP column being written, or NULL */
    size_t pairs;          /* pairs given to it so far */
    int one;               /* out_open_one: one row, JSON an object */
};

/* A broken rule of out.h is a bug in the verb: say which, and abort. */
static void must(int ok, const char *what, const char *column)
{
    if (ok)
        return;
    out_error("row writer: %s (column %s)", what, column ? column : "-");
    abort();
}

/* --- the escaping rule (see out.h) --- */

typedef enum char_kind {
    CH_PLAIN,   /* printed as it is in every spelling */
    CH_ASCII,   /* a C0 control, DEL, backslash or quote: each spelling's own */
    CH_CONTROL, /* a C1 or bidi control: \uHHHH */
    CH_INVALID  /* a sequence of bytes that is not UTF-8 */
} char_kind;

static int is_c1_or_bidi(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* The character at s (n ≥ 1 bytes left): its length in *len, its code
 * point in *cp, and what kind the rule makes it. */
static char_kind next_char(const char *s, size_t n, size_t *len, uint32_t *cp)
{
    unsigned char c = (unsigned char)*s;
    if (c < 0x80) {
        *len = 1;
        *cp = c;
        return c < 0x20 || c == 0x7F || c == '\\' || c == '"' ? CH_ASCII : CH_PLAIN;
    }
    *len = utf8_decode(s, n, cp);
    /* U+FFFD decoded from its own three bytes is valid text. */
    if (*cp == UTF8_REPLACEMENT && !(*len == 3 && c == 0xEF))
        return CH_INVALID;
    return is_c1_or_bidi(*cp) ? CH_CONTROL : CH_PLAIN;
}

/* A C0 control, DEL, backslash or quote, spelt `how`. */
static void escape_ascii(sbuf *b, char c, out_escaping how)
{
    const char *e = c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                  : c == '\\' ? "\\\\" : NULL;
    if (c == '"')
        sbuf_adds(b, how == OUT_ESC_JSON ? "\\\"" : how == OUT_ESC_CSV ? "\"\"" : "\"");
    else if (e && how == OUT_ESC_CSV)
        sbuf_addc(b, c);
    else if (e)
        sbuf_adds(b, e);
    else
        sbuf_printf(b, how == OUT_ESC_JSON ? "\\u%04x" : "\\x%02x", (unsigned char)c);
}

void out_escape(sbuf *b, const char *s, out_escaping how)
{
    size_t n = strlen(s), i = 0, run = 0; /* s[run..i): plain, not yet added */
    sbuf_reserve(b, n);
    while (i < n) {
        size_t len;
        uint32_t cp;
        char_kind k = next_char(s + i, n - i, &len, &cp);
        if (k != CH_PLAIN) {
            sbuf_add(b, s + run, i - run);
            if (k == CH_ASCII)
                escape_ascii(b, s[i], how);
            else if (k == CH_CONTROL)
                sbuf_printf(b, "\\u%04x", (unsigned)cp);
            else if (how == OUT_ESC_JSON)
                sbuf_adds(b, "\\ufffd");
            else
                for (size_t j = 0; j < len; j++)
                    sbuf_printf(b, "\\x%02x", (unsigned char)s[i + j]);
            run = i + len;
        }
        i += len;
    }
    sbuf_add(b, s + run, n - run);
}

void out_error(const char *fmt, ...)
{
    sbuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sbuf_adds(&b, "baogao: ");
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sbuf_addc(&b, *p);
        } else if (p[1] == 's') {
            out_escape(&b, va_arg(ap, const char *), OUT_ESC_LINE);
            p++;
        } else if (p[1] == 'd') {
            sbuf_printf(&b, "%d", va_arg(ap, int));
            p++;
        } else if (p[1] == 'z' && p[2] == 'u') {
            sbuf_printf(&b, "%zu", va_arg(ap, size_t));
            p += 2;
        } else if (p[1] == '%') {
            sbuf_addc(&b, '%');
            p++;
        } else {
            fputs("baogao: out_error: a conversion other than %s %d %zu %%\n", stderr);
            abort();
        }
    }
    va_end(ap);
    sbuf_addc(&b, '\n');
    fwrite(b.p, 1, b.len, stderr);
    sbuf_free(&b);
}

static void csv_field(sbuf *b, const char *s)
{
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        sbuf_addc(b, '"');
    out_escape(b, s, OUT_ESC_CSV);
    if (quote)
        sbuf_addc(b, '"');
}

static void flat_field(out_writer *w, const char *s)
{
    if (w->fields++)
        sbuf_addc(&w->line, w->fmt == OUT_CSV ? ',' : '\t');
    if (w->fmt == OUT_CSV)
        csv_field(&w->line, s);
    else
        out_escape(&w->line, s, OUT_ESC_LINE);
}

/* Prints the line built so far. */
static void flat_emit(out_writer *w)
{
    if (w->fmt == OUT_CSV && w->fields == 1 && w->line.len == 0)
        sbuf_adds(&w->line, "\"\"");
    if (w->line.len)
        fwrite(w->line.p, 1, w->line.len, w->f);
    fputs(w->fmt == OUT_CSV ? "\r\n" : "\n", w->f);
}

/* s as a JSON string, built in the line buffer (JSON has no other use
 * for it). */
static void json_string(out_writer *w, const char *s)
{
    w->line.len = 0;
    sbuf_addc(&w->line, '"');
    out_escape(&w->line, s, OUT_ESC_JSON);
    sbuf_addc(&w->line, '"');
    fwrite(w->line.p, 1, w->line.len, w->f);
}

/* The key name followed by suffix, for the next value of the row. */
static void json_key(out_writer *w, const char *name, const char *suffix)
{
    if (w->lv[w->depth].keys++)
        fputs(", ", w->f);
    w->line.len = 0;
    sbuf_addc(&w->line, '"');
    out_escape(&w->line, name, OUT_ESC_JSON);
    out_escape(&w->line, suffix, OUT_ESC_JSON);
    sbuf_adds(&w->line, "\": ");
    fwrite(w->line.p, 1, w->line.len, w->f);
}

/* An OUT_BYTES column whose value s is not UTF-8: NAME_bytes, its bytes
 * (see out.h). */
static void json_bytes(out_writer *w, const out_column *c, const char *s)
{
    size_t n = strlen(s);
    if (!(c->flags & OUT_BYTES) || utf8_valid(s, n))
        return;
    json_key(w, c->name, "_bytes");
    for (size_t i = 0; i < n; i++)
        fprintf(w->f, "%s%u", i ? ", " : "[", (unsigned char)s[i]);
    fputc(']', w->f);
}

/* A newline and two spaces per level of depth. */
static void json_newline(FILE *f, size_t depth)
{
    fprintf(f, "\n%*s", (int)(2 * depth), "");
}

/* Closes the array of the rows at level depth. */
static void json_close(FILE *f, size_t rows, size_t depth)
{
    if (rows)
        json_newline(f, depth);
    fputc(']', f);
}

/* Enforces the schema rules of out.h on cols at nesting depth. */
static void check_columns(const out_columns *cols, size_t depth)
{
    int strs = 0; /* a flat OUT_STRS was seen: no flat column may follow */
    int flat_rows = 0; /* the nested rows of every format were seen */
    must(depth < OUT_DEPTH, "rows nested too deep", NULL);
    for (size_t i = 0; i < cols->n; i++) {
        const out_column *c = &cols->col[i];
        must(c->flags & OUT_IN_ALL, "shows in no format", c->name);
        must(!(c->flags & OUT_BYTES) || c->type == OUT_STR, "bytes of a column not a string",
             c->name);
        must(!(strs && c->flags & OUT_IN_FLAT), "a flat column after strings", c->name);
        strs |= c->type == OUT_STRS && c->flags & OUT_IN_FLAT;
        must(c->type != OUT_MAP || !(c->flags & OUT_IN_FLAT), "a map in TSV/CSV", c->name);
        must(c->type != OUT_NUM || c->digits == OUT_DIGITS_SHORT ||
             (c->digits >= 0 && c->digits <= 17),
             "digits out of 0..17", c->name);
        if (c->type == OUT_OBJ) {
            must(!(c->flags & OUT_IN_FLAT) && c->rows, "an object in TSV/CSV or without columns",
                 c->name);
            for (size_t k = 0; k < c->rows->n; k++)
                must(c->rows->col[k].type != OUT_ROWS, "nested rows in an object",
                     c->rows->col[k].name);
            check_columns(c->rows, depth + 1);
        }
        if (c->type != OUT_ROWS)
            continue;
        must(c->rows != NULL, "nested rows without columns", c->name);
        if ((c->flags & OUT_IN_ALL) == OUT_IN_JSON) { /* JSON only: anywhere */
            check_columns(c->rows, depth + 1);
            continue;
        }
        must((c->flags & OUT_IN_ALL) == OUT_IN_ALL && !flat_rows,
             "nested rows not in every format, or a second such column", c->name);
        for (size_t k = i + 1; k < cols->n; k++)
            must(!(cols->col[k].flags & OUT_IN_FLAT), "a flat column after nested rows",
                 cols->col[k].name);
        flat_rows = 1;
        check_columns(c->rows, depth + 1);
    }
}

/* The flat header: the names of the flat columns, nested ones included. */
static void header(out_writer *w, const out_columns *cols)
{
    for (size_t i = 0; i < cols->n; i++) {
        const out_column *c = &cols->col[i];
        if (c->type == OUT_ROWS) {
            if (c->flags & OUT_IN_FLAT)
                header(w, c->rows);
        } else if (c->flags & OUT_IN_FLAT)
            flat_field(w, c->name);
    }
}

/* out_open, and out_open_one when one is set. */
static out_writer *open_writer(FILE *f, out_format fmt, int bom,
                               const out_columns *cols, int one)
{
    check_columns(cols, 0);
    out_writer *w = xmalloc(sizeof *w);
    *w = (out_writer){.f = f, .fmt = fmt, .one = one};
    w->lv[0].cols = cols;
    if (fmt == OUT_JSON) {
        if (!one)
            fputc('[', f);
        return w;
    }
    if (fmt == OUT_CSV && bom)
        fputs("\xEF\xBB\xBF", f);
    header(w, cols);
    must(w->fields > 0, "no column shows in TSV/CSV", NULL);
    flat_emit(w);
    w->line.len = 0;
    w->fields = 0;
    return w;
}

out_writer *out_open(FILE *f, out_format fmt, int bom, const out_columns *cols)
{
    return open_writer(f, fmt, bom, cols, 0);
}

out_writer *out_open_one(FILE *f, out_format fmt, int bom,
                         const out_columns *cols)
{
    return open_writer(f, fmt, bom, cols, 1);
}

void out_close(out_writer *w)
{
    must(w->depth == 0 && !w->lv[0].in_row, "closed inside a row", NULL);
    must(!w->one || w->lv[0].rows == 1, "not one row written", NULL);
    if (w->fmt == OUT_JSON) {
        if (!w->one)
            json_close(w->f, w->lv[0].rows, 0);
        fputc('\n', w->f);
    }
    sbuf_free(&w->line);
    free(w);
}

void out_row_begin(out_writer *w)
{
    level *l = &w->lv[w->depth];
    must(!l->in_row && !w->map && !l->obj, "a row begun inside a row", NULL);
    must(!w->one || w->depth || !l->rows, "a second row of one", NULL);
    l->in_row = 1;
    l->col = l->keys = 0;
    l->nested = 0;
    if (w->fmt == OUT_JSON && !l->hidden) {
        fputs(l->rows ? "," : "", w->f);
        if (!w->one || w->depth)
            json_newline(w->f, w->depth + 1);
        fputc('{', w->f);
    }
    l->rows++;
}

void out_row_end(out_writer *w)
{
    level *l = &w->lv[w->depth];
    must(l->in_row && !w->map && !l->obj, "a row ended outside a row", NULL);
    must(l->col == l->cols->n, "a row ended before its last column", NULL);
    l->in_row = 0;
    if (w->fmt == OUT_JSON) {
        if (!l->hidden)
            fputc('}', w->f);
        return;
    }
    if (!l->nested && !l->hidden)
        flat_emit(w);
    w->line.len = l->mark;
    w->fields = l->marks;
}

/* The next column of the row; its value comes now. */
static const out_column *next_column(out_writer *w)
{
    level *l = &w->lv[w->depth];
    must(l->in_row && !w->map, "a value outside a row", NULL);
    must(l->col < l->cols->n, "more values than columns", NULL);
    return &l->cols->col[l->col++];
}

/* The next column, which must be of type t. */
static const out_column *take(out_writer *w, out_type t)
{
    const out_column *c = next_column(w);
    must(c->type == t, "a value of the wrong type", c->name);
    return c;
}

static int shown(const out_writer *w, const out_column *c)
{
    return !w->lv[w->depth].hidden &&
           (c->flags & (w->fmt == OUT_JSON ? OUT_IN_JSON : OUT_IN_FLAT)) != 0;
}

/* Column c's value: text as the flat formats print it; JSON quotes it
 * when it is a string and prints it as it is otherwise. */
static void scalar(out_writer *w, const out_column *c, const char *text, int string)
{
    if (!shown(w, c))
        return;
    if (w->fmt != OUT_JSON) {
        flat_field(w, text);
        return;
    }
    json_key(w, c->name, "");
    if (string) {
        json_string(w, text);
        json_bytes(w, c, text);
    } else {
        fputs(text, w->f);
    }
}

void out_str(out_writer *w, const char *s)
{
    scalar(w, take(w, OUT_STR), s, 1);
}

void out_int(out_writer *w, long long v)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%lld", v);
    scalar(w, take(w, OUT_INT), buf, 0);
}

void out_num(out_writer *w, double v)
{
    const out_column *c = take(w, OUT_NUM);
    char buf[NUM_TEXT];
    must(isfinite(v), "a number that is not finite", c->name);
    if (c->digits == OUT_DIGITS_SHORT)
        snprintf(buf, sizeof buf, "%.15g", v);
    else
        snprintf(buf, sizeof buf, "%.*f", c->digits, v);
    scalar(w, c, buf, 0);
}

void out_bool(out_writer *w, int v)
{
    scalar(w, take(w, OUT_BOOL), v ? "true" : "false", 0);
}

void out_null(out_writer *w)
{
    const out_column *c = next_column(w);
    must(c->flags & OUT_NULLABLE, "a null in a column not nullable", c->name);
    must(c->type != OUT_ROWS, "a null for nested rows", c->name);
    scalar(w, c, w->fmt == OUT_JSON ? "null" : "", 0);
}

void out_strs(out_writer *w, const char *const *v, size_t n)
{
    const out_column *c = take(w, OUT_STRS);
    if (!shown(w, c))
        return;
    if (w->fmt != OUT_JSON) {
        for (size_t i = 0; i < n; i++)
            flat_field(w, v[i]);
        return;
    }
    json_key(w, c->name, "");
    fputc('[', w->f);
    for (size_t i = 0; i < n; i++) {
        fputs(i ? ", " : "", w->f);
        json_string(w, v[i]);
    }
    fputc(']', w->f);
}

void out_map_begin(out_writer *w)
{
    w->map = take(w, OUT_MAP);
    w->pairs = 0;
}

void out_map_pair(out_writer *w, const char *key, const char *value)
{
    must(w->map != NULL, "a pair outside a map", NULL);
    if (w->fmt != OUT_JSON)
        return;
    if (w->pairs++) {
        fputs(", ", w->f);
    } else {
        json_key(w, w->map->name, "");
        fputc('{', w->f);
    }
    json_string(w, key);
    fputs(": ", w->f);
    json_string(w, value);
}

void out_map_end(out_writer *w)
{
    must(w->map != NULL, "a map ended that was not begun", NULL);
    if (w->pairs && w->fmt == OUT_JSON)
        fputc('}', w->f);
    w->map = NULL;
}

void out_obj_begin(out_writer *w)
{
    const out_column *c = take(w, OUT_OBJ);
    int show = shown(w, c);
    if (show) {
        json_key(w, c->name, "");
        fputc('{', w->f);
    }
    must(w->depth + 1 < OUT_DEPTH, "objects nested too deep", c->name);
    w->lv[++w->depth] = (level){.cols = c->rows, .in_row = 1, .obj = 1,
                                .hidden = !show};
}

void out_obj_end(out_writer *w)
{
    const level *l = &w->lv[w->depth];
    must(l->obj && !w->map, "an object ended that was not begun", NULL);
    must(l->col == l->cols->n, "an object ended before its last column", NULL);
    if (!l->hidden)
        fputc('}', w->f);
    w->depth--;
}

void out_rows_begin(out_writer *w)
{
    const out_column *c = take(w, OUT_ROWS);
    int show = shown(w, c);
    if (show && w->fmt != OUT_JSON)
        w->lv[w->depth].nested = 1;
    if (show && w->fmt == OUT_JSON) {
        json_key(w, c->name, "");
        fputc('[', w->f);
    }
    must(w->depth + 1 < OUT_DEPTH, "rows nested too deep", c->name);
    w->lv[++w->depth] = (level){.cols = c->rows, .mark = w->line.len,
                                .marks = w->fields, .hidden = !show};
}

void out_rows_end(out_writer *w)
{
    const level *l = &w->lv[w->depth];
    must(w->depth > 0 && !l->in_row, "nested rows ended out of place", NULL);
    if (w->fmt == OUT_JSON && !l->hidden)
        json_close(w->f, l->rows, w->depth);
    w->depth--;
}
