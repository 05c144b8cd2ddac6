/* indicator.c — the small things every user of an indicator needs: its
 * kind's name, its period as text and back. */
#include "indicator.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"actual", "target", "expected"};

const char *indicator_kind_name(indicator_kind k)
{
    return (unsigned)k < sizeof kind_names / sizeof *kind_names
               ? kind_names[k] : "actual";
}

int indicator_kind_parse(const char *s, indicator_kind *k)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
        if (strcmp(s, kind_names[i]) == 0) {
            *k = (indicator_kind)i;
            return 1;
        }
    return 0;
}

char *indicator_number_text(const indicator *x, const char *none, char *buf,
                            size_t len)
{
    if (x && *x->value)
        snprintf(buf, len, "%s%s", x->value, x->unit);
    else
        snprintf(buf, len, "%s", x && *x->change ? x->change : none);
    return buf;
}

char *indicator_period_format(int from, int to, char *buf, size_t len)
{
    if (!len)
        return buf;
    if (from <= 0)
        buf[0] = '\0';
    else if (to <= from)
        snprintf(buf, len, "%d", from);
    else
        snprintf(buf, len, "%d-%d", from, to);
    return buf;
}

/* A year of four ASCII digits at *s; advances *s. */
static int year_at(const char **s, int *y)
{
    const char *p = *s;
    if (!(p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' &&
          p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9'))
        return 0;
    *y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
         (p[3] - '0');
    *s = p + 4;
    return 1;
}

int indicator_period_parse(const char *s, int *from, int *to)
{
    int a, b;
    if (!year_at(&s, &a))
        return 0;
    if (!*s) {
        *from = *to = a;
        return 1;
    }
    static const char *const dashes[] = {"-", "—", "~", "–", "－"};
    for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++) {
        size_t n = strlen(dashes[i]);
        if (strncmp(s, dashes[i], n) == 0) {
            const char *p = s + n;
            if (year_at(&p, &b) && !*p && b >= a) {
                *from = a;
                *to = b;
                return 1;
            }
            return 0;
        }
    }
    return 0;
}
