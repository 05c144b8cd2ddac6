/* verb_tui.c — `baogao [PATH...]` with no verb: the terminal UI. The
 * reports are loaded by a second thread into a corpus the UI shows as it
 * fills (first paint does not wait for thousands of files), each folded
 * and given its pairing signature by the parse worker that made it; when
 * all are in, near-duplicates are paired on a copy of the document list
 * and the result handed over under the lock; then the folds are indexed
 * for the search view (on every core), also in the background. When the UI ends
 * (a key, a signal, the terminal gone) it raises the loader's cancel
 * flag: every step of the loader looks at it every few milliseconds, so
 * the join is quick at any moment of loading. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "corpus.h"
#include "load.h"
#include "out.h"
#include "sbuf.h"
#include "tui.h"
#include "utf8.h"
#include "verbs.h"
#include "wordbreak.h"

typedef struct loader {
    pthread_mutex_t mu;
    corpus docs;          /* shared with the UI, under mu */
    const options *o;
    char **paths;         /* the paths the loader reads ("-" read before) */
    size_t npaths;
    cancel_flag cancel;   /* the UI quit: stop whatever the loader does */
    int done, read_all;
    folded *folds;        /* every document folded, once paired */
    search_index *index;  /* over folds: the search view's */
    cache_corpus *cached; /* the cache's entry index points into, or NULL */
    size_t files, errors;
    char last[160];       /* the last failure */
} loader;

static void add_doc(void *ctx, doc *d)
{
    loader *l = ctx;
    pthread_mutex_lock(&l->mu);
    corpus_add(&l->docs, d);
    l->files++;
    pthread_mutex_unlock(&l->mu);
}

/* Failures go to the status line, not to stderr under the UI; the last
 * is kept cut at a character boundary. */
static void on_error(void *ctx, const char *path, const char *what)
{
    loader *l = ctx;
    sbuf m = {0};
    sbuf_printf(&m, "%s: %s", path, what);
    size_t k = utf8_cut(m.p, m.len, sizeof l->last - 1);
    pthread_mutex_lock(&l->mu);
    l->errors++;
    memcpy(l->last, m.p, k);
    l->last[k] = '\0';
    pthread_mutex_unlock(&l->mu);
    sbuf_free(&m);
}

/* The cache's warnings (a damaged entry, a full disk) go to the status
 * line as well, not to stderr under the UI. */
static void on_cache_warn(void *ctx, const char *msg)
{
    loader *l = ctx;
    size_t k = utf8_cut(msg, strlen(msg), sizeof l->last - 1);
    pthread_mutex_lock(&l->mu);
    memcpy(l->last, msg, k);
    l->last[k] = '\0';
    pthread_mutex_unlock(&l->mu);
}

/* Pairs near-duplicates without holding the lock: documents do not change
 * once parsed, so a copy of the list is enough. */
static void pair_duplicates(loader *l)
{
    pthread_mutex_lock(&l->mu);
    l->read_all = 1;
    corpus snap;
    corpus_init(&snap);
    for (size_t i = 0; i < l->docs.n; i++)
        corpus_add(&snap, l->docs.docs[i]);
    pthread_mutex_unlock(&l->mu);
    corpus_find_duplicates(&snap, &l->cancel);
    pthread_mutex_lock(&l->mu);
    free(l->docs.duplicate_of);
    free(l->docs.similarity);
    l->docs.duplicate_of = snap.duplicate_of;
    l->docs.similarity = snap.similarity;
    l->done = 1;
    pthread_mutex_unlock(&l->mu);
    free(snap.docs); /* the documents themselves stay l->docs' */
}

/* The folds of every document: the ones they keep (the cache's, or made
 * when they were cached), else made here; NULL when stopped. */
static folded *fold_all(loader *l, size_t n)
{
    folded *f = xcalloc(n + 1, sizeof *f);
    for (size_t i = 0; i < n && !cancel_raised(&l->cancel); i++) {
        const doc *d = l->docs.docs[i];
        if (d->fold.s)
            f[i] = d->fold;
        else
            fold_text_until(d->clean.bytes, d->clean.len, &f[i], &l->cancel);
    }
    return f;
}

/* Folds and indexes every document for the search view, without the
 * lock (documents do not change), then publishes both (the UI shows
 * "indexing" until then). */
static void index_all(loader *l)
{
    size_t n = l->docs.n; /* stable: loading is over */
    folded *f = fold_all(l, n);
    search_index *ix = NULL;
    if (!cancel_raised(&l->cancel))
        ix = index_build_jobs(f, n, load_jobs_wanted(), &l->cancel);
    pthread_mutex_lock(&l->mu);
    l->folds = f;
    l->index = ix;
    pthread_mutex_unlock(&l->mu);
}

/* A corpus the cache has seen as it is now (the same reports in the same
 * order): its pairing and index from the cache, published at once.
 * Returns 1 then, 0 when there is none. */
static int from_cache(loader *l, cache_key key)
{
    size_t n = l->docs.n; /* stable: loading is over */
    int *dup = xcalloc(n + 1, sizeof *dup);
    double *sim = xcalloc(n + 1, sizeof *sim);
    search_index *ix = NULL;
    cache_corpus *k = cache_find_corpus(l->o->cache, key, n, &ix, dup, sim);
    if (!k) {
        free(dup);
        free(sim);
        return 0;
    }
    if (ix) /* its pinyin queries on as many threads as a built one's */
        index_set_jobs(ix, load_jobs_wanted());
    folded *f = fold_all(l, n);
    pthread_mutex_lock(&l->mu);
    l->read_all = 1;
    free(l->docs.duplicate_of);
    free(l->docs.similarity);
    l->docs.duplicate_of = dup;
    l->docs.similarity = sim;
    l->done = 1;
    l->folds = f;
    l->index = ix;
    l->cached = k;
    pthread_mutex_unlock(&l->mu);
    return 1;
}

/* What the loader's thread does next with each document, done in the
 * worker that parsed it: its fold for search and its pairing signature
 * (the loader's thread then only pairs and indexes). */
static void prepare_doc(doc *d, const cancel_flag *cancel)
{
    doc_fold_until(d, cancel);
    corpus_pairs_prepare(d, CORPUS_PAIRS_BORROW, cancel);
}

static void *load_all(void *p)
{
    loader *l = p;
    load_opts lo = {add_doc, l, on_error, &l->cancel, 0, prepare_doc, 0};
    load_paths_with(l->paths, l->npaths, &lo);
    cache_key key;
    int keyed = !cancel_raised(&l->cancel) && l->o->cache &&
                cache_corpus_key(l->docs.docs, l->docs.n, &key);
    if (keyed && from_cache(l, key))
        return NULL;
    pair_duplicates(l);
    index_all(l);
    if (keyed && l->index && !cancel_raised(&l->cancel))
        cache_store_corpus(l->o->cache, key, l->index, l->docs.duplicate_of,
                           l->docs.similarity, l->docs.n);
    return NULL;
}

static void lock(void *ctx)
{
    pthread_mutex_lock(&((loader *)ctx)->mu);
}

static void unlock(void *ctx)
{
    pthread_mutex_unlock(&((loader *)ctx)->mu);
}

/* Called with the lock held. */
static int progress(void *ctx, size_t *files, size_t *errors, int *read_all,
                    char *last, size_t len)
{
    loader *l = ctx;
    *files = l->files;
    *errors = l->errors;
    *read_all = l->read_all;
    snprintf(last, len, "%s", l->last);
    return l->done;
}

/* `baogao -` in the terminal: the report piped in is read now, before
 * the UI starts, and keys then come from the terminal (/dev/tty), as less
 * does; with the terminal itself on standard input there is nothing to
 * read. Returns 0, or the exit status of a refusal (said on stderr). The
 * other paths are left in l->paths for the loader. */
static int take_stdin(loader *l, const options *o)
{
    size_t dash = 0;
    l->paths = xcalloc(o->npaths + 1, sizeof *l->paths);
    for (size_t i = 0; i < o->npaths; i++) {
        if (strcmp(o->paths[i], "-") == 0)
            dash++;
        else
            l->paths[l->npaths++] = o->paths[i];
    }
    if (!dash)
        return 0;
    if (isatty(STDIN_FILENO)) {
        out_error("- reads a report from standard input, which is the "
                  "terminal here: pipe one in (… | baogao -) or name the "
                  "files");
        return 2;
    }
    char *stdin_path[] = {"-"};
    load_opts lo = {add_doc, l, on_error, &l->cancel, 0, prepare_doc, 0};
    load_paths_with(stdin_path, 1, &lo);
    int tty = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0 || dup2(tty, STDIN_FILENO) < 0) {
        out_error("the report was read from standard input, but there is "
                  "no terminal (/dev/tty) for the keys");
        if (tty >= 0)
            close(tty);
        return 1;
    }
    close(tty);
    return 0;
}

/* Starts the loader thread with the signals the UI handles blocked in
 * it, so the UI's thread gets them: its poll wakes on EINTR and it quits
 * at once (taken by the loader, a signal would be seen only when the
 * poll times out: a second, once loading is over). A new thread takes
 * its creator's mask; this one's is set back after. Returns 0, or -1
 * when the thread cannot be started. */
static int start_loader(pthread_t *th, loader *l)
{
    static const int ui_signals[] = {SIGINT,  SIGTERM, SIGHUP, SIGWINCH,
                                     SIGTSTP, SIGCONT, SIGQUIT};
    sigset_t blocked, old;
    sigemptyset(&blocked);
    for (size_t i = 0; i < sizeof ui_signals / sizeof ui_signals[0]; i++)
        sigaddset(&blocked, ui_signals[i]);
    pthread_sigmask(SIG_BLOCK, &blocked, &old);
    int r = pthread_create(th, NULL, load_all, l);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r == 0 ? 0 : -1;
}

int verb_tui(const options *o)
{
    static loader l; /* one UI per process */
    memset(&l, 0, sizeof l);
    atomic_init(&l.cancel, 0);
    pthread_mutex_init(&l.mu, NULL);
    corpus_init(&l.docs);
    l.o = o;
    int refused = take_stdin(&l, o);
    if (refused) {
        free(l.paths);
        corpus_free(&l.docs);
        pthread_mutex_destroy(&l.mu);
        return refused;
    }
    cache_set_warn(o->cache, on_cache_warn, &l);
    pthread_t th;
    if (start_loader(&th, &l) != 0) {
        out_error("cannot start the loader thread");
        return 1;
    }
    tui_source src = {&l.docs, &l.folds, &l.index, &l, lock, unlock, progress,
                      wordbreak_find};
    tui_opts t = {o->color, o->mouse, o->ambiwide, o->looks};
    char err[256] = "";
    int status = tui_run(&src, &t, err, sizeof err);
    cancel_raise(&l.cancel);
    pthread_join(th, NULL);
    cache_set_warn(o->cache, NULL, NULL);
    if (err[0])
        out_error("%s", err);
    if (status == 0 && !l.docs.n && l.errors) {
        out_error("no report could be loaded (%s)", l.last);
        status = 1;
    }
    index_free(l.index);
    cache_corpus_free(l.cached);
    for (size_t i = 0; l.folds && i < l.docs.n; i++)
        if (l.folds[i].s && l.folds[i].s != l.docs.docs[i]->fold.s)
            fold_free(&l.folds[i]);
    free(l.folds);
    corpus_free(&l.docs);
    free(l.paths);
    pthread_mutex_destroy(&l.mu);
    return status;
}
