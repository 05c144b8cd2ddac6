/* unwrap.c — a hard-wrapped text's width found from its lines, and its
 * wrapped paragraphs joined (see unwrap.h). */
#include "unwrap.h"

#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "clean.h"
#include "marker.h"
#include "pagebreak.h"
#include "strs.h"
#include "utf8.h"

/* Widths a wrapper cuts at; a line is full at W - FULL_SLACK cells or
 * more (a wide character that did not fit, a closing mark pushed on) and
 * may hang HANG cells past W (a closing mark hung in the margin). */
enum { MIN_WIDTH = 20, MAX_WIDTH = 200, FULL_SLACK = 2, HANG = 2,
       MIN_LINES = 10 };
/* A heading's title is at most this wide (some 32 characters): a longer
 * line under a marker is a numbered paragraph. */
enum { HEADING_MAX_CELLS = 64 };

size_t unwrap_cells(const char *s, size_t n, size_t max)
{
    size_t at, w = 0;
    size_t len = chars_trim(s, n, &at) + at; /* keep the indent: it is width */
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len && w <= max;) {
        /* chars_cells' first answers, without a call: ASCII one cell,
         * U+3000-U+9FFF (leads E3-E9, two continuations) two, read off
         * the bytes; then below U+1100 one. */
        if (u[i] < 0x80) {
            w++, i++;
            continue;
        }
        if (u[i] - 0xE3u <= 0xE9 - 0xE3 && i + 2 < len && utf8_two_conts(u + i + 1)) {
            w += 2, i += 3;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        w += cp < 0x1100 ? 1 : cp - 0x3000u <= 0x9FFF - 0x3000 ? 2 : (size_t)chars_cells(cp);
    }
    return w;
}

/* What the lines of a text look like. */
typedef struct shape {
    unsigned char *cells; /* width of each line (at most MAX_WIDTH + HANG
                           * + 1), 0 for a blank one or a table row */
    size_t lines;    /* non-blank lines, table rows aside */
    size_t indented; /* of them, lines opening with spaces */
    size_t width;    /* W, 0 when the text is not hard-wrapped */
} shape;

/* Widths of the lines; 0 when most lines are too long to be wrapped.
 * Stops early once *cancel is raised. */
static int measure(const text *in, shape *sh, const cancel_flag *cancel)
{
    size_t long_lines = 0;
    sh->cells = xcalloc(in->nlines + 1, 1);
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n, at;
        const char *s = text_line(in, i, &n);
        size_t tn = chars_trim(s, n, &at);
        if (!tn || pagebreak_is_table_row(s + at, tn))
            continue;
        sh->lines++;
        if (n > 4 * MAX_WIDTH) {
            long_lines++; /* (cut short: a paragraph, not a wrapped line) */
            sh->cells[i] = MAX_WIDTH + HANG + 1;
            /* Decided once the long lines are one in twenty of all the
             * lines there can still be: a text of paragraphs, read no
             * further. */
            if (long_lines * 20 >= sh->lines + (in->nlines - i - 1))
                return 0;
            continue;
        }
        sh->indented += at > 0;
        size_t w = unwrap_cells(s, n, MAX_WIDTH + HANG);
        sh->cells[i] = (unsigned char)(w > MAX_WIDTH + HANG ? MAX_WIDTH + HANG + 1 : w);
    }
    return sh->lines >= MIN_LINES && long_lines * 20 < sh->lines;
}

/* The width the text is wrapped at, or 0: the W with the most lines full
 * at it, when those are two in five and lines wider than W + HANG are
 * fewer than one in twenty. */
static size_t find_width(const text *in, const shape *sh)
{
    size_t hist[MAX_WIDTH + HANG + 2] = {0};
    for (size_t i = 0; i < in->nlines; i++)
        if (sh->cells[i])
            hist[sh->cells[i] > MAX_WIDTH + HANG ? MAX_WIDTH + HANG + 1 : sh->cells[i]]++;
    size_t best = 0, best_full = 0;
    for (size_t w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
        size_t full = 0;
        for (size_t c = w - FULL_SLACK; c <= w + HANG; c++)
            full += hist[c];
        if (full > best_full) {
            best = w;
            best_full = full;
        }
    }
    /* W is the width most of those lines are at, not one a closing mark
     * hangs to; never past MAX_WIDTH (hist ends at MAX_WIDTH + HANG + 1) */
    size_t lo = best - FULL_SLACK;
    for (size_t c = lo; c <= lo + FULL_SLACK + HANG && c <= MAX_WIDTH; c++)
        if (hist[c] > hist[best])
            best = c;
    best_full = 0;
    for (size_t c = best - FULL_SLACK; c <= best + HANG; c++)
        best_full += hist[c];
    size_t wider = 0;
    for (size_t c = best + HANG + 1; c <= MAX_WIDTH + HANG + 1; c++)
        wider += hist[c];
    return best_full * 5 >= sh->lines * 2 && wider * 20 < sh->lines ? best : 0;
}

/* Where the first sentence end (。！？； ; ! ?) of s[0..n) is, n when
 * none. */
static size_t sentence_end(const char *s, size_t n)
{
    static const char *const ends[] = {"。", "！", "？", "；", ";", "!", "?"};
    size_t best = n;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        const char *p = strs_find(s, best, ends[k], strlen(ends[k]));
        if (p)
            best = (size_t)(p - s);
    }
    return best;
}

/* The marker kind of a heading line s[0..n), MARK_NONE for other lines
 * (the leads 一是… are body text). */
static marker_kind heading_kind(const char *s, size_t n)
{
    marker m;
    return marker_parse(s, n, &m) && m.kind != MARK_LEAD ? m.kind : MARK_NONE;
}

/* The last line emitted: trimmed, and its width (0: it ends its
 * paragraph). */
typedef struct prev_line {
    const char *s;
    size_t n, cells;
    int space; /* it ended in a space */
} prev_line;

/* Whether b[0..bn), cells wide, after a full heading line with no
 * sentence end, is the heading's tail: a short line, or one where a
 * sentence ends (the title's end, then its body in the same paragraph).
 * A body's first line, full and in mid-sentence, is not. */
static int heading_tail(const shape *sh, const char *b, size_t bn,
                        size_t cells)
{
    return cells + FULL_SLACK < sh->width || sentence_end(b, bn) < bn;
}

/* A line that may be a whole heading: under a marker, no wider than a
 * title, no sentence end and no colon (a note's 名词：解释) in it. */
static int title_like(const prev_line *p, marker_kind k)
{
    return k != MARK_NONE && p->cells <= HEADING_MAX_CELLS &&
           sentence_end(p->s, p->n) == p->n && !pagebreak_ends_closed(p->s, p->n) &&
           !strs_has(p->s, p->n, "：") && !memchr(p->s, ':', p->n);
}

/* How the text sets its headings, per marker kind: lines under a marker
 * with a sentence end inside (the body goes on after the title) against
 * short ones without (a title alone). */
typedef struct styles {
    size_t with_body[MARK_NKINDS], alone[MARK_NKINDS];
} styles;

static void count_styles(const text *in, const shape *sh, styles *hs)
{
    memset(hs, 0, sizeof *hs);
    for (size_t i = 0; i < in->nlines; i++) {
        size_t n, at;
        const char *s = text_line(in, i, &n);
        n = chars_trim(s, n, &at);
        marker_kind k = sh->cells[i] ? heading_kind(s + at, n) : MARK_NONE;
        if (k == MARK_NONE)
            continue;
        if (sentence_end(s + at, n) + 3 < n)
            hs->with_body[k]++;
        else if ((size_t)sh->cells[i] + FULL_SLACK < sh->width)
            hs->alone[k]++;
    }
}

/* Whether the headings of kind k stand alone: as most of those whose line
 * tells do; when none does, yes for 第一章 一、 （一）, no for 1. (1) ①
 * (numbered notes and items run on as paragraphs). */
static int stands_alone(const styles *hs, marker_kind k)
{
    if (hs->alone[k] + hs->with_body[k])
        return hs->alone[k] > hs->with_body[k];
    return k >= MARK_BIAN && k <= MARK_CN_PAREN;
}

/* Whether line b[0..bn) (trimmed; indent bytes of spaces before it, cells
 * wide) goes on the paragraph whose last line is p. */
static int continues(const shape *sh, const styles *hs, const prev_line *p,
                     const char *b, size_t bn, size_t indent, size_t cells,
                     sbuf *key)
{
    if (!p->cells || p->cells + FULL_SLACK < sh->width || !bn || !cells)
        return 0;
    if (pagebreak_ends_closed(p->s, p->n) &&
        clean_drop_reason(b, bn, key) != DROP_NREASONS)
        return 0; /* a page's furniture (Tags: …) after a sentence */
    if (pagebreak_ends_closed(p->s, p->n) && b[0] == '?')
        return 0; /* a paragraph in mojibake (?。ǘ┛v深… is （二）縱深…,
                   * repaired later): no wrapper starts a line with '?' */
    if (indent && sh->indented * 5 >= sh->lines)
        return 0; /* the text indents its paragraphs: this one starts */
    marker_kind pk = heading_kind(p->s, p->n);
    if (title_like(p, pk) && stands_alone(hs, pk) &&
        !heading_tail(sh, b, bn, cells))
        return 0; /* a full heading line, then its body */
    marker m;
    if (!pagebreak_starts_block(b, bn) ||
        (marker_parse(b, bn, &m) && m.kind == MARK_LEAD))
        return 1;
    /* A heading, 表1, 附件, ——: a block of its own when it is a whole
     * line, else unless a sentence was cut before it (地铁1 / 1、13号线,
     * 高度统 / 一、有机衔接) */
    return pk == MARK_NONE && !pagebreak_ends_closed(p->s, p->n) &&
           cells + FULL_SLACK >= sh->width;
    return 1;
}

static text join_lines(const text *in, const shape *sh, arena *a,
                       doc_stats *st, const cancel_flag *cancel)
{
    text_builder tb;
    tb_init(&tb);
    tb_reserve(&tb, in->len, in->nlines);
    styles hs;
    count_styles(in, sh, &hs);
    prev_line p = {"", 0, 0, 0};
    sbuf key = {0};
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n, at;
        const char *s = text_line(in, i, &n);
        size_t tn = chars_trim(s, n, &at);
        if (continues(sh, &hs, &p, s + at, tn, at, sh->cells[i], &key)) {
            /* (the last line's bytes end in its '\n') */
            const char *last = tb.bytes.p + tb.bytes.len - 2;
            if (chars_is_alnum(*last) && chars_is_alnum(s[at]) &&
                (p.space || p.cells < sh->width))
                tb_append(&tb, " ", 1);
            tb_append(&tb, s + at, tn);
            st->unwrapped++;
        } else {
            tb_line(&tb, s, at + tn, in->origin[i]);
        }
        p = (prev_line){s + at, tn, sh->cells[i], at + tn < n};
    }
    sbuf_free(&key);
    return tb_finish(&tb, a);
}

text unwrap_run(const text *in, arena *a, doc_stats *st,
                const cancel_flag *cancel)
{
    shape sh = {0};
    text out = *in;
    if (in->nlines && measure(in, &sh, cancel) && (sh.width = find_width(in, &sh)))
        out = join_lines(in, &sh, a, st, cancel);
    free(sh.cells);
    return out;
}
