/* verb_cat.c — `baogao cat`: the clean text of each document. */
#include <stdio.h>

#include "doc.h"
#include "load.h"
#include "verbs.h"

static void cat_doc(void *p, doc *d)
{
    size_t *docs = p;
    if ((*docs)++)
        fputc('\n', stdout);
    fwrite(d->clean.bytes, 1, d->clean.len, stdout);
    doc_free(d);
}

int verb_cat(const options *o)
{
    size_t docs = 0;
    load_result r = load_paths(o->paths, o->npaths, cat_doc, &docs);
    return r.docs ? 0 : 1;
}
