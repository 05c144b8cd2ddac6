/* load.c — walking paths and reading files into the pipeline (see
 * load.h): the walk in the caller's thread; each file read (with bounds,
 * through the cache) and parsed here or by the pool of workers of
 * load_pool.c, which hands what they make over in the walk's order. */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
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

#include "load_impl.h"

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
void load_say(const load_opts *o, const char *path, const char *what)
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
        load_pool_message(w, path, what);
        return;
    }
    load_say(w->o, path, what);
    w->res.errors++;
}

int load_cancelled(const walker *w)
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
 * its size is read or allocated (a file no longer than them is left to
 * the pipeline, which makes the same test first and refuses it with the
 * same message). */
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
     * refused here. Nor is a file read whole already (most reports): the
     * pipeline makes the same test of the same bytes, once, before it
     * looks at the file's name. */
    int more = len == want && want != size;
    if (more && format_is_unnamed_binary(buf, len))
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

cache *load_cache(void)
{
    return the_cache;
}

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

/* How deep o's files are parsed. */
static pipeline_depth load_depth(const load_opts *o)
{
    return o->no_indicators ? PIPELINE_NO_INDICATORS : PIPELINE_ALL;
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
    pipeline_depth depth = load_depth(w->o);
    if (!c)
        return pipeline_file_owned_to(path, bytes, n, depth, w->o->fn,
                                      w->o->ctx, cancel, err);
    cache_key key = cache_key_of(path, bytes, n);
    long docs = cache_find(c, key, n, path, note ? NULL : st, depth,
                           w->o->fn, w->o->ctx, err);
    if (docs != CACHE_MISS) {
        free(bytes);
        return docs;
    }
    caching k = {w->o, note ? NULL : cache_entry_new(c, key, n, st), key};
    docs = pipeline_file_owned_to(path, bytes, n, depth, cache_and_pass, &k,
                                  cancel, err);
    if (docs == PIPELINE_CANCELLED)
        cache_entry_drop(k.entry);
    else
        cache_entry_commit(k.entry, docs < 0 ? *err : NULL);
    return docs;
}

/* Loads the file at path ("-": standard input, a pipe is fine there,
 * never cached); follow as for open_regular. A file the cache knows by
 * its identity is not read at all. */
static void load_file_as(walker *w, const char *path, int follow)
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
            (docs = cache_find_file(cc, path, &st, load_depth(w->o), w->o->fn,
                                    w->o->ctx, &err)) != CACHE_MISS) {
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
        if (!load_cancelled(w)) /* a stop is no failure of the file */
            complain(w, path, err);
        return;
    }
    if (note)
        complain(w, path, note);
    w->res.files++;
    docs = strcmp(path, "-") == 0
               ? pipeline_file_owned_to(path, bytes, n, load_depth(w->o),
                                        w->o->fn, w->o->ctx, c, &err)
               : parse_cached(w, path, &st, bytes, n, note, &err);
    if (docs >= 0)
        w->res.docs += (size_t)docs;
    else if (docs != PIPELINE_CANCELLED)
        complain(w, path, err);
}

/* A document on its way to the caller: prepared first (ctx: the
 * caller's options). */
static void prepare_and_pass(void *ctx, doc *d)
{
    const load_opts *o = ctx;
    o->prepare(d, o->cancel);
    o->fn(o->ctx, d);
}

/* A message about a file on its way to the caller (ctx: the caller's
 * options). */
static void pass_error(void *ctx, const char *path, const char *what)
{
    load_say(ctx, path, what);
}

void load_file(walker *w, const char *path, int follow)
{
    const load_opts *o = w->o;
    if (!o->prepare) {
        load_file_as(w, path, follow);
        return;
    }
    load_opts po = *o;
    po.fn = prepare_and_pass;
    po.error = pass_error;
    po.ctx = (void *)o; /* both pass it the caller's own */
    w->o = &po;
    load_file_as(w, path, follow);
    w->o = o;
}

/* Loads the file at path: by a worker when there are workers (handed
 * over in its turn), else here. */
static void take_file(walker *w, const char *path, int follow)
{
    if (!w->pool || load_cancelled(w)) {
        if (!load_cancelled(w))
            load_file(w, path, follow);
        return;
    }
    load_pool_file(w, path, follow);
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

/* A folder's entry: its name, and its type as readdir told it (DT_UNKNOWN
 * where the filesystem does not say). */
typedef struct dir_entry {
    char *name;
    unsigned char type;
} dir_entry;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(((const dir_entry *)a)->name, ((const dir_entry *)b)->name);
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
    dir_entry *names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        names = xgrow(names, &cap, n, sizeof *names);
        names[n++] = (dir_entry){xstrdup(e->d_name), e->d_type};
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    size_t plen = strlen(path);
    for (size_t i = 0; i < n; i++) {
        size_t len = plen + strlen(names[i].name) + 2;
        char *child = xmalloc(len);
        snprintf(child, len, "%s%s%s", path,
                 plen && path[plen - 1] == '/' ? "" : "/", names[i].name);
        /* A regular file named like a report (most entries) is opened
         * at once: load_path's lstat and stat would say what readdir
         * said, and open_regular checks the descriptor it opens anyway
         * (O_NOFOLLOW, then fstat). */
        if (names[i].type == DT_REG && has_report_suffix(child)) {
            if (!load_cancelled(w))
                take_file(w, child, 0);
        } else
            load_path(w, child, 0);
        free(child);
        free(names[i].name);
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
    if (load_cancelled(w))
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
    walker w = {o, {0, 0, 0}, NULL, 0, 0, load_pool_start(o, load_jobs_wanted())};
    for (size_t i = 0; i < npaths && !load_cancelled(&w); i++)
        load_path(&w, paths[i], 1);
    if (w.pool)
        load_pool_finish(&w);
    free(w.seen);
    return w.res;
}

load_result load_paths(char *const *paths, size_t npaths, pipeline_doc_fn fn,
                       void *ctx)
{
    load_opts o = {fn, ctx, NULL, NULL, 0, NULL, 0};
    return load_paths_with(paths, npaths, &o);
}
