/* fuzz_cache.c — libFuzzer target for the cache's record of a document
 * (model/doc_pack.h), the one input baogao reads back that it wrote
 * itself: whatever the bytes, doc_unpack refuses them with a reason or
 * gives a document that keeps every invariant of fuzz_doc.h, and a
 * document it gives packs again into a record that reads back. */
#include <stdlib.h>

#include "doc_pack.h"
#include "fuzz_doc.h"

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
    free(p);
    return 0;
}
