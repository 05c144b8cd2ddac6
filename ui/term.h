/* term.h — the one owner of the terminal: locale, curses start and stop,
 * signals, colours by semantic role, how windows are set up, input. Every
 * exit path restores the terminal. */
#ifndef BAOGAO_TERM_H
#define BAOGAO_TERM_H

#include <stddef.h>
#include <wchar.h>

#include <ncursesw/curses.h>

#include "roles.h"

typedef struct term_opts {
    int color;    /* -1: as the terminal and NO_COLOR say; 0: never; 1: try */
    int mouse;    /* report clicks and the wheel */
    int ambiwide; /* -1: measure at start-up; 0: narrow; 1: wide */
    const role_look *looks; /* ROLE_COUNT looks from the config, or NULL */
} term_opts;

/* Sets a UTF-8 locale (switching to C.UTF-8 or another when LANG is C or
 * unset), measures the width of ambiguous characters if asked, starts
 * curses (an unknown TERM falls back to xterm), colours, bracketed paste
 * and signal handlers. Returns 0; or, with a message in err and nothing
 * started, the exit status to leave with: 2 for a terminal that cannot
 * move the cursor (TERM=dumb), else 1. */
int term_start(const term_opts *o, char *err, size_t errlen);

/* Restores the terminal. Idempotent; registered with atexit. */
void term_stop(void);

/* Role r's own look with 256 colours (what the config's color.ROLE
 * replaces), as a config look; for the example's defaults' test. */
void term_default_look(role r, role_look *out);

/* The attributes (colour pair included) of role r. */
int term_attr(role r);

/* A new window (as newwin) set up as every window of the UI is, stdscr
 * included (see term.c: its blanks have ROLE_NORMAL, updates leave the
 * hidden cursor where they end). NULL when curses cannot make it. */
WINDOW *term_window(int h, int w, int y, int x);

/* Whether ambiguous-width characters take two cells (as measured or
 * configured). */
int term_ambiwide(void);

/* Whether a suspend was asked from outside (SIGTSTP); term_suspend
 * answers it. */
int term_suspend_asked(void);

/* Suspends the program as a shell's job (Ctrl-Z, SIGTSTP): the terminal
 * restored, stopped until fg; then the terminal taken back (the caller
 * draws everything again). */
void term_suspend(void);

/* The signal that asked the program to quit, or 0. */
int term_quit_signal(void);

#endif
