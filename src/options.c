/* options.c — the table of OPTION_LIST (options.h) and which verbs each
 * option is for; shared by the parser and the build-time generators of
 * the man page and the completions. */
#include "options.h"

#include <string.h>

const option_info option_table[OPTION_COUNT] = {
#define OPTION_ENTRY(id, spelling, arg, value, choices, applies, help) \
    {spelling, arg, value, choices, applies, help},
    OPTION_LIST(OPTION_ENTRY)
#undef OPTION_ENTRY
};

/* True when the space-separated list has the word w. */
static int has_word(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; *p;) {
        size_t k = strcspn(p, " ");
        if (k == n && strncmp(p, w, n) == 0)
            return 1;
        p += k;
        p += *p == ' ';
    }
    return 0;
}

int option_is_for(option_id id, const char *verb, int prints_rows)
{
    const char *a = option_table[id].applies;
    if (has_word(a, "any"))
        return 1;
    if (!verb)
        return has_word(a, "tui");
    return has_word(a, verb) || (prints_rows && has_word(a, "rows"));
}

int option_is_tui(option_id id)
{
    return has_word(option_table[id].applies, "tui");
}
