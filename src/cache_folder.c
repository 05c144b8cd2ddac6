/* cache_folder.c — the cache folder as a whole (see cache.h): every
 * build's entries listed, the least recently used evicted under the cap,
 * what cache info prints, cache clear. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache_impl.h"

/* One file of the cache, for eviction and info. */
typedef struct cfile {
    char *path; /* relative to the root */
    size_t size;
    time_t used;
} cfile;

typedef struct walk {
    cfile *f;
    size_t n, cap;
    size_t links, current;
} walk;

/* Every entry (and, with links, identity link and temporary file) under
 * root/ns/c and root/ns/s for each build ns. */
static void list_files(cache *c, walk *w, int links)
{
    int root = open(c->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = root >= 0 ? fdopendir(root) : NULL;
    if (!d) {
        if (root >= 0)
            close(root);
        return;
    }
    struct dirent *b;
    while ((b = readdir(d))) {
        if (strncmp(b->d_name, "b-", 2) != 0)
            continue;
        static const char *const subs[] = {"c", "s", "."};
        for (int s = 0; s < 3; s++) {
            char sub[320];
            snprintf(sub, sizeof sub, "%s/%s", b->d_name, subs[s]);
            int fd = openat(dirfd(d), sub, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            DIR *e = fd >= 0 ? fdopendir(fd) : NULL;
            if (!e) {
                if (fd >= 0)
                    close(fd);
                continue;
            }
            struct dirent *x;
            while ((x = readdir(e))) {
                int tmp = strncmp(x->d_name, ".tmp.", 5) == 0;
                if (x->d_name[0] == '.' && !tmp)
                    continue;
                if (s == 2 && !tmp)
                    continue; /* the build folder's own: c, s */
                struct stat st;
                if (fstatat(dirfd(e), x->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                if (s == 1 && !links) {
                    w->links++;
                    continue;
                }
                if (s == 0 && strcmp(b->d_name, c->ns) == 0)
                    w->current++;
                if (tmp && time(NULL) - st.st_mtime < STALE_TMP)
                    continue; /* being written */
                w->f = xgrow(w->f, &w->cap, w->n, sizeof *w->f);
                sbuf p = {0};
                sbuf_printf(&p, "%s/%s", sub, x->d_name);
                w->f[w->n++] = (cfile){p.p, s == 0 ? (size_t)st.st_size : 0,
                                       tmp ? 0 : st.st_mtime};
            }
            closedir(e);
        }
    }
    closedir(d);
}

static void walk_free(walk *w)
{
    for (size_t i = 0; i < w->n; i++)
        free(w->f[i].path);
    free(w->f);
}

static int by_use(const void *a, const void *b)
{
    const cfile *x = a, *y = b;
    return (x->used > y->used) - (x->used < y->used);
}

/* Removes the least recently used entries until the cache is at most 90%
 * of its cap, and the identity links that lead nowhere. */
void cache_evict(cache *c)
{
    walk w = {0};
    list_files(c, &w, 0);
    size_t total = 0;
    for (size_t i = 0; i < w.n; i++)
        total += w.f[i].size;
    int root = open(c->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (total > c->cap && root >= 0) {
        qsort(w.f, w.n, sizeof *w.f, by_use);
        for (size_t i = 0; i < w.n && total > c->cap / 10 * 9; i++)
            if (unlinkat(root, w.f[i].path, 0) == 0)
                total -= w.f[i].size;
        walk_free(&w);
        memset(&w, 0, sizeof w);
        list_files(c, &w, 1);
        for (size_t i = 0; i < w.n; i++) {
            char target[64], at[400];
            ssize_t k = readlinkat(root, w.f[i].path, target, sizeof target - 1);
            if (k <= 0 || strstr(w.f[i].path, "/s/") == NULL)
                continue;
            target[k] = '\0';
            /* the link's build folder, then its target */
            const char *slash = strchr(w.f[i].path, '/');
            snprintf(at, sizeof at, "%.*s/%s", (int)(slash - w.f[i].path), w.f[i].path,
                     target);
            if (faccessat(root, at, F_OK, AT_SYMLINK_NOFOLLOW) != 0)
                unlinkat(root, w.f[i].path, 0);
        }
    }
    if (root >= 0)
        close(root);
    walk_free(&w);
}

const char *cache_dir(const cache *c)
{
    return c->root;
}

void cache_get_stats(cache *c, cache_stats *s)
{
    memset(s, 0, sizeof *s);
    snprintf(s->dir, sizeof s->dir, "%s", c->root);
    walk w = {0};
    list_files(c, &w, 0);
    for (size_t i = 0; i < w.n; i++)
        if (w.f[i].used) {
            s->entries++;
            s->bytes += w.f[i].size;
        }
    s->current = w.current;
    s->links = w.links;
    s->cap = c->cap;
    walk_free(&w);
}

long cache_clear(cache *c)
{
    int root = open(c->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0)
        return -1;
    walk w = {0};
    list_files(c, &w, 1);
    long removed = 0;
    for (size_t i = 0; i < w.n; i++)
        removed += unlinkat(root, w.f[i].path, 0) == 0;
    close(root);
    walk_free(&w);
    return removed;
}
