/* load_pool.c — the workers loads parse with (load_impl.h): each file of
 * the walk is a job in a ring; workers read and parse the jobs in turn,
 * keeping what each file makes (documents, messages about it, what the
 * cache says) as items in order; the walk's thread hands the items over
 * in the walk's order, so the caller sees what one thread would make. */
#include "load_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"

/* How many threads parse (load_use_jobs); 0: not set, the cores. */
static int the_jobs;

void load_use_jobs(int n)
{
    the_jobs = n < 0 ? 0 : n > LOAD_MAX_JOBS ? LOAD_MAX_JOBS : n;
}

/* The threads a load uses: as set, else the cores (at most
 * LOAD_MAX_JOBS). */
int load_jobs_wanted(void)
{
    if (the_jobs)
        return the_jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > LOAD_MAX_JOBS ? LOAD_MAX_JOBS : (int)n;
}

enum {
    JOBS_AHEAD = 4,          /* files in hand per worker, at most */
    JOB_BUDGET = 4 << 20,    /* clean bytes and documents a file's */
    JOB_DOCS = 64,           /* worker keeps at most before they are
                                handed over (a CSV export of a million
                                rows streams through this) */
    WAIT_MS = 20             /* the longest wait before the cancel flag is
                                looked at again */
};

/* What loading one file made, in order: a document, something wrong
 * with a file, something the cache said. */
typedef enum item_kind { ITEM_DOC, ITEM_ERROR, ITEM_CACHE } item_kind;

typedef struct item {
    struct item *next;
    item_kind kind;
    doc *d;
    char *path, *what;
} item;

/* One file (or a message of the walk's) in the order of the walk. */
typedef struct job {
    char *path;
    int follow;
    int work;            /* a file to load (0: a message, ready) */
    item *first, *last;  /* made and not yet handed over */
    size_t kept, ndocs;  /* their clean bytes, their documents */
    int done;
    load_result res;     /* the file's counts */
} job;

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work;  /* a job to start, or quit */
    pthread_cond_t ready; /* something made, or a job done */
    pthread_cond_t room;  /* the next job to hand over moved on */
    job *ring;
    size_t cap;
    size_t head, started, tail; /* sequence numbers: to hand over next,
                                   to start next, to add next */
    int quit;
    const load_opts *o;
    pthread_t *th;
    size_t nth;
};

/* A worker's context while it loads a job. */
typedef struct working {
    pool *p;
    size_t seq;
    job *j;
} working;

/* Appends an item to the worker's job (under the lock) and wakes the
 * caller's thread. */
static void job_put(working *k, item *it)
{
    pthread_mutex_lock(&k->p->mu);
    if (k->j->last)
        k->j->last->next = it;
    else
        k->j->first = it;
    k->j->last = it;
    pthread_cond_signal(&k->p->ready);
    pthread_mutex_unlock(&k->p->mu);
}

/* Waits on cv at most WAIT_MS (the lock held). */
static void timed_wait(pthread_cond_t *cv, pthread_mutex_t *mu)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_nsec += WAIT_MS * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(cv, mu, &t);
}

/* A document of the worker's file: kept in order; a worker that keeps
 * more than JOB_BUDGET bytes or JOB_DOCS documents waits until they are
 * handed over (its file's turn comes: the files before it are done). */
static void job_doc(void *ctx, doc *d)
{
    working *k = ctx;
    item *it = xcalloc(1, sizeof *it);
    it->kind = ITEM_DOC;
    it->d = d;
    pool *p = k->p;
    job *j = k->j;
    pthread_mutex_lock(&p->mu);
    if (j->last)
        j->last->next = it;
    else
        j->first = it;
    j->last = it;
    j->kept += d->clean.len + 1;
    j->ndocs++;
    /* the caller's thread is woken for a batch (or by its own timeout,
     * or the file's end): not once for each of a million rows */
    if (j->ndocs >= JOB_DOCS / 2 || j->kept >= JOB_BUDGET / 2 || d->clean.len >= 65536)
        pthread_cond_signal(&p->ready);
    while ((j->kept > JOB_BUDGET || j->ndocs > JOB_DOCS) && !p->quit &&
           !cancel_raised(p->o->cancel))
        timed_wait(&p->room, &p->mu);
    pthread_mutex_unlock(&p->mu);
}

static item *message_item(item_kind kind, const char *path, const char *what)
{
    item *it = xcalloc(1, sizeof *it);
    it->kind = kind;
    it->path = path ? xstrdup(path) : NULL;
    it->what = xstrdup(what);
    return it;
}

static void job_error(void *ctx, const char *path, const char *what)
{
    job_put(ctx, message_item(ITEM_ERROR, path, what));
}

static void job_cache_said(void *ctx, const char *msg)
{
    job_put(ctx, message_item(ITEM_CACHE, NULL, msg));
}

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->quit && p->started == p->tail)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->quit)
            break;
        size_t seq = p->started++;
        job *j = &p->ring[seq % p->cap];
        pthread_cond_broadcast(&p->ready); /* a place to start is free */
        if (!j->work)
            continue; /* a message: ready as it is */
        pthread_mutex_unlock(&p->mu);
        working k = {p, seq, j};
        load_opts o = {job_doc, &k, job_error, p->o->cancel, p->o->no_cache,
                       p->o->prepare, p->o->no_indicators};
        walker jw = {&o, {0, 0, 0}, NULL, 0, 0, NULL};
        cache_say_here(job_cache_said, &k);
        if (!cancel_raised(p->o->cancel))
            load_file(&jw, j->path, j->follow);
        cache_say_here(NULL, NULL);
        pthread_mutex_lock(&p->mu);
        j->res = jw.res;
        j->done = 1;
        pthread_cond_broadcast(&p->ready);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Frees an item and what it holds (a document not handed over). */
static void item_free(item *it)
{
    if (it->d)
        doc_free(it->d);
    free(it->path);
    free(it->what);
    free(it);
}

/* Hands over what the jobs in order have made, as far as it goes (wait:
 * until every job added is handed over); stops at once when loading is
 * cancelled. Called on the walk's thread, the lock not held. */
static void hand_over(walker *w, int wait)
{
    pool *p = w->pool;
    pthread_mutex_lock(&p->mu);
    while (p->head < p->tail && !load_cancelled(w)) {
        job *j = &p->ring[p->head % p->cap];
        if (!j->first && !j->done) {
            if (!wait && p->tail - p->head < p->cap)
                break;
            timed_wait(&p->ready, &p->mu);
            continue;
        }
        item *it = j->first;
        j->first = j->last = NULL;
        j->kept = j->ndocs = 0;
        int done = j->done;
        pthread_cond_broadcast(&p->room);
        pthread_mutex_unlock(&p->mu);
        while (it) {
            item *next = it->next;
            if (load_cancelled(w)) {
                item_free(it);
            } else if (it->kind == ITEM_DOC) {
                w->o->fn(w->o->ctx, it->d);
                it->d = NULL;
                item_free(it);
            } else {
                if (it->kind == ITEM_ERROR)
                    load_say(w->o, it->path, it->what);
                else if (load_cache())
                    cache_warn(load_cache(), it->what);
                item_free(it);
            }
            it = next;
        }
        pthread_mutex_lock(&p->mu);
        if (done && !j->first) {
            w->res.files += j->res.files;
            w->res.docs += j->res.docs;
            w->res.errors += j->res.errors;
            free(j->path);
            memset(j, 0, sizeof *j);
            p->head++;
            pthread_cond_broadcast(&p->room);
        }
    }
    pthread_mutex_unlock(&p->mu);
}

/* Adds a job in the walk's order, once there is room for it; NULL when
 * loading was cancelled before there was (nothing is added). */
static job *pool_add(walker *w, const char *path, int follow, int work)
{
    pool *p = w->pool;
    for (;;) {
        hand_over(w, 0); /* makes room when every place is taken */
        pthread_mutex_lock(&p->mu);
        if (load_cancelled(w)) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        /* a place free of a job to hand over and of one to start (a
         * message is handed over before a worker passes it) */
        if (p->tail - p->head < p->cap && p->tail - p->started < p->cap)
            break;
        timed_wait(&p->ready, &p->mu);
        pthread_mutex_unlock(&p->mu);
    }
    job *j = &p->ring[p->tail % p->cap];
    *j = (job){xstrdup(path), follow, work, NULL, NULL, 0, 0, !work, {0, 0, 0}};
    pthread_mutex_unlock(&p->mu);
    return j;
}

/* Publishes the job last added to the workers. */
static void pool_publish(pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

void load_pool_message(walker *w, const char *path, const char *what)
{
    job *j = pool_add(w, path, 0, 0);
    if (!j)
        return;
    j->first = j->last = message_item(ITEM_ERROR, path, what);
    j->res.errors = 1;
    pool_publish(w->pool);
}

/* A pool of n workers for the walk w (NULL when n < 2 or no thread can be
 * started: then everything loads in w's thread). */
pool *load_pool_start(const load_opts *o, int n)
{
    if (n < 2)
        return NULL;
    pool *p = xcalloc(1, sizeof *p);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->ready, NULL);
    pthread_cond_init(&p->room, NULL);
    p->cap = (size_t)n * JOBS_AHEAD;
    p->ring = xcalloc(p->cap, sizeof *p->ring);
    p->o = o;
    p->th = xcalloc((size_t)n, sizeof *p->th);
    for (int i = 0; i < n; i++)
        if (pthread_create(&p->th[p->nth], NULL, worker, p) == 0)
            p->nth++;
    if (!p->nth) {
        free(p->th);
        free(p->ring);
        free(p);
        return NULL;
    }
    return p;
}

/* Hands over what is left (everything, or nothing once cancelled), stops
 * the workers and frees p. */
void load_pool_finish(walker *w)
{
    pool *p = w->pool;
    hand_over(w, 1);
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->room);
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < p->nth; i++)
        pthread_join(p->th[i], NULL);
    for (size_t s = p->head; s < p->tail; s++) { /* cancelled: dropped */
        job *j = &p->ring[s % p->cap];
        for (item *it = j->first, *next; it; it = next) {
            next = it->next;
            item_free(it);
        }
        free(j->path);
    }
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->ready);
    pthread_cond_destroy(&p->room);
    pthread_mutex_destroy(&p->mu);
    free(p->th);
    free(p->ring);
    free(p);
    w->pool = NULL;
}


void load_pool_file(walker *w, const char *path, int follow)
{
    if (pool_add(w, path, follow, 1))
        pool_publish(w->pool);
}
