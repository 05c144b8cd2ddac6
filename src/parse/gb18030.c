/* gb18030.c — GB18030 to UTF-8 (see gb18030.h). A byte below 0x30 (a
 * control, space, most ASCII punctuation) is never part of a longer
 * GB18030 sequence, and ICU does not take it into a bad one either (a
 * byte that can start a character ends the bad sequence before it): it
 * is where ICU starts a new character whatever came before. So a run
 * up to and with such a byte can be handed to ICU on its own: the table
 * path reads ASCII, the two-byte characters and the four-byte ones of
 * the BMP (two tables ICU fills), and at the first other sequence (a
 * supplementary character, a bad byte, a cut character) ICU reads on to
 * the next byte below 0x30 and that byte. */
#include "gb18030.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "charset.h"
#include "swar.h"
#include "utf8.h"

enum { LEADS = 0xFE - 0x81 + 1, TRAILS = 0xFE - 0x40 + 1, SYNC = 0x30 };

/* The UTF-8 of lead, trail as ICU reads the pair alone, at
 * (lead - 0x80) * 256 + trail for every byte from 0x80 as lead and
 * every byte as trail: its bytes in the low three bytes (first byte
 * lowest), its length in the top one; 0 when it is not one character (a
 * bad lead or trail, U+FFFD, a four-byte start). 128 KB, so a pair is
 * one look-up with no test of its bytes. */
static uint32_t pair_utf8[128 * 256];
static int table_ok;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static int is_trail(unsigned char c)
{
    return c >= 0x40 && c <= 0xFE && c != 0x7F;
}

/* The line of ICU's output out[*at..got) that reads one sequence of a
 * table's input: returns its length and sets *cp when it is one
 * character of two or three bytes but U+FFFD, else 0 (*cp 0); moves *at
 * past its '\n'. (size_t)-1 when no line is left: the output is not
 * ICU's reading line by line, and no table is kept. */
static size_t line_char(const char *out, size_t got, size_t *at, uint32_t *cp)
{
    const char *nl = *at < got ? memchr(out + *at, '\n', got - *at) : NULL;
    if (!nl)
        return (size_t)-1;
    const char *p = out + *at;
    size_t len = (size_t)(nl - p);
    *at += len + 1;
    uint32_t c;
    int one = len >= 2 && len <= 3 && utf8_decode(p, len, &c) == len && c != UTF8_REPLACEMENT;
    *cp = one ? c : 0;
    return one ? len : 0;
}

/* Every pair, each followed by '\n' (where ICU starts afresh), read by
 * ICU in one call; then each line's one character kept. ASCII is checked
 * to read as itself. */
static void table_build(void)
{
    size_t n = 0, cap = (size_t)LEADS * TRAILS * 3 + 128 * 2;
    unsigned char *in = xmalloc(cap);
    for (unsigned c = 0; c < 0x80; c++) {
        in[n++] = (unsigned char)c;
        in[n++] = '\n';
    }
    for (unsigned lead = 0x81; lead <= 0xFE; lead++)
        for (unsigned trail = 0x40; trail <= 0xFE; trail++)
            if (is_trail((unsigned char)trail)) {
                in[n++] = (unsigned char)lead;
                in[n++] = (unsigned char)trail;
                in[n++] = '\n';
            }
    size_t out_cap = 3 * n + 16, errors;
    char *out = xmalloc(out_cap);
    size_t got = charset_to_utf8("GB18030", (const char *)in, n, out, out_cap, 1,
                                 &errors, NULL);
    int ok = got != (size_t)-1;
    size_t at = 0;
    for (unsigned c = 0; ok && c < 0x80; c++) {
        ok = at + 2 <= got && (unsigned char)out[at] == c && out[at + 1] == '\n';
        at += 2;
    }
    for (unsigned lead = 0x81; ok && lead <= 0xFE; lead++)
        for (unsigned trail = 0x40; ok && trail <= 0xFE; trail++) {
            if (!is_trail((unsigned char)trail))
                continue;
            size_t from = at;
            uint32_t cp, v = 0;
            size_t len = line_char(out, got, &at, &cp);
            if (len == (size_t)-1) {
                ok = 0;
                break;
            }
            for (size_t k = 0; k < len; k++)
                v |= (uint32_t)(unsigned char)out[from + k] << (8 * k);
            pair_utf8[(lead - 0x80) * 256 + trail] = len ? v | (uint32_t)len << 24 : 0;
        }
    table_ok = ok && at == got;
    free(out);
    free(in);
}

/* The table's UTF-8 of the pair at s[i] (of n bytes, s[i] from 0x80),
 * or 0. */
static inline uint32_t pair_at(const unsigned char *s, size_t i, size_t n)
{
    return i + 1 < n ? pair_utf8[(s[i] - 0x80) * 256 + s[i + 1]] : 0;
}

/* The four-byte sequences of the BMP (81-84, 30-39, 81-FE, 30-39), at
 * their linear index: the code point ICU reads for each alone, 0 where
 * that is not one character (past U+FFFF, U+FFFD). 50,400 of them, built
 * at the first one met: most GBK text has none. */
enum { FOUR_BMP = 4 * 10 * 126 * 10 };
static uint16_t four_cp[FOUR_BMP];
static pthread_once_t four_once = PTHREAD_ONCE_INIT;

/* The four bytes of sequence number k. */
static void four_bytes(size_t k, unsigned char *b)
{
    b[3] = (unsigned char)(0x30 + k % 10);
    b[2] = (unsigned char)(0x81 + k / 10 % 126);
    b[1] = (unsigned char)(0x30 + k / 1260 % 10);
    b[0] = (unsigned char)(0x81 + k / 12600);
}

/* Every sequence, each followed by '\n', read by ICU in one call. */
static void four_build(void)
{
    size_t n = (size_t)FOUR_BMP * 5, out_cap = 3 * n + 16, errors;
    unsigned char *in = xmalloc(n);
    for (size_t k = 0; k < FOUR_BMP; k++) {
        four_bytes(k, in + 5 * k);
        in[5 * k + 4] = '\n';
    }
    char *out = xmalloc(out_cap);
    size_t got = charset_to_utf8("GB18030", (const char *)in, n, out, out_cap, 1,
                                 &errors, NULL);
    size_t at = 0, k = 0;
    for (; got != (size_t)-1 && k < FOUR_BMP; k++) {
        uint32_t cp;
        if (line_char(out, got, &at, &cp) == (size_t)-1)
            break;
        four_cp[k] = (uint16_t)cp;
    }
    if (k != FOUR_BMP || at != got) /* not ICU's reading: none kept */
        memset(four_cp, 0, sizeof four_cp);
    free(out);
    free(in);
}

uint32_t gb18030_four_cp(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n < 4 || s[0] - 0x81u > 3 || s[1] - 0x30u > 9 || s[2] - 0x81u > 0xFE - 0x81 ||
        s[3] - 0x30u > 9)
        return 0;
    pthread_once(&four_once, four_build);
    size_t k = (((size_t)(s[0] - 0x81) * 10 + (s[1] - 0x30)) * 126 + (s[2] - 0x81)) * 10 +
               (s[3] - 0x30);
    return four_cp[k];
}

/* The sequence at src[i] (of n bytes; s[i] 0x80 or above, and no pair
 * the table has) that table_to_utf8's loop does not take: a four-byte
 * character of the BMP, or what ICU reads on to where it starts afresh.
 * Writes at *t (room for 3n + 16 in all), adds ICU's bad sequences to
 * *errors; returns where the next sequence starts, or (size_t)-1 when
 * ICU has no GB18030. A step of its own, out of the loop's body:
 * written in it, the four-byte case took a register from the loop (the
 * table's address was reloaded every pair, 5% slower). */
static size_t table_slow_step(const char *src, size_t i, size_t n, char **t, char *end,
                              size_t *errors)
{
    const unsigned char *s = (const unsigned char *)src;
    char *o = *t;
    /* A whole four-byte character of the BMP (a no-break space, an
     * extension-A character) reads the same wherever it stands. */
    uint32_t cp = gb18030_four_cp(src + i, n - i);
    if (cp) {
        *t = o + utf8_encode(cp, o);
        return i + 4;
    }
    size_t j = i + 1; /* ICU reads on to where it starts afresh, */
    while (j < n && s[j] >= SYNC)
        j++;
    j += j < n; /* and that byte too: before it, a cut sequence is
                   read as ICU reads one the byte breaks, not as one
                   the end cuts */
    size_t e = 0;
    size_t got = charset_to_utf8("GB18030", src + i, j - i, o, (size_t)(end - o), 1, &e,
                                 NULL);
    if (got == (size_t)-1)
        return got;
    *t = o + got;
    *errors += e;
    return j;
}

/* gb18030_to_utf8 flushed, once the table is built and good. */
static size_t table_to_utf8(const char *src, size_t n, char *dst, size_t cap,
                            size_t *errors, const cancel_flag *cancel)
{
    const unsigned char *s = (const unsigned char *)src;
    char *t = dst, *end = dst + cap;
    size_t i = 0, look = 0;
    *errors = 0;
    /* No byte read gives more than three out (U+FFFD for a bad one), so
     * with 3n + 16 bytes the output is at most 3i + 8 bytes in when an
     * eight-byte store is made at input i: the loop need not look. */
    if (cap < 3 * n + 16)
        return charset_to_utf8("GB18030", src, n, dst, cap, 1, errors, cancel);
    while (i < n) {
        if (cancel_every(cancel, i, &look))
            break; /* partial: to be dropped */
        /* Up to the next look at the flag: ASCII eight bytes at a time,
         * a pair's UTF-8 in one four-byte store (the next store covers
         * the byte it does not use). */
        size_t stop = n - i > CANCEL_STRIDE ? i + CANCEL_STRIDE : n;
        while (i < stop) {
            unsigned char b = s[i];
            if (b >= 0x80) {
                uint32_t v = pair_at(s, i, n);
                if (!v)
                    break;
                memcpy(t, &v, 4); /* little-endian: the UTF-8 bytes in order */
                t += v >> 24;
                i += 2;
                continue;
            }
            if (i + 8 <= stop) {
                uint64_t w = swar_load(s + i);
                if (!(w & SWAR_HIGH)) {
                    memcpy(t, &w, 8);
                    t += 8;
                    i += 8;
                    continue;
                }
            }
            *t++ = (char)b;
            i++;
        }
        if (i >= stop)
            continue; /* the flag looked at again */
        /* Here: a sequence not a pair. */
        size_t next = table_slow_step(src, i, n, &t, end, errors);
        if (next == (size_t)-1)
            return next;
        i = next;
    }
    return (size_t)(t - dst);
}

size_t gb18030_to_utf8(const char *src, size_t n, char *dst, size_t cap,
                       int flush, size_t *errors, const cancel_flag *cancel)
{
    pthread_once(&table_once, table_build);
    if (!table_ok)
        return charset_to_utf8("GB18030", src, n, dst, cap, flush, errors, cancel);
    if (flush)
        return table_to_utf8(src, n, dst, cap, errors, cancel);
    /* ICU starts afresh after a byte below 0x30, so it reads what
     * follows the last one alone, with nothing held from before. */
    size_t cut = n;
    while (cut > 0 && (unsigned char)src[cut - 1] >= SYNC)
        cut--;
    size_t head = table_to_utf8(src, cut, dst, cap, errors, cancel), tail_errors = 0;
    if (head == (size_t)-1)
        return head;
    size_t tail = charset_to_utf8("GB18030", src + cut, n - cut, dst + head,
                                  cap - head, 0, &tail_errors, cancel);
    if (tail == (size_t)-1)
        return tail;
    *errors += tail_errors;
    return head + tail;
}

uint32_t gb18030_pair_cp(unsigned lead, unsigned trail)
{
    pthread_once(&table_once, table_build);
    if (!table_ok || lead < 0x80 || lead > 0xFF || trail > 0xFF)
        return 0;
    uint32_t v = pair_utf8[(lead - 0x80) * 256 + trail], cp = 0;
    char b[3] = {(char)(v & 0xFF), (char)(v >> 8 & 0xFF), (char)(v >> 16 & 0xFF)};
    if (v)
        utf8_decode(b, v >> 24, &cp);
    return cp;
}

size_t legacy_to_utf8(const char *from, const char *src, size_t n, char *dst,
                      size_t cap, int flush, size_t *errors,
                      const cancel_flag *cancel)
{
    if (strcmp(from, "GB18030") == 0)
        return gb18030_to_utf8(src, n, dst, cap, flush, errors, cancel);
    return charset_to_utf8(from, src, n, dst, cap, flush, errors, cancel);
}
