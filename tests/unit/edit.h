/* edit.h — the edits tests make to sample reports (header-only, one copy
 * for all of them): a text with its first occurrence of one string
 * replaced, a text with every year a year later (a doctored copy of a
 * report as next year's would state it), and a text parsed. */
#ifndef BAOGAO_TEST_EDIT_H
#define BAOGAO_TEST_EDIT_H

#include <string.h>

#include "arena.h"
#include "doc.h"
#include "sample_doc.h"

/* s with the first from replaced by to (malloc'd), or NULL when s has no
 * from. */
static inline char *edit_replace(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    if (!at)
        return NULL;
    size_t n = strlen(s), f = strlen(from), t = strlen(to);
    char *out = xmalloc(n - f + t + 1);
    memcpy(out, s, (size_t)(at - s));
    memcpy(out + (at - s), to, t);
    memcpy(out + (at - s) + t, at + f, n - (size_t)(at - s) - f + 1);
    return out;
}

static inline int edit_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* s with every year 2015–2030 written in four ASCII digits one later
 * (2023 → 2024, 2024 → 2025), malloc'd. */
static inline char *edit_years_later(const char *s)
{
    size_t n = strlen(s);
    char *out = xmalloc(n + 1);
    memcpy(out, s, n + 1);
    for (size_t i = 0; i + 4 <= n; i++) {
        if (out[i] != '2' || out[i + 1] != '0' || !edit_digit(out[i + 2]) ||
            !edit_digit(out[i + 3]) || (i && edit_digit(out[i - 1])) ||
            (i + 4 < n && edit_digit(out[i + 4])))
            continue;
        int y = (out[i + 2] - '0') * 10 + (out[i + 3] - '0');
        if (y < 15 || y > 30)
            continue;
        y++;
        out[i + 2] = (char)('0' + y / 10);
        out[i + 3] = (char)('0' + y % 10);
        i += 3;
    }
    return out;
}

/* NUL-terminated s parsed as a document named name (sample_doc.h's
 * sample_text; doc_free it). */
static inline doc *edit_parse(const char *name, const char *s)
{
    return sample_text(name, s, strlen(s));
}

#endif
