/* roles.h — the screen's roles, named once (no curses here, so that the
 * config file's parser can name them too): what a piece of screen is, not
 * how it looks; term.c maps roles to colours and attributes. A role's
 * config name is its identifier in lower case, '_' as '-' (see
 * names_of in keyname.h): ROLE_TITLE_FOCUS is title-focus. */
#ifndef BAOGAO_ROLES_H
#define BAOGAO_ROLES_H

/* X(ROLE, "what it is") */
#define ROLE_LIST(X)                                                         \
    X(NORMAL, "text")                                                        \
    X(BORDER, "pane borders")                                                \
    X(TITLE, "a pane's title in its border")                                 \
    X(TITLE_FOCUS, "the focused pane's title")                               \
    X(SELECTED, "the cursor line of the focused pane, the current hit")      \
    X(SELECTED_DIM, "the cursor line of another pane")                       \
    X(HEADING1, "headings of level 1")                                       \
    X(HEADING2, "headings of level 2, the keys in the help")                 \
    X(HEADING3, "headings of level 3 and below")                             \
    X(TABLE, "table grid lines and header cells")                            \
    X(STATUS, "the status line")                                             \
    X(DIM, "secondary text: counts, years, page numbers")                    \
    X(NOTE, "flags: inferred heading, numbering gap")                        \
    X(PLACEHOLDER, "a control character shown as a visible mark")           \
    X(HIT, "a search hit in the reader (not the current one)")               \
    X(CHANGED, "text that differs from the other report (compare)")          \
    X(NUMBER, "a number marked in the reader")

typedef enum role {
#define ROLE_ENUM(name, what) ROLE_##name,
    ROLE_LIST(ROLE_ENUM)
#undef ROLE_ENUM
    ROLE_COUNT
} role;

/* A role's look as the config file sets it (color.ROLE = FG [BG]
 * [ATTR...]): colours 0–255, or -1 for the terminal's default; attributes
 * LOOK_*. A look not set leaves the role's own. */
enum { LOOK_BOLD = 1, LOOK_UNDERLINE = 2, LOOK_REVERSE = 4 };
typedef struct role_look {
    int set;
    short fg, bg;
    int attrs;
} role_look;

#endif
