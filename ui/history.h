/* history.h — the search prompt's history: the queries searched before,
 * kept in $XDG_STATE_HOME/baogao/history (~/.local/state/…), newest last,
 * browsed with ↑/↓. Never anything next to the reports. */
#ifndef BAOGAO_HISTORY_H
#define BAOGAO_HISTORY_H

#include <stddef.h>

enum { HISTORY_MAX = 200 };

typedef struct history {
    char *q[HISTORY_MAX]; /* oldest first */
    size_t n;
    size_t at;            /* browsing position; n: past the newest */
    int loaded;
} history;

/* Reads the history file once (a missing or unreadable file is an empty
 * history); resets the browsing position past the newest. */
void history_begin(history *h);

/* Adds q (not empty, not equal to the newest) and rewrites the file;
 * failures to write are silent (the history is a convenience). */
void history_add(history *h, const char *q);

/* The older (dir -1) or newer (dir 1) query from the browsing position:
 * NULL past the oldest; "" past the newest. */
const char *history_step(history *h, int dir);

void history_free(history *h);

#endif
