/* keys.h — every action of the terminal UI, named once: the list yields
 * the action enum, the key bindings and the help screen, so the help
 * cannot drift from what the keys do. */
#ifndef BAOGAO_KEYS_H
#define BAOGAO_KEYS_H

/* X(ACTION, "keys as the help shows them", "what it does") */
#define ACTION_LIST(X)                                                        \
    X(DOWN, "j  Down", "next line / next item")                               \
    X(UP, "k  Up", "previous line / item")                                    \
    X(PAGE_DOWN, "Space  PgDn  f", "next page")                               \
    X(PAGE_UP, "b  PgUp", "previous page")                                    \
    X(HALF_DOWN, "Ctrl-D", "half a page down")                                \
    X(HALF_UP, "Ctrl-U", "half a page up")                                    \
    X(TOP, "g  Home", "first line / item")                                    \
    X(BOTTOM, "G  End", "last line / item")                                   \
    X(OPEN, "Enter", "open the report / jump to the section")                 \
    X(NEXT_PANE, "Tab", "next pane")                                          \
    X(PREV_PANE, "Shift-Tab", "previous pane")                                \
    X(NEXT_HEADING, "]", "next heading")                                      \
    X(PREV_HEADING, "[", "previous heading")                                  \
    X(NEXT_SIBLING, "}", "next heading of the same level")                    \
    X(PREV_SIBLING, "{", "previous heading of the same level")                \
    X(FOLD, "o", "fold / unfold the section (outline)")                       \
    X(FOLD_ALL, "O", "fold / unfold all sections (outline)")                  \
    X(SCRIPT, "s", "script: original / simplified / traditional")             \
    X(ZOOM, "z", "the reader on the whole screen, or back")                  \
    X(FIND, "/", "search all reports: Enter opens, ↑↓ history, ^N^P hits") \
    X(FIND_NEXT, "n", "next hit, across reports")                             \
    X(FIND_PREV, "N", "previous hit")                                         \
    X(MARK, "m<letter>", "mark this place")                                   \
    X(JUMP_MARK, "'<letter>", "go back to a mark")                            \
    X(HELP, "?", "this help")                                                 \
    X(BACK, "q  Esc", "back; quit from the reports")                          \
    X(QUIT, "Q", "quit at once")

typedef enum action {
    ACT_NONE,
#define ACTION_ENUM(name, keys, help) ACT_##name,
    ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
    ACT_COUNT
} action;

/* The help text of each action, in ACTION_LIST order (ACT_NONE has none). */
typedef struct action_help {
    const char *keys, *help;
} action_help;

/* Help of action a (a > ACT_NONE and < ACT_COUNT). */
const action_help *keys_help(action a);

/* The action bound to key ch (a character when !is_function_key, else a
 * KEY_* code from curses), or ACT_NONE. m and ' take a letter after them:
 * the caller handles those two. */
action keys_action(int ch, int is_function_key);

#endif
