/* load.c — walking paths and reading files into the pipeline (see
 * load.h). */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"

#ifndef BAOGAO_REPORTS_DIR
#define BAOGAO_REPORTS_DIR "assets/reports"
#endif

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct walker {
    const load_opts *o;
    load_result res;
    dir_id *seen; /* folders entered, against link loops */
    size_t nseen, capseen;
} walker;

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

const char *load_bundled_dir(void)
{
    const char *env = getenv("BAOGAO_REPORTS");
    return env && *env ? env : BAOGAO_REPORTS_DIR;
}

static void complain(walker *w, const char *path, const char *what)
{
    if (w->o->error)
        w->o->error(w->o->ctx, path, what);
    else
        fprintf(stderr, "baogao: %s: %s\n", path, what);
    w->res.errors++;
}

static int cancelled(const walker *w)
{
    return cancel_raised(w->o->cancel);
}

/* Bytes read at a time, with a look at the cancel flag between two
 * reads: 4 MiB is a few milliseconds from the page cache. */
enum { READ_CHUNK = 4 << 20 };

/* Reads fd to its end into a buffer sized for `size` bytes (what fstat
 * said), growing only if the file grew meanwhile, up to LOAD_MAX_FILE;
 * stops (NULL, *err "cancelled") once *cancel is raised. */
static char *read_fd(int fd, size_t size, size_t *n, const char **err,
                     const cancel_flag *cancel)
{
    size_t cap = size + 1, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cancel_raised(cancel)) {
            *err = "cancelled";
            free(buf);
            return NULL;
        }
        size_t room = cap - 1 - len;
        room = room > READ_CHUNK ? READ_CHUNK : room;
        char probe;
        ssize_t k = room ? read(fd, buf + len, room) : read(fd, &probe, 1);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (k < 0) {
                *err = strerror(errno);
                free(buf);
                return NULL;
            }
            break;
        }
        if (!room) {
            if (cap > LOAD_MAX_FILE) {
                *err = "file too large (over 1 GiB)";
                free(buf);
                return NULL;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
            buf[len] = probe;
        }
        len += (size_t)k;
    }
    buf[len] = '\0';
    *n = len;
    return buf;
}

/* Reads the whole regular file at path, at most LOAD_MAX_FILE bytes. */
static char *read_file(const char *path, size_t *n, const char **err,
                       const cancel_flag *cancel)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = strerror(errno);
        return NULL;
    }
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        *err = "not a regular file";
    else if ((unsigned long long)st.st_size > LOAD_MAX_FILE)
        *err = "file too large (over 1 GiB)";
    else
        buf = read_fd(fd, (size_t)st.st_size, n, err, cancel);
    close(fd);
    return buf;
}

static void load_file(walker *w, const char *path)
{
    size_t n = 0;
    const char *err = NULL;
    const cancel_flag *c = w->o->cancel;
    char *bytes = strcmp(path, "-") == 0
                      ? read_fd(STDIN_FILENO, 65536, &n, &err, c)
                      : read_file(path, &n, &err, c);
    if (!bytes) {
        if (!cancelled(w)) /* a stop is no failure of the file */
            complain(w, path, err);
        return;
    }
    w->res.files++;
    long docs = pipeline_file(path, bytes, n, w->o->fn, w->o->ctx, c, &err);
    free(bytes);
    if (docs >= 0)
        w->res.docs += (size_t)docs;
    else if (docs != PIPELINE_CANCELLED)
        complain(w, path, err);
}

static int has_report_suffix(const char *name)
{
    static const char *const sfx[] = {".txt", ".md", ".markdown", ".csv",
                                      ".htm", ".html", ".text"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
        size_t k = strlen(sfx[i]);
        if (n > k && strcasecmp(name + n - k, sfx[i]) == 0)
            return 1;
    }
    return 0;
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

static void load_path(walker *w, const char *path, int explicit_file)
{
    struct stat st;
    if (cancelled(w))
        return;
    if (explicit_file && strcmp(path, "-") == 0) {
        load_file(w, path); /* standard input */
        return;
    }
    if (stat(path, &st) != 0) {
        complain(w, path, errno == ELOOP ? "symbolic link loop"
                                         : strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        if (enter_dir(w, &st))
            load_dir(w, path);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        if (explicit_file)
            complain(w, path, "not a regular file");
        return;
    }
    if (explicit_file || has_report_suffix(path))
        load_file(w, path);
}

load_result load_paths_with(char *const *paths, size_t npaths,
                            const load_opts *o)
{
    walker w = {o, {0, 0, 0}, NULL, 0, 0};
    for (size_t i = 0; i < npaths && !cancelled(&w); i++)
        load_path(&w, paths[i], 1);
    free(w.seen);
    return w.res;
}

load_result load_paths(char *const *paths, size_t npaths, pipeline_doc_fn fn,
                       void *ctx)
{
    load_opts o = {fn, ctx, NULL, NULL};
    return load_paths_with(paths, npaths, &o);
}
