/* script.c — the display script (see script.h): the toggle's cycle and
 * the one per-character conversion by the unitab tables. */
#include "script.h"

#include <stdint.h>
#include <string.h>

#include "unitab.h"
#include "utf8.h"

int script_next(int s)
{
    return (s + 1) % SCRIPT_COUNT;
}

const char *script_name(int s)
{
    static const char *const names[SCRIPT_COUNT] = {"original", "simplified",
                                                    "traditional"};
    return names[(unsigned)s < SCRIPT_COUNT ? s : SCRIPT_ORIGINAL];
}

const char *script_mark(int s)
{
    static const char *const marks[SCRIPT_COUNT] = {"", " · →简", " · →繁"};
    return marks[(unsigned)s < SCRIPT_COUNT ? s : SCRIPT_ORIGINAL];
}

int script_maps(int s)
{
    return s == SCRIPT_SIMPLIFIED || s == SCRIPT_TRADITIONAL;
}

void script_convert(int script, const char *s, size_t n, sbuf *out)
{
    uint32_t (*map)(uint32_t) = script == SCRIPT_SIMPLIFIED    ? unitab_t2s
                                : script == SCRIPT_TRADITIONAL ? unitab_s2t
                                                               : NULL;
    out->len = 0;
    sbuf_reserve(out, n);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp == UTF8_REPLACEMENT || !map)
            sbuf_add(out, s + i, k); /* keep invalid bytes for cells.c */
        else
            sbuf_addcp(out, map(cp));
        i += k;
    }
}

const char *script_copy(int script, const char *s, char *buf, size_t len)
{
    if (!len)
        return buf;
    sbuf t = {0};
    script_convert(script, s ? s : "", s ? strlen(s) : 0, &t);
    size_t n = t.len < len - 1 ? t.len : len - 1;
    while (n < t.len && n > 0 && ((unsigned char)t.p[n] & 0xC0) == 0x80)
        n--; /* not in the middle of a character */
    if (n)
        memcpy(buf, t.p, n);
    buf[n] = '\0';
    sbuf_free(&t);
    return buf;
}
