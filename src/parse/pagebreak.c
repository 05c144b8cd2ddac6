/* pagebreak.c — page-break continuation test (see pagebreak.h). */
#include "pagebreak.h"

#include <string.h>

#include "marker.h"
#include "strs.h"
#include "utf8.h"

static uint32_t last_cp(const char *s, size_t n)
{
    uint32_t cp;
    size_t k = utf8_prev_len(s, n);
    utf8_decode(s + n - k, k, &cp);
    return cp;
}

int pagebreak_ends_closed(const char *s, size_t n)
{
    if (!n)
        return 1;
    switch (last_cp(s, n)) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0xFF1A: /* 。！？；： */
    case 0x201D: case 0x2019: case 0xFF09: case 0x300D: case 0x300F:  /* ”’）」』 */
    case 0x3011: case 0x300B: case 0x2026: case 0x2014:               /* 】》…— */
    case '.': case '!': case '?': case ';': case ':': case ')': case '"':
        return 1;
    default:
        return 0;
    }
}

int pagebreak_is_table_row(const char *s, size_t n)
{
    return n && s[0] == '|';
}

int pagebreak_is_caption(const char *s, size_t n)
{
    static const char *const heads[] = {"表", "图", "圖", "附表", "附图"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t k = strlen(heads[i]);
        if (!strs_starts(s, n, heads[i]))
            continue;
        while (k < n && s[k] == ' ')
            k++;
        if (k < n && s[k] >= '0' && s[k] <= '9')
            return 1;
    }
    return 0;
}

/* Commas and the like: prose has them, titles and headings mostly don't. */
static int has_clause_punct(const char *s, size_t n)
{
    static const char *const marks[] = {"，", "、", "；", "：", ",", ":", "。"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strs_has(s, n, marks[i]))
            return 1;
    return 0;
}

static int is_body(const char *s, size_t n)
{
    if (pagebreak_is_table_row(s, n) || pagebreak_is_caption(s, n))
        return 0;
    /* (A character takes at most 4 bytes: long byte runs skip the count.) */
    if ((n < 40 && utf8_count(s, n) < 10) || !has_clause_punct(s, n))
        return 0;
    /* A short marked line is a heading, not a paragraph cut in two —
     * unless text goes on past a sentence end or a colon in it (a
     * numbered paragraph, a heading's title and its first body sentence,
     * a numbered note: 14.“绿马甲”就业服务:指…). */
    marker m;
    if (marker_parse(s, n, &m) && m.kind != MARK_LEAD && n < 240 &&
        utf8_count(s, n) < 60 && !strs_has(s, n, "。") && !strs_has(s, n, "；") &&
        !strs_has(s, n, "：") && !strs_has(s, n, ":"))
        return 0;
    return 1;
}

int pagebreak_starts_block(const char *s, size_t n)
{
    marker m;
    if (pagebreak_is_table_row(s, n) || pagebreak_is_caption(s, n))
        return 1;
    if (marker_parse(s, n, &m))
        return 1;
    return strs_starts(s, n, "附件") || strs_starts(s, n, "——") || strs_starts(s, n, "注：") ||
           strs_starts(s, n, "注:") || strs_starts(s, n, "说明") ||
           strs_starts(s, n, "单位：") || strs_starts(s, n, "单位:");
}

int pagebreak_continues(const char *a, size_t an, const char *b, size_t bn)
{
    if (!an || !bn)
        return 0;
    if (pagebreak_ends_closed(a, an) || !is_body(a, an))
        return 0;
    return !pagebreak_starts_block(b, bn);
}
