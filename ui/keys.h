/* keys.h — actions and the keys that reach them, named once: each action
 * of ACTION_LIST carries its keys as the help shows them ("j  Down"), and
 * the bindings are read from that same text, so the key bindings, the
 * help overlay and --help cannot drift. A view may add its own actions (a
 * keymap of its own, see view.h) without touching the loop. No curses
 * here: key codes are curses' KEY_* values, passed as ints. */
#ifndef BAOGAO_KEYS_H
#define BAOGAO_KEYS_H

#include <stddef.h>

/* Who gets an action: KEYS_FOCUS, the focused view and then the app;
 * KEYS_ANY, the focused view, then the other views (on screen first), then
 * the app — for a view's keys that work from anywhere (the reader's
 * heading jumps, the search's n/N). */
enum { KEYS_FOCUS, KEYS_ANY };

/* X(ACTION, "keys", "what it does", scope). Keys are separated by two
 * spaces; each is a character (j, G, ?), a name (Space Enter Tab Shift-Tab
 * Esc Backspace Up Down Left Right PgUp PgDn Home End F1…F12), Ctrl-X, or
 * a character followed by <letter> (the action then takes a letter). */
#define ACTION_LIST(X)                                                       \
    X(DOWN, "j  Down", "next line / next item", KEYS_FOCUS)                  \
    X(UP, "k  Up", "previous line / item", KEYS_FOCUS)                       \
    X(PAGE_DOWN, "Space  PgDn  f  Ctrl-F", "next page", KEYS_FOCUS)          \
    X(PAGE_UP, "b  PgUp  Ctrl-B", "previous page", KEYS_FOCUS)               \
    X(HALF_DOWN, "Ctrl-D", "half a page down", KEYS_FOCUS)                   \
    X(HALF_UP, "Ctrl-U", "half a page up", KEYS_FOCUS)                       \
    X(TOP, "g  Home", "first line / item", KEYS_FOCUS)                       \
    X(BOTTOM, "G  End", "last line / item", KEYS_FOCUS)                      \
    X(OPEN, "Enter", "open the report / jump to the section", KEYS_FOCUS)    \
    X(NEXT_PANE, "Tab", "next pane", KEYS_FOCUS)                             \
    X(PREV_PANE, "Shift-Tab", "previous pane", KEYS_FOCUS)                   \
    X(NEXT_HEADING, "]", "next heading", KEYS_ANY)                           \
    X(PREV_HEADING, "[", "previous heading", KEYS_ANY)                       \
    X(NEXT_SIBLING, "}", "next heading of the same level", KEYS_ANY)         \
    X(PREV_SIBLING, "{", "previous heading of the same level", KEYS_ANY)     \
    X(SCRIPT, "s", "script: original / simplified / traditional", KEYS_FOCUS) \
    X(ZOOM, "z", "the reader on the whole screen, or back", KEYS_FOCUS)      \
    X(FIND, "/", "search every report as you type", KEYS_ANY)                \
    X(FIND_NEXT, "n", "next hit, across reports", KEYS_ANY)                  \
    X(FIND_PREV, "N", "previous hit", KEYS_ANY)                              \
    X(INDICATORS, "i", "the report's numbers as a table (indicators)",       \
      KEYS_ANY)                                                              \
    X(MARK, "m<letter>", "mark this place", KEYS_FOCUS)                      \
    X(JUMP_MARK, "'<letter>", "go back to a mark", KEYS_FOCUS)               \
    X(HELP, "?  F1", "this help", KEYS_FOCUS)                                \
    X(BACK, "q  Esc", "back; quit from the reports", KEYS_FOCUS)             \
    X(SUSPEND, "Ctrl-Z", "suspend (the shell's fg brings it back)", KEYS_FOCUS) \
    X(QUIT, "Q  Ctrl-C", "quit at once", KEYS_FOCUS)

/* The keys that have names: X("name", is_function_key, code...) — the
 * codes are characters or curses' KEY_* values, written as expressions
 * that only keys.c (which includes curses) expands; a name may come
 * twice, once for its characters and once for its function key. */
#define KEY_NAMES(X)                                                         \
    X("Space", 0, ' ')                                                       \
    X("Enter", 0, '\r', '\n')                                                \
    X("Enter", 1, KEY_ENTER)                                                 \
    X("Tab", 0, '\t')                                                        \
    X("Shift-Tab", 1, KEY_BTAB)                                              \
    X("Esc", 0, 27)                                                          \
    X("Backspace", 0, 127, 8)                                                \
    X("Backspace", 1, KEY_BACKSPACE)                                         \
    X("Up", 1, KEY_UP)                                                       \
    X("Down", 1, KEY_DOWN)                                                   \
    X("Left", 1, KEY_LEFT)                                                   \
    X("Right", 1, KEY_RIGHT)                                                 \
    X("PgUp", 1, KEY_PPAGE)                                                  \
    X("PgDn", 1, KEY_NPAGE)                                                  \
    X("Home", 1, KEY_HOME)                                                   \
    X("End", 1, KEY_END)

typedef enum action {
    ACT_NONE,
#define ACTION_ENUM(name, keys, help, scope) ACT_##name,
    ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
    ACT_COUNT,
    /* A view's own actions are numbered from here (see view.h). */
    ACT_VIEW = 100
} action;

/* One action and its keys: an entry of the global list or of a view's
 * own keymap. */
typedef struct keybind {
    int action;
    const char *keys; /* as above: "Ctrl-N  Down" */
    const char *help;
    int scope;        /* KEYS_FOCUS or KEYS_ANY */
    /* A view's action: its name in the config (bind KEY VIEW.NAME, the
     * view as views.h names it); NULL for a global one (names.h). */
    const char *name;
} keybind;

/* The global actions, in ACTION_LIST order (ACT_DOWN first); *n gets how
 * many. */
const keybind *keys_global(size_t *n);

/* The entry of action a in the global list, or NULL. */
const keybind *keys_of(int a);

/* The action of map[0..n) one of whose keys is key ch (a character when
 * !is_function_key, else a curses KEY_* code), or ACT_NONE. *takes_letter
 * (may be NULL) is set when that key is written X<letter>. */
int keys_lookup(const keybind *map, size_t n, int ch, int is_function_key,
                int *takes_letter);

/* True when the key text spec (one or more keys, as above) names key ch. */
int keys_spec_has(const char *spec, int ch, int is_function_key);

/* Bytes of a key text rewritten by a binding; entries of a keymap that
 * keys_rebind takes. */
enum { KEYS_SPEC_MAX = 96, KEYS_MAP_MAX = 64 };

/* Binds key (one key as names_key spells it: "x", "Ctrl-X", "F5",
 * "Enter") to map[target] (none when target >= n), taking it from the
 * map's other entries: each entry's key text is rewritten into specs[i]
 * (n of them, the caller's, living as long as the map) and pointed to;
 * with letter set, it is bound as key<letter> (the action takes a
 * letter; the map's other entries lose key<letter> too). Returns 0, or -1
 * (nothing changed) when an entry's keys would grow past KEYS_SPEC_MAX or
 * the map has over KEYS_MAP_MAX entries. */
int keys_rebind(keybind *map, size_t n, char (*specs)[KEYS_SPEC_MAX],
                size_t target, const char *key, int letter);

/* The first key of global action a as its key text spells it ("q" for
 * back), in buf[0..len); "" when it has none (or a is no action). */
const char *keys_first(int a, char *buf, size_t len);

/* True when the key text spec has key (spelt as names_key spells it;
 * X<letter> counts as X). */
int keys_text_has(const char *spec, const char *key);

/* keys_rebind over the global list: key to global action a. -1 also
 * when a is none. */
int keys_bind(const char *key, int a);

#endif
