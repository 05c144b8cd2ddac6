/* threads.h — one function run over an array of contexts on as many
 * threads (the caller's among them): what the index's builder and its
 * pinyin queries split their work with. */
#ifndef BAOGAO_THREADS_H
#define BAOGAO_THREADS_H

#include <stddef.h>

/* Runs fn(ctx + i * size) for each i < n: i = 0 on the caller's thread,
 * the others each on a new thread (on the caller's, after it, when a
 * thread cannot be made); returns when all have returned. */
void threads_run(void *ctx, size_t n, size_t size, void *(*fn)(void *));

#endif
