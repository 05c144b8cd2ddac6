/* history.c — search history in the XDG state folder (see history.h). */
#include "history.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"

/* The history file's path into buf (the folder made when make is set);
 * 0 when there is no HOME nor XDG_STATE_HOME. */
static int history_path(char *buf, size_t len, int make)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    char dir[4096];
    if (state && *state)
        snprintf(dir, sizeof dir, "%s/baogao", state);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.local/state/baogao", home);
    else
        return 0;
    if (make) {
        char parent[4096];
        snprintf(parent, sizeof parent, "%s", dir);
        for (char *p = parent + 1; *p; p++)
            if (*p == '/') {
                *p = '\0';
                mkdir(parent, 0700);
                *p = '/';
            }
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            return 0;
    }
    snprintf(buf, len, "%s/history", dir);
    return 1;
}

static void push(history *h, const char *q)
{
    if (h->n == HISTORY_MAX) {
        free(h->q[0]);
        memmove(h->q, h->q + 1, (HISTORY_MAX - 1) * sizeof *h->q);
        h->n--;
    }
    h->q[h->n++] = xstrdup(q);
}

void history_begin(history *h)
{
    if (!h->loaded) {
        h->loaded = 1;
        char path[4200], line[1024];
        FILE *f = history_path(path, sizeof path, 0) ? fopen(path, "r") : NULL;
        while (f && fgets(line, sizeof line, f)) {
            line[strcspn(line, "\n")] = '\0';
            if (*line)
                push(h, line);
        }
        if (f)
            fclose(f);
    }
    h->at = h->n;
}

void history_add(history *h, const char *q)
{
    if (!*q || (h->n && strcmp(h->q[h->n - 1], q) == 0) || strchr(q, '\n'))
        return;
    push(h, q);
    char path[4200];
    FILE *f = history_path(path, sizeof path, 1) ? fopen(path, "w") : NULL;
    for (size_t i = 0; f && i < h->n; i++)
        fprintf(f, "%s\n", h->q[i]);
    if (f)
        fclose(f);
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
    memset(h, 0, sizeof *h);
}
