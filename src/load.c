/* load.c — walking paths and reading files into the pipeline (see
 * load.h): the walk in the caller's thread, each file read and parsed by
 * a pool of workers (load_use_jobs), what they make handed to the caller
 * in the walk's order: the same calls, the same messages, as one thread
 * makes them. */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "decode.h"
#include "format.h"
#include "out.h"

/* Where the samples are (meson.build sets these): the source tree's, for
 * the uninstalled build; the installed ones relative to the installed
 * binary (bindir to datadir/baogao/reports), and as an absolute path. */
#ifndef BAOGAO_REPORTS_DIR
#define BAOGAO_REPORTS_DIR "assets/reports"
#endif
#ifndef BAOGAO_REPORTS_REL
#define BAOGAO_REPORTS_REL "../share/baogao/reports"
#endif
#ifndef BAOGAO_REPORTS_INSTALLED
#define BAOGAO_REPORTS_INSTALLED "/usr/local/share/baogao/reports"
#endif

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

static void pool_message(walker *w, const char *path, const char *what);

int load_exists(const char *path)
{
    struct stat st;
    return strcmp(path, "-") == 0 || stat(path, &st) == 0;
}

int load_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The installed samples: BAOGAO_REPORTS_REL beside the running binary
 * (/proc/self/exe), resolved, into path[0..PATH_MAX); 0 when that is no
 * folder (an uninstalled build, or no /proc). */
static int installed_dir(char *path)
{
    char exe[PATH_MAX], dir[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return 0;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return 0;
    *slash = '\0';
    int len = snprintf(dir, sizeof dir, "%s/%s", exe, BAOGAO_REPORTS_REL);
    return len > 0 && (size_t)len < sizeof dir && realpath(dir, path) &&
           load_is_dir(path);
}

const char *load_bundled_dir(void)
{
    static char installed[PATH_MAX];
    const char *env = getenv("BAOGAO_REPORTS");
    if (env && *env)
        return env;
    if (installed_dir(installed))
        return installed;
    if (load_is_dir(BAOGAO_REPORTS_DIR))
        return BAOGAO_REPORTS_DIR;
    return BAOGAO_REPORTS_INSTALLED;
}

/* Says what is wrong with path as the caller asked (o->error, else
 * stderr). */
static void say(const load_opts *o, const char *path, const char *what)
{
    if (o->error)
        o->error(o->ctx, path, what);
    else
        out_error("%s: %s", path, what);
}

/* Says what is wrong with path and counts it; with workers at work, in
 * its place among the files' output. */
static void complain(walker *w, const char *path, const char *what)
{
    if (w->pool) {
        pool_message(w, path, what);
        return;
    }
    say(w->o, path, what);
    w->res.errors++;
}

static int cancelled(const walker *w)
{
    return cancel_raised(w->o->cancel);
}

/* Reads go in steps of at most this much: a bounded amount of work
 * between two looks at what has arrived and at the cancel flag (4 MiB is
 * a few milliseconds from the page cache). */
enum { READ_STEP = 4 << 20 };

/* How a read ended against the size fstat gave. */
enum { READ_SAME, READ_GREW, READ_SHRANK };

/* Reads fd into buf[len..want) in steps of READ_STEP, retrying on EINTR
 * and stopping early once *cancel is raised;
 * returns the new length (short of want at end of file), or (size_t)-1
 * with errno set. */
static size_t read_upto(int fd, char *buf, size_t len, size_t want,
                        const cancel_flag *cancel)
{
    while (len < want && !cancel_raised(cancel)) {
        size_t step = want - len < READ_STEP ? want - len : READ_STEP;
        ssize_t k = read(fd, buf + len, step);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return (size_t)-1;
        if (k == 0)
            break;
        len += (size_t)k;
    }
    return len;
}

/* True when fd has at least one more byte (it is read and lost). */
static int has_more(int fd)
{
    char probe;
    ssize_t k;
    while ((k = read(fd, &probe, 1)) < 0 && errno == EINTR)
        ;
    return k > 0;
}

/* Reads fd into a malloc'd buffer (NUL-terminated, *n bytes before the
 * NUL). size is what fstat said: exactly that much is read, and *change
 * says whether the file ended sooner (READ_SHRANK, *n is what there was)
 * or had more (READ_GREW, the rest is left); size 0 (a pipe, standard
 * input, a pseudo-file) reads to the end, growing, up to LOAD_MAX_FILE.
 * Refused (NULL, *err a static message) on a read error, or when the
 * first DECODE_BINARY_SAMPLE bytes are binary and no format's magic
 * (format_sniff: PDF, zip, OLE2) says what they are: they are read first, into
 * a buffer of their size, so a binary file is refused before anything of
 * its size is read or allocated. */
static char *read_fd(int fd, size_t size, size_t *n, int *change,
                     const char **err, const cancel_flag *cancel)
{
    size_t want = size && size < DECODE_BINARY_SAMPLE ? size : DECODE_BINARY_SAMPLE;
    size_t cap = want + 1;
    char *buf = xmalloc(cap);
    size_t len = read_upto(fd, buf, 0, want, cancel);
    *change = READ_SAME;
    *err = NULL;
    /* A binary format a reader reads (or names as not supported) is not
     * refused here. */
    if (len != (size_t)-1 && decode_is_binary(buf, len) &&
        format_is_text(format_sniff(buf, len)))
        *err = "binary data, not text";
    while (!*err && len == want && len < LOAD_MAX_FILE && want != size) {
        /* More to come: all fstat said, or (size unknown) twice as much. */
        want = size ? size : (2 * want < LOAD_MAX_FILE ? 2 * want : LOAD_MAX_FILE);
        cap = want + 1;
        buf = xrealloc(buf, cap);
        len = read_upto(fd, buf, len, want, cancel);
    }
    if (cancel_raised(cancel))
        *err = "cancelled";
    if (!*err && len == (size_t)-1)
        *err = strerror(errno);
    else if (!*err && size && len < size)
        *change = READ_SHRANK;
    else if (!*err && len == want && has_more(fd)) {
        if (size)
            *change = READ_GREW;
        else
            *err = "file too large (over 1 GiB)";
    }
    if (*err) {
        free(buf);
        return NULL;
    }
    buf[len] = '\0';
    *n = len;
    return buf;
}

/* What a file of mode m is, for messages ("a FIFO"). */
static const char *kind_of(mode_t m)
{
    return S_ISDIR(m)                  ? "a folder"
           : S_ISFIFO(m)               ? "a FIFO"
           : S_ISSOCK(m)               ? "a socket"
           : S_ISCHR(m) || S_ISBLK(m)  ? "a device"
           : S_ISLNK(m)                ? "a symbolic link"
                                       : "a special file";
}

/* Opens path for reading without ever blocking (O_NONBLOCK: a FIFO
 * swapped in for the file opens at once, a device does not wait for a
 * carrier) and checks the descriptor, not the name, is a regular file.
 * follow 0 adds O_NOFOLLOW: a link put in the file's place is refused.
 * Returns the descriptor (blocking again) and its stat, or -1 with *err
 * set, in msg (of msgn bytes) when it says what the name now is. */
static int open_regular(const char *path, int follow, struct stat *st,
                        char *msg, size_t msgn, const char **err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC |
                            (follow ? 0 : O_NOFOLLOW));
    if (fd < 0) {
        int e = errno;
        struct stat now;
        const char *kind = NULL;
        if (!follow && e == ELOOP)
            kind = "a symbolic link"; /* O_NOFOLLOW met one */
        else if ((follow ? stat(path, &now) : lstat(path, &now)) == 0 &&
                 !S_ISREG(now.st_mode))
            kind = kind_of(now.st_mode);
        else if (e == ENXIO)
            kind = "a socket or a device"; /* what open cannot open */
        if (kind) {
            snprintf(msg, msgn, "changed while being opened: now %s, not a"
                     " regular file", kind);
            *err = msg;
        } else {
            *err = strerror(e);
        }
        return -1;
    }
    if (fstat(fd, st) != 0) {
        *err = strerror(errno);
        close(fd);
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        snprintf(msg, msgn, "changed while being opened: now %s, not a"
                 " regular file", kind_of(st->st_mode));
        *err = msg;
        close(fd);
        return -1;
    }
    /* Linux ignores O_NONBLOCK on regular files, POSIX leaves it open (a
     * network filesystem may answer EAGAIN): reads block again. */
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

/* Reads the regular file fd (its fstat st; path for messages), at most
 * LOAD_MAX_FILE bytes. A file that changed size while read is loaded as
 * far as fstat said it went, *note (in msg) saying so. */
static char *read_opened(int fd, const struct stat *st, size_t *n,
                         const char **note, char *msg, size_t msgn,
                         const char **err, const cancel_flag *cancel)
{
    char *buf = NULL;
    int change = READ_SAME;
    if ((unsigned long long)st->st_size > LOAD_MAX_FILE)
        *err = "file too large (over 1 GiB)";
    else
        buf = read_fd(fd, (size_t)st->st_size, n, &change, err, cancel);
    if (buf && change == READ_GREW) {
        snprintf(msg, msgn, "grew while being read: its first %zu bytes"
                 " (its size when opened) are loaded", *n);
        *note = msg;
    } else if (buf && change == READ_SHRANK) {
        snprintf(msg, msgn, "shrank while being read: %zu of %lld bytes"
                 " loaded", *n, (long long)st->st_size);
        *note = msg;
    }
    return buf;
}

/* The process's cache (load_use_cache), or NULL. */
static cache *the_cache;

void load_use_cache(cache *c)
{
    the_cache = c;
}

/* What a file's documents go through on their way to the caller's fn:
 * each packed into the cache entry in the making first. */
typedef struct caching {
    const load_opts *o;
    cache_entry *entry; /* NULL: not cached (the file changed while read) */
    cache_key key;
} caching;

static void cache_and_pass(void *ctx, doc *d)
{
    caching *k = ctx;
    d->source[0] = k->key.lo;
    d->source[1] = k->key.hi;
    cache_entry_add(k->entry, d);
    k->o->fn(k->o->ctx, d);
}

/* Parses the n bytes of the file at path (identity st) into documents for
 * the caller, through the cache: found there by content, else parsed and
 * cached (unless note says it changed while read). Returns what
 * pipeline_file does. */
static long parse_cached(walker *w, const char *path, const struct stat *st,
                         char *bytes, size_t n, const char *note,
                         const char **err)
{
    cache *c = w->o->no_cache ? NULL : the_cache;
    const cancel_flag *cancel = w->o->cancel;
    if (!c)
        return pipeline_file_owned(path, bytes, n, w->o->fn, w->o->ctx, cancel, err);
    cache_key key = cache_key_of(path, bytes, n);
    long docs = cache_find(c, key, n, path, note ? NULL : st, w->o->fn, w->o->ctx, err);
    if (docs != CACHE_MISS) {
        free(bytes);
        return docs;
    }
    caching k = {w->o, note ? NULL : cache_entry_new(c, key, n, st), key};
    docs = pipeline_file_owned(path, bytes, n, cache_and_pass, &k, cancel, err);
    if (docs == PIPELINE_CANCELLED)
        cache_entry_drop(k.entry);
    else
        cache_entry_commit(k.entry, docs < 0 ? *err : NULL);
    return docs;
}

/* Loads the file at path ("-": standard input, a pipe is fine there,
 * never cached); follow as for open_regular. A file the cache knows by
 * its identity is not read at all. */
static void load_file(walker *w, const char *path, int follow)
{
    size_t n = 0;
    const char *err = NULL, *note = NULL;
    char msg[160];
    int change;
    const cancel_flag *c = w->o->cancel;
    cache *cc = w->o->no_cache ? NULL : the_cache;
    char *bytes = NULL;
    struct stat st;
    long docs;
    if (strcmp(path, "-") == 0) {
        bytes = read_fd(STDIN_FILENO, 0, &n, &change, &err, c);
    } else {
        int fd = open_regular(path, follow, &st, msg, sizeof msg, &err);
        if (fd >= 0 && cc &&
            (docs = cache_find_file(cc, path, &st, w->o->fn, w->o->ctx, &err)) != CACHE_MISS) {
            close(fd);
            w->res.files++;
            if (docs >= 0)
                w->res.docs += (size_t)docs;
            else
                complain(w, path, err);
            return;
        }
        if (fd >= 0) {
            bytes = read_opened(fd, &st, &n, &note, msg, sizeof msg, &err, c);
            close(fd);
        }
    }
    if (!bytes) {
        if (!cancelled(w)) /* a stop is no failure of the file */
            complain(w, path, err);
        return;
    }
    if (note)
        complain(w, path, note);
    w->res.files++;
    docs = strcmp(path, "-") == 0
               ? pipeline_file_owned(path, bytes, n, w->o->fn, w->o->ctx, c, &err)
               : parse_cached(w, path, &st, bytes, n, note, &err);
    if (docs >= 0)
        w->res.docs += (size_t)docs;
    else if (docs != PIPELINE_CANCELLED)
        complain(w, path, err);
}

/* ---- the workers ---------------------------------------------------------- */

/* How many threads parse (load_use_jobs); 0: not set, the cores. */
static int the_jobs;

void load_use_jobs(int n)
{
    the_jobs = n < 0 ? 0 : n > LOAD_MAX_JOBS ? LOAD_MAX_JOBS : n;
}

/* The threads a load uses: as set, else the cores (at most
 * LOAD_MAX_JOBS). */
static int jobs_wanted(void)
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
        load_opts o = {job_doc, &k, job_error, p->o->cancel, p->o->no_cache};
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
    while (p->head < p->tail && !cancelled(w)) {
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
            if (cancelled(w)) {
                item_free(it);
            } else if (it->kind == ITEM_DOC) {
                w->o->fn(w->o->ctx, it->d);
                it->d = NULL;
                item_free(it);
            } else {
                if (it->kind == ITEM_ERROR)
                    say(w->o, it->path, it->what);
                else if (the_cache)
                    cache_warn(the_cache, it->what);
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
        if (cancelled(w)) {
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

static void pool_message(walker *w, const char *path, const char *what)
{
    job *j = pool_add(w, path, 0, 0);
    if (!j)
        return;
    j->first = j->last = message_item(ITEM_ERROR, path, what);
    j->res.errors = 1;
    pool_publish(w->pool);
}

/* Loads the file at path: by a worker when there are workers (handed
 * over in its turn), else here. */
static void take_file(walker *w, const char *path, int follow)
{
    if (!w->pool || cancelled(w)) {
        if (!cancelled(w))
            load_file(w, path, follow);
        return;
    }
    if (pool_add(w, path, follow, 1))
        pool_publish(w->pool);
}

/* A pool of n workers for the walk w (NULL when n < 2 or no thread can be
 * started: then everything loads in w's thread). */
static pool *pool_start(const load_opts *o, int n)
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
static void pool_finish(walker *w)
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

/* Named like a report: the formats read, and those named as not
 * supported (.doc, .wps, .ofd) so that the user hears of them. */
static int has_report_suffix(const char *name)
{
    static const char *const sfx[] = {".txt",   ".md",   ".markdown", ".csv",
                                      ".htm",   ".html", ".text",     ".shtml",
                                      ".mht",   ".mhtml", ".docx",    ".pdf",
                                      ".doc",   ".wps",  ".ofd"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
        size_t k = strlen(sfx[i]);
        if (n > k && strcasecmp(name + n - k, sfx[i]) == 0)
            return 1;
    }
    return 0;
}

/* True when the first FORMAT_SNIFF bytes of the regular file at path
 * (opened without following a link, without blocking), and for a zip its
 * last FORMAT_ZIP_EDGE (where its entries are named), say it is a format
 * read as a report (format_is_report: a PDF, a page or a Word document
 * without its extension). Cannot fail: 0 when it cannot be read. */
static int sniffs_like_report(const char *path)
{
    char head[FORMAT_SNIFF];
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC |
                            O_NOFOLLOW);
    if (fd < 0)
        return 0;
    struct stat st;
    size_t n = 0, nt = 0;
    char *tail = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        n = read_upto(fd, head, 0, sizeof head, NULL);
    if (n != (size_t)-1 && n >= 4 && memcmp(head, "PK\3\4", 4) == 0) {
        off_t at = st.st_size > FORMAT_ZIP_EDGE ? st.st_size - FORMAT_ZIP_EDGE : 0;
        tail = xmalloc(FORMAT_ZIP_EDGE);
        ssize_t k = pread(fd, tail, FORMAT_ZIP_EDGE, at);
        nt = k > 0 ? (size_t)k : 0;
    }
    close(fd);
    int yes = n != (size_t)-1 && n &&
              format_is_report(format_sniff_ends(head, n, tail, nt));
    free(tail);
    return yes;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_path(walker *w, const char *path, int explicit_file);

static int enter_dir(walker *w, const struct stat *st)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return 0;
    if (w->nseen == w->capseen) {
        w->capseen = w->capseen ? w->capseen * 2 : 16;
        w->seen = xrealloc(w->seen, w->capseen * sizeof *w->seen);
    }
    w->seen[w->nseen++] = (dir_id){st->st_dev, st->st_ino};
    return 1;
}

/* Loads a folder's entries in name order, so output is stable. */
static void load_dir(walker *w, const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        complain(w, path, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        names = xgrow(names, &cap, n, sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    size_t plen = strlen(path);
    for (size_t i = 0; i < n; i++) {
        size_t len = plen + strlen(names[i]) + 2;
        char *child = xmalloc(len);
        snprintf(child, len, "%s%s%s", path,
                 plen && path[plen - 1] == '/' ? "" : "/", names[i]);
        load_path(w, child, 0);
        free(child);
        free(names[i]);
    }
    free(names);
}

/* Loads what path names: standard input, a file, or a folder walked.
 * explicit_file: the user named it, so links are followed and anything
 * that is not a file or folder is named; in a walk a link is followed as
 * well (never twice into one folder), an entry that is no link is opened
 * with O_NOFOLLOW, and an entry named like a report (has_report_suffix)
 * that is a folder, FIFO, socket or device is named and left alone; a
 * file named otherwise is loaded when its first bytes say it is a report
 * (sniffs_like_report). */
static void load_path(walker *w, const char *path, int explicit_file)
{
    struct stat st, lst;
    if (cancelled(w))
        return;
    if (explicit_file && strcmp(path, "-") == 0) {
        take_file(w, path, 1); /* standard input */
        return;
    }
    int link = !explicit_file && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
    if (stat(path, &st) != 0) {
        complain(w, path, errno == ELOOP ? "symbolic link loop"
                                         : strerror(errno));
        return;
    }
    int report = explicit_file || has_report_suffix(path);
    if (S_ISDIR(st.st_mode) && (explicit_file || !report)) {
        if (enter_dir(w, &st))
            load_dir(w, path);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        if (report) {
            char msg[96];
            snprintf(msg, sizeof msg, "%s, not a regular file%s",
                     kind_of(st.st_mode),
                     S_ISDIR(st.st_mode) ? " (named like a report: not entered)" : "");
            complain(w, path, msg);
        }
        return;
    }
    if (report || sniffs_like_report(path))
        take_file(w, path, explicit_file || link);
}

load_result load_paths_with(char *const *paths, size_t npaths,
                            const load_opts *o)
{
    walker w = {o, {0, 0, 0}, NULL, 0, 0, pool_start(o, jobs_wanted())};
    for (size_t i = 0; i < npaths && !cancelled(&w); i++)
        load_path(&w, paths[i], 1);
    if (w.pool)
        pool_finish(&w);
    free(w.seen);
    return w.res;
}

load_result load_paths(char *const *paths, size_t npaths, pipeline_doc_fn fn,
                       void *ctx)
{
    load_opts o = {fn, ctx, NULL, NULL, 0};
    return load_paths_with(paths, npaths, &o);
}
