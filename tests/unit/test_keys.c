/* test_keys.c — unit tests of the key bindings (ui/keys.c): keys are found
 * by the text the help shows, every key text of every table names a real
 * key, and no key reaches two actions of one table. */
#include <ncursesw/curses.h>

#include "check.h"
#include "keys.h"
#include "view.h"

static int lookup(int ch, int fk, int *letter)
{
    size_t n;
    const keybind *g = keys_global(&n);
    return keys_lookup(g, n, ch, fk, letter);
}

static void test_bindings(void)
{
    int letter = 0;
    CHECK_INT(lookup('j', 0, NULL), ACT_DOWN);
    CHECK_INT(lookup(KEY_DOWN, 1, NULL), ACT_DOWN);
    CHECK_INT(lookup(' ', 0, NULL), ACT_PAGE_DOWN);
    CHECK_INT(lookup(KEY_NPAGE, 1, NULL), ACT_PAGE_DOWN);
    CHECK_INT(lookup('f', 0, NULL), ACT_PAGE_DOWN);
    CHECK_INT(lookup(6, 0, NULL), ACT_PAGE_DOWN);       /* Ctrl-F */
    CHECK_INT(lookup(2, 0, NULL), ACT_PAGE_UP);         /* Ctrl-B */
    CHECK_INT(lookup(4, 0, NULL), ACT_HALF_DOWN);       /* Ctrl-D */
    CHECK_INT(lookup('\r', 0, NULL), ACT_OPEN);
    CHECK_INT(lookup('\n', 0, NULL), ACT_OPEN);
    CHECK_INT(lookup(KEY_ENTER, 1, NULL), ACT_OPEN);
    CHECK_INT(lookup('\t', 0, NULL), ACT_NEXT_PANE);
    CHECK_INT(lookup(KEY_BTAB, 1, NULL), ACT_PREV_PANE);
    CHECK_INT(lookup(KEY_F(1), 1, NULL), ACT_HELP);
    CHECK_INT(lookup('?', 0, NULL), ACT_HELP);
    CHECK_INT(lookup(27, 0, NULL), ACT_BACK);
    CHECK_INT(lookup(3, 0, NULL), ACT_QUIT);            /* Ctrl-C */
    CHECK_INT(lookup('Q', 0, NULL), ACT_QUIT);
    CHECK_INT(lookup('m', 0, &letter), ACT_MARK);
    CHECK_INT(letter, 1);
    letter = 0;
    CHECK_INT(lookup('\'', 0, &letter), ACT_JUMP_MARK);
    CHECK_INT(letter, 1);
    letter = 0;
    CHECK_INT(lookup('g', 0, &letter), ACT_TOP);
    CHECK_INT(letter, 0);
    CHECK_INT(lookup('x', 0, NULL), ACT_NONE);
    CHECK_INT(lookup('J', 0, NULL), ACT_NONE);          /* case matters */
    CHECK_INT(lookup('j', 1, NULL), ACT_NONE);          /* a function key code */
    CHECK_INT(lookup(KEY_F(2), 1, NULL), ACT_NONE);
    CHECK(keys_spec_has("Ctrl-N  Down", 14, 0));
    CHECK(keys_spec_has("Ctrl-N  Down", KEY_DOWN, 1));
    CHECK(!keys_spec_has("Ctrl-N  Down", 'N', 0));
    CHECK(keys_spec_has("F12", KEY_F(12), 1));
    CHECK(keys_spec_has("Backspace", 127, 0));
    CHECK(keys_spec_has("Backspace", KEY_BACKSPACE, 1));
    CHECK(!keys_spec_has("", 'a', 0));
    const keybind *k = keys_of(ACT_NEXT_HEADING);
    CHECK(k && k->action == ACT_NEXT_HEADING && k->scope == KEYS_ANY);
    CHECK(keys_of(ACT_NONE) == NULL && keys_of(ACT_COUNT) == NULL);
}

/* Every key code a table might name: the characters and curses' codes. */
static int codes_of(const char *token, size_t n)
{
    char t[64];
    if (n >= sizeof t)
        return 0;
    memcpy(t, token, n);
    t[n] = '\0';
    int found = 0;
    for (int c = 0; c < 128; c++)
        found += keys_spec_has(t, c, 0);
    for (int c = KEY_MIN; c <= KEY_MAX; c++)
        found += keys_spec_has(t, c, 1);
    return found;
}

/* Each key of each entry of map names at least one key, and no key
 * reaches two actions of the table. */
static void check_table(const char *name, const keybind *map, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (const char *p = map[i].keys; *p;) {
            while (*p == ' ')
                p++;
            size_t len = strcspn(p, " ");
            if (len && !codes_of(p, len)) {
                printf("  %s: \"%.*s\" (in \"%s\") names no key\n", name,
                       (int)len, p, map[i].keys);
                CHECK(0);
            }
            p += len;
        }
    int clashes = 0;
    for (int fk = 0; fk < 2; fk++)
        for (int c = fk ? KEY_MIN : 0; c <= (fk ? KEY_MAX : 127); c++) {
            int hits = 0;
            for (size_t i = 0; i < n; i++)
                hits += keys_spec_has(map[i].keys, c, fk);
            clashes += hits > 1;
        }
    if (clashes)
        printf("  %s: %d keys reach two actions\n", name, clashes);
    CHECK_INT(clashes, 0);
}

static void test_tables(void)
{
    size_t n;
    const keybind *g = keys_global(&n);
    CHECK_INT(n, ACT_COUNT - 1);
    for (size_t i = 0; i < n; i++)
        CHECK_INT(g[i].action, (long long)i + 1); /* in ACTION_LIST order */
    check_table("global", g, n);
#define VIEW_TABLE(id, file, name)                                            \
    check_table(name, file##_ops.keys, file##_ops.nkeys);                     \
    for (size_t i = 0; i < file##_ops.nkeys; i++)                             \
        CHECK(file##_ops.keys[i].action >= ACT_VIEW);
    VIEW_LIST(VIEW_TABLE)
#undef VIEW_TABLE
}

int main(void)
{
    test_bindings();
    test_tables();
    return check_done();
}
