/* fuzz_pipeline.c — libFuzzer target for the whole parse pipeline over
 * arbitrary bytes: pipeline_file decodes them, reads a CSV export's rows
 * when they are one, and runs every stage (lines, clean, repair, repeats,
 * structure) on each text; every document it makes must keep the
 * invariants of fuzz_doc.h, and a file it refuses must say why. */
#include "fuzz_doc.h"
#include "pipeline.h"

static void check_and_drop(void *ctx, doc *d)
{
    long *docs = ctx;
    ++*docs;
    fuzz_check_doc(d);
    doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    long docs = 0;
    const char *err = NULL;
    long n = pipeline_file("fuzz", (const char *)data, size, check_and_drop,
                           &docs, NULL, &err);
    fuzz_require(n == -1 ? err != NULL && docs == 0 : n == docs,
                 "pipeline_file: its count is not the documents it gave");
    return 0;
}
