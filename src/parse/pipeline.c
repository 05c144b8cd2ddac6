/* pipeline.c — the parse stages in order, file to documents (see
 * pipeline.h). */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canonical.h"
#include "clean.h"
#include "csv.h"
#include "decode.h"
#include "escapes.h"
#include "extract.h"
#include "format.h"
#include "lines.h"
#include "repair.h"
#include "repeats.h"
#include "running.h"
#include "structure.h"
#include "unwrap.h"

/* A stage on lines before clean: a new text in its arena, or its input
 * itself when it changes nothing. */
typedef text (*line_stage)(const text *in, arena *a, doc_stats *st,
                           const cancel_flag *cancel);

/* Runs stage on *t, which lives in *cur: afterwards *t is its output and
 * *cur the arena holding it (the arenas swapped, the input's freed, when
 * the stage copied). */
static void run_line_stage(line_stage stage, text *t, arena **cur,
                           arena **spare, doc_stats *st,
                           const cancel_flag *cancel)
{
    text out = stage(t, *spare, st, cancel);
    if (out.bytes == t->bytes)
        return;
    arena_free(*cur);
    arena *held = *spare;
    *spare = *cur;
    *cur = held;
    *t = out;
}

/* The stages after decode, as deep as depth. What the caller hands over in own (a malloc'd
 * buffer holding utf8, or NULL) and own_scratch (an arena holding it, or
 * NULL) is freed once the lines stage has copied utf8. Returns 0, or -1
 * once *cancel is raised. */
static int run_text(doc *d, const char *utf8, size_t n, uint32_t first_line,
                    char *own, arena *own_scratch, pipeline_depth depth,
                    const cancel_flag *cancel)
{
    /* Each stage's input is freed as soon as the next stage has run, so a
     * large file costs about two copies of its text at a time. A stage
     * stopped by *cancel hands on a partial text, and each one after it
     * stops at its first line; extract looks at it every 64 KiB of text.
     * Structure needs no flag: it is some 0.1 s
     * for 300 MB, under 3% of the stages before it. */
    static const line_stage before_clean[] = {escapes_run, running_run,
                                                unwrap_run};
    arena a, b;
    arena_init(&a);
    arena_init(&b);
    arena *cur = &a, *spare = &b;
    text lines = lines_split(utf8, n, first_line, cur, &d->stats, cancel);
    free(own);
    if (own_scratch)
        arena_free(own_scratch);
    for (size_t i = 0; i < sizeof before_clean / sizeof *before_clean; i++)
        run_line_stage(before_clean[i], &lines, &cur, &spare, &d->stats,
                       cancel);
    text clean = clean_run_joins(&lines, spare, &d->stats, cancel, &d->mem,
                                 &d->joins, &d->njoins);
    arena_free(cur);
    text repaired = repair_run(&clean, cur, &d->stats, cancel);
    arena_free(spare);
    d->clean = repeats_run(&repaired, &d->mem, &d->stats, cancel);
    arena_free(cur);
    if (cancel_raised(cancel))
        return -1;
    structure_run(d);
    if (depth == PIPELINE_NO_INDICATORS)
        return 0;
    if (extract_run(d, cancel) != 0)
        return -1;
    indicators_canonicalize(d);
    d->extracted = 1;
    return 0;
}

int pipeline_text(doc *d, const char *utf8, size_t n, uint32_t first_line,
                  const cancel_flag *cancel)
{
    return run_text(d, utf8, n, first_line, NULL, NULL, PIPELINE_ALL, cancel);
}

typedef struct csv_ctx {
    const char *path;
    const char *encoding;
    int confidence;
    long text_col;
    long docs;
    pipeline_depth depth;
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
    d->format = format_name(FORMAT_CSV);
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
    if (run_text(d, t->s, t->n, t->line, NULL, NULL, c->depth, c->cancel) != 0) {
        doc_free(d);
        return 1;
    }
    c->docs++;
    c->fn(c->ctx, d);
    return 0;
}

/* The end of a stopped file: what it still held freed. */
static long cancelled(char *own, arena *scratch, const char **err)
{
    free(own);
    arena_free(scratch);
    *err = "cancelled";
    return PIPELINE_CANCELLED;
}

/* The headings a reader marked, their byte offsets made 1-based lines of
 * its text, into d's arena. */
static void adopt_headings(doc *d, const reader_out *r)
{
    if (!r->nheads)
        return;
    d->heading_hints = arena_alloc(&d->mem, r->nheads * sizeof *d->heading_hints);
    size_t pos = 0, line = 1, n = 0;
    for (size_t i = 0; i < r->nheads; i++) {
        size_t at = r->heads[i].at < r->text.len ? r->heads[i].at : r->text.len;
        if (at < pos)
            continue; /* out of order: left out */
        for (const char *p = r->text.p + pos, *e = r->text.p + at;
             (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
            line++;
        pos = at;
        d->heading_hints[n++] = (doc_heading_hint){(uint32_t)line, r->heads[i].level};
    }
    d->nheading_hints = n;
}

/* The hints of a reader copied into d's arena. */
static void adopt_hints(doc *d, const reader_out *r)
{
    if (!r->nhints)
        return;
    d->hints = arena_alloc(&d->mem, r->nhints * sizeof *d->hints);
    for (size_t i = 0; i < r->nhints; i++) {
        const doc_hint *h = &r->hints[i];
        d->hints[i].key = arena_strndup(&d->mem, h->key, strlen(h->key));
        d->hints[i].value = arena_strndup(&d->mem, h->value, strlen(h->value));
    }
    d->nhints = r->nhints;
}

/* A file of format f (not text: format_is_text) through its reader
 * (format_read), its text then through the text stages as a document.
 * own as for run_file. Returns 1, -1 with *err the reader's reason, or
 * PIPELINE_CANCELLED. */
static long run_reader(const char *path, doc_format f, const char *bytes,
                       size_t n, char *own, pipeline_depth depth,
                       pipeline_doc_fn fn, void *ctx,
                       const cancel_flag *cancel, const char **err)
{
    reader_out r;
    int rc = format_read(f, bytes, n, &r, err);
    free(own);
    if (rc != 0)
        return -1;
    int empty = r.text.len == 0;
    if (empty || cancel_raised(cancel)) {
        reader_out_free(&r);
        *err = empty ? "no text in it" : "cancelled";
        return empty ? -1 : PIPELINE_CANCELLED;
    }
    doc *d = doc_new(path, path);
    d->format = format_name(f);
    d->reader = r.st;
    d->encoding = r.encoding;
    d->confidence = r.confidence;
    d->stats.bytes_in = n;
    d->stats.replaced = r.replaced;
    adopt_hints(d, &r);
    adopt_headings(d, &r);
    char *utf8 = r.text.p;
    size_t len = r.text.len;
    r.text = (sbuf){0};
    reader_out_free(&r);
    if (run_text(d, utf8, len, 1, utf8, NULL, depth, cancel) != 0) {
        doc_free(d);
        *err = "cancelled";
        return PIPELINE_CANCELLED; /* utf8 freed by run_text */
    }
    fn(ctx, d);
    return 1;
}

/* pipeline_file as deep as depth; when own is bytes (malloc'd), frees it
 * as soon as no stage needs it. */
static long run_file(const char *path, const char *bytes, size_t n,
                     char *own, pipeline_depth depth, pipeline_doc_fn fn,
                     void *ctx,
                     const cancel_flag *cancel, const char **err)
{
    long docs = -1;
    arena scratch;
    arena_init(&scratch);
    decoded dec;
    /* Binary bytes no format's magic names are refused before the name
     * can call them a web page (a.html): the test the loader makes of a
     * file it reads in more than one go, made here once for the rest. */
    if (n && format_is_unnamed_binary(bytes, n)) {
        *err = "binary data, not text";
        free(own);
        arena_free(&scratch);
        return -1;
    }
    doc_format f = n ? format_detect(path, bytes, n) : FORMAT_TEXT;
    if (!format_is_text(f)) {
        arena_free(&scratch);
        return run_reader(path, f, bytes, n, own, depth, fn, ctx, cancel, err);
    }
    if (n == 0)
        *err = "empty file";
    else if (decode_bytes(bytes, n, &scratch, &dec, cancel, err) == 0)
        docs = 0;
    if (docs < 0) {
        free(own);
        arena_free(&scratch);
        return -1;
    }
    if (cancel_raised(cancel))
        return cancelled(own, &scratch, err);
    if (csv_is_export(dec.utf8, dec.len)) {
        /* text_col -2: not known until the header row is read. */
        csv_ctx c = {path, dec.encoding, dec.confidence, -2, 0,
                     depth, fn, ctx, cancel};
        csv_parse(dec.utf8, dec.len, csv_row_doc, &c);
        docs = c.docs;
        if (cancel_raised(cancel))
            return cancelled(own, &scratch, err);
        free(own);
    } else {
        doc *d = doc_new(path, path);
        d->encoding = dec.encoding;
        d->confidence = dec.confidence;
        d->stats.bytes_in = n;
        d->stats.replaced = dec.replaced;
        if (dec.utf8 != bytes) {
            free(own); /* decoded into scratch: the bytes are done with */
            own = NULL;
        }
        if (run_text(d, dec.utf8, dec.len, 1, own, &scratch, depth, cancel) != 0) {
            doc_free(d);
            *err = "cancelled";
            return PIPELINE_CANCELLED; /* own and scratch freed by run_text */
        }
        fn(ctx, d);
        docs = 1;
    }
    arena_free(&scratch);
    if (!docs)
        *err = "CSV export with no full_text rows";
    return docs ? docs : -1;
}

long pipeline_file(const char *path, const char *bytes, size_t n,
                   pipeline_doc_fn fn, void *ctx, const cancel_flag *cancel,
                   const char **err)
{
    return run_file(path, bytes, n, NULL, PIPELINE_ALL, fn, ctx, cancel, err);
}

long pipeline_file_owned(const char *path, char *bytes, size_t n,
                         pipeline_doc_fn fn, void *ctx,
                         const cancel_flag *cancel, const char **err)
{
    return run_file(path, bytes, n, bytes, PIPELINE_ALL, fn, ctx, cancel, err);
}

long pipeline_file_owned_to(const char *path, char *bytes, size_t n,
                            pipeline_depth depth, pipeline_doc_fn fn,
                            void *ctx, const cancel_flag *cancel,
                            const char **err)
{
    return run_file(path, bytes, n, bytes, depth, fn, ctx, cancel, err);
}
