/* headings.c — heading candidates, sequence and level inference, unmarked
 * headings, the section tree (see headings.h). */
#include "headings.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cn_numeral.h"
#include "headings_impl.h"
#include "marker.h"
#include "strs.h"
#include "utf8.h"

enum {
    TITLE_MAX_CHARS = 60, /* longer: a numbered sentence, not a heading */
    LEAD_MAX_CHARS = 30   /* 一是… stands alone as a heading only when short */
};

/* Byte offset of the first 。 ； or ; in s[0..n), or n. *len gets its
 * length (0 when none). */
static size_t sentence_end(const char *s, size_t n, size_t *len)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ';') {
            *len = 1;
            return i;
        }
        if (i + 3 <= n && (memcmp(s + i, "。", 3) == 0 ||
                           memcmp(s + i, "；", 3) == 0)) {
            *len = 3;
            return i;
        }
    }
    *len = 0;
    return n;
}

/* Fills the title range of c for the line s[0..n) at clean offset base;
 * returns 0 when the text after the marker cannot be a heading title. */
static int take_title(cand *c, const char *s, size_t n, size_t base)
{
    size_t from = c->m.skip, punct;
    size_t stop = from + sentence_end(s + from, n - from, &punct);
    size_t to = stop;
    while (to > from && s[to - 1] == ' ')
        to--;
    size_t chars = utf8_count(s + from, to - from);
    if (chars < 2 || chars > TITLE_MAX_CHARS)
        return 0;
    if (c->m.kind == MARK_LEAD && (stop < n || chars > LEAD_MAX_CHARS))
        return 0; /* 一是… leading a paragraph */
    c->title_start = base + from;
    c->title_end = base + to;
    c->head_end = base + stop + punct;
    return 1;
}

/* Paragraphs that open with a marker and a title-like text. */
static void collect(const doc *d, cand_list *out)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        const block *b = &d->blocks[i];
        if (b->kind != BLOCK_PARAGRAPH)
            continue;
        const char *s = d->clean.bytes + b->start;
        size_t n = b->end - b->start;
        cand c = {.block = i};
        if (marker_parse(s, n, &c.m) && take_title(&c, s, n, b->start))
            cand_push(out, c);
    }
}

/* Drops paragraph numbering: a kind of marker (1. 2. …, as in Hong Kong's
 * and Macao's papers) that opens paragraphs counting on from 1 without
 * starting again (at least PARA_NUM_MIN of them, nine steps in ten by
 * one) while a kind that first appeared before it moves on to its number
 * 2 or later in between: it numbers the paragraphs, not sections under
 * each parent. Its candidates are body, and so are those of every kind
 * that first appears after its first (nested in its paragraphs). All the
 * paragraphs that open with a marker count, not only the candidates (a
 * numbered paragraph's first sentence is often too long for a title). */
enum { PARA_NUM_MIN = 6 };

typedef struct mark_at {
    size_t block;
    marker m;
} mark_at;

static void drop_paragraph_numbers(const doc *d, cand_list *l)
{
    mark_at *v = NULL;
    size_t nv = 0, cap = 0;
    size_t first[MARK_NKINDS];
    for (int k = 0; k < MARK_NKINDS; k++)
        first[k] = SIZE_MAX;
    for (size_t i = 0; i < d->nblocks; i++) {
        const block *b = &d->blocks[i];
        marker m;
        if (b->kind != BLOCK_PARAGRAPH ||
            !marker_parse(d->clean.bytes + b->start, b->end - b->start, &m))
            continue;
        v = xgrow(v, &cap, nv, sizeof *v);
        v[nv++] = (mark_at){i, m};
        if (first[m.kind] == SIZE_MAX)
            first[m.kind] = i;
    }
    size_t from = SIZE_MAX;
    for (int k = 1; k < MARK_NKINDS && from == SIZE_MAX; k++) {
        if (first[k] == SIZE_MAX || k == MARK_LEAD)
            continue;
        size_t count = 0, steps = 0, last = 0;
        int prev = 0, restarted = 0;
        for (size_t i = 0; i < nv; i++) {
            if ((int)v[i].m.kind != k)
                continue;
            int n = v[i].m.number;
            restarted |= count > 0 && n == 1;
            steps += count > 0 && n == prev + 1;
            prev = n, last = v[i].block, count++;
        }
        if (restarted || count < PARA_NUM_MIN || steps * 10 < (count - 1) * 9)
            continue;
        for (size_t i = 0; i < nv && from == SIZE_MAX; i++) {
            int j = v[i].m.kind;
            if (j != k && first[j] < first[k] && v[i].block > first[k] &&
                v[i].block < last && v[i].m.number >= 2)
                from = first[k];
        }
    }
    free(v);
    if (from == SIZE_MAX)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].m.kind == MARK_NONE || first[l->v[i].m.kind] < from)
            l->v[kept++] = l->v[i];
    l->n = kept;
}

/* Keeps the candidates that continue a sequence: a kind's first heading
 * is number 1; later ones follow the last of their kind under the same
 * parent (one missing number is a flagged gap). A kind's level is the
 * order in which kinds first appear. A bare top (kind MARK_NONE) is level
 * 1 and starts the inference afresh beneath it, its kinds from level 2.
 * Returns how many marked candidates are kept. */
static size_t keep_sequences(cand_list *l)
{
    int level_of[MARK_NKINDS] = {0}, last[MARK_NKINDS] = {0}, levels = 0;
    size_t kept = 0, marked = 0;
    for (size_t i = 0; i < l->n; i++) {
        cand c = l->v[i];
        int k = c.m.kind, n = c.m.number;
        if (k == MARK_NONE) {
            memset(level_of, 0, sizeof level_of);
            memset(last, 0, sizeof last);
            levels = 1;
            l->v[kept++] = c;
            continue;
        }
        if (!level_of[k]) {
            if (n != 1)
                continue;
            level_of[k] = ++levels;
        } else if (n == last[k] + 2 && last[k] > 0) {
            c.flags |= SECTION_GAP;
        } else if (n != last[k] + 1) {
            continue;
        }
        c.level = level_of[k];
        last[k] = n;
        for (int j = 0; j < MARK_NKINDS; j++)
            if (level_of[j] > c.level)
                last[j] = 0;
        l->v[kept++] = c;
        marked++;
    }
    l->n = kept;
    return marked;
}

static int by_block(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return (x->block > y->block) - (x->block < y->block);
}

/* How many marked candidates of l are kept in sequence (on a copy);
 * *top_first gets whether the first kept one is a bare top. */
static size_t kept_in_sequence(const cand_list *l, int *top_first)
{
    cand_list t = {xmalloc((l->n ? l->n : 1) * sizeof *t.v), l->n, l->n};
    if (l->n)
        memcpy(t.v, l->v, l->n * sizeof *t.v);
    size_t kept = keep_sequences(&t);
    *top_first = t.n && t.v[0].m.kind == MARK_NONE;
    free(t.v);
    return kept;
}

/* Adds a bare top level to the marked candidates l (block order) when
 * headings_bare_tops proposes one and the numbering bears it out: nothing
 * marked above the first top, and at least as many marked headings in
 * sequence beneath the tops as without them. */
static void add_bare_tops(const doc *d, cand_list *l)
{
    cand_list with = {0};
    headings_bare_tops(d, l, &with);
    if (!with.n) {
        free(with.v); /* grown for proposals then withdrawn */
        return;
    }
    for (size_t i = 0; i < l->n; i++)
        cand_push(&with, l->v[i]);
    qsort(with.v, with.n, sizeof *with.v, by_block);
    int top_first, unused;
    size_t under = kept_in_sequence(&with, &top_first);
    if (top_first && under >= kept_in_sequence(l, &unused)) {
        free(l->v);
        *l = with;
        return;
    }
    free(with.v);
}

/* What a heading's siblings look like, to recognise one whose marker is
 * missing: their title lengths, whether they have a comma, and the
 * character most of them put right after it (000: …,高质量… ,高效率…). */
typedef struct sibling_shape {
    double mean;
    size_t min, max;
    int comma;          /* most siblings have a comma */
    uint32_t after;     /* the character after the comma most share, or 0 */
} sibling_shape;

static const char *comma_in(const char *s, size_t n, size_t *len)
{
    const char *a = memchr(s, ',', n);
    const char *b = strs_find(s, n, "，", 3);
    if (a && (!b || a < b)) {
        *len = 1;
        return a;
    }
    *len = 3;
    return b;
}

static uint32_t char_after_comma(const char *s, size_t n)
{
    size_t len;
    const char *c = comma_in(s, n, &len);
    if (!c || (size_t)(c - s) + len >= n)
        return 0;
    uint32_t cp;
    utf8_decode(c + len, n - (size_t)(c - s) - len, &cp);
    return cp;
}

static sibling_shape shape_of(const doc *d, const cand *sib, size_t nsib)
{
    sibling_shape sh = {0, (size_t)-1, 0, 0, 0};
    size_t commas = 0, sum = 0;
    for (size_t i = 0; i < nsib; i++) {
        const char *s = d->clean.bytes + sib[i].title_start;
        size_t n = sib[i].title_end - sib[i].title_start, len;
        size_t chars = utf8_count(s, n);
        sum += chars;
        sh.min = chars < sh.min ? chars : sh.min;
        sh.max = chars > sh.max ? chars : sh.max;
        commas += comma_in(s, n, &len) != NULL;
    }
    sh.mean = nsib ? (double)sum / (double)nsib : 0;
    sh.comma = commas * 2 > nsib;
    uint32_t first = nsib ? char_after_comma(d->clean.bytes + sib[0].title_start,
                                             sib[0].title_end - sib[0].title_start)
                          : 0;
    size_t same = 0;
    for (size_t i = 0; i < nsib && first; i++)
        same += char_after_comma(d->clean.bytes + sib[i].title_start,
                                 sib[i].title_end - sib[i].title_start) == first;
    if (first && same * 3 >= nsib * 2)
        sh.after = first;
    return sh;
}

/* How much the first sentence of paragraph block b reads like a sibling
 * heading of shape sh; 0 when it cannot be one. */
static double sibling_score(const doc *d, const block *b,
                            const sibling_shape *sh, cand *out)
{
    const char *s = d->clean.bytes + b->start;
    size_t n = b->end - b->start, punct, len;
    size_t stop = sentence_end(s, n, &punct);
    if (!punct)
        return 0;
    size_t chars = utf8_count(s, stop);
    if (chars + 4 < sh->min || chars > sh->max + 4)
        return 0;
    /* Only the parallel two-part shape of report headings (…,…) is
     * distinctive enough to tell a heading from a lead sentence. */
    if (!sh->comma || !comma_in(s, stop, &len))
        return 0;
    double score = 10 - (chars > sh->mean ? chars - sh->mean : sh->mean - chars);
    if (sh->after && char_after_comma(s, stop) == sh->after)
        score += 5;
    out->title_start = b->start;
    out->title_end = b->start + stop;
    out->head_end = b->start + stop + punct;
    return score;
}

/* For a heading flagged SECTION_GAP at l->v[i], looks between its previous
 * sibling and it for a paragraph that reads like the missing sibling, and
 * inserts it as an inferred heading. */
static void fill_gap(const doc *d, cand_list *l, size_t i)
{
    cand *c = &l->v[i];
    size_t prev = i;
    while (prev > 0 && l->v[prev - 1].level >= c->level)
        prev--;
    /* the siblings: same kind and level since the parent heading */
    size_t first = prev, nsib = 0;
    cand *sib = xmalloc((i - first + 1) * sizeof *sib);
    for (size_t j = first; j <= i; j++)
        if (l->v[j].m.kind == c->m.kind && l->v[j].level == c->level)
            sib[nsib++] = l->v[j];
    sibling_shape sh = shape_of(d, sib, nsib);
    free(sib);
    size_t lo = i > 0 ? l->v[i - 1].block + 1 : 0;
    double best = 6; /* below this, nothing reads like a sibling */
    cand found = {0};
    int have = 0;
    for (size_t b = lo; b < c->block; b++) {
        if (d->blocks[b].kind != BLOCK_PARAGRAPH)
            continue;
        cand t = {.block = b};
        double s = sibling_score(d, &d->blocks[b], &sh, &t);
        if (s > best) {
            best = s;
            found = t;
            have = 1;
        }
    }
    if (!have)
        return;
    found.m = c->m;
    found.m.number = c->m.number - 1;
    found.m.len = found.m.skip = 0;
    found.level = c->level;
    found.flags = SECTION_INFERRED;
    c->flags &= ~(unsigned)SECTION_GAP;
    cand_push(l, found); /* re-sorted by block below */
}

/* The marker as written, ASCII parentheses made full-width. */
static const char *marker_text(doc *d, const cand *c, char *buf)
{
    if (c->flags & SECTION_INFERRED)
        return arena_strndup(&d->mem, headings_format_marker(
                                  c->m.kind, c->m.number, buf),
                             strlen(buf));
    const char *s = d->clean.bytes + d->blocks[c->block].start;
    size_t o = 0;
    for (size_t i = 0; i < c->m.len && o + 4 < 64; i++) {
        if (s[i] == '(' || s[i] == ')') {
            memcpy(buf + o, s[i] == '(' ? "（" : "）", 3);
            o += 3;
        } else {
            buf[o++] = s[i];
        }
    }
    return arena_strndup(&d->mem, buf, o);
}

/* Sections in document order; parents and ends from a stack of the
 * sections still open (linear in the number of headings). */
static void build_sections(doc *d, const cand_list *l)
{
    d->nsections = l->n;
    d->sections = arena_alloc(&d->mem, (l->n ? l->n : 1) * sizeof *d->sections);
    size_t *open = xmalloc((l->n ? l->n : 1) * sizeof *open), depth = 0;
    char buf[64];
    for (size_t i = 0; i < l->n; i++) {
        const cand *c = &l->v[i];
        section *s = &d->sections[i];
        s->level = c->level;
        s->kind = c->m.kind;
        s->number = c->m.number;
        s->marker = marker_text(d, c, buf);
        s->title = arena_strndup(&d->mem, d->clean.bytes + c->title_start,
                                 c->title_end - c->title_start);
        s->line = d->blocks[c->block].line;
        s->start = d->blocks[c->block].start;
        s->flags = c->flags;
        while (depth && d->sections[open[depth - 1]].level >= s->level)
            d->sections[open[--depth]].end = s->start;
        s->parent = depth ? (int)open[depth - 1] : -1;
        open[depth++] = i;
    }
    while (depth)
        d->sections[open[--depth]].end = d->clean.len;
    free(open);
}

/* Splits each heading paragraph into its heading and the body text after
 * it on the same line. Without headings the blocks stay as they are (a
 * copy would keep two arrays of them in the arena). */
static void split_blocks(doc *d, const cand_list *l)
{
    if (!l->n)
        return;
    size_t extra = l->n;
    block *v = arena_alloc(&d->mem, (d->nblocks + extra + 1) * sizeof *v);
    size_t n = 0, k = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        block b = d->blocks[i];
        if (k < l->n && l->v[k].block == i) {
            const cand *c = &l->v[k];
            size_t rest = c->head_end;
            while (rest < b.end && d->clean.bytes[rest] == ' ')
                rest++;
            v[n++] = (block){BLOCK_HEADING, b.start, c->head_end, b.line,
                             (int)k, -1};
            if (rest < b.end) /* its line: a join's, when one glued it on */
                v[n++] = (block){BLOCK_PARAGRAPH, rest, b.end,
                                 doc_line_at(d, b.line, rest - b.start), -1, -1};
            k++;
            continue;
        }
        v[n++] = b;
    }
    d->blocks = v;
    d->nblocks = n;
}

void headings_detect(doc *d)
{
    cand_list l = {0};
    collect(d, &l);
    drop_paragraph_numbers(d, &l);
    add_bare_tops(d, &l);
    keep_sequences(&l);
    size_t n = l.n;
    for (size_t i = 0; i < n; i++)
        if (l.v[i].flags & SECTION_GAP)
            fill_gap(d, &l, i);
    if (l.n)
        qsort(l.v, l.n, sizeof *l.v, by_block);
    build_sections(d, &l);
    split_blocks(d, &l);
    free(l.v);
}

char *headings_format_marker(int kind, int number, char *buf)
{
    char cn[24];
    cn_numeral(number, cn);
    switch (kind) {
    case MARK_BIAN: snprintf(buf, 32, "第%s编", cn); break;
    case MARK_ZHANG: snprintf(buf, 32, "第%s章", cn); break;
    case MARK_JIE: snprintf(buf, 32, "第%s节", cn); break;
    case MARK_CN_DUN: snprintf(buf, 32, "%s、", cn); break;
    case MARK_CN_PAREN: snprintf(buf, 32, "（%s）", cn); break;
    case MARK_NUM_PAREN: snprintf(buf, 32, "（%d）", number); break;
    case MARK_CIRCLED:
        if (number >= 1 && number <= 20) {
            char tmp[4];
            size_t k = utf8_encode(0x2460u + (uint32_t)number - 1, tmp);
            memcpy(buf, tmp, k);
            buf[k] = '\0';
            break;
        }
        /* fall through */
    default: snprintf(buf, 32, "%d.", number); break;
    }
    return buf;
}
