/* fuzz_pipeline.c — libFuzzer target for the whole parse pipeline over
 * arbitrary bytes: pipeline_file decodes them, reads a CSV export's rows
 * when they are one, and runs every stage (lines, clean, repair, repeats,
 * structure) on each text. */
#include <stddef.h>
#include <stdint.h>

#include "pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void drop_doc(void *ctx, doc *d)
{
    size_t *total = ctx;
    *total += d->clean.len;
    doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t total = 0;
    const char *err = NULL;
    pipeline_file("fuzz", (const char *)data, size, drop_doc, &total, NULL, &err);
    return 0;
}
