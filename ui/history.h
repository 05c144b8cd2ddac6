/* history.h — the search prompt's history: the queries searched before,
 * kept in $XDG_STATE_HOME/baogao/history (~/.local/state/… when that is
 * unset or not an absolute path), newest last, browsed with ↑/↓. Never
 * anything next to the reports. The file is mode 0600, replaced whole
 * (a temporary file renamed over it: a crash never leaves half a file),
 * never followed if it is a link, and merged with what another instance
 * wrote since. */
#ifndef BAOGAO_HISTORY_H
#define BAOGAO_HISTORY_H

#include <stddef.h>

enum {
    HISTORY_MAX = 200,     /* queries kept */
    HISTORY_LINE_MAX = 4096 /* bytes of one query at most */
};

typedef struct history {
    char *q[HISTORY_MAX]; /* oldest first */
    size_t n;
    size_t at;            /* browsing position; n: past the newest */
    int loaded;
} history;

/* Reads the history file once (a missing or unreadable file is an empty
 * history); resets the browsing position past the newest. */
void history_begin(history *h);

/* Adds q as the newest (not empty, without a newline, at most
 * HISTORY_LINE_MAX bytes; an older copy of it is dropped) to the file's
 * queries as they are now, and writes the file; failures to write are
 * silent (the history is a convenience): q is then kept for the session. */
void history_add(history *h, const char *q);

/* The older (dir -1) or newer (dir 1) query from the browsing position:
 * NULL past the oldest; "" past the newest. */
const char *history_step(history *h, int dir);

/* Frees the queries; h is an empty history after. */
void history_free(history *h);

#endif
