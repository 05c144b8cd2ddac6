/* load_impl.h — what load.c (the walk, reading a file) and load_pool.c
 * (the workers) share; not for the rest of the program. */
#ifndef BAOGAO_LOAD_IMPL_H
#define BAOGAO_LOAD_IMPL_H

#include <stddef.h>
#include <sys/types.h>

#include "load.h"

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct pool pool;

typedef struct walker {
    const load_opts *o;
    load_result res;
    dir_id *seen; /* folders entered, against link loops */
    size_t nseen, capseen;
    pool *pool;   /* the workers files go to, or NULL: loaded here */
} walker;

/* Loads the file at path in this thread (follow: a link is followed),
 * its documents and messages through w->o, counted in w->res (load.c). */
void load_file(walker *w, const char *path, int follow);

/* Says what is wrong with path as o asks (o->error, else stderr). */
void load_say(const load_opts *o, const char *path, const char *what);

/* True once w's load is cancelled. */
int load_cancelled(const walker *w);

/* The process's cache (load_use_cache), or NULL. */
cache *load_cache(void);

/* A pool of n workers for a load with options o (NULL when n < 2 or no
 * thread starts: then the walk loads every file itself). */
pool *load_pool_start(const load_opts *o, int n);

/* The file at path to a worker, after the jobs before it (nothing once
 * the load is cancelled). */
void load_pool_file(walker *w, const char *path, int follow);

/* A message of the walk's about path, in its place among the files'. */
void load_pool_message(walker *w, const char *path, const char *what);

/* Hands over what is left (nothing once cancelled), stops the workers,
 * frees the pool and clears w->pool. */
void load_pool_finish(walker *w);

#endif
