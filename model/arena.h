/* arena.h — region allocator: every document owns one; freeing the arena
 * frees everything the document's parse produced. */
#ifndef BAOGAO_ARENA_H
#define BAOGAO_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;

typedef struct arena_adopted arena_adopted;

typedef struct arena {
    arena_chunk *head;      /* newest chunk first */
    arena_adopted *adopted; /* malloc'd blocks the arena frees with itself */
    size_t used_total;      /* bytes handed out, for check/bench reports */
} arena;

/* An empty arena; allocates nothing until the first arena_alloc. */
void arena_init(arena *a);

/* n bytes aligned for any type, zeroed. Aborts on out-of-memory (never
 * returns NULL). Owned by the arena. */
void *arena_alloc(arena *a, size_t n);

/* n bytes aligned for any type, not zeroed: for big buffers about to be
 * written in full. Aborts on out-of-memory. */
void *arena_alloc_uninit(arena *a, size_t n);

/* Copy of s[0..n) plus a NUL, owned by the arena. */
char *arena_strndup(arena *a, const char *s, size_t n);

/* Takes ownership of p (from malloc/xrealloc): freed with the arena.
 * Lets a builder hand over its buffer instead of copying it. Returns p. */
void *arena_adopt(arena *a, void *p);
/* Calls release(p) when a is freed (after the blocks adopted later, before
 * those adopted earlier): for what is not malloc'd, e.g. a mapping a
 * document's arrays point into. */
void arena_on_free(arena *a, void *p, void (*release)(void *));

/* Frees every chunk; the arena is empty and reusable afterwards. */
void arena_free(arena *a);

/* malloc/realloc that abort with a message on failure (never NULL). The
 * block is the caller's, to free(). */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

/* calloc that aborts with a message on failure or when n * size
 * overflows: n zeroed elements of size bytes (never NULL, even for n or
 * size 0), the caller's to free(). */
void *xcalloc(size_t n, size_t size);

/* strdup/strndup that abort with a message on failure: a malloc'd copy of
 * the NUL-terminated s, or of its first n bytes (fewer when a NUL comes
 * first) plus a NUL; the caller's to free(). */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* A growable array with room for one more: v (n elements of size bytes,
 * room for *cap) as it is while n < *cap, else moved to twice the room
 * (16 at first), *cap updated. Aborts on out-of-memory. */
void *xgrow(void *v, size_t *cap, size_t n, size_t size);

#endif
