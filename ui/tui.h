/* tui.h — the terminal UI as the command line starts it; no curses here,
 * so src/ can call it without seeing the terminal layer. */
#ifndef BAOGAO_TUI_H
#define BAOGAO_TUI_H

#include "corpus.h"

typedef struct tui_opts {
    int color;    /* -1 auto (NO_COLOR honoured), 0 never, 1 always */
    int mouse;    /* 0 with --no-mouse */
    int ambiwide; /* -1 measure, 0 narrow, 1 wide (--ambiwide) */
} tui_opts;

/* Runs the UI over corpus c (taken over and freed). Returns the exit
 * status: 0; 1 when no terminal could be started (said on stderr);
 * 128+N when signal N ended it. */
int tui_run(corpus *c, const tui_opts *o);

#endif
