/* annotations.c — pinyin annotation removal (see annotations.h). */
#include "annotations.h"

#include <string.h>

#include "han.h"
#include "strs.h"
#include "unitab.h"
#include "utf8.h"

/* Latin letters that occur in pinyin: a–z, ü and the toned vowels. */
static int is_pinyin_letter(uint32_t cp)
{
    if (cp >= 'a' && cp <= 'z')
        return 1;
    switch (cp) {
    case 0xE0: case 0xE1: case 0xE8: case 0xE9: case 0xEC: case 0xED:
    case 0xF2: case 0xF3: case 0xF9: case 0xFA: case 0xFC:
    case 0x101: case 0x113: case 0x11B: case 0x12B: case 0x14D: case 0x16B:
    case 0x1CE: case 0x1D0: case 0x1D2: case 0x1D4: case 0x1D6: case 0x1D8:
    case 0x1DA: case 0x1DC: case 0x144: case 0x148: case 0x1F9: case 0x1E3F:
        return 1;
    default:
        return 0;
    }
}

size_t annotation_at(uint32_t prev, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t open;
    if (n && u[0] == '(')
        open = 1;
    else if (n >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x88)
        open = 3; /* （ */
    else
        return 0;
    if (!han_is(prev))
        return 0;
    /* The syllable's letters, without the spaces a justified PDF line puts
     * between them (創(ch uàn g)): at most 7 letters of 4 bytes. ASCII is
     * read as bytes; the rest a character at a time. */
    char syl[32];
    size_t i = open, letters = 0, len = 0, spaces = 0, close_len = 0;
    while (i < n && letters <= 7 && spaces <= 7) {
        unsigned c = u[i];
        if (c == ')') {
            close_len = 1;
            break;
        }
        if (c == ' ' && letters) {
            spaces++;
            i++;
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            if (letters == 7)
                return 0;
            syl[len++] = (char)c;
            letters++;
            i++;
            continue;
        }
        if (c < 0x80)
            return 0;
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFF09) {
            close_len = k;
            break;
        }
        if (!is_pinyin_letter(cp) || letters == 7)
            return 0;
        for (size_t j = 0; j < k; j++)
            syl[len++] = s[i + j];
        letters++;
        i += k;
    }
    if (!close_len || !letters)
        return 0;
    if (!unitab_has_reading(prev, syl, len))
        return 0;
    return i + close_len;
}

/* Where the next '(' and the next '（' are, found with strs_find and
 * kept until passed, so each is searched for once per occurrence. */
typedef struct opener {
    size_t ascii, wide;
} opener;

static size_t find(const char *s, size_t n, size_t from, const char *lit,
                   size_t k)
{
    const char *p = from < n ? strs_find(s + from, n - from, lit, k) : NULL;
    return p ? (size_t)(p - s) : n;
}

/* Next position at or after i that may open an annotation. */
static size_t next_open(opener *o, const char *s, size_t n, size_t i)
{
    if (o->ascii < i)
        o->ascii = find(s, n, i, "(", 1);
    if (o->wide < i)
        o->wide = find(s, n, i, "\xEF\xBC\x88", 3);
    return o->ascii < o->wide ? o->ascii : o->wide;
}

size_t annotations_strip(const char *s, size_t n, sbuf *out)
{
    size_t removed = 0, run = 0, i = 0;
    opener o = {0, 0};
    o.ascii = find(s, n, 0, "(", 1);
    o.wide = find(s, n, 0, "\xEF\xBC\x88", 3);
    sbuf_reserve(out, n);
    while ((i = next_open(&o, s, n, i)) < n) {
        /* The annotated character must be right before, and not be the
         * end of a removed annotation (run == i there, or at the start). */
        uint32_t prev = 0;
        size_t len = 0;
        if (i > run) {
            size_t k = utf8_prev_len(s, i);
            utf8_decode(s + i - k, k, &prev);
            len = annotation_at(prev, s + i, n - i);
        }
        if (!len) {
            i++;
            continue;
        }
        sbuf_add(out, s + run, i - run);
        i += len;
        run = i;
        removed++;
    }
    sbuf_add(out, s + run, n - run);
    return removed;
}
