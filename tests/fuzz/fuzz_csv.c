/* fuzz_csv.c — libFuzzer target for the CSV export reader
 * (src/parse/csv.c) over arbitrary bytes: csv_is_export, then csv_parse
 * with every field checked (NUL-terminated, inside the input's size, its
 * line among the input's lines and in order), csv_column on the header,
 * and a second parse stopped after a few rows that must deliver exactly
 * those rows. */
#include "csv.h"
#include "fuzz.h"

typedef struct seen {
    size_t size;        /* of the input */
    uint32_t lines;     /* the input's line breaks + 1: the last line */
    const csv_row *header;
    size_t header_n;
    uint32_t line;      /* of the last field seen */
    size_t rows, stop_after; /* stop_after 0: never */
} seen;

static void check_field(seen *s, const csv_field *f)
{
    fuzz_require(f->s != NULL && f->s[f->n] == '\0', "csv: field not NUL-terminated");
    fuzz_require(f->n <= s->size, "csv: field longer than the input");
    fuzz_require(f->line >= 1 && f->line <= s->lines, "csv: field line out of range");
}

static int on_row(void *ctx, const csv_row *header, const csv_row *row)
{
    seen *s = ctx;
    if (!s->rows) {
        s->header = header;
        s->header_n = header->n;
        fuzz_require(header->n >= 1, "csv: a header of no fields");
        for (size_t k = 0; k < header->n; k++)
            check_field(s, &header->f[k]);
        long c = csv_column(header, "full_text");
        fuzz_require(c >= -1 && c < (long)header->n, "csv: column out of range");
    }
    fuzz_require(header == s->header && header->n == s->header_n,
                 "csv: the header changed between rows");
    fuzz_require(row->n >= 1, "csv: a row of no fields");
    fuzz_require(!(row->n == 1 && row->f[0].n == 0), "csv: a blank line as a row");
    for (size_t k = 0; k < row->n; k++) {
        check_field(s, &row->f[k]);
        fuzz_require(row->f[k].line >= s->line, "csv: field lines out of order");
        s->line = row->f[k].line;
    }
    s->rows++;
    return s->stop_after && s->rows == s->stop_after;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    csv_is_export(p, size);
    seen all = {size, 1, NULL, 0, 1, 0, 0};
    for (size_t i = 0; i < size; i++)
        all.lines += p[i] == '\n' || (p[i] == '\r' && (i + 1 == size || p[i + 1] != '\n'));
    size_t rows = csv_parse(p, size, on_row, &all);
    fuzz_require(rows == all.rows, "csv: rows returned are not the rows given");
    seen some = all;
    some.header = NULL;
    some.line = 1;
    some.rows = 0;
    some.stop_after = size % 4 + 1;
    size_t stopped = csv_parse(p, size, on_row, &some);
    size_t want = rows < some.stop_after ? rows : some.stop_after;
    fuzz_require(stopped == want && some.rows == want, "csv: stopping gave other rows");
    return 0;
}
