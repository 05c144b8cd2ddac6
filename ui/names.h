/* names.h — the UI's things as the config file names them: global
 * actions (ACTION_LIST, keys.h), roles (ROLE_LIST, roles.h) and keys. No
 * curses here (the config parser in src/ uses it). A name is its
 * identifier in lower case with '_' as '-': ACT_NEXT_PANE is next-pane,
 * ROLE_TITLE_FOCUS title-focus. */
#ifndef BAOGAO_NAMES_H
#define BAOGAO_NAMES_H

#include <stddef.h>

/* The name of global action a (ACT_DOWN … ACT_COUNT-1), or NULL. */
const char *names_action(int a);

/* The global action named s[0..n), or 0 (ACT_NONE). */
int names_find_action(const char *s, size_t n);

/* The name of role r, or NULL. */
const char *names_role(int r);

/* The role named s[0..n), or -1. */
int names_find_role(const char *s, size_t n);

/* One key as a key text spells it (keys.h), from s[0..n) as a config file
 * may write it: a printable ASCII character but space ("q", "?", "#");
 * C-x, Ctrl-x or Ctrl-X (Ctrl-X); F1…F12; a name of KEY_NAMES, in any case
 * ("enter" is Enter). Written to out (NUL-terminated); 0, or -1 when s is
 * no key or out is too small. */
int names_key(const char *s, size_t n, char *out, size_t outlen);

#endif
