/* fuzz_out.c — libFuzzer target for the row writer (src/out.c): rows
 * made from the input (strings are the pieces between NUL bytes, numbers
 * and choices its other bytes), in one of two schemas (scalars, a null, a
 * map and a string list; nested rows), written as TSV, JSON and CSV and
 * read back:
 *   JSON  valid JSON in valid UTF-8, always; its strings, in order, are
 *         the column names and the values given, exactly where these
 *         were valid UTF-8;
 *   TSV   a header line and one line per flat row with the fields it
 *         should have, each reading back (\\ \t \n \r \xHH \uHHHH) to
 *         the value given;
 *   CSV   csv_parse reads the header and the same rows and fields; a
 *         field reads back exactly unless it holds what out.h escapes
 *         even in CSV (controls but tab, CR and newline; C1; bidi
 *         controls; invalid UTF-8). */
#include <stdio.h>

#include "csv.h"
#include "fuzz.h"
#include "json_check.h"
#include "out.h"
#include "utf8.h"

enum { MAX_ROWS = 6, MAX_LIST = 4, MAX_PIECE = 512 };

/* ---- what to write, read from the input --------------------------------- */

typedef struct kid {
    long long k;
    char *cell; /* NULL: out_null */
    char *v[MAX_LIST];
    size_t nv;
} kid;

typedef struct row {
    char *name, *note; /* note NULL: out_null */
    long long count;
    double score;
    int flag;
    char *pair[MAX_LIST][2];
    size_t npairs;
    char *tags[MAX_LIST];
    size_t ntags;
    kid kids[MAX_LIST];
    size_t nkids;
} row;

typedef struct plan {
    int nested; /* schema: 0 scalars, 1 nested rows */
    int bom;
    row rows[MAX_ROWS];
    size_t nrows;
} plan;

static char *piece(fuzz_input *in)
{
    return fuzz_piece(in, '\0', MAX_PIECE, NULL);
}

static long long integer(fuzz_input *in)
{
    unsigned long long v = 0;
    for (int k = 0; k < 8; k++)
        v = v << 8 | fuzz_byte(in);
    return (long long)v;
}

static void read_kid(fuzz_input *in, kid *k)
{
    k->k = integer(in);
    k->cell = fuzz_byte(in) & 1 ? NULL : piece(in);
    k->nv = fuzz_byte(in) % (MAX_LIST + 1);
    for (size_t i = 0; i < k->nv; i++)
        k->v[i] = piece(in);
}

static void read_row(fuzz_input *in, int nested, row *r)
{
    r->name = piece(in);
    if (nested) {
        r->note = piece(in);
        r->nkids = fuzz_byte(in) % (MAX_LIST + 1);
        for (size_t i = 0; i < r->nkids; i++)
            read_kid(in, &r->kids[i]);
        return;
    }
    unsigned choice = fuzz_byte(in);
    r->note = choice & 1 ? NULL : piece(in);
    r->flag = choice >> 1 & 1;
    r->count = integer(in);
    r->score = (double)integer(in) / 1024.0;
    r->npairs = fuzz_byte(in) % (MAX_LIST + 1);
    for (size_t i = 0; i < r->npairs; i++) {
        r->pair[i][0] = piece(in);
        r->pair[i][1] = piece(in);
    }
    r->ntags = fuzz_byte(in) % (MAX_LIST + 1);
    for (size_t i = 0; i < r->ntags; i++)
        r->tags[i] = piece(in);
}

static void read_plan(fuzz_input *in, plan *p)
{
    unsigned head = fuzz_byte(in);
    p->nested = head & 1;
    p->bom = head >> 1 & 1;
    p->nrows = (head >> 2) % (MAX_ROWS + 1);
    for (size_t i = 0; i < p->nrows; i++)
        read_row(in, p->nested, &p->rows[i]);
}

static void free_plan(plan *p)
{
    for (size_t i = 0; i < p->nrows; i++) {
        row *r = &p->rows[i];
        free(r->name);
        free(r->note);
        for (size_t k = 0; k < r->npairs; k++)
            free(r->pair[k][0]), free(r->pair[k][1]);
        for (size_t k = 0; k < r->ntags; k++)
            free(r->tags[k]);
        for (size_t k = 0; k < r->nkids; k++) {
            free(r->kids[k].cell);
            for (size_t j = 0; j < r->kids[k].nv; j++)
                free(r->kids[k].v[j]);
        }
    }
}

/* ---- the schemas ---------------------------------------------------------- */

static const out_column scalar_cols[] = {
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"note", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"count", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"score", OUT_NUM, OUT_IN_ALL, 3, NULL},
    {"flag", OUT_BOOL, OUT_IN_ALL, 0, NULL},
    {"hints", OUT_MAP, OUT_IN_JSON, 0, NULL},
    {"tags", OUT_STRS, OUT_IN_ALL, 0, NULL},
};
static const out_columns scalar_columns = OUT_COLUMNS(scalar_cols);

static const out_column kid_cols[] = {
    {"k", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"cell", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"v", OUT_STRS, OUT_IN_ALL, 0, NULL},
};
static const out_columns kid_columns = OUT_COLUMNS(kid_cols);
static const out_column parent_cols[] = {
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"note", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"kids", OUT_ROWS, OUT_IN_ALL, 0, &kid_columns},
};
static const out_columns parent_columns = OUT_COLUMNS(parent_cols);

/* ---- what each format must read back ---------------------------------- */

/* A list of strings, each with a length (they may be any bytes). */
typedef struct strs {
    char **s;
    size_t *n;
    size_t len, cap, ncap;
} strs;

static void strs_add(strs *l, const char *s, size_t n)
{
    l->s = xgrow(l->s, &l->cap, l->len, sizeof *l->s);
    l->n = xgrow(l->n, &l->ncap, l->len, sizeof *l->n);
    char *d = xmalloc(n + 1);
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    l->s[l->len] = d;
    l->n[l->len++] = n;
}

static void strs_free(strs *l)
{
    for (size_t i = 0; i < l->len; i++)
        free(l->s[i]);
    free(l->s);
    free(l->n);
}

/* What a reader should find: JSON's strings in order; the flat lines,
 * each a run of fields (line[i] is where line i's fields start). */
typedef struct expect {
    strs json;
    strs fields;
    size_t line[MAX_ROWS * MAX_LIST + 2];
    size_t nlines;
} expect;

static void json_str(expect *e, const char *s)
{
    strs_add(&e->json, s, strlen(s));
}

static void flat_line(expect *e)
{
    e->line[e->nlines++] = e->fields.len;
}

static void flat(expect *e, const char *s)
{
    strs_add(&e->fields, s, strlen(s));
}

static void flat_int(expect *e, long long v)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%lld", v);
    flat(e, buf);
}

/* ---- writing, and saying what was written ------------------------------- */

static void write_kid(out_writer *w, expect *e, const char *parent, const kid *k)
{
    out_row_begin(w);
    out_int(w, k->k);
    json_str(e, "k");
    if (k->cell) {
        out_str(w, k->cell);
        json_str(e, "cell");
        json_str(e, k->cell);
    } else {
        out_null(w);
        json_str(e, "cell");
    }
    out_strs(w, (const char *const *)k->v, k->nv);
    json_str(e, "v");
    flat_line(e);
    flat(e, parent);
    flat_int(e, k->k);
    flat(e, k->cell ? k->cell : "");
    for (size_t i = 0; i < k->nv; i++) {
        json_str(e, k->v[i]);
        flat(e, k->v[i]);
    }
    out_row_end(w);
}

static void write_parent(out_writer *w, expect *e, const row *r)
{
    out_row_begin(w);
    out_str(w, r->name);
    out_str(w, r->note);
    json_str(e, "name");
    json_str(e, r->name);
    json_str(e, "note");
    json_str(e, r->note);
    json_str(e, "kids");
    out_rows_begin(w);
    for (size_t i = 0; i < r->nkids; i++)
        write_kid(w, e, r->name, &r->kids[i]);
    out_rows_end(w);
    out_row_end(w);
}

static void write_scalars(out_writer *w, expect *e, const row *r)
{
    char num[400];
    out_row_begin(w);
    flat_line(e);
    out_str(w, r->name);
    json_str(e, "name");
    json_str(e, r->name);
    flat(e, r->name);
    json_str(e, "note");
    if (r->note) {
        out_str(w, r->note);
        json_str(e, r->note);
    } else {
        out_null(w);
    }
    flat(e, r->note ? r->note : "");
    out_int(w, r->count);
    out_num(w, r->score);
    out_bool(w, r->flag);
    json_str(e, "count");
    json_str(e, "score");
    json_str(e, "flag");
    flat_int(e, r->count);
    snprintf(num, sizeof num, "%.3f", r->score);
    flat(e, num);
    flat(e, r->flag ? "true" : "false");
    out_map_begin(w);
    if (r->npairs)
        json_str(e, "hints");
    for (size_t i = 0; i < r->npairs; i++) {
        out_map_pair(w, r->pair[i][0], r->pair[i][1]);
        json_str(e, r->pair[i][0]);
        json_str(e, r->pair[i][1]);
    }
    out_map_end(w);
    out_strs(w, (const char *const *)r->tags, r->ntags);
    json_str(e, "tags");
    for (size_t i = 0; i < r->ntags; i++) {
        json_str(e, r->tags[i]);
        flat(e, r->tags[i]);
    }
    out_row_end(w);
}

/* Writes p in fmt; returns the bytes (malloc'd, *len) and fills e. */
static char *render(const plan *p, out_format fmt, expect *e, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    fuzz_require(f != NULL, "open_memstream failed");
    const out_columns *cols = p->nested ? &parent_columns : &scalar_columns;
    out_writer *w = out_open(f, fmt, p->bom, cols);
    flat_line(e); /* the header */
    for (size_t i = 0; i < cols->n; i++) {
        const out_column *c = &cols->col[i];
        const out_columns *sub = c->type == OUT_ROWS ? c->rows : NULL;
        for (size_t k = 0; k < (sub ? sub->n : 1); k++)
            if ((sub ? sub->col[k].flags : c->flags) & OUT_IN_FLAT)
                flat(e, (sub ? sub->col[k].name : c->name));
    }
    for (size_t i = 0; i < p->nrows; i++)
        (p->nested ? write_parent : write_scalars)(w, e, &p->rows[i]);
    out_close(w);
    fuzz_require(fclose(f) == 0, "writing to memory failed");
    return buf;
}

/* ---- reading back ----------------------------------------------------------- */

typedef struct json_seen {
    const strs *want;
    size_t i;
} json_seen;

static void json_string_seen(void *ctx, const char *s, size_t n)
{
    json_seen *j = ctx;
    fuzz_require(j->i < j->want->len, "json: more strings than written");
    const char *w = j->want->s[j->i];
    size_t wn = j->want->n[j->i++];
    if (utf8_valid(w, wn))
        fuzz_require(n == wn && memcmp(s, w, n) == 0,
                     "json: a string does not read back as written");
}

static void check_json(const plan *p)
{
    expect e = {0};
    size_t len;
    char *out = render(p, OUT_JSON, &e, &len);
    json_seen seen = {&e.json, 0};
    fuzz_require(json_check(out, len, json_string_seen, &seen),
                 "json: not valid JSON in valid UTF-8");
    fuzz_require(seen.i == e.json.len, "json: fewer strings than written");
    free(out);
    strs_free(&e.json);
    strs_free(&e.fields);
}

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A TSV field s[0..n) read back into out: \\ \t \n \r, \xHH a byte,
 * \uHHHH a character. Returns 0 at anything else after a backslash. */
static int tsv_unescape(const char *s, size_t n, sbuf *out)
{
    out->len = 0;
    sbuf_reserve(out, 0);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            sbuf_addc(out, s[i]);
            continue;
        }
        if (++i == n)
            return 0;
        const char *c = strchr("\\tnr", s[i]);
        if (c && *c) {
            sbuf_addc(out, "\\\t\n\r"[c - "\\tnr"]);
            continue;
        }
        size_t digits = s[i] == 'x' ? 2 : s[i] == 'u' ? 4 : 0;
        if (!digits || n - i - 1 < digits)
            return 0;
        uint32_t v = 0;
        for (size_t k = 1; k <= digits; k++) {
            int d = hex(s[i + k]);
            if (d < 0)
                return 0;
            v = v << 4 | (uint32_t)d;
        }
        if (digits == 2)
            sbuf_addc(out, (char)v);
        else
            sbuf_addcp(out, v);
        i += digits;
    }
    return 1;
}

static void check_tsv(const plan *p)
{
    expect e = {0};
    size_t len;
    char *out = render(p, OUT_TSV, &e, &len);
    fuzz_require(len && out[len - 1] == '\n', "tsv: does not end a line");
    sbuf field = {0};
    size_t at = 0, line = 0;
    while (at < len) {
        fuzz_require(line < e.nlines, "tsv: more lines than rows");
        const char *end = memchr(out + at, '\n', len - at);
        size_t want = (line + 1 < e.nlines ? e.line[line + 1] : e.fields.len) - e.line[line];
        size_t got = 0;
        for (size_t i = at;; got++) {
            size_t j = i;
            while (j < (size_t)(end - out) && out[j] != '\t')
                j++;
            fuzz_require(got < want, "tsv: more fields than written");
            size_t k = e.line[line] + got;
            fuzz_require(tsv_unescape(out + i, j - i, &field) &&
                         field.len == e.fields.n[k] &&
                         memcmp(field.p, e.fields.s[k], field.len) == 0,
                         "tsv: a field does not read back as written");
            if (j == (size_t)(end - out))
                break;
            i = j + 1;
        }
        fuzz_require(got + 1 == want, "tsv: fewer fields than written");
        at = (size_t)(end - out) + 1;
        line++;
    }
    fuzz_require(line == e.nlines, "tsv: fewer lines than rows");
    sbuf_free(&field);
    free(out);
    strs_free(&e.json);
    strs_free(&e.fields);
}

/* True for what out.h escapes even in CSV: C0 controls but tab, newline
 * and CR; DEL; C1; the bidi controls; invalid UTF-8. */
static int csv_escaped(const char *s, size_t n)
{
    if (!utf8_valid(s, n))
        return 1;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += utf8_decode(s + i, n - i, &c);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
            (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E ||
            c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return 1;
    }
    return 0;
}

typedef struct csv_seen {
    const expect *e;
    size_t line;
} csv_seen;

static void csv_line(const expect *e, size_t line, const csv_row *r)
{
    size_t from = e->line[line];
    size_t to = line + 1 < e->nlines ? e->line[line + 1] : e->fields.len;
    fuzz_require(r->n == to - from, "csv: a row of other fields than written");
    for (size_t k = 0; k < r->n; k++) {
        const char *w = e->fields.s[from + k];
        size_t wn = e->fields.n[from + k];
        if (!csv_escaped(w, wn))
            fuzz_require(r->f[k].n == wn && memcmp(r->f[k].s, w, wn) == 0,
                         "csv: a field does not read back as written");
    }
}

static int csv_row_seen(void *ctx, const csv_row *header, const csv_row *r)
{
    csv_seen *c = ctx;
    if (c->line == 0)
        csv_line(c->e, c->line++, header);
    fuzz_require(c->line < c->e->nlines, "csv: more rows than written");
    csv_line(c->e, c->line++, r);
    return 0;
}

static void check_csv(const plan *p)
{
    expect e = {0};
    size_t len;
    char *out = render(p, OUT_CSV, &e, &len);
    size_t skip = p->bom ? 3 : 0;
    fuzz_require(len >= skip && (!skip || memcmp(out, "\xEF\xBB\xBF", 3) == 0),
                 "csv: the BOM is missing");
    csv_seen seen = {&e, 0};
    size_t rows = csv_parse(out + skip, len - skip, csv_row_seen, &seen);
    fuzz_require(rows + 1 == e.nlines, "csv: fewer rows than written");
    free(out);
    strs_free(&e.json);
    strs_free(&e.fields);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {(const char *)data, size};
    plan p = {0};
    read_plan(&in, &p);
    check_json(&p);
    check_tsv(&p);
    check_csv(&p);
    free_plan(&p);
    return 0;
}
