/* view.h — what a view is: a table of operations the one event loop
 * (app.c) calls, the read-only state views share (view_ctx), and what a
 * view's handlers tell the loop happened (view_event). Views read the
 * model and change only their own state; they never see the app.
 * VIEW_LIST (views.h) names every view once. A view's place on screen is
 * a layout's business (layout.h). */
#ifndef BAOGAO_VIEW_H
#define BAOGAO_VIEW_H

#include <stddef.h>
#include <wchar.h>

#include <ncursesw/curses.h>

#include "corpus.h"
#include "keys.h"
#include "term.h"
#include "tui.h"
#include "views.h"

/* A row of the Reports pane: a primary document and how many copies of it
 * (1 + its near-duplicates) it stands for. */
typedef struct doc_entry {
    int doc;    /* index in the corpus */
    int copies;
} doc_entry;

/* What every view may read, kept by the app; views never write it. */
typedef struct view_ctx {
    const corpus *docs;     /* read only between the loop's lock and unlock */
    const tui_source *src;  /* folded texts and the index, once built */
    int loaded;             /* every report is in and paired */
    const doc_entry *entries; /* the Reports pane's rows */
    size_t nentries;
    /* Every document in the order the Reports pane shows them, each
     * near-duplicate right after its primary. */
    const size_t *order;
    size_t norder;
    int current;            /* the report open at home, or -1 */
    int script;             /* display script of report text (script.h) */
    int (*interrupted)(void); /* a key is waiting or a quit signal came:
                                slow work (a search, a layout) stops */
    const char *message;    /* the status line's message, or "" */
} view_ctx;

/* Highlighted text in a reader: clean-text bytes [start, end) of the
 * document shown, and what they are. */
typedef enum highlight_role {
    HL_HIT,      /* a search hit */
    HL_CURRENT,  /* the hit the user went to */
    HL_CHANGED,  /* text that differs from the other report */
    HL_NUMBER    /* a number (an indicator's value) */
} highlight_role;

typedef struct highlight {
    size_t start, end;
    highlight_role role;
} highlight;

/* What a view is asked to show (the open operation): document doc (an
 * index in the corpus, -1 for none) —
 *   TARGET_START    from its beginning, without highlights (just opened);
 *   TARGET_HEADING  with clean offset off at the top (a heading), the
 *                   highlights kept when it is the document shown;
 *   TARGET_HIT      with offset off and a little context above it, the
 *                   highlights replaced by hl[0..nhl) (copied). */
typedef enum target_how { TARGET_START, TARGET_HEADING, TARGET_HIT, TARGET_COMPARE } target_how;

/*   TARGET_COMPARE  the Compare view only: doc (B) against other (A). */
typedef struct view_target {
    int doc;
    target_how how;
    size_t off;
    const highlight *hl;
    size_t nhl;
    int other;
} view_target;

/* What a view's handler did. */
typedef enum view_what {
    EV_IGNORED,  /* not the view's business: the loop passes it on */
    EV_HANDLED,  /* done; the screen is drawn again */
    EV_OPEN,     /* open report `doc` at home (outline and reader) */
    EV_GOTO,     /* move the reader to clean offset `off` of the open report */
    EV_SHOW,     /* show report `doc` in the reader at [off, off+len) with
                    hl highlighted, leaving a layout without a reader */
    EV_MOVED,    /* the view's position moved: the others follow */
    EV_LAYOUT,   /* take the screen in layout `layout` (layout.h) */
    EV_COMPARE,  /* compare report `doc` (B) with `other` (A) in the
                    Compare view, over the whole screen */
    EV_CLOSE,    /* leave the layout the view is in, back to the one before */
    EV_QUIT      /* quit the program */
} view_what;

typedef struct view_event {
    view_what what;
    int doc, other;
    size_t off, len;
    const highlight *hl; /* EV_SHOW: what to highlight (the view's, valid */
    size_t nhl;          /* until its next call); none: [off, off+len) */
    int layout;
    char message[160]; /* for the status line, when not empty */
} view_event;

/* Sets ev's message (printf-style); returns EV_HANDLED. */
int view_say(view_event *ev, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Where a view is in the document it shows (for the status line, the
 * outline's cursor and marks). */
typedef struct view_position {
    int doc;        /* -1: none */
    size_t off;     /* clean offset of the top line */
    int percent;    /* how far through the document the bottom line is */
} view_position;

typedef struct pane pane;

enum { SYNC_CHANGED = 1, SYNC_BUSY = 2 };

typedef struct view_ops {
    const char *name;
    /* The view's own actions (ids from ACT_VIEW), consulted before the
     * global list while it has the focus; may be NULL. */
    keybind *keys; /* rewritten by the config's bindings (tui_bind) */
    size_t nkeys;
    /* Title for the border into buf; NULL for a view without one. */
    void (*title)(const pane *p, const view_ctx *c, char *buf, size_t len);
    /* Draws the inside of the pane: p->win, rows 0..p->h-1, cols 0..p->w-1. */
    void (*draw)(pane *p, const view_ctx *c);
    /* A key before any keymap sees it, while focused (text entry);
     * optional. Returns ev->what. */
    int (*input)(pane *p, const view_ctx *c, wint_t ch, int fk,
                 view_event *ev);
    /* Pasted text s[0..n) (as pasted: line ends included; cut: more came
     * than was kept), while focused (optional; without it a paste is
     * refused with a message). Returns ev->what. */
    int (*paste)(pane *p, const view_ctx *c, const char *s, size_t n,
                 int cut, view_event *ev);
    /* An action (global or the view's own). Returns ev->what. */
    int (*act)(pane *p, const view_ctx *c, int action, view_event *ev);
    /* A click at row y, column x of the inside (optional). */
    int (*click)(pane *p, const view_ctx *c, int y, int x, view_event *ev);
    /* Show t (optional): a report opened, a jump, a hit. */
    void (*open)(pane *p, const view_ctx *c, const view_target *t);
    /* Another view moved to pos: follow it (optional). */
    void (*follow)(pane *p, const view_ctx *c, const view_position *pos);
    /* Where the view is (optional); returns 0 when it shows no document. */
    int (*position)(const pane *p, const view_ctx *c, view_position *pos);
    /* Draws the status line (row y of w, cols cells) while focused, in
     * place of the app's (optional: the search prompt). */
    void (*status)(pane *p, const view_ctx *c, WINDOW *w, int y, int cols);
    /* Called every turn of the loop, after the corpus may have grown or
     * finished loading (optional); returns SYNC_CHANGED when the view
     * changed, | SYNC_BUSY when it has work left that a key stopped (the
     * loop calls again without waiting for input). */
    int (*sync)(pane *p, const view_ctx *c);
    /* Frees the pane's state (optional; else free(p->state)). */
    void (*destroy)(pane *p);
} view_ops;

/* One view on screen: its operations, its window and its state. The app
 * sets everything but state, which is the view's. */
struct pane {
    const view_ops *ops;
    int shown;         /* in the current layout */
    int focused;
    WINDOW *win;       /* the inside, without the border */
    int y, x, h, w;    /* the inside's position and size */
    void *state;
};

#define VIEW_DECLARE(id, file, name) extern const view_ops file##_ops;
VIEW_LIST(VIEW_DECLARE)
#undef VIEW_DECLARE

/* Every view, by view_id. */
extern const view_ops *const view_all[VIEW_COUNT];

/* The document of a view_ctx by corpus index (NULL for -1). */
const doc *view_doc(const view_ctx *c, int i);

#endif
