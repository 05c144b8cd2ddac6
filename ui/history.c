/* history.c — search history in the XDG state folder (see history.h):
 * read without following a link, written whole to a temporary file that
 * is renamed over the old one (mode 0600), merged with what another
 * instance wrote meanwhile. */
#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"

enum { FILE_MAX = 1 << 20 }; /* bytes of the history file read at most */

/* The state folder: $XDG_STATE_HOME/baogao when that is an absolute path
 * (the XDG spec ignores a relative one), else $HOME/.local/state/baogao;
 * made (mode 0700) when make is set. 0 when there is none. */
static int state_dir(char *dir, size_t len, int make)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    if (state && state[0] == '/')
        snprintf(dir, len, "%s/baogao", state);
    else if (home && home[0] == '/')
        snprintf(dir, len, "%s/.local/state/baogao", home);
    else
        return 0;
    if (!make)
        return 1;
    for (char *p = dir + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(dir, 0700);
            *p = '/';
        }
    return mkdir(dir, 0700) == 0 || errno == EEXIST;
}

/* Appends q (copied), the oldest dropped when full. */
static void history_push(history *h, const char *q)
{
    if (h->n == HISTORY_MAX) {
        free(h->q[0]);
        memmove(h->q, h->q + 1, (HISTORY_MAX - 1) * sizeof *h->q);
        h->n--;
    }
    h->q[h->n++] = xstrdup(q);
}

/* The queries of the history file into h (emptied first): one a line,
 * lines longer than HISTORY_LINE_MAX left out whole, the newest
 * HISTORY_MAX kept. A missing, unreadable or odd file (a link, a FIFO) is
 * an empty history. */
static void read_file(history *h, const char *path)
{
    history_free(h);
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0)
        return;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return;
    }
    char *buf = xmalloc(FILE_MAX + 1);
    size_t n = 0;
    ssize_t k;
    while (n < FILE_MAX && (k = read(fd, buf + n, FILE_MAX - n)) > 0)
        n += (size_t)k;
    close(fd);
    buf[n] = '\0';
    for (char *line = buf; line < buf + n;) {
        char *end = memchr(line, '\n', (size_t)(buf + n - line));
        if (!end)
            break; /* a last line cut by the size bound, or unfinished */
        *end = '\0';
        if (*line && (size_t)(end - line) <= HISTORY_LINE_MAX)
            history_push(h, line);
        line = end + 1;
    }
    free(buf);
}

/* Writes h's queries to path through a temporary file in the same folder
 * renamed over it; a failure leaves the old file as it was. */
static void write_file(const history *h, const char *dir, const char *path)
{
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s/.history.XXXXXX", dir);
    int fd = mkstemp(tmp); /* 0600, O_EXCL: never someone else's file */
    if (fd < 0)
        return;
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(tmp);
        return;
    }
    for (size_t i = 0; i < h->n; i++)
        fprintf(f, "%s\n", h->q[i]);
    int ok = fflush(f) == 0 && fsync(fd) == 0;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, path) != 0)
        unlink(tmp);
}

void history_begin(history *h)
{
    char dir[4096], path[4200];
    if (!h->loaded && state_dir(dir, sizeof dir, 0)) {
        snprintf(path, sizeof path, "%s/history", dir);
        read_file(h, path);
    }
    h->loaded = 1;
    h->at = h->n;
}

void history_add(history *h, const char *q)
{
    size_t len = strlen(q);
    if (!len || len > HISTORY_LINE_MAX || memchr(q, '\n', len))
        return;
    char dir[4096], path[4200];
    if (!state_dir(dir, sizeof dir, 1)) {
        if (!h->n || strcmp(h->q[h->n - 1], q) != 0)
            history_push(h, q); /* kept for this session only */
        return;
    }
    snprintf(path, sizeof path, "%s/history", dir);
    read_file(h, path); /* what other instances added meanwhile */
    for (size_t i = 0; i < h->n; i++)
        if (strcmp(h->q[i], q) == 0) { /* once, as the newest */
            free(h->q[i]);
            memmove(h->q + i, h->q + i + 1, (h->n - i - 1) * sizeof *h->q);
            h->n--;
            break;
        }
    history_push(h, q);
    write_file(h, dir, path);
    h->loaded = 1;
    h->at = h->n;
}

const char *history_step(history *h, int dir)
{
    if (dir < 0) {
        if (!h->at)
            return NULL;
        return h->q[--h->at];
    }
    if (h->at < h->n)
        h->at++;
    return h->at < h->n ? h->q[h->at] : "";
}

void history_free(history *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->q[i]);
    h->n = 0;
    h->at = 0;
}
