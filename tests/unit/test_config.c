/* test_config.c — unit tests of the config file's parser (src/config.c):
 * each setting and its bad values, line numbers, the bounds; keys_bind
 * (ui/keys.c) as the bindings apply; and assets/config.example (argv[1]):
 * with its settings uncommented it parses with no bad line and sets every
 * setting the parser knows to the program's own defaults, so the example
 * and the program cannot drift. */
#include <stdlib.h>
#include <string.h>

#include <ncursesw/curses.h>

#include "check.h"
#include "config.h"
#include "keys.h"
#include "names.h"
#include "slurp.h"
#include "term.h"
#include "tui.h"
#include "view.h"

/* c after parsing s (from an empty config). */
static void parse(config *c, const char *s)
{
    config_init(c);
    config_parse(c, s, strlen(s), "/home/u");
}

/* Parses s and checks it has exactly one bad line, number line, saying
 * what. */
static void check_bad(const char *s, size_t line, const char *what)
{
    config c;
    parse(&c, s);
    CHECK_INT(c.nbad, 1);
    CHECK_INT(c.bad[0].line, line);
    CHECK_STR(c.bad[0].what, what);
    config_free(&c);
}

static void test_empty_and_comments(void)
{
    config c;
    parse(&c, "");
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.ambiwide, CONFIG_UNSET);
    CHECK_INT(c.npaths + c.nbinds, 0);
    for (int r = 0; r < ROLE_COUNT; r++)
        CHECK(!c.looks[r].set);
    parse(&c, "\xef\xbb\xbf# a comment\n\n   \t\n  # indented comment = x\r\n"
              "ambiwide = wide\r\n");
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.ambiwide, 1);
    parse(&c, "ambiwide=narrow"); /* no blanks, no newline at the end */
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.ambiwide, 0);
}

static void test_colours(void)
{
    config c;
    parse(&c, "color.heading1 = red\n"
              "color.status = 231 236 bold underline reverse\n"
              "color.hit = default yellow\n"
              "color.title-focus = 0 bold\n"
              "color.changed = white   255   \n");
    CHECK_INT(c.nbad, 0);
    role_look *l = &c.looks[ROLE_HEADING1];
    CHECK(l->set && l->fg == 1 && l->bg == -1 && l->attrs == 0);
    l = &c.looks[ROLE_STATUS];
    CHECK(l->set && l->fg == 231 && l->bg == 236);
    CHECK_INT(l->attrs, LOOK_BOLD | LOOK_UNDERLINE | LOOK_REVERSE);
    l = &c.looks[ROLE_HIT];
    CHECK(l->fg == -1 && l->bg == 3);
    l = &c.looks[ROLE_TITLE_FOCUS];
    CHECK(l->fg == 0 && l->bg == -1 && l->attrs == LOOK_BOLD);
    l = &c.looks[ROLE_CHANGED];
    CHECK(l->fg == 7 && l->bg == 255);
    CHECK(!c.looks[ROLE_NORMAL].set && !c.looks[ROLE_DIM].set);
    /* a bad line changes nothing: the good one before it stays */
    parse(&c, "color.dim = blue\ncolor.dim = 256\n");
    CHECK_INT(c.nbad, 1);
    CHECK_INT(c.bad[0].line, 2);
    CHECK(c.looks[ROLE_DIM].set && c.looks[ROLE_DIM].fg == 4);
    check_bad("color.foo = red", 1, "unknown key 'color.foo' (no role 'foo')");
    check_bad("colour.heading1 = red", 1, "unknown key 'colour.heading1'");
    check_bad("color.dim =", 1, "color.dim: '' is no colour (black red green "
                                "yellow blue magenta cyan white, 0-255, default)");
    check_bad("color.dim = purple", 1, "color.dim: 'purple' is no colour (black "
              "red green yellow blue magenta cyan white, 0-255, default)");
    check_bad("color.dim = red blue green", 1, "color.dim: 'green' is no colour "
              "or attribute (bold underline reverse)");
    check_bad("color.dim = -1", 1, "color.dim: '-1' is no colour (black red "
              "green yellow blue magenta cyan white, 0-255, default)");
    check_bad("color.dim = 1000", 1, "color.dim: '1000' is no colour (black red "
              "green yellow blue magenta cyan white, 0-255, default)");
    check_bad("color. = red", 1, "unknown key 'color.'");
}

static void test_ambiwide(void)
{
    config c;
    parse(&c, "ambiwide = wide\nambiwide = auto\n");
    CHECK_INT(c.ambiwide, -1); /* the last wins */
    check_bad("ambiwide = sometimes", 1, "ambiwide is auto, wide or narrow, not 'sometimes'");
    check_bad("\n\nambiwide = wide narrow", 3, "ambiwide takes one value");
    check_bad("ambiwide =", 1, "ambiwide takes one value");
    check_bad("ambi wide = wide", 1, "one key before '='");
    check_bad(" = wide", 1, "one key before '='");
}

static void test_paths(void)
{
    config c;
    parse(&c, "path = /srv/reports 2024\npath=~/r\npath = ~user/x\npath = a=b\n");
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.npaths, 4);
    CHECK_STR(c.paths[0], "/srv/reports 2024");
    CHECK_STR(c.paths[1], "/home/u/r");
    CHECK_STR(c.paths[2], "~user/x");
    CHECK_STR(c.paths[3], "a=b");
    config_free(&c);
    CHECK_INT(c.npaths, 0);
    config_init(&c);
    config_parse(&c, "path = ~/r", 10, NULL); /* no HOME: as written */
    CHECK_STR(c.paths[0], "~/r");
    config_free(&c);
    check_bad("path =   ", 1, "path needs a folder or file");
    char many[CONFIG_MAX_PATHS * 12 + 32] = "";
    for (int i = 0; i <= CONFIG_MAX_PATHS; i++)
        strcat(many, "path = /p\n");
    parse(&c, many);
    CHECK_INT(c.npaths, CONFIG_MAX_PATHS);
    CHECK_INT(c.nbad, 1);
    CHECK_INT(c.bad[0].line, CONFIG_MAX_PATHS + 1);
    CHECK_STR(c.bad[0].what, "more than 64 paths");
    config_free(&c);
}

static void test_binds(void)
{
    config c;
    parse(&c, "bind q quit\nbind C-x find\n bind\tctrl-a  top \nbind F12 help\n"
              "bind enter open\nbind # find\nbind PGDN page-down\n");
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.nbinds, 7);
    CHECK_STR(c.binds[0].key, "q");
    CHECK_STR(c.binds[0].action, "quit");
    CHECK_STR(c.binds[1].key, "Ctrl-X");
    CHECK_STR(c.binds[1].action, "find");
    CHECK_STR(c.binds[2].key, "Ctrl-A");
    CHECK_STR(c.binds[2].action, "top");
    CHECK_INT(c.binds[2].line, 3);
    CHECK_STR(c.binds[3].key, "F12");
    CHECK_STR(c.binds[4].key, "Enter");
    CHECK_STR(c.binds[5].key, "#");
    CHECK_STR(c.binds[6].key, "PgDn");
    const char *no_key = "bind: '%s' is no key (q, C-x, F5, Enter, Tab, Up, …)";
    const char *bad_keys[] = {"F13", "F0", "F1x", "xx", "C-1", "Ctrl-", "é", "Spacebar"};
    for (size_t i = 0; i < sizeof bad_keys / sizeof bad_keys[0]; i++) {
        char line[64], what[128];
        snprintf(line, sizeof line, "bind %s quit", bad_keys[i]);
        snprintf(what, sizeof what, no_key, bad_keys[i]);
        check_bad(line, 1, what);
    }
    check_bad("bind q", 1, "bind takes a key and an action (bind C-x quit)");
    check_bad("bind q quit now", 1, "bind takes a key and an action (bind C-x quit)");
    check_bad("bind q Quit", 1, "bind: unknown action 'Quit'");
    check_bad("bind q next_pane", 1, "bind: unknown action 'next_pane'");
    /* a view's action, VIEW.NAME: its spelling checked here, its name when
     * applied (tui_bind) */
    parse(&c, "bind R reports.reverse\nbind F5 indicators.sort-next\n");
    CHECK_INT(c.nbad, 0);
    CHECK_STR(c.binds[0].action, "reports.reverse");
    CHECK_STR(c.binds[1].action, "indicators.sort-next");
    check_bad("bind R Reports.reverse", 1, "bind: unknown action 'Reports.reverse'");
    check_bad("bind R reports.", 1, "bind: unknown action 'reports.'");
    check_bad("bind R .reverse", 1, "bind: unknown action '.reverse'");
    check_bad("bind R a.b_c", 1, "bind: unknown action 'a.b_c'");
    check_bad("bind R abcdefghijabcdefghijabcdefghij.abcdefghij", 1,
              "bind: unknown action 'abcdefghijabcdefghijabcdefghij.abcdefghi'");
    check_bad("q = quit", 1, "unknown key 'q'");
    check_bad("bindings", 1, "'bindings' is no setting (KEY = VALUE, or bind KEY ACTION)");
}

static void test_names(void)
{
    CHECK_STR(names_action(ACT_DOWN), "down");
    CHECK_STR(names_action(ACT_NEXT_PANE), "next-pane");
    CHECK_STR(names_action(ACT_JUMP_MARK), "jump-mark");
    CHECK(names_action(ACT_NONE) == NULL && names_action(ACT_COUNT) == NULL);
    CHECK_STR(names_role(ROLE_TITLE_FOCUS), "title-focus");
    CHECK(names_role(ROLE_COUNT) == NULL);
    for (int a = ACT_NONE + 1; a < ACT_COUNT; a++)
        CHECK_INT(names_find_action(names_action(a), strlen(names_action(a))), a);
    for (int r = 0; r < ROLE_COUNT; r++)
        CHECK_INT(names_find_role(names_role(r), strlen(names_role(r))), r);
    char k[4];
    CHECK_INT(names_key("Shift-Tab", 9, k, sizeof k), -1); /* out too small */
}

/* The bounds: line length, NUL bytes, the number of lines, the bad lines
 * kept, a long word quoted in part. */
static void test_bounds(void)
{
    config c;
    static char line[CONFIG_MAX_LINE + 64];
    memset(line, ' ', CONFIG_MAX_LINE);
    memcpy(line, "path = /", 8);
    line[CONFIG_MAX_LINE - 1] = 'x';
    parse(&c, line); /* a line of CONFIG_MAX_LINE bytes: fine */
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.npaths, 1);
    config_free(&c);
    strcat(line, "y\n");
    check_bad(line, 1, "longer than 1024 bytes");
    config_init(&c);
    config_parse(&c, "ambiwide = wide\nambiwide\0 = narrow\n", 34, NULL);
    CHECK_INT(c.nbad, 1);
    CHECK_INT(c.bad[0].line, 2);
    CHECK_STR(c.bad[0].what, "a NUL byte");
    CHECK_INT(c.ambiwide, 1);
    size_t n = (CONFIG_MAX_LINES + 5) * 4;
    char *lines = malloc(n + 1);
    for (size_t i = 0; i < CONFIG_MAX_LINES + 5; i++)
        memcpy(lines + i * 4, "x=y\n", 4);
    lines[n] = '\0';
    parse(&c, lines);
    CHECK_INT(c.nbad, CONFIG_MAX_LINES + 1); /* each line, then the rest */
    CHECK_INT(c.bad[CONFIG_MAX_BAD - 1].line, CONFIG_MAX_BAD);
    CHECK_STR(c.bad[0].what, "unknown key 'x'");
    memcpy(lines + (CONFIG_MAX_LINES - 1) * 4, "#  \n", 4);
    for (size_t i = 0; i < CONFIG_MAX_LINES - 1; i++)
        memcpy(lines + i * 4, "#  \n", 4);
    parse(&c, lines);
    CHECK_INT(c.nbad, 1);
    CHECK_INT(c.bad[0].line, CONFIG_MAX_LINES + 1);
    CHECK_STR(c.bad[0].what, "more than 2000 lines: the rest is ignored");
    free(lines);
    check_bad("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz = 1", 1,
              "unknown key 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'");
}

/* The key text of entry i of view v's keymap. */
static const char *view_keys(int v, size_t i)
{
    return view_all[v]->keys[i].keys;
}

/* The index in view v's keymap of the action named name. */
static size_t view_entry(int v, const char *name)
{
    size_t i = 0;
    while (i < view_all[v]->nkeys && strcmp(view_all[v]->keys[i].name, name))
        i++;
    return i;
}

/* keys_bind and tui_bind: a key moves to the action bound, the others
 * lose it; the tables the help shows follow. */
static void test_keys_bind(void)
{
    int letter = 0;
    size_t ng;
    const keybind *g = keys_global(&ng);
    size_t rev = view_entry(VIEW_DOCS, "reverse"), irev = view_entry(VIEW_INDICATORS, "reverse"),
           older = view_entry(VIEW_RESULTS, "older");
    CHECK_INT(keys_bind("x", ACT_QUIT), 0);
    CHECK_INT(keys_lookup(g, ng, 'x', 0, NULL), ACT_QUIT);
    CHECK_STR(keys_of(ACT_QUIT)->keys, "Q  Ctrl-C  x");
    CHECK_INT(tui_bind("q", "quit"), 0);
    CHECK_STR(keys_of(ACT_BACK)->keys, "Esc");
    CHECK_STR(keys_of(ACT_QUIT)->keys, "Q  Ctrl-C  x  q");
    CHECK_INT(keys_lookup(g, ng, 'q', 0, NULL), ACT_QUIT);
    CHECK_INT(keys_bind("x", ACT_QUIT), 0); /* again: no second x */
    CHECK_STR(keys_of(ACT_QUIT)->keys, "Q  Ctrl-C  q  x");
    CHECK_INT(tui_bind("M", "mark"), 0); /* takes a letter */
    CHECK_STR(keys_of(ACT_MARK)->keys, "m<letter>  M<letter>");
    CHECK_INT(keys_lookup(g, ng, 'M', 0, &letter), ACT_MARK);
    CHECK_INT(letter, 1);
    CHECK_INT(tui_bind("m", "find"), 0);
    CHECK_STR(keys_of(ACT_MARK)->keys, "M<letter>");
    CHECK_STR(keys_of(ACT_FIND)->keys, "/  m");
    CHECK_INT(tui_bind("u", "find"), 0); /* mark left without keys */
    CHECK_INT(tui_bind("M", "find"), 0);
    CHECK_STR(keys_of(ACT_MARK)->keys, "");
    CHECK_INT(tui_bind("u", "mark"), 0); /* still takes a letter */
    CHECK_STR(keys_of(ACT_MARK)->keys, "u<letter>");
    CHECK_INT(keys_lookup(g, ng, 'u', 0, &letter), ACT_MARK);
    CHECK_INT(letter, 1);
    CHECK_INT(tui_bind("Ctrl-X", "find"), 0);
    CHECK_INT(keys_lookup(g, ng, 'x' & 0x1f, 0, NULL), ACT_FIND);
    CHECK_INT(tui_bind("F5", "zoom"), 0);
    CHECK_INT(keys_lookup(g, ng, KEY_F(5), 1, NULL), ACT_ZOOM);
    CHECK_INT(keys_bind("x", ACT_NONE), -1);
    CHECK_INT(keys_bind("x", ACT_COUNT), -1);
    CHECK_INT(keys_bind("", ACT_QUIT), -1);
    CHECK_INT(tui_bind("x", "nonesuch"), -1);
    CHECK_INT(tui_bind("x", "reports.nonesuch"), -1);
    CHECK_INT(tui_bind("x", "nonesuch.reverse"), -1);
    /* a view's action: the key taken from that view's others only */
    CHECK_STR(view_keys(VIEW_DOCS, rev), "r");
    CHECK_INT(tui_bind("R", "reports.reverse"), 0);
    CHECK_STR(view_keys(VIEW_DOCS, rev), "r  R");
    CHECK_INT(keys_lookup(view_all[VIEW_DOCS]->keys, view_all[VIEW_DOCS]->nkeys, 'R', 0,
                          NULL), view_all[VIEW_DOCS]->keys[rev].action);
    CHECK_INT(tui_bind("p", "reports.reverse"), 0);
    CHECK_STR(view_keys(VIEW_DOCS, view_entry(VIEW_DOCS, "group")), "");
    CHECK_STR(view_keys(VIEW_INDICATORS, irev), "r"); /* another view's */
    /* a global action given a key it lacked takes it from the views */
    CHECK_INT(tui_bind("r", "top"), 0);
    CHECK_STR(view_keys(VIEW_DOCS, rev), "R  p");
    CHECK_STR(view_keys(VIEW_INDICATORS, irev), "");
    CHECK_INT(keys_lookup(g, ng, 'r', 0, NULL), ACT_TOP);
    /* one it had keeps its meaning in the views: Up, the search's older */
    CHECK_INT(tui_bind("Up", "up"), 0);
    CHECK_STR(view_keys(VIEW_RESULTS, older), "Up");
    CHECK_STR(keys_of(ACT_UP)->keys, "k  Up");
    /* an action's keys are bounded: too many is refused, nothing changed */
    char refused = 0;
    for (char ch = 'A'; ch <= 'z' && !refused; ch++) {
        char k[2] = {ch, '\0'};
        if (keys_bind(k, ACT_TOP) != 0)
            refused = ch;
    }
    CHECK(refused > 'A');
    CHECK_INT(keys_lookup(g, ng, 'A', 0, NULL), ACT_TOP);
    CHECK(keys_lookup(g, ng, refused, 0, NULL) != ACT_TOP);
    CHECK(strlen(keys_of(ACT_TOP)->keys) < KEYS_SPEC_MAX);
    char k[2] = {refused, '\0'};
    CHECK_INT(tui_bind(k, "top"), -2);
}

/* Whether c binds a key to the action called name. */
static int has_bind(const config *c, const char *name)
{
    for (size_t i = 0; i < c->nbinds; i++)
        if (strcmp(c->binds[i].action, name) == 0)
            return 1;
    return 0;
}

/* The example, its settings uncommented: no bad line, every role, the
 * ambiwide and path settings and every action's keys there, the colours
 * and keys the program's own defaults. */
static void test_example(const char *path)
{
    size_t n;
    char *example = slurp(path, &n);
    if (!CHECK(example != NULL))
        return;
    config c;
    parse(&c, example);
    CHECK_INT(c.nbad, 0);
    CHECK_INT(c.npaths + c.nbinds, 0); /* everything commented */
    for (char *p = example; (p = strstr(p, "\n#")); p++)
        if (p[2] >= 'a' && p[2] <= 'z')
            p[1] = ' ';
    parse(&c, example);
    CHECK_INT(c.nbad, 0);
    for (size_t i = 0; i < c.nbad && i < CONFIG_MAX_BAD; i++)
        printf("%s:%zu: %s\n", path, c.bad[i].line, c.bad[i].what);
    CHECK_INT(c.ambiwide, -1);
    CHECK_INT(c.npaths, 1);
    for (int r = 0; r < ROLE_COUNT; r++) {
        role_look want;
        term_default_look((role)r, &want);
        const role_look *got = &c.looks[r];
        if (!CHECK(got->set && got->fg == want.fg && got->bg == want.bg &&
                   got->attrs == want.attrs))
            printf("  role %s\n", names_role(r));
    }
    /* its bindings applied: every key example as it was */
    static char before[VIEW_COUNT + 1][KEYS_MAP_MAX][KEYS_SPEC_MAX];
    size_t ng;
    const keybind *g = keys_global(&ng);
    for (size_t i = 0; i < ng; i++)
        snprintf(before[VIEW_COUNT][i], KEYS_SPEC_MAX, "%s", g[i].keys);
    for (int v = 0; v < VIEW_COUNT; v++)
        for (size_t i = 0; i < view_all[v]->nkeys; i++)
            snprintf(before[v][i], KEYS_SPEC_MAX, "%s", view_keys(v, i));
    for (size_t i = 0; i < c.nbinds; i++)
        if (!CHECK_INT(tui_bind(c.binds[i].key, c.binds[i].action), 0))
            printf("  bind %s %s\n", c.binds[i].key, c.binds[i].action);
    for (size_t i = 0; i < ng; i++)
        if (!CHECK_STR(g[i].keys, before[VIEW_COUNT][i]))
            printf("  action %s\n", names_action(g[i].action));
    for (int v = 0; v < VIEW_COUNT; v++)
        for (size_t i = 0; i < view_all[v]->nkeys; i++)
            if (!CHECK_STR(view_keys(v, i), before[v][i]))
                printf("  action %s.%s\n", view_all[v]->name, view_all[v]->keys[i].name);
    /* and each action, global or a view's, has a bind line */
    for (size_t i = 0; i < ng; i++)
        if (!CHECK(has_bind(&c, names_action(g[i].action))))
            printf("  no bind line for %s\n", names_action(g[i].action));
    for (int v = 0; v < VIEW_COUNT; v++)
        for (size_t i = 0; i < view_all[v]->nkeys; i++) {
            char name[64];
            snprintf(name, sizeof name, "%s.%s", view_all[v]->name, view_all[v]->keys[i].name);
            if (!CHECK(has_bind(&c, name)))
                printf("  no bind line for %s\n", name);
        }
    config_free(&c);
    free(example);
}

int main(int argc, char **argv)
{
    test_empty_and_comments();
    test_colours();
    test_ambiwide();
    test_paths();
    test_binds();
    test_names();
    test_bounds();
    if (CHECK(argc == 2))
        test_example(argv[1]);
    test_keys_bind();
    return check_done();
}
