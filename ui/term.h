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
 * curses (an unknown TERM falls back to xterm), colours and signal
 * handlers. Returns 0, or -1 with a message in err (nothing started). */
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

enum { TERM_KEY, TERM_RESIZE, TERM_IDLE, TERM_GONE };

/* Waits up to timeout_ms for input. TERM_KEY: *ch holds a character
 * (*is_function_key 0) or a curses KEY_* code (1; KEY_MOUSE included);
 * TERM_RESIZE: the terminal changed size; TERM_IDLE: nothing came;
 * TERM_GONE: the terminal went away (hang-up, EOF, error) or a quit
 * signal arrived — the caller should leave at once. */
int term_read(int timeout_ms, wint_t *ch, int *is_function_key);

/* True when a key is waiting to be read (it stays queued): a slow search
 * stops, so that typing never waits for it. */
int term_key_waiting(void);

/* The signal that asked the program to quit, or 0. */
int term_quit_signal(void);

#endif
