/* keys.c — the global action list and key lookup by the keys' own names
 * (see keys.h): a binding is found by reading the text the help shows;
 * the config file's bindings rewrite that text (keys_bind). */
#include "keys.h"

#include <stdio.h>
#include <string.h>

#include <ncursesw/curses.h>

static keybind global[] = {
#define ACTION_ENTRY(name, keys, help, scope) {ACT_##name, keys, help, scope, NULL},
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
 * the list), as characters or as function keys (KEY_NAMES in keys.h). */
typedef struct named_key {
    const char *name;
    int fk;
    int codes[3];
} named_key;

static const named_key names[] = {
#define NAMED_ENTRY(name, fk, ...) {name, fk, {__VA_ARGS__}},
    KEY_NAMES(NAMED_ENTRY)
#undef NAMED_ENTRY
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
/* The next key of a key text at *p (moved past it): its start, its length
 * in *n; NULL at the end. */
static const char *next_key(const char **p, size_t *n)
{
    while (**p == ' ')
        (*p)++;
    if (!**p)
        return NULL;
    const char *t = *p;
    *n = strcspn(t, " ");
    *p += *n;
    return t;
}

static int spec_has(const char *spec, int ch, int fk, int *letter)
{
    const char *t;
    size_t n;
    for (const char *p = spec; (t = next_key(&p, &n));) {
        int takes = 0;
        if (token_has(t, n, ch, fk, &takes)) {
            if (letter)
                *letter = takes;
            return 1;
        }
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

const char *keys_first(int a, char *buf, size_t len)
{
    const keybind *k = keys_of(a);
    const char *p = k ? k->keys : "", *t = NULL;
    size_t n = 0;
    if (len)
        buf[0] = '\0';
    if (len && (t = next_key(&p, &n)))
        snprintf(buf, len, "%.*s", (int)n, t);
    return buf;
}

/* Appends key t[0..n) to the key text out (cap bytes): 0, or -1 when it
 * does not fit. */
static int append_key(char *out, size_t cap, const char *t, size_t n)
{
    size_t len = strlen(out), sep = len ? 2 : 0;
    if (len + sep + n + 1 > cap)
        return -1;
    memcpy(out + len, "  ", sep);
    memcpy(out + len + sep, t, n);
    out[len + sep + n] = '\0';
    return 0;
}

/* Whether key t[0..n) of a key text is key (written key or key<letter>). */
static int same_key(const char *t, size_t n, const char *key)
{
    static const char suffix[] = "<letter>";
    size_t sl = sizeof suffix - 1, kl = strlen(key);
    if (n > sl && memcmp(t + n - sl, suffix, sl) == 0)
        n -= sl;
    return n == kl && memcmp(t, key, n) == 0;
}

int keys_text_has(const char *spec, const char *key)
{
    const char *t;
    size_t n;
    for (const char *p = spec; (t = next_key(&p, &n));)
        if (same_key(t, n, key))
            return 1;
    return 0;
}

int keys_rebind(keybind *map, size_t n, char (*specs)[KEYS_SPEC_MAX],
                size_t target, const char *key, int letter)
{
    size_t kl = strlen(key);
    if (n > KEYS_MAP_MAX || !kl || strchr(key, ' ') || kl + 9 > KEYS_SPEC_MAX)
        return -1;
    char next[KEYS_MAP_MAX][KEYS_SPEC_MAX];
    for (size_t i = 0; i < n; i++) {
        next[i][0] = '\0';
        const char *t;
        size_t tn;
        for (const char *p = map[i].keys; (t = next_key(&p, &tn));)
            if (!same_key(t, tn, key) && append_key(next[i], KEYS_SPEC_MAX, t, tn) != 0)
                return -1;
    }
    if (target < n) {
        char token[KEYS_SPEC_MAX];
        snprintf(token, sizeof token, "%s%s", key, letter ? "<letter>" : "");
        if (append_key(next[target], KEYS_SPEC_MAX, token, strlen(token)) != 0)
            return -1;
    }
    for (size_t i = 0; i < n; i++) {
        memcpy(specs[i], next[i], KEYS_SPEC_MAX);
        map[i].keys = specs[i];
    }
    return 0;
}

int keys_bind(const char *key, int a)
{
    static char specs[NGLOBAL][KEYS_SPEC_MAX];
    /* whether a takes a letter: from its own key text, which its keys
     * being rebound elsewhere may have emptied */
    static const char *const own[] = {
#define ACTION_KEYS(name, keys, help, scope) keys,
        ACTION_LIST(ACTION_KEYS)
#undef ACTION_KEYS
    };
    return keys_of(a) ? keys_rebind(global, NGLOBAL, specs, (size_t)(a - 1), key,
                                    strstr(own[a - 1], "<letter>") != NULL)
                      : -1;
}
