/* config.c — the config file's parser (see config.h): pure. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "names.h"

enum { QUOTE_MAX = 40 }; /* bytes of a line's text quoted in a message */

void config_init(config *c)
{
    memset(c, 0, sizeof *c);
    c->ambiwide = CONFIG_UNSET;
}

void config_free(config *c)
{
    for (size_t i = 0; i < c->npaths; i++)
        free(c->paths[i]);
    config_init(c);
}

/* Records line `line` as bad, with what is wrong (printf-style). */
static void bad(config *c, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void bad(config *c, size_t line, const char *fmt, ...)
{
    if (c->nbad < CONFIG_MAX_BAD) {
        config_bad *b = &c->bad[c->nbad];
        b->line = line;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(b->what, sizeof b->what, fmt, ap);
        va_end(ap);
    }
    c->nbad++;
}

/* A word of a line: its start and length. */
typedef struct word {
    const char *s;
    size_t n;
} word;

static int is_blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* The next word of [*p, end) (moved past it); n 0 at the end. */
static word next_word(const char **p, const char *end)
{
    while (*p < end && is_blank(**p))
        (*p)++;
    word w = {*p, 0};
    while (*p < end && !is_blank(**p))
        (*p)++;
    w.n = (size_t)(*p - w.s);
    return w;
}

static int is(word w, const char *s)
{
    return w.n == strlen(s) && memcmp(w.s, s, w.n) == 0;
}

/* How much of a word a message quotes. */
static int quoted(word w)
{
    return w.n < QUOTE_MAX ? (int)w.n : QUOTE_MAX;
}

static const char *const colour_names[] = {"black", "red", "green", "yellow",
                                           "blue", "magenta", "cyan", "white"};

/* Colour w into *out (0–255, -1 default): 0, or -1 when it is none. */
static int colour(word w, short *out)
{
    if (is(w, "default"))
        return *out = -1, 0;
    for (short i = 0; i < 8; i++)
        if (is(w, colour_names[i]))
            return *out = i, 0;
    if (!w.n || w.n > 3)
        return -1;
    int v = 0;
    for (size_t i = 0; i < w.n; i++) {
        if (w.s[i] < '0' || w.s[i] > '9')
            return -1;
        v = v * 10 + (w.s[i] - '0');
    }
    return v <= 255 ? (*out = (short)v, 0) : -1;
}

/* The LOOK_* bit attribute w names, or 0. */
static int attribute(word w)
{
    return is(w, "bold") ? LOOK_BOLD : is(w, "underline") ? LOOK_UNDERLINE
                                     : is(w, "reverse") ? LOOK_REVERSE : 0;
}

/* color.ROLE = FG [BG] [ATTR...]: value [p, end). */
static void set_look(config *c, size_t line, word key, word role_name,
                     const char *p, const char *end)
{
    int r = names_find_role(role_name.s, role_name.n);
    if (r < 0) {
        bad(c, line, "unknown key '%.*s' (no role '%.*s')", quoted(key), key.s,
            quoted(role_name), role_name.s);
        return;
    }
    role_look l = {1, -1, -1, 0};
    word w = next_word(&p, end);
    if (colour(w, &l.fg) != 0) {
        bad(c, line, "%.*s: '%.*s' is no colour (black red green yellow blue "
            "magenta cyan white, 0-255, default)", quoted(key), key.s,
            quoted(w), w.s);
        return;
    }
    w = next_word(&p, end);
    if (w.n && colour(w, &l.bg) == 0)
        w = next_word(&p, end);
    for (; w.n; w = next_word(&p, end)) {
        int a = attribute(w);
        if (!a) {
            bad(c, line, "%.*s: '%.*s' is no colour or attribute (bold "
                "underline reverse)", quoted(key), key.s, quoted(w), w.s);
            return;
        }
        l.attrs |= a;
    }
    c->looks[r] = l;
}

/* The one word of value [p, end), or n 0 with a message when it is none or
 * more than one. */
static word one_word(config *c, size_t line, word key, const char *p,
                     const char *end)
{
    word w = next_word(&p, end), more = next_word(&p, end);
    if (!w.n || more.n) {
        bad(c, line, "%.*s takes one value", quoted(key), key.s);
        return (word){p, 0};
    }
    return w;
}

static void set_ambiwide(config *c, size_t line, word key, const char *p,
                         const char *end)
{
    word w = one_word(c, line, key, p, end);
    if (!w.n)
        return;
    int v = is(w, "auto") ? -1 : is(w, "wide") ? 1 : is(w, "narrow") ? 0 : CONFIG_UNSET;
    if (v == CONFIG_UNSET)
        bad(c, line, "ambiwide is auto, wide or narrow, not '%.*s'", quoted(w), w.s);
    else
        c->ambiwide = v;
}

/* path = DIR: the whole value (blanks inside kept), "~/" as home. */
static void add_path(config *c, size_t line, const char *p, const char *end,
                     const char *home)
{
    while (p < end && is_blank(*p))
        p++;
    if (p == end) {
        bad(c, line, "path needs a folder or file");
        return;
    }
    if (c->npaths == CONFIG_MAX_PATHS) {
        bad(c, line, "more than %d paths", CONFIG_MAX_PATHS);
        return;
    }
    int tilde = home && end - p >= 2 && p[0] == '~' && p[1] == '/';
    size_t hl = tilde ? strlen(home) : 0, n = (size_t)(end - p) - (tilde ? 1 : 0);
    char *s = malloc(hl + n + 1);
    if (!s)
        abort();
    memcpy(s, home ? home : "", hl);
    memcpy(s + hl, p + (tilde ? 1 : 0), n);
    s[hl + n] = '\0';
    c->paths[c->npaths++] = s;
}

/* Whether w is written as a view's action: VIEW.NAME, lower-case letters,
 * digits and '-' (which ones exist, tui_bind knows). */
static int is_view_action(word w)
{
    const char *dot = memchr(w.s, '.', w.n);
    if (!dot || dot == w.s || dot == w.s + w.n - 1)
        return 0;
    for (size_t i = 0; i < w.n; i++)
        if (!((w.s[i] >= 'a' && w.s[i] <= 'z') || (w.s[i] >= '0' && w.s[i] <= '9') ||
              w.s[i] == '-' || w.s + i == dot))
            return 0;
    return 1;
}

/* bind KEY ACTION: [p, end) after the word bind. */
static void add_bind(config *c, size_t line, const char *p, const char *end)
{
    word k = next_word(&p, end), a = next_word(&p, end), more = next_word(&p, end);
    if (!k.n || !a.n || more.n) {
        bad(c, line, "bind takes a key and an action (bind C-x quit)");
        return;
    }
    config_bind b = {"", "", line};
    if (names_key(k.s, k.n, b.key, sizeof b.key) != 0) {
        bad(c, line, "bind: '%.*s' is no key (q, C-x, F5, Enter, Tab, Up, …)",
            quoted(k), k.s);
        return;
    }
    if ((names_find_action(a.s, a.n) == ACT_NONE && !is_view_action(a)) ||
        a.n >= sizeof b.action) {
        bad(c, line, "bind: unknown action '%.*s'", quoted(a), a.s);
        return;
    }
    memcpy(b.action, a.s, a.n);
    b.action[a.n] = '\0';
    if (c->nbinds == CONFIG_MAX_BINDS) {
        bad(c, line, "more than %d bindings", CONFIG_MAX_BINDS);
        return;
    }
    c->binds[c->nbinds++] = b;
}

/* One line s[0..n) (its end excluded), number `line`. */
static void parse_line(config *c, size_t line, const char *s, size_t n,
                       const char *home)
{
    if (n > CONFIG_MAX_LINE) {
        bad(c, line, "longer than %d bytes", CONFIG_MAX_LINE);
        return;
    }
    if (memchr(s, '\0', n)) {
        bad(c, line, "a NUL byte");
        return;
    }
    const char *end = s + n;
    while (end > s && is_blank(end[-1]))
        end--;
    const char *p = s;
    word first = next_word(&p, end);
    if (!first.n || first.s[0] == '#')
        return;
    if (is(first, "bind")) {
        add_bind(c, line, p, end);
        return;
    }
    const char *eq = memchr(s, '=', (size_t)(end - s));
    if (!eq) {
        bad(c, line, "'%.*s' is no setting (KEY = VALUE, or bind KEY ACTION)",
            quoted(first), first.s);
        return;
    }
    p = s;
    word key = next_word(&p, eq), extra = next_word(&p, eq);
    if (!key.n || extra.n) {
        bad(c, line, "one key before '='");
        return;
    }
    const char *v = eq + 1;
    if (is(key, "ambiwide"))
        set_ambiwide(c, line, key, v, end);
    else if (is(key, "path"))
        add_path(c, line, v, end, home);
    else if (key.n > 6 && memcmp(key.s, "color.", 6) == 0)
        set_look(c, line, key, (word){key.s + 6, key.n - 6}, v, end);
    else
        bad(c, line, "unknown key '%.*s'", quoted(key), key.s);
}

void config_parse(config *c, const char *text, size_t len, const char *home)
{
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
        p += 3;
    for (size_t line = 1; p < end; line++) {
        if (line > CONFIG_MAX_LINES) {
            bad(c, line, "more than %d lines: the rest is ignored", CONFIG_MAX_LINES);
            return;
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        size_t n = (size_t)(e - p);
        if (n && p[n - 1] == '\r')
            n--;
        parse_line(c, line, p, n, home);
        p = nl ? nl + 1 : end;
    }
}
