/* strset.c — strings interned by number, and their order (see strset.h). */
#include "strset.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

static uint64_t hash(const char *s)
{
    uint64_t h = 14695981039346656037ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* The slot of s: its own, or the empty one it would take. */
static size_t find(const strset *t, const char *s)
{
    size_t mask = t->nslot - 1, i = (size_t)hash(s) & mask;
    while (t->slot[i] && strcmp(t->s[t->slot[i] - 1], s) != 0)
        i = (i + 1) & mask;
    return i;
}

/* Twice the slots (at least 64), the strings placed again. */
static void grow(strset *t)
{
    free(t->slot);
    t->nslot = t->nslot ? t->nslot * 2 : 64;
    t->slot = xcalloc(t->nslot, sizeof *t->slot);
    for (size_t k = 0; k < t->n; k++)
        t->slot[find(t, t->s[k])] = (uint32_t)(k + 1);
}

uint32_t strset_add(strset *t, const char *s)
{
    if ((t->n + 1) * 2 > t->nslot)
        grow(t);
    size_t i = find(t, s);
    if (t->slot[i])
        return t->slot[i] - 1;
    t->s = xgrow(t->s, &t->cap, t->n, sizeof *t->s);
    t->s[t->n] = s;
    t->slot[i] = (uint32_t)(t->n + 1);
    free(t->rank);
    t->rank = NULL;
    return (uint32_t)t->n++;
}

uint32_t strset_find(const strset *t, const char *s)
{
    if (!t->nslot)
        return UINT32_MAX;
    size_t i = find(t, s);
    return t->slot[i] ? t->slot[i] - 1 : UINT32_MAX;
}

static int by_text(const void *a, const void *b, void *ctx)
{
    const char *const *s = ctx;
    return strcmp(s[*(const uint32_t *)a], s[*(const uint32_t *)b]);
}

const uint32_t *strset_rank(strset *t)
{
    if (t->rank || !t->n)
        return t->rank;
    uint32_t *ids = xmalloc(t->n * sizeof *ids);
    for (size_t k = 0; k < t->n; k++)
        ids[k] = (uint32_t)k;
    qsort_r(ids, t->n, sizeof *ids, by_text, t->s);
    t->rank = xmalloc(t->n * sizeof *t->rank);
    for (size_t k = 0; k < t->n; k++)
        t->rank[ids[k]] = (uint32_t)k;
    free(ids);
    return t->rank;
}

void strset_clear(strset *t)
{
    t->n = 0;
    if (t->slot)
        memset(t->slot, 0, t->nslot * sizeof *t->slot);
    free(t->rank);
    t->rank = NULL;
}

void strset_free(strset *t)
{
    free(t->s);
    free(t->slot);
    free(t->rank);
    memset(t, 0, sizeof *t);
}
