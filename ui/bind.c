/* bind.c — the config's key bindings applied to the key tables: the
 * global list (keys.c) and each view's own (see tui_bind in tui.h). */
#include <string.h>

#include "keys.h"
#include "names.h"
#include "tui.h"
#include "view.h"

enum { VIEW_KEYS_MAX = 16 };

/* The rewritten key texts of each view's keymap. */
static char view_specs[VIEW_COUNT][VIEW_KEYS_MAX][KEYS_SPEC_MAX];

/* Rebinds key in view v's keymap, to its entry target (none when
 * target >= its count). */
static int rebind_view(int v, size_t target, const char *key)
{
    const view_ops *o = view_all[v];
    if (!o->nkeys)
        return 0;
    if (o->nkeys > VIEW_KEYS_MAX)
        return -1;
    return keys_rebind(o->keys, o->nkeys, view_specs[v], target, key, 0);
}

/* The view action named VIEW.NAME in s: *v and *i, or -1. */
static int find_view_action(const char *s, int *v, size_t *i)
{
    const char *dot = strchr(s, '.');
    if (!dot)
        return -1;
    for (*v = 0; *v < VIEW_COUNT; (*v)++) {
        const view_ops *o = view_all[*v];
        if (strlen(o->name) != (size_t)(dot - s) || memcmp(o->name, s, (size_t)(dot - s)))
            continue;
        for (*i = 0; *i < o->nkeys; (*i)++)
            if (o->keys[*i].name && strcmp(o->keys[*i].name, dot + 1) == 0)
                return 0;
    }
    return -1;
}

int tui_bind(const char *key, const char *name)
{
    int a = names_find_action(name, strlen(name)), v;
    size_t i;
    if (a != ACT_NONE) {
        /* a key the action has already (bind Up up) keeps its meaning in
         * the views; another is taken from them too */
        int had = keys_text_has(keys_of(a)->keys, key);
        if (keys_bind(key, a) != 0)
            return -2;
        for (v = 0; v < VIEW_COUNT && !had; v++)
            rebind_view(v, (size_t)-1, key); /* only takes: cannot grow */
        return 0;
    }
    if (find_view_action(name, &v, &i) != 0)
        return -1;
    return rebind_view(v, i, key) == 0 ? 0 : -2;
}
