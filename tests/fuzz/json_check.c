/* json_check.c — the strict JSON reader of the tests (see json_check.h):
 * recursive descent over the bytes, strings decoded into one buffer. */
#include "json_check.h"

#include <stdint.h>

#include "sbuf.h"
#include "utf8.h"

enum { MAX_DEPTH = 64 };

typedef struct reader {
    const char *s;
    size_t n, i;
    sbuf str; /* the string being decoded */
    json_string_fn fn;
    void *ctx;
} reader;

static int value(reader *r, int depth);

static void skip_space(reader *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' ||
                           r->s[r->i] == '\n' || r->s[r->i] == '\r'))
        r->i++;
}

static int eat(reader *r, char c)
{
    if (r->i < r->n && r->s[r->i] == c) {
        r->i++;
        return 1;
    }
    return 0;
}

static int hex4(reader *r, uint32_t *v)
{
    if (r->n - r->i < 4)
        return 0;
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char c = r->s[r->i++];
        int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return 0;
        *v = *v << 4 | (uint32_t)d;
    }
    return 1;
}

/* After "\u": one code point, a surrogate pair read whole. */
static int unicode_escape(reader *r, uint32_t *cp)
{
    if (!hex4(r, cp))
        return 0;
    if (*cp >= 0xDC00 && *cp <= 0xDFFF)
        return 0; /* a low surrogate first */
    if (*cp < 0xD800 || *cp > 0xDBFF)
        return 1;
    uint32_t lo;
    if (!eat(r, '\\') || !eat(r, 'u') || !hex4(r, &lo) || lo < 0xDC00 || lo > 0xDFFF)
        return 0;
    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
    return 1;
}

static int escape(reader *r)
{
    if (r->i == r->n)
        return 0;
    char c = r->s[r->i++];
    const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
    for (int k = 0; from[k]; k++)
        if (c == from[k]) {
            sbuf_addc(&r->str, to[k]);
            return 1;
        }
    uint32_t cp;
    if (c != 'u' || !unicode_escape(r, &cp))
        return 0;
    sbuf_addcp(&r->str, cp);
    return 1;
}

static int string(reader *r)
{
    if (!eat(r, '"'))
        return 0;
    r->str.len = 0;
    sbuf_reserve(&r->str, 0);
    for (;;) {
        if (r->i == r->n)
            return 0;
        unsigned char c = (unsigned char)r->s[r->i];
        if (c == '"')
            break;
        if (c < 0x20)
            return 0;
        if (c == '\\') {
            r->i++;
            if (!escape(r))
                return 0;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(r->s + r->i, r->n - r->i, &cp);
        if (cp == UTF8_REPLACEMENT && !(k == 3 && (unsigned char)r->s[r->i] == 0xEF &&
                                        (unsigned char)r->s[r->i + 1] == 0xBF &&
                                        (unsigned char)r->s[r->i + 2] == 0xBD))
            return 0; /* an invalid sequence, not a U+FFFD written out */
        sbuf_add(&r->str, r->s + r->i, k);
        r->i += k;
    }
    r->i++;
    r->str.p[r->str.len] = '\0';
    if (r->fn)
        r->fn(r->ctx, r->str.p, r->str.len);
    return 1;
}

static int digits(reader *r)
{
    size_t from = r->i;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
        r->i++;
    return r->i > from;
}

static int number(reader *r)
{
    eat(r, '-');
    if (eat(r, '0')) {
        if (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
            return 0; /* a leading zero */
    } else if (!digits(r)) {
        return 0;
    }
    if (eat(r, '.') && !digits(r))
        return 0;
    if (eat(r, 'e') || eat(r, 'E')) {
        if (!eat(r, '+'))
            eat(r, '-');
        if (!digits(r))
            return 0;
    }
    return 1;
}

static int literal(reader *r, const char *word)
{
    for (; *word; word++)
        if (!eat(r, *word))
            return 0;
    return 1;
}

/* The members of an array (close ']') or an object (close '}'), after
 * its opening bracket. */
static int members(reader *r, int depth, char close)
{
    skip_space(r);
    if (eat(r, close))
        return 1;
    for (;;) {
        skip_space(r);
        if (close == '}') {
            if (!string(r))
                return 0;
            skip_space(r);
            if (!eat(r, ':'))
                return 0;
        }
        if (!value(r, depth + 1))
            return 0;
        skip_space(r);
        if (eat(r, close))
            return 1;
        if (!eat(r, ','))
            return 0;
    }
}

static int value(reader *r, int depth)
{
    if (depth > MAX_DEPTH)
        return 0;
    skip_space(r);
    if (r->i == r->n)
        return 0;
    switch (r->s[r->i]) {
    case '{': r->i++; return members(r, depth, '}');
    case '[': r->i++; return members(r, depth, ']');
    case '"': return string(r);
    case 't': return literal(r, "true");
    case 'f': return literal(r, "false");
    case 'n': return literal(r, "null");
    default: return number(r);
    }
}

int json_check(const char *s, size_t n, json_string_fn fn, void *ctx)
{
    reader r = {s, n, 0, {0}, fn, ctx};
    int ok = value(&r, 0);
    skip_space(&r);
    ok = ok && r.i == n;
    sbuf_free(&r.str);
    return ok;
}
