/* html_charset.c — a saved page's charset, declared or detected, and its
 * bytes in UTF-8 (see html_charset.h). */
#include "html_charset.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "charset.h"

/* How far into a page a charset declaration is looked for. */
enum { PRESCAN = 4096 };

void html_charset_map(const char *label, size_t n, char *name, size_t cap)
{
    static const char *const gb[] = {"gb2312", "gbk", "x-gbk", "cp936",
                                     "euc-cn", "gb_2312-80", "gb18030",
                                     "windows-936"};
    for (size_t i = 0; i < sizeof gb / sizeof *gb; i++)
        if (strlen(gb[i]) == n && strncasecmp(label, gb[i], n) == 0) {
            snprintf(name, cap, "GB18030");
            return;
        }
    snprintf(name, cap, "%.*s", (int)n, label);
}

int html_charset_declared(const char *b, size_t n, char *name, size_t cap)
{
    size_t k = n < PRESCAN ? n : PRESCAN;
    for (size_t i = 0; i + 7 < k; i++) {
        if (strncasecmp(b + i, "charset", 7) != 0)
            continue;
        size_t j = i + 7;
        while (j < k && (b[j] == ' ' || b[j] == '\t'))
            j++;
        if (j >= k || b[j] != '=')
            continue;
        j++;
        while (j < k && (b[j] == ' ' || b[j] == '"' || b[j] == '\''))
            j++;
        size_t s = j;
        while (j < k && (b[j] == '-' || b[j] == '_' || b[j] == '.' ||
                         (b[j] >= '0' && b[j] <= '9') ||
                         ((b[j] | 0x20) >= 'a' && (b[j] | 0x20) <= 'z')))
            j++;
        if (j > s && j - s < 40) {
            html_charset_map(b + s, j - s, name, cap);
            return 1;
        }
    }
    return 0;
}

static int is_utf8_name(const char *name)
{
    return strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0;
}

int html_charset_decode(const char *b, size_t n, const char *charset,
                        arena *a, decoded *out, const char **err)
{
    char declared[48];
    if (decode_bytes(b, n, a, out, NULL, err) != 0)
        return -1;
    /* A BOM or valid UTF-8 outweighs a declaration (a page saved again in
     * UTF-8 keeps its old <meta>); otherwise the declaration outweighs
     * detection. */
    if (strncmp(out->encoding, "UTF-", 4) == 0)
        return 0;
    if (charset)
        html_charset_map(charset, strlen(charset), declared, sizeof declared);
    else if (!html_charset_declared(b, n, declared, sizeof declared))
        return 0;
    if (is_utf8_name(declared))
        return 0;
    size_t cap = 3 * n + 16, errors = 0;
    char *dst = arena_alloc_uninit(a, cap);
    size_t len = charset_to_utf8(declared, b, n, dst, cap, 1, &errors, NULL);
    if (len == (size_t)-1)
        return 0; /* a charset ICU does not know: detection's reading stands */
    out->utf8 = dst;
    out->len = len;
    out->encoding = strcasecmp(declared, "GB18030") == 0 ? "GB18030"
                    : strncasecmp(declared, "big5", 4) == 0 ? "Big5"
                                                             : "declared";
    out->confidence = errors ? 80 : 100;
    out->replaced = errors;
    return 0;
}
