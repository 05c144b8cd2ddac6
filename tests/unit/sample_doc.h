/* sample_doc.h — a report file, or text, parsed into one document (or the
 * documents a pipeline hands over, kept) for the
 * tests and benchmarks (header-only, one copy for all of them). */
#ifndef BAOGAO_TEST_SAMPLE_DOC_H
#define BAOGAO_TEST_SAMPLE_DOC_H

#include <stdlib.h>

#include "fold.h"
#include "pipeline.h"
#include "slurp.h"

static inline void sample_keep_first(void *ctx, doc *d)
{
    doc **first = ctx;
    if (*first)
        doc_free(d);
    else
        *first = d;
}

/* Documents kept as a pipeline hands them over (sample_docs_keep). */
typedef struct sample_docs {
    doc **d;
    size_t n, cap;
} sample_docs;

/* A pipeline_doc_fn appending d to the sample_docs ctx (its to free). */
static inline void sample_docs_keep(void *ctx, doc *d)
{
    sample_docs *v = ctx;
    v->d = xgrow(v->d, &v->cap, v->n, sizeof *v->d);
    v->d[v->n++] = d;
}

/* The first document of the file at path, run through the whole
 * pipeline (the caller's to doc_free), or NULL when it cannot be read or
 * parsed. */
static inline doc *sample_doc(const char *path)
{
    size_t n;
    char *bytes = slurp(path, &n);
    if (!bytes)
        return NULL;
    doc *d = NULL;
    const char *err;
    pipeline_file(path, bytes, n, sample_keep_first, &d, NULL, &err);
    free(bytes);
    return d;
}

/* The clean text of the first document of each of paths[0..n) folded
 * (a file that cannot be parsed is left out); *got how many. The
 * caller fold_frees each and frees the array. */
static inline folded *sample_folds(char *const *paths, size_t n, size_t *got)
{
    folded *f = xcalloc(n + 1, sizeof *f);
    *got = 0;
    for (size_t a = 0; a < n; a++) {
        doc *d = sample_doc(paths[a]);
        if (!d)
            continue;
        fold_text(d->clean.bytes, d->clean.len, &f[(*got)++]);
        doc_free(d);
    }
    return f;
}

/* UTF-8 text s[0..n) run through the text stages as a document named
 * name (the caller's to doc_free). */
static inline doc *sample_text(const char *name, const char *s, size_t n)
{
    doc *d = doc_new(name, name);
    pipeline_text(d, s, n, 1, NULL);
    return d;
}

#endif
