/* chars.c — controls out, spaces normalised, lines trimmed (see chars.h). */
#include "chars.h"

#include "utf8.h"

int chars_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x1680;
}

/* Invisible characters that carry nothing in a report. */
static int is_removable(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t') || cp == 0x7F ||
           (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
           cp == 0xFEFF || cp == 0xAD;
}

void chars_clean_line(const char *s, size_t n, sbuf *out, doc_stats *st)
{
    sbuf_reserve(out, n);
    size_t start = out->len;
    size_t kept_end = out->len; /* end of the last non-space character */
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k;
        if ((unsigned char)s[i] < 0x80) {
            cp = (unsigned char)s[i];
            k = 1;
        } else {
            k = utf8_decode(s + i, n - i, &cp);
        }
        if (is_removable(cp)) {
            st->controls++;
        } else if (chars_is_space(cp)) {
            if (out->len > start)
                sbuf_addc(out, ' ');
        } else {
            if (cp == UTF8_REPLACEMENT)
                sbuf_addcp(out, cp);
            else
                sbuf_add(out, s + i, k);
            kept_end = out->len;
        }
        i += k;
    }
    out->len = kept_end;
    out->p[out->len] = '\0';
}
