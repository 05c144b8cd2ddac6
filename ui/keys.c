/* keys.c — the global action list and key lookup by the keys' own names
 * (see keys.h): a binding is found by reading the text the help shows. */
#include "keys.h"

#include <string.h>

#include <ncursesw/curses.h>

static const keybind global[] = {
#define ACTION_ENTRY(name, keys, help, scope) {ACT_##name, keys, help, scope},
    ACTION_LIST(ACTION_ENTRY)
#undef ACTION_ENTRY
};
enum { NGLOBAL = sizeof global / sizeof global[0] };

const keybind *keys_global(size_t *n)
{
    *n = NGLOBAL;
    return global;
}

const keybind *keys_of(int a)
{
    return a > ACT_NONE && a < ACT_COUNT ? &global[a - 1] : NULL;
}

#define CTRL(c) ((c) & 0x1f)

/* Named keys: a name, and the codes it stands for (up to three; 0 ends
 * the list), as characters or as function keys. */
typedef struct named_key {
    const char *name;
    int fk;
    int codes[3];
} named_key;

static const named_key names[] = {
    {"Space", 0, {' '}},
    {"Enter", 0, {'\r', '\n'}},
    {"Enter", 1, {KEY_ENTER}},
    {"Tab", 0, {'\t'}},
    {"Shift-Tab", 1, {KEY_BTAB}},
    {"Esc", 0, {27}},
    {"Backspace", 0, {127, 8}},
    {"Backspace", 1, {KEY_BACKSPACE}},
    {"Up", 1, {KEY_UP}},
    {"Down", 1, {KEY_DOWN}},
    {"Left", 1, {KEY_LEFT}},
    {"Right", 1, {KEY_RIGHT}},
    {"PgUp", 1, {KEY_PPAGE}},
    {"PgDn", 1, {KEY_NPAGE}},
    {"Home", 1, {KEY_HOME}},
    {"End", 1, {KEY_END}},
};

/* Whether token t[0..n) (one key of a spec) names key ch. */
static int token_has(const char *t, size_t n, int ch, int fk, int *letter)
{
    static const char suffix[] = "<letter>";
    size_t sl = sizeof suffix - 1;
    if (n > sl && memcmp(t + n - sl, suffix, sl) == 0) {
        n -= sl;
        *letter = 1;
    }
    if (n == 1)
        return !fk && ch == (unsigned char)t[0];
    if (n == 6 && memcmp(t, "Ctrl-", 5) == 0 && t[5] >= 'A' && t[5] <= 'Z')
        return !fk && ch == CTRL(t[5]);
    if (n >= 2 && n <= 3 && t[0] == 'F' && t[1] >= '1' && t[1] <= '9') {
        int k = n == 2 ? t[1] - '0' : (t[1] - '0') * 10 + (t[2] - '0');
        return fk && k <= 12 && ch == KEY_F(k);
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const named_key *k = &names[i];
        if (strlen(k->name) != n || memcmp(k->name, t, n) != 0 || k->fk != fk)
            continue;
        for (int c = 0; c < 3 && k->codes[c]; c++)
            if (k->codes[c] == ch)
                return 1;
    }
    return 0;
}

/* keys_spec_has, also saying whether the key found takes a letter. */
static int spec_has(const char *spec, int ch, int fk, int *letter)
{
    for (const char *p = spec; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        int takes = 0;
        if (n && token_has(p, n, ch, fk, &takes)) {
            if (letter)
                *letter = takes;
            return 1;
        }
        p += n;
    }
    return 0;
}

int keys_spec_has(const char *spec, int ch, int is_function_key)
{
    return spec_has(spec, ch, is_function_key, NULL);
}

int keys_lookup(const keybind *map, size_t n, int ch, int is_function_key,
                int *takes_letter)
{
    for (size_t i = 0; i < n; i++)
        if (spec_has(map[i].keys, ch, is_function_key, takes_letter))
            return map[i].action;
    return ACT_NONE;
}
