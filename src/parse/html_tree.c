/* html_tree.c — the HTML reader's kinds of elements (see html_tree.h). */
#include "html_tree.h"

#include <string.h>

typedef struct kind_entry {
    const char *name;
    html_kind kind;
} kind_entry;

static const kind_entry kinds[] = {
    {"br", HTML_BREAK},        {"table", HTML_TABLE},
    {"tr", HTML_ROW},          {"td", HTML_CELL},
    {"th", HTML_CELL},         {"thead", HTML_SKIP},
    {"tbody", HTML_SKIP},      {"tfoot", HTML_SKIP},
    {"caption", HTML_PARA},    {"h1", HTML_HEADING},
    {"h2", HTML_HEADING},      {"h3", HTML_HEADING},
    {"h4", HTML_HEADING},      {"h5", HTML_PARA},
    {"h6", HTML_PARA},         {"p", HTML_PARA},
    {"li", HTML_PARA},         {"pre", HTML_PARA},
    {"blockquote", HTML_PARA}, {"dd", HTML_PARA},
    {"dt", HTML_PARA},         {"figcaption", HTML_PARA},
    {"address", HTML_PARA},    {"div", HTML_BLOCK},
    {"section", HTML_BLOCK},   {"article", HTML_BLOCK},
    {"main", HTML_BLOCK},      {"center", HTML_BLOCK},
    {"ul", HTML_BLOCK},        {"ol", HTML_BLOCK},
    {"dl", HTML_BLOCK},        {"body", HTML_BLOCK},
    {"html", HTML_BLOCK},      {"figure", HTML_BLOCK},
    {"fieldset", HTML_BLOCK},  {"details", HTML_BLOCK},
    {"summary", HTML_PARA},    {"hr", HTML_BLOCK},
    {"dir", HTML_BLOCK},       {"title", HTML_BLOCK},
};

int html_is(const xmlNode *e, const char *name)
{
    return e->name && strcmp((const char *)e->name, name) == 0;
}

html_kind html_kind_of(const xmlNode *e)
{
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (html_is(e, kinds[i].name))
            return kinds[i].kind;
    return HTML_INLINE;
}

int html_heading_level(const xmlNode *e)
{
    const char *n = (const char *)e->name;
    if (n && n[0] == 'h' && n[1] >= '1' && n[1] <= '4' && !n[2])
        return n[1] - '0';
    return 0;
}

size_t html_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        k += (c & 0xC0) != 0x80 && c > ' ' && !(c == 0xC2 && i + 1 < n &&
                                                (unsigned char)s[i + 1] == 0xA0);
    }
    return k;
}
