/* reader.c — a reader's output: its hints and its lifetime (see
 * reader.h). */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

void reader_out_init(reader_out *out)
{
    memset(out, 0, sizeof *out);
    arena_init(&out->mem);
    out->encoding = "UTF-8";
    out->confidence = 100;
}

void reader_out_hint(reader_out *out, const char *key, const char *value,
                     size_t vlen)
{
    doc_hint *h = arena_alloc(&out->mem, (out->nhints + 1) * sizeof *h);
    if (out->nhints)
        memcpy(h, out->hints, out->nhints * sizeof *h);
    h[out->nhints].key = arena_strndup(&out->mem, key, strlen(key));
    h[out->nhints].value = arena_strndup(&out->mem, value, vlen);
    out->hints = h;
    out->nhints++;
}

void reader_out_heading(reader_out *out, size_t at, int level)
{
    out->heads = xgrow(out->heads, &out->hcap, out->nheads, sizeof *out->heads);
    out->heads[out->nheads++] = (reader_heading){at, level};
}

void reader_out_free(reader_out *out)
{
    free(out->heads);
    out->heads = NULL;
    out->nheads = out->hcap = 0;
    sbuf_free(&out->text);
    arena_free(&out->mem);
    out->hints = NULL;
    out->nhints = 0;
}
