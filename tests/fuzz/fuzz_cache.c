/* fuzz_cache.c — libFuzzer target for the cache's record of a document
 * (model/doc_pack.h), the one input baogao reads back that it wrote
 * itself: whatever the bytes, doc_unpack refuses them with a reason or
 * gives a document that keeps every invariant of fuzz_doc.h, and a
 * document it gives packs again into a record that reads back; the same
 * bytes as a corpus's index record (model/index_pack.h): refused, or
 * lookups in it give postings of the texts it was made for only. */
#include <stdlib.h>

#include "doc_pack.h"
#include "fuzz_doc.h"
#include "index_pack.h"

/* A posting: of one of the texts, inside it. */
typedef struct texts {
    const folded *f;
    size_t n;
} texts;

static void check_posting(void *ctx, size_t di, size_t pos)
{
    const texts *t = ctx;
    fuzz_require(di < t->n, "index_unpack: a posting of no text");
    (void)pos; /* positions are checked by the search against the text */
}

static void check_span(void *ctx, size_t di, size_t pos, size_t len)
{
    (void)len;
    check_posting(ctx, di, pos);
}

/* The bytes as an index record over up to 8 one-line texts. */
static void fuzz_index(const unsigned char *p, size_t size)
{
    const char *err = NULL;
    search_index *ix = index_unpack(p, size, 8, &err);
    fuzz_require(ix != NULL || err != NULL, "index_unpack: no index and no reason");
    if (!ix)
        return;
    folded f[8];
    for (int i = 0; i < 8; i++)
        fold_text("经济发展 gdp", strlen("经济发展 gdp"), &f[i]);
    texts t = {f, 8};
    static const char *const q[] = {"经", "经济", "发展g", "dp"};
    for (size_t k = 0; k < sizeof q / sizeof *q; k++)
        index_find(ix, f, 8, q[k], strlen(q[k]), check_posting, &t);
    index_find_pinyin(ix, f, 8, "jj", 2, NULL, check_span, &t);
    index_free(ix);
    for (int i = 0; i < 8; i++)
        fold_free(&f[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Records are read where they are aligned (a mapped file's page). */
    unsigned char *p = aligned_alloc(DOC_PACK_ALIGN, size / DOC_PACK_ALIGN * DOC_PACK_ALIGN +
                                                         DOC_PACK_ALIGN);
    if (size)
        memcpy(p, data, size);
    size_t used = 0;
    const char *err = NULL;
    doc *d = doc_unpack(p, size, "fuzz", 0, &used, &err);
    fuzz_require(d ? used <= size : err != NULL, "doc_unpack: no document and no reason");
    if (d) {
        fuzz_check_doc(d);
        sbuf again = {0};
        doc_pack(d, &again);
        unsigned char *q = aligned_alloc(DOC_PACK_ALIGN, again.len + DOC_PACK_ALIGN);
        memcpy(q, again.p, again.len);
        doc *e = doc_unpack(q, again.len, "fuzz", 0, &used, &err);
        fuzz_require(e != NULL, "doc_unpack: a document packed again is refused");
        fuzz_require(e->clean.len == d->clean.len && e->nsections == d->nsections &&
                         e->nindicators == d->nindicators,
                     "doc_unpack: a document packed again reads back otherwise");
        doc_free(e);
        free(q);
        sbuf_free(&again);
        doc_free(d);
    }
    fuzz_index(p, size);
    free(p);
    return 0;
}
