/* html.c — HTML comments, tags and entities out of scraped text (see html.h). */
#include "html.h"

#include <string.h>
#include <strings.h>

#include "utf8.h"

typedef struct entity {
    const char *name;
    uint32_t cp;
} entity;

/* The named entities that occur in scraped Chinese pages. */
static const entity entities[] = {
    {"nbsp", 0xA0},   {"amp", '&'},      {"lt", '<'},       {"gt", '>'},
    {"quot", '"'},    {"apos", '\''},    {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013},
    {"hellip", 0x2026}, {"middot", 0xB7}, {"emsp", 0x2003},  {"ensp", 0x2002},
    {"thinsp", 0x2009}, {"times", 0xD7},  {"divide", 0xF7},  {"copy", 0xA9},
    {"reg", 0xAE},    {"deg", 0xB0},     {"plusmn", 0xB1},  {"permil", 0x2030},
    {"bull", 0x2022}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"yen", 0xA5},
    {"zwsp", 0x200B}, {"shy", 0xAD},
};

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(char c)
{
    return is_alpha(c) || (c >= '0' && c <= '9');
}

size_t html_entity(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 1;
    if (i < n && s[i] == '#') {
        i++;
        int hex = i < n && (s[i] == 'x' || s[i] == 'X');
        i += (size_t)hex;
        uint32_t v = 0;
        size_t digits = 0;
        for (; i < n && digits < 8; i++, digits++) {
            char c = s[i];
            int d = c >= '0' && c <= '9'   ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
            if (d < 0)
                break;
            v = v * (hex ? 16u : 10u) + (uint32_t)d;
        }
        if (!digits || i >= n || s[i] != ';')
            return 0;
        *cp = v > 0x10FFFF || v == 0 ? UTF8_REPLACEMENT : v;
        return i + 1;
    }
    size_t start = i;
    while (i < n && i - start < 10 && is_alnum(s[i]))
        i++;
    if (i >= n || s[i] != ';' || i == start)
        return 0;
    for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
        size_t len = strlen(entities[k].name);
        if (len == i - start && memcmp(s + start, entities[k].name, len) == 0) {
            *cp = entities[k].cp;
            return i + 1;
        }
    }
    return 0;
}

/* Tag names after which the text continues on a new line. */
static int is_block_tag(const char *name, size_t len)
{
    static const char *const blocks[] = {"br", "p", "div", "li", "tr", "h1",
        "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
        "article", "blockquote", "hr"};
    for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
        if (strlen(blocks[k]) == len && strncasecmp(name, blocks[k], len) == 0)
            return 1;
    return 0;
}

/* Length of a tag at s ('<' then optional '/', a letter, …, '>') on this
 * line, or 0 when '<' does not open one (as in "<5%"). *is_block tells whether
 * it is a block-level tag. Tags longer than 1000 bytes are not tags. */
static size_t parse_tag(const char *s, size_t n, int *is_block)
{
    size_t i = 1;
    if (i < n && (s[i] == '/' || s[i] == '!'))
        i++;
    if (i >= n || !is_alpha(s[i]))
        return 0;
    size_t name = i;
    while (i < n && is_alnum(s[i]))
        i++;
    size_t name_len = i - name;
    if (i < n && s[i] != '>' && s[i] != ' ' && s[i] != '/' && s[i] != '\t')
        return 0;
    for (; i < n && i < 1000; i++) {
        if (s[i] == '<')
            return 0;
        if (s[i] == '>') {
            *is_block = is_block_tag(s + name, name_len);
            return i + 1;
        }
    }
    return 0;
}

/* Position just after "-->" in s[0..n), or 0 when the comment goes on. */
static size_t comment_end(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
            return i + 3;
    return 0;
}

int html_line_is_plain(const char *s, size_t n, const html_state *hs)
{
    return !hs->in_comment && !memchr(s, '<', n) && !memchr(s, '&', n);
}

void html_clean_line(const char *s, size_t n, html_state *hs, sbuf *out,
                     doc_stats *st)
{
    size_t i = 0;
    if (hs->in_comment) {
        size_t e = comment_end(s, n);
        if (!e)
            return;
        hs->in_comment = 0;
        i = e;
    }
    if (!memchr(s + i, '<', n - i) && !memchr(s + i, '&', n - i)) {
        sbuf_add(out, s + i, n - i); /* no markup: the usual line */
        return;
    }
    size_t run = i; /* start of plain text not yet copied */
    while (i < n) {
        char c = s[i];
        if (c != '<' && c != '&') {
            i++;
            continue;
        }
        size_t k = 0;
        int is_block = 0;
        uint32_t cp = 0;
        if (c == '<' && n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            sbuf_add(out, s + run, i - run);
            st->html_comments++;
            size_t e = comment_end(s + i + 4, n - i - 4);
            if (!e) {
                hs->in_comment = 1;
                return;
            }
            i += 4 + e;
            run = i;
            continue;
        }
        if (c == '<')
            k = parse_tag(s + i, n - i, &is_block);
        else
            k = html_entity(s + i, n - i, &cp);
        if (!k) {
            i++;
            continue;
        }
        sbuf_add(out, s + run, i - run);
        if (c == '<') {
            st->html_tags++;
            if (is_block)
                sbuf_addc(out, '\n');
        } else {
            st->html_entities++;
            sbuf_addcp(out, cp);
        }
        i += k;
        run = i;
    }
    sbuf_add(out, s + run, n - run);
}
