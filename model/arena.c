/* arena.c — chunked bump allocator behind each document (see arena.h). */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Chunks grow from ARENA_FIRST to ARENA_CHUNK, doubling: a small
 * document's structures do not sit in a mostly empty chunk. The first is
 * 1 KB, about what a one-line document takes with its doc struct (a
 * million rows of a CSV export, kept by `list` or the UI, took 3.8 GB
 * more with 4 KB), and a big document reaches 64 KB chunks after six. */
enum { ARENA_FIRST = 1024, ARENA_CHUNK = 64 * 1024, ARENA_ALIGN = 16 };

struct arena_chunk {
    arena_chunk *next;
    size_t size;   /* usable bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

struct arena_adopted {
    arena_adopted *next;
    void *p;
    void (*release)(void *); /* NULL: free */
};

/* Every wrapper's failure: a message, then abort (no caller handles it). */
static _Noreturn void alloc_failed(const char *what, size_t n)
{
    fprintf(stderr, "baogao: %s (%zu bytes)\n", what, n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        alloc_failed("out of memory", n);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        alloc_failed("out of memory", n);
    return q;
}

void *xcalloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        alloc_failed("allocation too large", SIZE_MAX);
    void *p = calloc(n && size ? n : 1, n && size ? size : 1);
    if (!p)
        alloc_failed("out of memory", n * size);
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    n = strnlen(s, n);
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void arena_init(arena *a)
{
    a->head = NULL;
    a->adopted = NULL;
    a->used_total = 0;
}

static arena_chunk *chunk_new(size_t size)
{
    if (size > SIZE_MAX - sizeof(arena_chunk))
        alloc_failed("allocation too large", size);
    arena_chunk *c = xmalloc(sizeof *c + size);
    c->size = size;
    c->used = 0;
    c->next = NULL;
    return c;
}

void *xgrow(void *v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return v;
    size_t c = *cap ? *cap * 2 : 16;
    if (c < *cap || (size && c > SIZE_MAX / size))
        alloc_failed("allocation too large", SIZE_MAX);
    *cap = c;
    return xrealloc(v, c * size);
}

void *arena_alloc(arena *a, size_t n)
{
    void *p = arena_alloc_uninit(a, n);
    memset(p, 0, n);
    return p;
}

void *arena_alloc_uninit(arena *a, size_t n)
{
    size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < n)
        need = n; /* overflow guard; chunk_new aborts on absurd sizes */
    arena_chunk *c = a->head;
    if (!c || c->size - c->used < need) {
        if (need > ARENA_CHUNK / 4) {
            /* Big block: its own chunk, linked behind the current one so
             * the current chunk's free space is not wasted. */
            arena_chunk *big = chunk_new(need);
            big->used = need;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            a->used_total += need;
            return big->data;
        }
        size_t size = c ? 2 * c->size : ARENA_FIRST;
        size = size < ARENA_CHUNK ? size : ARENA_CHUNK;
        c = chunk_new(size < need ? need : size);
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += need;
    a->used_total += need;
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_alloc_uninit(a, n + 1);
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void *arena_adopt(arena *a, void *p)
{
    arena_on_free(a, p, NULL);
    return p;
}

void arena_on_free(arena *a, void *p, void (*release)(void *))
{
    arena_adopted *node = arena_alloc_uninit(a, sizeof *node);
    node->p = p;
    node->release = release;
    node->next = a->adopted;
    a->adopted = node;
}

void arena_free(arena *a)
{
    for (arena_adopted *n = a->adopted; n; n = n->next) {
        if (n->release)
            n->release(n->p);
        else
            free(n->p);
    }
    a->adopted = NULL;
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used_total = 0;
}
