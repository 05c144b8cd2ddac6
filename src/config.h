/* config.h — the config file ($XDG_CONFIG_HOME/baogao/config): its
 * parser, pure (text in, settings and bad lines out), and its loading
 * (config_load.c: where it is, reading it within bounds, saying what is
 * wrong, applying it). One setting a line:
 *   # a comment (a line whose first non-blank is #)
 *   color.ROLE = FG [BG] [bold] [underline] [reverse]
 *   ambiwide = auto | wide | narrow
 *   path = DIR            (one a line; the PATHs used when none is given)
 *   bind KEY ACTION       (KEY: q, C-x, F5, Enter, Tab, Up, …)
 * ROLE and a global ACTION are as names.h names them, a view's action
 * VIEW.NAME (tui_bind; checked when applied: the views' tables are the
 * UI's, not the parser's); a colour is black red green
 * yellow blue magenta cyan white, 0–255, or default. A bad line is named
 * with its number and ignored; the others apply, the last of a setting
 * winning. */
#ifndef BAOGAO_CONFIG_H
#define BAOGAO_CONFIG_H

#include <stddef.h>

#include "roles.h"

enum {
    CONFIG_MAX_BYTES = 1 << 16, /* a larger file is not read */
    CONFIG_MAX_LINES = 2000,    /* lines after these are ignored (said once) */
    CONFIG_MAX_LINE = 1024,     /* bytes of a line, its end excluded */
    CONFIG_MAX_PATHS = 64,
    CONFIG_MAX_BINDS = 256,
    CONFIG_MAX_BAD = 20,        /* bad lines kept with what is wrong */
    CONFIG_UNSET = -2           /* ambiwide when no line sets it */
};

typedef struct config_bind {
    char key[16];    /* as a key text spells it (names_key): "Ctrl-X" */
    char action[40]; /* a global action's name, or VIEW.NAME (tui_bind) */
    size_t line;
} config_bind;

typedef struct config_bad {
    size_t line;
    char what[160]; /* "unknown key 'colour.foo'" */
} config_bad;

typedef struct config {
    role_look looks[ROLE_COUNT];
    int ambiwide;                  /* CONFIG_UNSET, -1 auto, 0 narrow, 1 wide */
    char *paths[CONFIG_MAX_PATHS]; /* owned; "~/" made $HOME/ */
    size_t npaths;
    config_bind binds[CONFIG_MAX_BINDS]; /* in the file's order */
    size_t nbinds;
    config_bad bad[CONFIG_MAX_BAD]; /* the first bad lines */
    size_t nbad;                    /* every bad line (may be more) */
} config;

/* An empty config: nothing set. */
void config_init(config *c);

/* Parses text[0..len) (a UTF-8 BOM first is skipped) into c, adding to
 * what c already holds; home (or NULL) replaces a path's leading "~/".
 * Bad lines (unknown key, bad value, longer than CONFIG_MAX_LINE, a NUL
 * byte, too many paths or bindings) go to c->bad and change nothing; past
 * CONFIG_MAX_LINES lines one bad line says the rest is ignored. Aborts on
 * out-of-memory only. */
void config_parse(config *c, const char *text, size_t len, const char *home);

/* Frees what c owns and empties it. */
void config_free(config *c);

#endif
