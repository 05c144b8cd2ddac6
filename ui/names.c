/* names.c — config names of actions, roles and keys (see names.h). */
#include "names.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "keys.h"
#include "roles.h"

enum { NAME_MAX_LEN = 24 };

static const char *const action_ids[] = {
#define ACTION_ID(name, keys, help, scope) #name,
    ACTION_LIST(ACTION_ID)
#undef ACTION_ID
};
static const char *const role_ids[] = {
#define ROLE_ID(name, what) #name,
    ROLE_LIST(ROLE_ID)
#undef ROLE_ID
};
enum {
    NACTIONS = sizeof action_ids / sizeof action_ids[0],
    NROLES = sizeof role_ids / sizeof role_ids[0]
};

/* id in lower case, '_' as '-', into out. */
static void name_of(const char *id, char *out)
{
    size_t i = 0;
    for (; id[i] && i + 1 < NAME_MAX_LEN; i++)
        out[i] = id[i] == '_' ? '-' : (char)(id[i] >= 'A' && id[i] <= 'Z' ? id[i] + 32 : id[i]);
    out[i] = '\0';
}

static char action_names[NACTIONS][NAME_MAX_LEN], role_names[NROLES][NAME_MAX_LEN];

/* The names, made once from the identifiers. */
static void make_names(void)
{
    static int made;
    if (made)
        return;
    for (size_t i = 0; i < NACTIONS; i++)
        name_of(action_ids[i], action_names[i]);
    for (size_t i = 0; i < NROLES; i++)
        name_of(role_ids[i], role_names[i]);
    made = 1;
}

/* The index of s[0..n) among names[0..count), or -1. */
static int find(char (*names)[NAME_MAX_LEN], size_t count, const char *s,
                size_t n)
{
    make_names();
    for (size_t i = 0; i < count; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
            return (int)i;
    return -1;
}

const char *names_action(int a)
{
    make_names();
    return a >= 1 && a <= NACTIONS ? action_names[a - 1] : NULL;
}

int names_find_action(const char *s, size_t n)
{
    return find(action_names, NACTIONS, s, n) + 1;
}

const char *names_role(int r)
{
    make_names();
    return r >= 0 && r < NROLES ? role_names[r] : NULL;
}

int names_find_role(const char *s, size_t n)
{
    return find(role_names, NROLES, s, n);
}

static const char *const key_names[] = {
#define KEY_NAME(name, fk, ...) name,
    KEY_NAMES(KEY_NAME)
#undef KEY_NAME
};

/* The spelling of key s[0..n) as a key text has it, in buf, or NULL. */
static const char *spell(const char *s, size_t n, char *buf, size_t len)
{
    if (n == 1 && s[0] > ' ' && s[0] < 127)
        return snprintf(buf, len, "%c", s[0]), buf;
    size_t p = n > 2 && memcmp(s, "C-", 2) == 0 ? 2
             : n > 5 && strncasecmp(s, "Ctrl-", 5) == 0 ? 5 : 0;
    if (p && n == p + 1 && ((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z')))
        return snprintf(buf, len, "Ctrl-%c", s[p] & ~0x20), buf;
    if ((n == 2 || n == 3) && (s[0] == 'F' || s[0] == 'f') && s[1] >= '1' && s[1] <= '9') {
        int k = n == 2 ? s[1] - '0' : (s[1] - '0') * 10 + (s[2] - '0');
        if (n == 3 && (s[2] < '0' || s[2] > '9'))
            return NULL;
        return k <= 12 ? (snprintf(buf, len, "F%d", k), buf) : NULL;
    }
    for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
        if (strlen(key_names[i]) == n && strncasecmp(key_names[i], s, n) == 0)
            return key_names[i];
    return NULL;
}

int names_key(const char *s, size_t n, char *out, size_t outlen)
{
    char buf[16];
    const char *k = spell(s, n, buf, sizeof buf);
    if (!k || strlen(k) + 1 > outlen)
        return -1;
    memcpy(out, k, strlen(k) + 1);
    return 0;
}
