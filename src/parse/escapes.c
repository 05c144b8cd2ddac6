/* escapes.c — export tools' escapes made characters where the document
 * uses them as a pattern (see escapes.h). */
#include "escapes.h"

#include <string.h>

#include "chars.h"
#include "html.h"
#include "utf8.h"

enum { ESC_UPLUS, ESC_JSON, ESC_AMP, ESC_NCLASSES };

/* Up to max hex digits at s[0..n), their value in *v; returns how many. */
static size_t hex_run(const char *s, size_t n, size_t max, uint32_t *v)
{
    size_t k = 0;
    *v = 0;
    for (; k < n && k < max; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            break;
        *v = *v * 16u + (uint32_t)d;
    }
    return k;
}

/* A character an escape may stand for: no control, no surrogate. */
static int is_char(uint32_t v)
{
    return v >= 0x20 && v != 0x7F && v <= 0x10FFFF &&
           !(v >= 0xD800 && v <= 0xDFFF);
}

/* <U+XXXX>, 4 to 8 hex digits: R's writers. */
static size_t parse_uplus(const char *s, size_t n, uint32_t *cp)
{
    if (n < 8 || memcmp(s, "<U+", 3) != 0)
        return 0;
    size_t k = hex_run(s + 3, n - 3, 8, cp);
    if (k < 4 || 3 + k >= n || s[3 + k] != '>' || !is_char(*cp))
        return 0;
    return 4 + k;
}

/* \uXXXX, a surrogate pair as \uD8xx\uDCxx: a second JSON encoding. */
static size_t parse_json(const char *s, size_t n, uint32_t *cp)
{
    if (n < 6 || s[0] != '\\' || s[1] != 'u' || hex_run(s + 2, 4, 4, cp) != 4)
        return 0;
    uint32_t lo;
    if (*cp >= 0xD800 && *cp <= 0xDBFF && n >= 12 && s[6] == '\\' &&
        s[7] == 'u' && hex_run(s + 8, 4, 4, &lo) == 4 && lo >= 0xDC00 &&
        lo <= 0xDFFF) {
        *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
        return 12;
    }
    return is_char(*cp) ? 6 : 0;
}

/* &amp; before an entity (&amp;nbsp; &amp;#12288;): HTML escaped twice. */
static size_t parse_amp(const char *s, size_t n, uint32_t *cp)
{
    enum { AMP = 5, ENTITY_MAX = 16 };
    if (n < AMP + 2 || memcmp(s, "&amp;", AMP) != 0)
        return 0;
    char e[ENTITY_MAX + 1] = "&";
    size_t m = n - AMP < ENTITY_MAX ? n - AMP : ENTITY_MAX;
    memcpy(e + 1, s + AMP, m);
    size_t k = html_entity(e, m + 1, cp);
    return k && is_char(*cp) ? AMP + k - 1 : 0;
}

typedef size_t (*parse_fn)(const char *s, size_t n, uint32_t *cp);

/* always: rewritten wherever it occurs (clean decodes every entity of
 * a page; one escaped twice is no different). */
static const struct notation {
    char lead;
    const char *needle;
    parse_fn parse;
    int always;
} notations[ESC_NCLASSES] = {
    {'<', "<U+", parse_uplus, 0},
    {'\\', "\\u", parse_json, 0},
    {'&', "&amp;", parse_amp, 1},
};

/* How a notation occurs in a text. */
typedef struct usage {
    size_t lines;        /* lines holding it */
    size_t strong_lines; /* lines where it opens the line or repeats */
} usage;

/* The next place of c's needle in [p, end), or NULL: memchr on its lead
 * byte (rare in Chinese text; several times glibc memmem's speed here). */
static const char *find_needle(const char *p, const char *end,
                               const struct notation *c, size_t k)
{
    while ((p = memchr(p, c->lead, (size_t)(end - p)))) {
        if ((size_t)(end - p) >= k && memcmp(p, c->needle, k) == 0)
            return p;
        p++;
    }
    return NULL;
}

/* Counts the escapes of notation c in in: every place its needle occurs
 * is found over the whole text (no line without one is
 * looked at), then read where it stands. */
static void count_notation(const text *in, const struct notation *c,
                           usage *u, const cancel_flag *cancel)
{
    size_t k = strlen(c->needle), line = 0, look = 0;
    size_t seen = (size_t)-1, first = 0, prev_end = 0; /* of line seen */
    int strong = 0;
    const char *end = in->bytes + in->len;
    for (const char *p = in->bytes;
         (p = find_needle(p, end, c, k)) &&
         !cancel_every(cancel, (size_t)(p - in->bytes), &look);) {
        size_t at = (size_t)(p - in->bytes);
        while (in->off[line + 1] <= at)
            line++;
        size_t n;
        const char *s = text_line(in, line, &n);
        uint32_t cp;
        size_t i = at - in->off[line];
        size_t len = c->parse(s + i, n - i, &cp);
        if (!len) {
            p++;
            continue;
        }
        if (line != seen) { /* the first escape of this line */
            u->strong_lines += (size_t)strong;
            strong = 0;
            seen = line;
            chars_trim(s, n, &first);
            prev_end = (size_t)-1;
            u->lines++;
        }
        strong |= i == first || i == prev_end;
        prev_end = i + len;
        p += len;
    }
    u->strong_lines += (size_t)strong;
}

static int is_pattern(const usage *u, size_t nonempty)
{
    return u->strong_lines >= 2 ||
           (u->lines >= 5 && u->lines * 4 >= nonempty) ||
           (u->strong_lines && u->lines * 2 >= nonempty);
}

/* Which notations in uses as a pattern (use[c] set); returns how many. */
static int find_patterns(const text *in, int use[ESC_NCLASSES],
                         const cancel_flag *cancel)
{
    int found = 0;
    size_t nonempty = 0;
    for (size_t i = 0; i < in->nlines; i++)
        nonempty += in->off[i + 1] - in->off[i] > 1;
    for (int c = 0; c < ESC_NCLASSES; c++) {
        use[c] = 0;
        usage u = {0, 0};
        count_notation(in, &notations[c], &u, cancel);
        use[c] = (notations[c].always && u.lines) || is_pattern(&u, nonempty);
        found += use[c];
    }
    return found;
}

/* Appends s[0..n) to out with the escapes of the notations in use made
 * characters; returns how many. */
static size_t rewrite_line(const char *s, size_t n, const int use[ESC_NCLASSES],
                           sbuf *out)
{
    size_t done = 0, run = 0;
    for (size_t i = 0; i < n;) {
        size_t next = n; /* the nearest lead of a notation in use */
        for (int c = 0; c < ESC_NCLASSES; c++) {
            const char *p = use[c] ? memchr(s + i, notations[c].lead, next - i) : NULL;
            if (p)
                next = (size_t)(p - s);
        }
        if (next == n)
            break;
        size_t k = 0;
        uint32_t cp = 0;
        for (int c = 0; c < ESC_NCLASSES && !k; c++)
            if (use[c] && s[next] == notations[c].lead)
                k = notations[c].parse(s + next, n - next, &cp);
        if (!k) {
            i = next + 1;
            continue;
        }
        sbuf_add(out, s + run, next - run);
        sbuf_addcp(out, cp);
        done++;
        i = run = next + k;
    }
    sbuf_add(out, s + run, n - run);
    return done;
}

text escapes_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel)
{
    int use[ESC_NCLASSES];
    if (!find_patterns(in, use, cancel))
        return *in;
    text_builder tb;
    tb_init(&tb);
    tb_reserve(&tb, in->len, in->nlines);
    sbuf line = {0};
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = text_line(in, i, &n);
        line.len = 0;
        st->escapes += rewrite_line(s, n, use, &line);
        tb_line(&tb, line.p ? line.p : "", line.len, in->origin[i]);
    }
    sbuf_free(&line);
    return tb_finish(&tb, a);
}
