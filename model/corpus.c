/* PLACEHOLDER — replaced by the helper writing corpus. */
#include "corpus.h"
#include <stdlib.h>
#include <string.h>
void corpus_init(corpus *c) { memset(c, 0, sizeof *c); }
void corpus_add(corpus *c, doc *d)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->docs = xrealloc(c->docs, c->cap * sizeof *c->docs);
    }
    c->docs[c->n++] = d;
}
void corpus_find_duplicates(corpus *c) { (void)c; }
void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n; i++)
        doc_free(c->docs[i]);
    free(c->docs);
    free(c->duplicate_of);
    free(c->similarity);
}
