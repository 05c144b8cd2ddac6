/* app.h — the terminal UI's state and its panes: a pane is a table of
 * operations (draw, act on a named action, click) that the one event loop
 * in app.c calls; panes read the model and change only their view state. */
#ifndef BAOGAO_APP_H
#define BAOGAO_APP_H

#include <ncursesw/curses.h>

#include "corpus.h"
#include "keys.h"
#include "term.h"
#include "tui.h"

typedef struct app app;
typedef struct pane pane;

/* What a pane's handler did with an action. */
enum { PANE_IGNORED = 0, PANE_HANDLED = 1 };

typedef struct pane_ops {
    const char *name;
    /* Title for the border (may depend on the state), into buf. */
    void (*title)(pane *p, const app *a, char *buf, size_t len);
    /* Draws the inside of the pane: p->win, rows 0..p->h-1, cols 0..p->w-1. */
    void (*draw)(pane *p, app *a);
    /* Acts on an action; PANE_IGNORED lets the global dispatcher have it. */
    int (*act)(pane *p, app *a, action act);
    /* A click at row y of the pane's inside (optional). */
    void (*click)(pane *p, app *a, int y);
    /* A new document was opened (optional): reset view state. */
    void (*opened)(pane *p, app *a);
    /* The reader moved to clean-text offset off (optional): follow it. */
    void (*follow)(pane *p, app *a, size_t off);
    /* Frees the pane's state (optional; else free(p->state)). */
    void (*destroy)(pane *p);
} pane_ops;

struct pane {
    const pane_ops *ops;
    int hidden;        /* not on screen (the reader is zoomed) */
    WINDOW *win;       /* the inside, without the border */
    int y, x, h, w;    /* the inside's position and size */
    void *state;
};

enum { PANE_DOCS, PANE_OUTLINE, PANE_READER, PANE_COUNT };

typedef struct mark {
    int doc;           /* -1: not set */
    size_t off;
} mark;

typedef struct doc_entry {
    int doc;           /* index in the corpus */
    int copies;        /* 1 + near-duplicates folded under it */
} doc_entry;

struct app {
    const tui_source *src;
    corpus *docs;       /* read only while src is locked */
    int loaded;         /* the source has finished loading */
    size_t seen;        /* documents the entries were built from */
    doc_entry *entries; /* the reports pane's rows: primaries, in order */
    size_t nentries;
    int current;        /* document open in outline and reader, or -1 */
    pane panes[PANE_COUNT];
    int focus;
    int help;           /* the help overlay is up */
    int zoom;           /* the reader has the whole screen */
    int help_top;
    int lines, cols;    /* terminal size */
    int too_small;
    int ambiwide;
    int script;         /* the open report's display script (script.h) */
    int quit;
    int pending;        /* 'm' or '\'' waiting for its letter, or 0 */
    int searching;      /* the search view is open */
    char prompt[256];   /* the query typed there (UTF-8) */
    struct results *results; /* the search view's state (results.c) */
    mark marks[26];
    char message[256];  /* one-line message for the status line */
};

/* Moves a list cursor *sel over n rows by a movement action (line, page,
 * half page, top, bottom; page = rows shown), kept in [0, n). Returns 1
 * when act is such a movement, 0 otherwise (*sel untouched). */
int app_list_move(int *sel, int n, int page, action act);

/* The document open in the reader, or NULL. */
doc *app_current(const app *a);

/* Opens corpus document i in the outline and the reader. */
void app_open(app *a, int i);

/* Moves the reader to clean-text offset off of the current document
 * (a heading's start) and focuses it. */
void app_reader_goto(app *a, size_t off);

/* Opens document i in the reader at clean bytes [start, start+len), which
 * are highlighted, and focuses the reader. */
void app_reader_show(app *a, int i, size_t start, size_t len);

/* The reader moved: the outline follows it. */
void app_reader_moved(app *a);

/* The reader's position: clean-text offset of its top line, and how far
 * through the document it is (0–100). */
size_t app_reader_offset(const app *a, int *percent);

/* Runs the UI over the documents of src until the user quits or the
 * terminal goes away. Returns the exit status: 0, 1 when the terminal
 * could not be started (message on stderr), 128+N after signal N. */
int app_run(const tui_source *src, const term_opts *o);

extern const pane_ops doclist_ops, outline_ops, reader_ops;

#endif
