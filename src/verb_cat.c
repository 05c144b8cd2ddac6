/* verb_cat.c — `baogao cat`: the clean text of each document, a blank
 * line between documents. --json: one array of documents, each {path,
 * paragraphs: [{line, block, text}]}: every line of the clean text that is
 * not blank (a paragraph, a heading, a table row), the line of the
 * original file it starts at, and the number of its block (0, 1, …: the
 * plain text puts a blank line between blocks, so it is the JSON's texts
 * joined by a newline within a block and a blank line between them). */
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

static const out_column paragraph_cols[] = {
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"block", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"text", OUT_STR, OUT_IN_ALL, 0, NULL},
};
static const out_columns paragraph_columns = OUT_COLUMNS(paragraph_cols);

/* Only JSON prints rows (cli.c refuses --csv; TSV is the plain text). */
static const out_column doc_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"paragraphs", OUT_ROWS, OUT_IN_ALL, 0, &paragraph_columns},
};
static const out_columns doc_columns = OUT_COLUMNS(doc_cols);

typedef struct cat_run {
    out_writer *w; /* --json, or NULL: plain text */
    size_t docs;
} cat_run;

static void json_doc(out_writer *w, const doc *d)
{
    const text *t = &d->clean;
    long nblock = -1;
    int blank = 1; /* the line before was blank (or there was none) */
    out_row_begin(w);
    out_str(w, d->name);
    out_rows_begin(w);
    for (size_t i = 0; i < t->nlines; i++) {
        size_t len;
        const char *s = text_line(t, i, &len);
        if (!len) {
            blank = 1;
            continue;
        }
        nblock += blank;
        blank = 0;
        out_row_begin(w);
        out_int(w, t->origin[i]);
        out_int(w, nblock);
        char *line = xstrndup(s, len);
        out_str(w, line);
        free(line);
        out_row_end(w);
    }
    out_rows_end(w);
    out_row_end(w);
}

static void cat_doc(void *p, doc *d)
{
    cat_run *r = p;
    if (r->w) {
        json_doc(r->w, d);
    } else {
        if (r->docs)
            fputc('\n', stdout);
        fwrite(d->clean.bytes, 1, d->clean.len, stdout);
    }
    r->docs++;
    doc_free(d);
}

int verb_cat(const options *o)
{
    cat_run r = {NULL, 0};
    if (o->format == OUT_JSON)
        r.w = out_open(stdout, OUT_JSON, 0, &doc_columns);
    load_opts lo = {.fn = cat_doc, .ctx = &r, .no_indicators = 1};
    load_result res = load_paths_with(o->paths, o->npaths, &lo);
    if (r.w)
        out_close(r.w);
    return res.docs ? 0 : 1;
}
