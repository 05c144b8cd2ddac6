/* threads.c — one function over many contexts on many threads (see
 * threads.h). */
#include "threads.h"

#include <pthread.h>
#include <stdlib.h>

#include "arena.h"

void threads_run(void *ctx, size_t n, size_t size, void *(*fn)(void *))
{
    if (!n)
        return;
    char *at = ctx;
    pthread_t *t = xcalloc(n, sizeof *t);
    unsigned char *made = xcalloc(n, 1);
    for (size_t i = 1; i < n; i++)
        made[i] = pthread_create(&t[i], NULL, fn, at + i * size) == 0;
    fn(at);
    for (size_t i = 1; i < n; i++) {
        if (made[i])
            pthread_join(t[i], NULL);
        else
            fn(at + i * size);
    }
    free(made);
    free(t);
}
