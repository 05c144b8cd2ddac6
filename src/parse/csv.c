/* csv.c — RFC 4180 reader for CSV exports of reports (see csv.h). */
#include "csv.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"

typedef struct row_builder {
    csv_row row;
    size_t cap;
    sbuf *vals; /* one buffer per column, reused across rows */
    size_t nvals;
} row_builder;

static sbuf *field_buf(row_builder *rb, size_t i)
{
    if (i >= rb->nvals) {
        rb->vals = xrealloc(rb->vals, (i + 1) * sizeof *rb->vals);
        memset(rb->vals + rb->nvals, 0, (i + 1 - rb->nvals) * sizeof *rb->vals);
        rb->nvals = i + 1;
    }
    return &rb->vals[i];
}

static void push_field(row_builder *rb, uint32_t line)
{
    rb->row.f = xgrow(rb->row.f, &rb->cap, rb->row.n, sizeof *rb->row.f);
    sbuf *b = field_buf(rb, rb->row.n);
    sbuf_reserve(b, 0);
    rb->row.f[rb->row.n++] = (csv_field){b->p, b->len, line};
}

/* Reads one field starting at s[*i]; leaves *i at the ',' or line end. */
static void read_field(const char *s, size_t n, size_t *i, uint32_t *line,
                       sbuf *out)
{
    out->len = 0;
    sbuf_reserve(out, 0);
    out->p[0] = '\0';
    if (*i < n && s[*i] == '"') {
        size_t j = *i + 1;
        while (j < n) {
            if (s[j] == '"') {
                if (j + 1 < n && s[j + 1] == '"') {
                    sbuf_addc(out, '"');
                    j += 2;
                    continue;
                }
                j++;
                break;
            }
            if (s[j] == '\n')
                (*line)++;
            sbuf_addc(out, s[j++]);
        }
        /* Anything between the closing quote and the separator is kept. */
        while (j < n && s[j] != ',' && s[j] != '\n' && s[j] != '\r')
            sbuf_addc(out, s[j++]);
        *i = j;
        return;
    }
    size_t j = *i;
    while (j < n && s[j] != ',' && s[j] != '\n' && s[j] != '\r')
        j++;
    sbuf_add(out, s + *i, j - *i);
    *i = j;
}

size_t csv_parse(const char *s, size_t n, csv_row_fn fn, void *ctx)
{
    row_builder rb = {0};
    csv_row header = {0};
    size_t rows = 0, i = 0;
    uint32_t line = 1;
    int have_header = 0, stop = 0;
    while (i < n && !stop) {
        rb.row.n = 0;
        for (;;) {
            uint32_t start_line = line;
            read_field(s, n, &i, &line, field_buf(&rb, rb.row.n));
            push_field(&rb, start_line);
            if (i < n && s[i] == ',') {
                i++;
                continue;
            }
            break;
        }
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
        line++;
        for (size_t k = 0; k < rb.row.n; k++)
            rb.row.f[k].s = rb.vals[k].p, rb.row.f[k].n = rb.vals[k].len;
        if (!have_header) {
            header.n = rb.row.n;
            header.f = xmalloc(header.n * sizeof *header.f);
            for (size_t k = 0; k < header.n; k++) {
                char *copy = xmalloc(rb.row.f[k].n + 1);
                memcpy(copy, rb.row.f[k].s, rb.row.f[k].n + 1);
                header.f[k] = (csv_field){copy, rb.row.f[k].n, 1};
            }
            have_header = 1;
            continue;
        }
        if (rb.row.n == 1 && rb.row.f[0].n == 0)
            continue; /* blank line */
        rows++;
        stop = fn(ctx, &header, &rb.row);
    }
    for (size_t k = 0; k < header.n; k++)
        free((char *)header.f[k].s);
    free(header.f);
    for (size_t k = 0; k < rb.nvals; k++)
        sbuf_free(&rb.vals[k]);
    free(rb.vals);
    free(rb.row.f);
    return rows;
}

long csv_column(const csv_row *header, const char *name)
{
    size_t k = strlen(name);
    for (size_t i = 0; i < header->n; i++) {
        const csv_field *f = &header->f[i];
        const char *v = f->s;
        size_t vn = f->n;
        while (vn && (*v == ' ' || *v == '"'))
            v++, vn--;
        while (vn && (v[vn - 1] == ' ' || v[vn - 1] == '"'))
            vn--;
        if (vn == k && strncasecmp(v, name, k) == 0)
            return (long)i;
    }
    return -1;
}

int csv_is_export(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    size_t first = nl ? (size_t)(nl - s) : n;
    if (first > 4096 || !memchr(s, ',', first))
        return 0;
    for (size_t i = 0; i + 9 <= first; i++)
        if (strncasecmp(s + i, "full_text", 9) == 0)
            return 1;
    return 0;
}
