/* tui.h — the terminal UI as the command line starts it; no curses here,
 * so src/ can call it without seeing the terminal layer. */
#ifndef BAOGAO_TUI_H
#define BAOGAO_TUI_H

#include <stddef.h>
#include <stdio.h>

#include "corpus.h"
#include "fold.h"
#include "index.h"
#include "roles.h"
#include "word_bounds.h"

typedef struct tui_opts {
    int color;    /* -1 auto (NO_COLOR honoured), 0 never, 1 always */
    int mouse;    /* 0 with --no-mouse */
    int ambiwide; /* -1 measure, 0 narrow, 1 wide (--ambiwide) */
    const role_look *looks; /* ROLE_COUNT looks (the config's), or NULL */
} tui_opts;

/* Where the documents come from: a corpus that may still be filling (a
 * loader in another thread). The UI reads the corpus only between lock
 * and unlock, and asks progress between frames. */
typedef struct tui_source {
    corpus *docs;
    /* Once everything is loaded, the loader folds every document and
     * indexes them in the background; until then NULL (read under the
     * lock). folds[i] is docs->docs[i] folded. */
    folded **folds;
    search_index **index;
    void *ctx;
    void (*lock)(void *ctx);
    void (*unlock)(void *ctx);
    /* Files read and failed so far, the last failure ("" if none), and
     * whether all files are read (near-duplicates being paired); returns 1
     * once everything is loaded and paired. */
    int (*progress)(void *ctx, size_t *files, size_t *errors, int *read_all,
                    char *last, size_t len);
    /* The words of a text for the Compare view's text diff (textdiff.h;
     * src/parse/wordbreak.h's, which ui/ does not include); NULL: every
     * character a word. */
    word_bounds_fn words;
} tui_source;

/* Runs the UI over src until the user quits or the terminal goes away
 * (the corpus stays the caller's). Returns the exit status: 0; 1, or 2
 * for a terminal that cannot move the cursor, when the UI could not
 * start — with why in err[0..errlen), for the caller to print (it may name
 * TERM: escape it); 128+N when signal N ended it. */
int tui_run(const tui_source *src, const tui_opts *o, char *err,
            size_t errlen);

/* Binds key (as names_key spells it: "x", "Ctrl-X", "F5") to the action
 * called name: a global action (names.h: "quit"), the key then taken from
 * every other global action and, unless the action had it already, from
 * the views' own actions (which come first while their view has the
 * focus); or VIEW.NAME, a view's own action ("reports.reverse",
 * "outline.fold"; keybind.name), the key then taken from that view's
 * other actions. The help and --help show the keys so bound. Returns 0;
 * -1 for an unknown action; -2 when the action's keys would grow too long
 * (nothing changed). */
int tui_bind(const char *key, const char *name);

/* Prints every key of the UI for --help: the global actions, then each
 * view's own, from the tables that bind them. */
void tui_print_keys(FILE *f);

/* fn(ctx, view, keys, help) for every key tui_print_keys prints, in its
 * order: view is NULL for a global action, else the view's name; keys as
 * the help shows them ("j  Down"). For the man page (tools/gen_man.c). */
typedef void (*tui_key_fn)(void *ctx, const char *view, const char *keys,
                           const char *help);
void tui_each_key(tui_key_fn fn, void *ctx);

#endif
