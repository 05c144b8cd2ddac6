/* running.c — page numbers and running heads of a paged original found
 * across the text and removed (see running.h). */
#include "running.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "chars.h"
#include "strs.h"
#include "utf8.h"

/* Running furniture is short: lines longer than this (trimmed; RAW: as
 * they stand, with their indent) are never looked at. */
enum { FOLIO_MAX_BYTES = 48, HEAD_MIN_BYTES = 4, HEAD_MAX_BYTES = 150,
       FOLIO_RAW_MAX = FOLIO_MAX_BYTES + 16, HEAD_RAW_MAX = HEAD_MAX_BYTES + 32 };
/* A page holds more lines than this; a head is near its page number
 * within this many lines. */
enum { PAGE_MIN_LINES = 8, NEAR_LINES = 3, HEAD_MIN_REPEATS = 3 };

typedef enum folio_kind { FOLIO_BARE, FOLIO_DASHED, FOLIO_PAGE, FOLIO_NKINDS } folio_kind;

typedef struct folio {
    uint32_t line;
    long number;
} folio;

typedef struct folios {
    folio *v;
    size_t n, cap;
} folios;

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && s[i] == ' ')
            i++;
        else if (strs_starts(s + i, n - i, "\xE3\x80\x80"))
            i += 3;
        else
            return i;
    }
}

/* A number of 1–4 digits (ASCII or full-width) at s[*i..n), advancing
 * *i past it; -1 when there is none. */
static long digits(const char *s, size_t n, size_t *i)
{
    long v = 0;
    int k = 0;
    for (;;) {
        if (*i < n && s[*i] >= '0' && s[*i] <= '9') {
            v = v * 10 + (s[*i] - '0');
            *i += 1;
        } else if (*i + 2 < n && (unsigned char)s[*i] == 0xEF &&
                   (unsigned char)s[*i + 1] == 0xBC &&
                   (unsigned char)s[*i + 2] >= 0x90 &&
                   (unsigned char)s[*i + 2] <= 0x99) {
            v = v * 10 + ((unsigned char)s[*i + 2] - 0x90);
            *i += 3;
        } else {
            break;
        }
        if (++k > 4)
            return -1;
    }
    return k ? v : -1;
}

/* Dashes (- – — ― － ‒) and spaces at s[i..n): the position after them;
 * *count gets how many dashes. */
static size_t dashes(const char *s, size_t n, size_t i, int *count)
{
    static const char *const forms[] = {"\xE2\x80\x94", "\xE2\x80\x93",
        "\xE2\x80\x95", "\xEF\xBC\x8D", "\xE2\x80\x92"};
    *count = 0;
    for (;;) {
        i = skip_spaces(s, n, i);
        if (i < n && s[i] == '-') {
            i++, (*count)++;
            continue;
        }
        size_t k = 0;
        for (size_t f = 0; f < sizeof forms / sizeof *forms && !k; f++)
            if (strs_starts(s + i, n - i, forms[f]))
                k = 3;
        if (!k)
            return i;
        i += k;
        (*count)++;
    }
}

/* 第 N 页 with an optional 共 M 页 after it (，, / or spaces between). */
static long page_form(const char *s, size_t n)
{
    size_t i = 0;
    if (!strs_starts(s, n, "第"))
        return -1;
    i = skip_spaces(s, n, 3);
    long v = digits(s, n, &i);
    i = skip_spaces(s, n, i);
    if (v < 0 || !strs_starts(s + i, n - i, "页"))
        return -1;
    i = skip_spaces(s, n, i + 3);
    if (i == n)
        return v;
    if (strs_starts(s + i, n - i, "，") || strs_starts(s + i, n - i, "、"))
        i += 3;
    else if (s[i] == ',' || s[i] == '/')
        i++;
    i = skip_spaces(s, n, i);
    if (!strs_starts(s + i, n - i, "共"))
        return -1;
    i = skip_spaces(s, n, i + 3);
    if (digits(s, n, &i) < v)
        return -1;
    i = skip_spaces(s, n, i);
    return strs_starts(s + i, n - i, "页") && skip_spaces(s, n, i + 3) == n ? v : -1;
}

/* N/M, Page N, Page N of M. */
static long of_form(const char *s, size_t n)
{
    size_t i = 0;
    if (n > 5 && strncasecmp(s, "page ", 5) == 0)
        i = skip_spaces(s, n, 5);
    int page = i > 0;
    long v = digits(s, n, &i);
    i = skip_spaces(s, n, i);
    if (v < 0 || (i == n && page))
        return i == n ? v : -1;
    if (page && n - i > 3 && strncasecmp(s + i, "of ", 3) == 0)
        i = skip_spaces(s, n, i + 3);
    else if (i < n && s[i] == '/')
        i = skip_spaces(s, n, i + 1);
    else
        return -1;
    long m = digits(s, n, &i);
    return m >= v && skip_spaces(s, n, i) == n ? v : -1;
}

/* The page number a trimmed line s[0..n) holds, and its kind; -1 when it
 * is no page-number line. */
static long folio_parse(const char *s, size_t n, folio_kind *kind)
{
    long v;
    if (!n || n > FOLIO_MAX_BYTES)
        return -1;
    if ((v = page_form(s, n)) >= 0 || (v = of_form(s, n)) >= 0) {
        *kind = FOLIO_PAGE;
        return v;
    }
    int before, after;
    size_t i = dashes(s, n, 0, &before);
    v = digits(s, n, &i);
    if (v < 0 || dashes(s, n, i, &after) != n || (before > 0) != (after > 0))
        return -1;
    *kind = before ? FOLIO_DASHED : FOLIO_BARE;
    return v;
}

/* Pages follow each other: the next number 1 to 3 on, some lines down. */
static int in_sequence(const folio *a, const folio *b)
{
    return b->number > a->number && b->number - a->number <= 3 &&
           b->line - a->line >= PAGE_MIN_LINES;
}

/* Marks drop[line] for the folios of f in a rising sequence, when there
 * are at least min_pairs such pairs; returns how many it marked. */
static size_t mark_folios(const folios *f, size_t min_pairs,
                          unsigned char *drop)
{
    size_t pairs = 0, marked = 0;
    for (size_t j = 1; j < f->n; j++)
        pairs += (size_t)in_sequence(&f->v[j - 1], &f->v[j]);
    if (pairs < min_pairs)
        return 0;
    for (size_t j = 0; j < f->n; j++) {
        int seq = (j > 0 && in_sequence(&f->v[j - 1], &f->v[j])) ||
                  (j + 1 < f->n && in_sequence(&f->v[j], &f->v[j + 1]));
        if (seq && !drop[f->v[j].line]) {
            drop[f->v[j].line] = 1;
            marked++;
        }
    }
    return marked;
}

/* Line i of in without its leading and trailing spaces, its length in
 * *n; a line longer than max is left as it is (too long to be furniture:
 * not worth trimming). */
static const char *trimmed(const text *in, size_t i, size_t max, size_t *n)
{
    size_t at = 0;
    const char *s = text_line(in, i, n);
    if (*n <= max)
        *n = chars_trim(s, *n, &at);
    return s + at;
}

static size_t find_folios(const text *in, unsigned char *drop,
                          const cancel_flag *cancel)
{
    folios f[FOLIO_NKINDS];
    memset(f, 0, sizeof f);
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = trimmed(in, i, FOLIO_RAW_MAX, &n);
        folio_kind k;
        long v = folio_parse(s, n, &k);
        if (v < 0)
            continue;
        f[k].v = xgrow(f[k].v, &f[k].cap, f[k].n + 1, sizeof *f[k].v);
        f[k].v[f[k].n++] = (folio){(uint32_t)i, v};
    }
    size_t marked = 0;
    for (int k = 0; k < FOLIO_NKINDS; k++) {
        marked += mark_folios(&f[k], k == FOLIO_BARE ? 2 : 1, drop);
        free(f[k].v);
    }
    return marked;
}

/* A line that may be a running head: short, no sentence or clause end. */
static int head_candidate(const char *s, size_t n)
{
    static const char *const ends[] = {"。", "！", "？", "；", "，", "、", "：",
                                       ".", "!", "?", ";", ",", ":", "|"};
    if (n < HEAD_MIN_BYTES || n > HEAD_MAX_BYTES || s[0] == '|')
        return 0;
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (strs_ends(s, n, ends[i]))
            return 0;
    return 1;
}

typedef struct head {
    uint64_t hash; /* of the bytes without spaces */
    uint32_t line;
} head;

static uint64_t hash_unspaced(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
    return h;
}

/* Whether a[0..an) and b[0..bn) are the same but for ASCII spaces. */
static int same_unspaced(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && a[i] == ' ')
            i++;
        while (j < bn && b[j] == ' ')
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        if (a[i++] != b[j++])
            return 0;
    }
}

static int head_cmp(const void *pa, const void *pb)
{
    const head *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return a->line < b->line ? -1 : a->line > b->line;
}

/* Whether a line marked in drop lies within NEAR_LINES of line. */
static int near_dropped(const unsigned char *drop, size_t nlines, size_t line)
{
    size_t lo = line > NEAR_LINES ? line - NEAR_LINES : 0;
    for (size_t i = lo; i < nlines && i <= line + NEAR_LINES; i++)
        if (drop[i] && i != line)
            return 1;
    return 0;
}

/* The group g[0..m) of one head (lines in order): marks it when it is a
 * running head; returns how many places it marked. */
static size_t mark_head(const text *in, const head *g, size_t m,
                        size_t first_line, const unsigned char *numbers,
                        unsigned char *drop)
{
    if (m < HEAD_MIN_REPEATS)
        return 0;
    size_t near = 0, n0, n;
    const char *s0 = trimmed(in, g[0].line, HEAD_RAW_MAX, &n0);
    for (size_t j = 0; j < m; j++) {
        const char *s = trimmed(in, g[j].line, HEAD_RAW_MAX, &n);
        if ((j && g[j].line - g[j - 1].line < PAGE_MIN_LINES) ||
            !same_unspaced(s0, n0, s, n))
            return 0; /* (a hash collision: never in practice) */
        near += (size_t)near_dropped(numbers, in->nlines, g[j].line);
    }
    if (g[0].line != first_line && near * 2 < m)
        return 0;
    size_t marked = 0;
    for (size_t j = 0; j < m; j++)
        if (g[j].line != first_line) {
            drop[g[j].line] = 1;
            marked++;
        }
    return marked;
}

/* Whether line i may be a running head: the text's first line again, or a
 * line beside page numbers. (Only these are hashed: a text of a million
 * short lines costs nothing more.) */
static int head_place(const text *in, size_t i, size_t first_line,
                      const unsigned char *numbers, const char *s, size_t n)
{
    size_t fn;
    const char *f = trimmed(in, first_line, HEAD_RAW_MAX, &fn);
    return near_dropped(numbers, in->nlines, i) || same_unspaced(f, fn, s, n);
}

static size_t find_heads(const text *in, const unsigned char *numbers,
                         unsigned char *drop, const cancel_flag *cancel)
{
    head *h = NULL;
    size_t nh = 0, cap = 0, first_line = (size_t)-1;
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = trimmed(in, i, HEAD_RAW_MAX, &n);
        if (n && first_line == (size_t)-1)
            first_line = i;
        if (!head_candidate(s, n) || numbers[i] ||
            !head_place(in, i, first_line, numbers, s, n))
            continue;
        h = xgrow(h, &cap, nh + 1, sizeof *h);
        h[nh++] = (head){hash_unspaced(s, n), (uint32_t)i};
    }
    if (nh)
        qsort(h, nh, sizeof *h, head_cmp);
    size_t marked = 0;
    for (size_t j = 0, e; j < nh; j = e) {
        for (e = j + 1; e < nh && h[e].hash == h[j].hash;)
            e++;
        marked += mark_head(in, h + j, e - j, first_line, numbers, drop);
    }
    free(h);
    return marked;
}

/* Copies in without the dropped lines and the blank lines around them. */
static text emit(const text *in, const unsigned char *drop, arena *a,
                 const cancel_flag *cancel)
{
    text_builder tb;
    tb_init(&tb);
    tb_reserve(&tb, in->len, in->nlines);
    size_t pending = 0;
    uint32_t blank_origin = 0;
    int dropped = 0;
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n, at;
        const char *s = text_line(in, i, &n);
        if (drop[i]) {
            pending = 0;
            dropped = 1;
        } else if (!chars_trim(s, n, &at)) {
            if (!pending++)
                blank_origin = in->origin[i];
        } else {
            for (size_t b = 0; !dropped && b < pending; b++)
                tb_line(&tb, "", 0, blank_origin);
            tb_line(&tb, s, n, in->origin[i]);
            pending = 0;
            dropped = 0;
        }
    }
    for (size_t b = 0; !dropped && b < pending; b++)
        tb_line(&tb, "", 0, blank_origin);
    return tb_finish(&tb, a);
}

text running_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel)
{
    if (!in->nlines || cancel_raised(cancel))
        return *in;
    unsigned char *is_number = xcalloc(in->nlines, 1);
    unsigned char *drop = xcalloc(in->nlines, 1);
    size_t numbers = find_folios(in, is_number, cancel);
    memcpy(drop, is_number, in->nlines);
    size_t heads = find_heads(in, is_number, drop, cancel);
    text out = *in;
    if (numbers + heads) {
        st->page_numbers += numbers;
        st->running_heads += heads;
        out = emit(in, drop, a, cancel);
    }
    free(is_number);
    free(drop);
    return out;
}
