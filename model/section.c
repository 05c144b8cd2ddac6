/* section.c — queries on a document's section tree: the section at an
 * offset and its breadcrumb path (see section.h). */
#include "section.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

int section_find(const section *sec, size_t nsec, size_t offset)
{
    /* The last section starting at or before offset whose range holds it;
     * sections are in document order, so a binary search finds the last
     * start ≤ offset and its ancestors are tried from there. */
    size_t lo = 0, hi = nsec;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sec[mid].start <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!lo)
        return -1;
    int s = (int)lo - 1;
    while (s >= 0 && !(offset < sec[s].end))
        s = sec[s].parent;
    return s;
}

size_t section_trail(const section *sec, size_t nsec, size_t offset, int *out,
                     size_t max)
{
    int chain[64];
    size_t n = 0;
    for (int s = section_find(sec, nsec, offset); s >= 0 && n < 64;
         s = sec[s].parent)
        chain[n++] = s;
    size_t k = 0;
    while (n && k < max)
        out[k++] = chain[--n];
    return k;
}

/* Appends to buf[*len..size) what snprintf makes of fmt and s, n; *len
 * stays below size. */
static void label_add(char *buf, size_t size, size_t *len, const char *fmt,
                      int n, const char *s)
{
    int w = snprintf(buf + *len, size - *len, fmt, n, s);
    *len += w < 0 ? 0 : (size_t)w;
    if (*len >= size)
        *len = size - 1;
}

char *section_label(const section *s, size_t n, int k, size_t title_max,
                    char *buf, size_t size)
{
    int path[8];
    size_t depth = k >= 0 ? section_trail(s, n, s[k].start, path, 8) : 0;
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < depth && len < 300; i++) {
        const char *m = s[path[i]].marker; /* "" for a bare heading */
        if (*m)
            label_add(buf, size, &len, len ? "›%.*s" : "%.*s", (int)strlen(m), m);
    }
    if (depth) {
        const char *t = s[path[depth - 1]].title;
        label_add(buf, size, &len, len ? " %.*s" : "%.*s",
                  (int)utf8_cut(t, strlen(t), title_max), t);
    }
    return buf;
}
