/* pack.c — writing a flat record in pieces (see pack.h). */
#include "pack.h"

#include <string.h>

static void emit(packer *k, const void *p, size_t n)
{
    if (k->emit && n)
        k->emit(k->ctx, p, n);
    k->pos += n;
}

uint64_t pack_put(packer *k, const void *p, size_t n)
{
    static const char zeros[PACK_ALIGN];
    size_t r = k->pos % PACK_ALIGN;
    if (r)
        emit(k, zeros, PACK_ALIGN - r);
    uint64_t at = k->pos;
    emit(k, p, n);
    return at;
}

uint64_t pack_str(packer *k, const char *s)
{
    uint64_t at = k->pos;
    emit(k, s ? s : "", strlen(s ? s : "") + 1);
    return at;
}
