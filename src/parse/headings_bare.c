/* headings_bare.c — a top level of unmarked heading lines: which bare
 * standalone lines of a document are its top headings, judged by the
 * shape of the document (see headings_impl.h). */
#include "headings_impl.h"

#include <stdlib.h>

#include "marker.h"

#include "strs.h"
#include "utf8.h"

enum {
    BARE_MIN_CHARS = 4,
    BARE_MAX_CHARS = 30,
    BARE_MIN_HAN = 3,     /* 2024 alone is a page number, not a heading */
    SLOGAN_PART_MAX = 5,  /* 凝心聚力 砥砺前行: parallel phrases this short */
    RUN_MIN = 2,          /* marked headings in the run a top opens */
    BODY_MIN_CHARS = 15,  /* a body paragraph with a sentence end */
    BODY_LONG_CHARS = 60, /* a body paragraph without one */
    TAIL_BODY_MIN = 2,    /* body paragraphs under a top without a run */
    ALIKE_RATIO = 3,      /* siblings' lengths differ by at most this factor */
    HINT_MIN_CHARS = 2    /* a heading the format marks: 结语 */
};

/* A bare line: its block, where its title ends (the block's end, or a
 * page-break join that glued the body onto it), its length, and how many
 * marked candidates come before it (lines with the same count share a
 * stretch between marked headings, a gap). */
typedef struct bare {
    size_t block, end, chars, gap;
} bare;

static int is_han(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3134F);
}

static int is_word(uint32_t cp)
{
    return is_han(cp) || (cp < 0x80 && ((cp | 0x20) - 'a' < 26 || cp - '0' < 10)) ||
           (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A);
}

static int is_cp_of(uint32_t cp, const uint32_t *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == cp)
            return 1;
    return 0;
}

/* Sentence and clause ends: a line holding one is a sentence. */
static int is_stop(uint32_t cp)
{
    static const uint32_t set[] = {0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A,
                                   '!', '?', ';', ':', 0x2026};
    return is_cp_of(cp, set, sizeof set / sizeof set[0]);
}

/* Where a slogan's phrases part: spaces, commas, enumeration commas. */
static int is_part_sep(uint32_t cp)
{
    static const uint32_t set[] = {' ', ',', 0xFF0C, 0x3001, 0x00B7, 0x30FB};
    return is_cp_of(cp, set, sizeof set / sizeof set[0]);
}

static int is_open_quote(uint32_t cp)
{
    static const uint32_t set[] = {'"', 0x201C, 0x2018, 0x300C, 0x300E, 0x300A};
    return is_cp_of(cp, set, sizeof set / sizeof set[0]);
}

static int is_close_quote(uint32_t cp)
{
    static const uint32_t set[] = {'"', 0x201D, 0x2019, 0x300D, 0x300F, 0x300B};
    return is_cp_of(cp, set, sizeof set / sizeof set[0]);
}

/* The length in characters of s[0..n) when it can be a heading without a
 * marker, else 0: BARE_MIN_CHARS to BARE_MAX_CHARS characters with at
 * least BARE_MIN_HAN Han ones; no sentence or clause end in it; opening
 * with a word character or a quote (not a bracket, dash or number sign)
 * and ending with one (no closing comma or bracket); not a slogan of
 * short parallel phrases (凝心聚力 砥砺前行, 名 词 解 释). */
static size_t bare_chars(const char *s, size_t n)
{
    size_t chars = 0, han = 0, parts = 1, part = 0, longest = 0, k;
    uint32_t cp = 0, first = 0;
    if (n > 4 * BARE_MAX_CHARS)
        return 0; /* a character is 4 bytes at most: too many, unread */
    for (size_t i = 0; i < n; i += k) {
        k = utf8_decode(s + i, n - i, &cp);
        if (!chars++)
            first = cp;
        if (chars > BARE_MAX_CHARS || is_stop(cp))
            return 0;
        han += is_han(cp);
        if (is_part_sep(cp)) {
            parts += part > 0;
            part = 0;
        } else {
            part++;
            longest = part > longest ? part : longest;
        }
    }
    if (chars < BARE_MIN_CHARS || han < BARE_MIN_HAN)
        return 0;
    if (!(is_word(first) || is_open_quote(first)) ||
        !(is_word(cp) || is_close_quote(cp)))
        return 0;
    if (parts >= 2 && longest <= SLOGAN_PART_MAX)
        return 0;
    return chars;
}

/* True for body text: long, or with a sentence end. */
static int is_body_text(const char *s, size_t n)
{
    size_t chars = utf8_count(s, n);
    if (chars >= BODY_LONG_CHARS)
        return 1;
    return chars >= BODY_MIN_CHARS &&
           (strs_has(s, n, "。") || strs_has(s, n, "！") || strs_has(s, n, "？") ||
            strs_has(s, n, "；") || strs_has(s, n, ";"));
}

/* True for a paragraph of body text. */
static int is_body(const doc *d, const block *b)
{
    return b->kind == BLOCK_PARAGRAPH &&
           is_body_text(d->clean.bytes + b->start, b->end - b->start);
}

/* Where the title of a bare line glued to its body by a page-break join
 * ends (clean bytes): the paragraph b's first join, when what comes
 * before it can be a bare heading and what comes after is body text (a
 * standalone line the join took for a sentence cut by a page break:
 * its body followed on the next page, or the join read the heading's
 * lack of a full stop as a cut). 0 when there is none. */
static size_t glued_title_end(const doc *d, const block *b)
{
    size_t j = doc_first_join(d, b->line), n = b->end - b->start;
    if (j == d->njoins || d->joins[j].at == 0 || d->joins[j].at >= n)
        return 0;
    const char *s = d->clean.bytes + b->start;
    size_t at = d->joins[j].at;
    if ((s[at] & 0xC0) == 0x80 || !bare_chars(s, at) ||
        !is_body_text(s + at, n - at))
        return 0;
    return b->start + at;
}

/* True when block i is followed by body text or by a marked heading
 * numbered 1 (a lead 一是 is not one). */
static int body_follows(const doc *d, size_t i)
{
    if (i + 1 >= d->nblocks)
        return 0;
    const block *b = &d->blocks[i + 1];
    if (is_body(d, b))
        return 1;
    marker m;
    return b->kind == BLOCK_PARAGRAPH &&
           marker_parse(d->clean.bytes + b->start, b->end - b->start, &m) &&
           m.kind != MARK_LEAD && m.number == 1;
}

/* The bare lines of d followed by body text, in block order, each with
 * its gap among the marked candidates; *count gets how many. */
static bare *bare_lines(const doc *d, const cand_list *marked, size_t *count)
{
    bare *v = NULL;
    size_t n = 0, cap = 0, gap = 0;
    marker m;
    for (size_t i = 0; i < d->nblocks; i++) {
        const block *b = &d->blocks[i];
        while (gap < marked->n && marked->v[gap].block < i)
            gap++;
        if (b->kind != BLOCK_PARAGRAPH)
            continue;
        const char *s = d->clean.bytes + b->start;
        size_t len = b->end - b->start, chars = bare_chars(s, len),
               end = b->end;
        if (chars && !body_follows(d, i))
            chars = 0;
        if (!chars && (end = glued_title_end(d, b)) != 0)
            chars = bare_chars(s, end - b->start);
        if (!chars || marker_parse(s, len, &m))
            continue;
        v = xgrow(v, &cap, n, sizeof *v);
        v[n++] = (bare){i, end, chars, gap};
    }
    *count = n;
    return v;
}

/* True when the gap of v[i], the last bare line of its gap, opens a run
 * of marked headings restarting at 1: RUN_MIN or more marked candidates
 * before the next gap, the first numbered 1 (a lead 一是 is not one). */
static int gap_backed(const bare *v, size_t nv, size_t i, const cand_list *marked)
{
    size_t g = v[i].gap, to = i + 1 < nv ? v[i + 1].gap : marked->n;
    return g < marked->n && marked->v[g].m.number == 1 &&
           marked->v[g].m.kind != MARK_LEAD && to - g >= RUN_MIN;
}

static int by_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* The median length of the lines that open a run (the last bare line of
 * each backed gap), or 0 when none does. */
static size_t backed_median(const bare *v, size_t nv, const cand_list *marked)
{
    size_t *len = xmalloc((nv ? nv : 1) * sizeof *len), n = 0;
    for (size_t i = 0; i < nv; i++)
        if ((i + 1 == nv || v[i + 1].gap != v[i].gap) && gap_backed(v, nv, i, marked))
            len[n++] = v[i].chars;
    size_t median = 0;
    if (n) {
        qsort(len, n, sizeof *len, by_size);
        median = len[n / 2];
    }
    free(len);
    return median;
}

/* Body paragraphs after block i up to block end. */
static size_t body_under(const doc *d, size_t i, size_t end)
{
    size_t n = 0;
    for (size_t j = i + 1; j < end; j++)
        n += is_body(d, &d->blocks[j]);
    return n;
}

/* A length alike the median's: a third of it to three times it. */
static int alike(size_t chars, size_t median)
{
    return ALIKE_RATIO * chars >= median && chars <= ALIKE_RATIO * median;
}

/* True when v[i], alike the median, stands as a top without opening a run:
 * TAIL_BODY_MIN body paragraphs follow it before the next bare line or
 * marked candidate. */
static int tail_top(const doc *d, const bare *v, size_t nv, size_t i,
                    const cand_list *marked, size_t median)
{
    size_t end = i + 1 < nv ? v[i + 1].block : d->nblocks;
    if (v[i].gap < marked->n && marked->v[v[i].gap].block < end)
        end = marked->v[v[i].gap].block;
    return alike(v[i].chars, median) &&
           body_under(d, v[i].block, end) >= TAIL_BODY_MIN;
}

static cand top_of(const doc *d, const bare *b, int number)
{
    const block *k = &d->blocks[b->block];
    cand c = {.block = b->block, .title_start = k->start,
              .title_end = b->end, .head_end = b->end, .level = 1};
    c.m.kind = MARK_NONE;
    c.m.number = number;
    return c;
}

/* The index of the first body paragraph of d (d->nblocks when none). */
static size_t first_body(const doc *d)
{
    size_t i = 0;
    while (i < d->nblocks && !is_body(d, &d->blocks[i]))
        i++;
    return i;
}

/* The level of a paragraph the format marked a heading that has no
 * marker and reads like a title (HINT_MIN_CHARS to BARE_MAX_CHARS, no
 * sentence end), or 0. */
static int hinted_title(const doc *d, const block *b)
{
    if (b->kind != BLOCK_PARAGRAPH)
        return 0;
    int level = doc_heading_level(d, b->line);
    const char *s = d->clean.bytes + b->start;
    size_t n = b->end - b->start;
    marker m;
    if (!level || marker_parse(s, n, &m))
        return 0;
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (is_stop(cp) || ++chars > BARE_MAX_CHARS)
            return 0;
    }
    return chars >= HINT_MIN_CHARS ? level : 0;
}

/* The tops the format's own headings give: its top heading level that
 * marks two unmarked title-like paragraphs or more (a page's one h1, its
 * title, is passed over for the h2 below). Returns how many it appended. */
static size_t hinted_tops(const doc *d, cand_list *tops)
{
    int best = 0;
    for (int level = 1; level <= 9 && !best; level++) {
        size_t count = 0;
        for (size_t i = 0; i < d->nblocks && count < 2; i++)
            count += hinted_title(d, &d->blocks[i]) == level;
        if (count >= 2)
            best = level;
    }
    size_t added = 0;
    for (size_t i = 0; best && i < d->nblocks; i++) {
        if (hinted_title(d, &d->blocks[i]) != best)
            continue;
        bare b = {i, d->blocks[i].end, 0, 0};
        cand_push(tops, top_of(d, &b, (int)++added));
    }
    return added;
}

void headings_bare_tops(const doc *d, const cand_list *marked, cand_list *tops)
{
    if (d->nheading_hints && hinted_tops(d, tops))
        return;
    size_t nv, backed = 0, start = tops->n, opening = first_body(d);
    int all_after_opening = 1;
    bare *v = bare_lines(d, marked, &nv);
    size_t median = backed_median(v, nv, marked);
    for (size_t a = 0, b; median && a < nv; a = b) {
        for (b = a + 1; b < nv && v[b].gap == v[a].gap; b++)
            ;
        int is_backed = gap_backed(v, nv, b - 1, marked);
        if (!is_backed && v[a].gap && v[a].gap < marked->n)
            continue; /* inside a run of marked headings */
        for (size_t i = a; i < b; i++) {
            int opens = is_backed && i + 1 == b, after = v[i].block > opening;
            int glued = v[i].end != d->blocks[v[i].block].end;
            if (opens ? !alike(v[i].chars, median)
                      : glued || !after || !tail_top(d, v, nv, i, marked, median))
                continue;
            backed += opens;
            all_after_opening &= after;
            cand_push(tops, top_of(d, &v[i], (int)(tops->n - start) + 1));
        }
    }
    /* Two lines that open runs make a top level; one does with a sibling
     * when both come after the opening text (a title line never does). */
    if (backed < 2 && !(backed == 1 && tops->n - start >= 2 && all_after_opening))
        tops->n = start;
    free(v);
}
