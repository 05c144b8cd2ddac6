/* pipeline.c — the parse stages in order, file to documents (see
 * pipeline.h). */
#include "pipeline.h"

#include <stdio.h>
#include <string.h>

#include "clean.h"
#include "csv.h"
#include "decode.h"
#include "lines.h"
#include "repair.h"
#include "repeats.h"
#include "structure.h"

int pipeline_text(doc *d, const char *utf8, size_t n, uint32_t first_line,
                  const cancel_flag *cancel)
{
    /* Each stage's input is freed as soon as the next stage has run, so a
     * large file costs about two copies of its text at a time. A stage
     * stopped by *cancel hands on a partial text, and each one after it
     * stops at its first line. Structure needs no flag: it is some 0.1 s
     * for 300 MB, under 3% of the stages before it. */
    arena a, b;
    arena_init(&a);
    arena_init(&b);
    text lines = lines_split(utf8, n, first_line, &a, &d->stats, cancel);
    text clean = clean_run(&lines, &b, &d->stats, cancel);
    arena_free(&a);
    text repaired = repair_run(&clean, &a, &d->stats, cancel);
    arena_free(&b);
    d->clean = repeats_run(&repaired, &d->mem, &d->stats, cancel);
    arena_free(&a);
    if (cancel_raised(cancel))
        return -1;
    structure_run(d);
    return 0;
}

/* Binary data: NUL bytes in a file that is not convincingly UTF-16, or a
 * high share of control characters in what decoded as text. */
static int looks_binary(const char *raw, size_t rn, const decoded *dec)
{
    int utf16 = strncmp(dec->encoding, "UTF-16", 6) == 0 && dec->confidence > 10;
    if (!utf16 && memchr(raw, '\0', rn))
        return 1;
    const char *s = dec->utf8;
    size_t m = dec->len < 8192 ? dec->len : 8192, ctl = 0;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)s[i];
        ctl += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }
    return ctl * 20 > m;
}

typedef struct csv_ctx {
    const char *path;
    const char *encoding;
    int confidence;
    long text_col;
    long docs;
    pipeline_doc_fn fn;
    void *ctx;
    const cancel_flag *cancel;
} csv_ctx;

static int csv_row_doc(void *p, const csv_row *header, const csv_row *row)
{
    csv_ctx *c = p;
    if (c->text_col == -2)
        c->text_col = csv_column(header, "full_text");
    if (cancel_raised(c->cancel))
        return 1;
    if (c->text_col < 0 || (size_t)c->text_col >= row->n)
        return 0;
    char name[4096];
    snprintf(name, sizeof name, "%s#%ld", c->path, c->docs + 1);
    doc *d = doc_new(c->path, name);
    d->encoding = c->encoding;
    d->confidence = c->confidence;
    size_t nh = 0;
    d->hints = arena_alloc(&d->mem, row->n * sizeof *d->hints);
    for (size_t i = 0; i < row->n && i < header->n; i++) {
        if ((long)i == c->text_col || !row->f[i].n)
            continue;
        d->hints[nh].key = arena_strndup(&d->mem, header->f[i].s, header->f[i].n);
        d->hints[nh].value = arena_strndup(&d->mem, row->f[i].s, row->f[i].n);
        nh++;
    }
    d->nhints = nh;
    const csv_field *t = &row->f[c->text_col];
    d->stats.bytes_in = t->n;
    if (pipeline_text(d, t->s, t->n, t->line, c->cancel) != 0) {
        doc_free(d);
        return 1;
    }
    c->docs++;
    c->fn(c->ctx, d);
    return 0;
}

/* The end of a stopped file: its scratch freed. */
static long cancelled(arena *scratch, const char **err)
{
    arena_free(scratch);
    *err = "cancelled";
    return PIPELINE_CANCELLED;
}

long pipeline_file(const char *path, const char *bytes, size_t n,
                   pipeline_doc_fn fn, void *ctx, const cancel_flag *cancel,
                   const char **err)
{
    if (n == 0) {
        *err = "empty file";
        return -1;
    }
    arena scratch;
    arena_init(&scratch);
    decoded dec;
    if (decode_bytes(bytes, n, &scratch, &dec, cancel, err) != 0) {
        arena_free(&scratch);
        return -1;
    }
    if (cancel_raised(cancel))
        return cancelled(&scratch, err);
    if (looks_binary(bytes, n, &dec)) {
        arena_free(&scratch);
        *err = "binary data, not text";
        return -1;
    }
    long docs = 0;
    if (csv_is_export(dec.utf8, dec.len)) {
        /* text_col -2: not known until the header row is read. */
        csv_ctx c = {path, dec.encoding, dec.confidence, -2, 0, fn, ctx, cancel};
        csv_parse(dec.utf8, dec.len, csv_row_doc, &c);
        docs = c.docs;
        if (cancel_raised(cancel))
            return cancelled(&scratch, err);
    } else {
        doc *d = doc_new(path, path);
        d->encoding = dec.encoding;
        d->confidence = dec.confidence;
        d->stats.bytes_in = n;
        d->stats.replaced = dec.replaced;
        if (pipeline_text(d, dec.utf8, dec.len, 1, cancel) != 0) {
            doc_free(d);
            return cancelled(&scratch, err);
        }
        fn(ctx, d);
        docs = 1;
    }
    arena_free(&scratch);
    if (!docs)
        *err = "CSV export with no full_text rows";
    return docs ? docs : -1;
}
