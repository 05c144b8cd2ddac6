/* read_mhtml.c — a web archive's page (see read_html.h): the MIME
 * boundary from the archive's headers, the first part whose Content-Type
 * is text/html, its transfer encoding undone, read as a saved page. */
#include <string.h>
#include <strings.h>

#include "read_html.h"
#include "strs.h"

/* The end of the header block starting at s (the blank line after it),
 * or NULL. *body gets where the body starts. */
static const char *headers_end(const char *s, const char *end,
                               const char **body)
{
    for (const char *p = s; p < end; p++) {
        if (*p != '\n')
            continue;
        const char *q = p + 1;
        if (q < end && *q == '\r')
            q++;
        if (q < end && *q == '\n') {
            *body = q + 1;
            return p;
        }
    }
    return NULL;
}

/* Case-insensitive search of needle in s[0..n), or NULL. */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

/* The value of parameter name= in s[0..n) (quoted or not) into v (cap
 * bytes); 0 when absent. */
static int param(const char *s, size_t n, const char *name, char *v,
                 size_t cap)
{
    const char *p = find_ci(s, n, name);
    if (!p)
        return 0;
    p += strlen(name);
    const char *end = s + n;
    int quoted = p < end && *p == '"';
    p += quoted;
    size_t k = 0;
    while (p < end && k + 1 < cap && *p != '\r' && *p != '\n' &&
           (quoted ? *p != '"' : *p != ';' && *p != ' '))
        v[k++] = *p++;
    v[k] = '\0';
    return k > 0;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : -1;
}

static void quoted_printable(const char *s, size_t n, sbuf *out)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '=') {
            sbuf_addc(out, s[i]);
            continue;
        }
        if (i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
            i += 1 + (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n');
            continue; /* a soft line break */
        }
        int h = i + 2 < n ? hexval(s[i + 1]) : -1;
        int l = i + 2 < n ? hexval(s[i + 2]) : -1;
        if (h < 0 || l < 0) {
            sbuf_addc(out, '=');
            continue;
        }
        sbuf_addc(out, (char)(h * 16 + l));
        i += 2;
    }
}

static int b64val(char c)
{
    return c >= 'A' && c <= 'Z'   ? c - 'A'
           : c >= 'a' && c <= 'z' ? c - 'a' + 26
           : c >= '0' && c <= '9' ? c - '0' + 52
           : c == '+'             ? 62
           : c == '/'             ? 63
                                  : -1;
}

static void base64(const char *s, size_t n, sbuf *out)
{
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && s[i] != '='; i++) {
        int v = b64val(s[i]);
        if (v < 0)
            continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            sbuf_addc(out, (char)((acc >> bits) & 0xFF));
        }
    }
}

int read_mhtml(const char *bytes, size_t n, reader_out *out, const char **err)
{
    const char *end = bytes + n, *body;
    const char *he = headers_end(bytes, end, &body);
    char boundary[200] = "--";
    if (!he || !param(bytes, (size_t)(he - bytes), "boundary=", boundary + 2,
                      sizeof boundary - 2)) {
        *err = "a web archive without a MIME boundary";
        return -1;
    }
    size_t bl = strlen(boundary);
    for (const char *p = strs_find(body, (size_t)(end - body), boundary, bl); p;) {
        const char *part = p + bl, *pbody;
        const char *phe = headers_end(part, end, &pbody);
        if (!phe)
            break;
        const char *next = strs_find(pbody, (size_t)(end - pbody), boundary, bl);
        size_t hn = (size_t)(phe - part);
        if (find_ci(part, hn, "text/html")) {
            char cs[48] = "", te[48] = "";
            int has_cs = param(part, hn, "charset=", cs, sizeof cs);
            param(part, hn, "Content-Transfer-Encoding: ", te, sizeof te);
            size_t bn = (size_t)((next ? next : end) - pbody);
            sbuf raw = {0};
            if (!strcasecmp(te, "quoted-printable"))
                quoted_printable(pbody, bn, &raw);
            else if (!strcasecmp(te, "base64"))
                base64(pbody, bn, &raw);
            else
                sbuf_add(&raw, pbody, bn);
            int rc = -1;
            if (!raw.len)
                *err = "a web archive whose text/html part is empty";
            else
                rc = read_html_in(raw.p, raw.len, has_cs ? cs : NULL, out, err);
            sbuf_free(&raw);
            return rc;
        }
        p = next;
    }
    *err = "a web archive without a text/html part";
    return -1;
}
