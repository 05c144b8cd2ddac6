/* term.h — the one owner of the terminal: locale, curses start and stop,
 * signals, colours by semantic role, how windows are set up, input. Every
 * exit path restores the terminal. */
#ifndef BAOGAO_TERM_H
#define BAOGAO_TERM_H

#include <stddef.h>
#include <wchar.h>

#include <ncursesw/curses.h>

/* What a piece of screen is, not how it looks: term.c maps roles to
 * colours and attributes (256 colours, 8, or none). */
typedef enum role {
    ROLE_NORMAL,
    ROLE_BORDER,
    ROLE_TITLE,        /* a pane's title in its border */
    ROLE_TITLE_FOCUS,  /* the focused pane's title */
    ROLE_SELECTED,     /* the cursor line of the focused pane */
    ROLE_SELECTED_DIM, /* the cursor line of another pane */
    ROLE_HEADING1,
    ROLE_HEADING2,
    ROLE_HEADING3,
    ROLE_TABLE,        /* table grid lines and header cells */
    ROLE_STATUS,       /* the status line */
    ROLE_DIM,          /* secondary text: counts, years, page numbers */
    ROLE_NOTE,         /* flags: inferred heading, numbering gap */
    ROLE_PLACEHOLDER,  /* a control character shown as a visible mark */
    ROLE_HIT,          /* a search hit in the reader (not the current one) */
    ROLE_CHANGED,      /* text that differs from the other report */
    ROLE_NUMBER,       /* a number marked in the reader */
    ROLE_COUNT
} role;

typedef struct term_opts {
    int color;    /* -1: as the terminal and NO_COLOR say; 0: never; 1: try */
    int mouse;    /* report clicks and the wheel */
    int ambiwide; /* -1: measure at start-up; 0: narrow; 1: wide */
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
