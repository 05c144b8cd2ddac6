/* textdiff.c — the differences of two texts in words (see textdiff.h):
 * the characters diffed (or the lines, then the characters of changed
 * lines, past the budget), runs of changes widened to word boundaries,
 * mapped back to the original bytes. */
#include "textdiff.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "myers.h"
#include "textdiff_side.h"

size_t textdiff_budget(size_t alen, size_t blen)
{
    return 8 * (alen + blen) + ((size_t)24 << 20);
}

/* A run of changes in characters: A's [i0, i1) against B's [j0, j1);
 * whether a changed character of it is of a number word, and whether
 * all are (set once the runs are widened). */
typedef struct span {
    size_t i0, i1, j0, j1;
    unsigned char num_any, num_only;
} span;

/* ---- lines: the fallback past the budget ---- */

/* The lines of a side: starts[0..nlines] character offsets (a line ends
 * after its newline), and ids that are equal for equal lines of either
 * side. */
typedef struct lines {
    size_t *starts;
    uint32_t *ids;
    size_t n;
} lines;

static void lines_cut(const td_side *s, lines *l)
{
    size_t cap = 0;
    l->starts = NULL;
    l->n = 0;
    for (size_t i = 0; i < s->n; i++)
        if (i == 0 || s->cp[i - 1] == '\n') {
            l->starts = xgrow(l->starts, &cap, l->n, sizeof *l->starts);
            l->starts[l->n++] = i;
        }
    l->starts = xgrow(l->starts, &cap, l->n, sizeof *l->starts);
    l->starts[l->n] = s->n;
    l->ids = xmalloc((l->n + 1) * sizeof *l->ids);
}

/* The folded bytes of line k of s. */
static const char *line_bytes(const td_side *s, const lines *l, size_t k,
                              size_t *len)
{
    size_t from = s->off[l->starts[k]];
    *len = s->off[l->starts[k + 1]] - from;
    return s->f.s + from;
}

/* Gives every line of both sides an id, equal for equal bytes: an
 * open-addressed table of (side, line) keys. */
static void lines_intern(const td_side *s[2], lines *l[2])
{
    size_t total = l[0]->n + l[1]->n, cap = 16;
    while (cap < 2 * total)
        cap *= 2;
    struct slot {
        uint64_t h;
        uint32_t side1, line; /* side + 1: 0 is an empty slot */
    } *t = xcalloc(cap, sizeof *t);
    for (int sd = 0; sd < 2; sd++)
        for (size_t k = 0; k < l[sd]->n; k++) {
            size_t n;
            const char *p = line_bytes(s[sd], l[sd], k, &n);
            uint64_t h = hash_bytes(p, n);
            size_t at = (size_t)h & (cap - 1);
            for (;; at = (at + 1) & (cap - 1)) {
                struct slot *e = &t[at];
                if (!e->side1) {
                    *e = (struct slot){h, (uint32_t)sd + 1, (uint32_t)k};
                    break;
                }
                size_t m;
                const char *q = e->h == h
                                    ? line_bytes(s[e->side1 - 1],
                                                 l[e->side1 - 1], e->line, &m)
                                    : NULL;
                if (q && m == n && !memcmp(p, q, n))
                    break;
            }
            l[sd]->ids[k] = (uint32_t)at;
        }
    free(t);
}

static void mark_all(unsigned char *c, size_t from, size_t to)
{
    memset(c + from, 1, to - from);
}

/* The characters of A's [i0, i1) against B's [j0, j1) on the budget
 * given; all of both marked when over it. Returns 1 when over. */
static int chars_diff(td_side *a, td_side *b, span r, size_t *budget)
{
    if (myers_diff(a->cp + r.i0, r.i1 - r.i0, b->cp + r.j0, r.j1 - r.j0,
                   a->chg + r.i0, b->chg + r.j0, budget) == 0)
        return 0;
    mark_all(a->chg, r.i0, r.i1);
    mark_all(b->chg, r.j0, r.j1);
    return 1;
}

/* The runs of changes of the marks ca[0..na), cb[0..nb) in order; the
 * unmarked characters of each side pair off between them. */
static span *spans_of(const unsigned char *ca, size_t na,
                      const unsigned char *cb, size_t nb, size_t *count)
{
    span *v = NULL;
    size_t n = 0, cap = 0, i = 0, j = 0;
    while (i < na || j < nb) {
        if (i < na && j < nb && !ca[i] && !cb[j]) {
            i++, j++;
            continue;
        }
        span s = {i, i, j, j, 0, 0};
        while ((i < na && ca[i]) || (j < nb && cb[j])) {
            while (i < na && ca[i])
                i++;
            while (j < nb && cb[j])
                j++;
        }
        s.i1 = i;
        s.j1 = j;
        v = xgrow(v, &cap, n, sizeof *v);
        v[n++] = s;
    }
    *count = n;
    return v;
}

/* Lines, then the characters of each run of changed lines with a share
 * of the budget left by its size; WHOLE when the lines are over too.
 * Returns the work done. */
static size_t by_lines(td_side *a, td_side *b, size_t budget, textdiff *d)
{
    lines la, lb;
    lines_cut(a, &la);
    lines_cut(b, &lb);
    const td_side *sides[2] = {a, b};
    lines *ls[2] = {&la, &lb};
    lines_intern(sides, ls);
    unsigned char *ma = xcalloc(la.n + 1, 1), *mb = xcalloc(lb.n + 1, 1);
    size_t line_budget = budget / 2;
    size_t left = budget - line_budget;
    size_t work = 0;
    if (myers_diff(la.ids, la.n, lb.ids, lb.n, ma, mb, &line_budget) < 0) {
        d->level = TEXTDIFF_WHOLE;
        mark_all(a->chg, 0, a->n);
        mark_all(b->chg, 0, b->n);
        work = budget / 2;
    } else {
        d->level = TEXTDIFF_LINES;
        work = budget / 2 - line_budget;
        left += line_budget;
        size_t before = left;
        size_t nruns;
        span *runs = spans_of(ma, la.n, mb, lb.n, &nruns);
        size_t size = 0;
        for (size_t k = 0; k < nruns; k++)
            size += (la.starts[runs[k].i1] - la.starts[runs[k].i0]) +
                    (lb.starts[runs[k].j1] - lb.starts[runs[k].j0]);
        for (size_t k = 0; k < nruns; k++) {
            span r = {la.starts[runs[k].i0], la.starts[runs[k].i1],
                      lb.starts[runs[k].j0], lb.starts[runs[k].j1], 0, 0};
            size_t own = (r.i1 - r.i0) + (r.j1 - r.j0);
            size_t share = size ? (size_t)((double)left * own / size) : 0;
            size_t room = share;
            d->coarse += (size_t)chars_diff(a, b, r, &room);
            left -= share - room;
            size -= own;
        }
        free(runs);
        work += before - left;
    }
    free(ma);
    free(mb);
    free(la.starts);
    free(la.ids);
    free(lb.starts);
    free(lb.ids);
    return work;
}

/* ---- words ---- */

/* Lines of a run longer than this get words at its two ends only. */
enum { WINDOW_MAX = 4 << 10 };

/* The start of the line of the original holding byte at. */
static size_t line_start(const td_side *s, size_t at)
{
    while (at > 0 && s->text[at - 1] != '\n')
        at--;
    return at;
}

/* The end of that line (its newline, or the end). */
static size_t line_end(const td_side *s, size_t at)
{
    const char *nl = at < s->len ? memchr(s->text + at, '\n', s->len - at)
                                 : NULL;
    return nl ? (size_t)(nl - s->text) : s->len;
}

/* A window of lines to find words in, [from, to) original bytes. */
typedef struct window {
    size_t from, to;
} window;

static void window_add(window **v, size_t *n, size_t *cap, size_t from,
                       size_t to)
{
    if (*n && from <= (*v)[*n - 1].to) { /* overlaps the last: join */
        if (to > (*v)[*n - 1].to)
            (*v)[*n - 1].to = to;
        return;
    }
    *v = xgrow(*v, cap, *n, sizeof **v);
    (*v)[(*n)++] = (window){from, to};
}

/* The words of the lines where each run starts and ends (all its lines
 * when under WINDOW_MAX) on side s (b: B's side of the runs). */
static void find_words(td_side *s, const span *h, size_t nh, int b,
                       word_bounds_fn fn)
{
    window *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < nh; k++) {
        size_t c0 = b ? h[k].j0 : h[k].i0, c1 = b ? h[k].j1 : h[k].i1;
        size_t p0 = c0 < s->n ? s->orig[c0] : s->len;
        size_t p1 = c1 > c0 ? td_side_end(s, c1 - 1) : p0;
        size_t from = line_start(s, p0), to = line_end(s, p1);
        if (to - from <= WINDOW_MAX) {
            window_add(&v, &n, &cap, from, to);
        } else {
            window_add(&v, &n, &cap, from, line_end(s, p0));
            window_add(&v, &n, &cap, line_start(s, p1), to);
        }
    }
    for (size_t k = 0; k < n; k++)
        td_side_words(s, v[k].from, v[k].to, fn);
    free(v);
}

/* Widens each run to the word boundaries of both sides around it,
 * stepping both sides together through the equal text between runs;
 * runs that come to touch merge. Returns the runs left (in place). */
static size_t widen(const td_side *a, const td_side *b, span *h, size_t nh)
{
    size_t out = 0;
    for (size_t k = 0; k < nh; k++) {
        span s = h[k];
        size_t lo = out ? h[out - 1].i1 : 0;
        while (s.i0 > lo && !(a->bound[s.i0] && b->bound[s.j0]))
            s.i0--, s.j0--;
        if (out && s.i0 == lo) {
            s.i0 = h[out - 1].i0;
            s.j0 = h[out - 1].j0;
            out--;
        }
        size_t hi = k + 1 < nh ? h[k + 1].i0 : a->n;
        while (s.i1 < hi && !(a->bound[s.i1] && b->bound[s.j1]))
            s.i1++, s.j1++;
        h[out++] = s;
    }
    return out;
}

/* The number flags of a run: any changed character of a number word on
 * either side, all of them. */
static void number_flags(const td_side *a, const td_side *b, span *h)
{
    size_t changed = 0, in_numbers = 0;
    for (size_t i = h->i0; i < h->i1; i++)
        if (a->chg[i])
            changed++, in_numbers += a->num[i];
    for (size_t j = h->j0; j < h->j1; j++)
        if (b->chg[j])
            changed++, in_numbers += b->num[j];
    h->num_any = in_numbers > 0;
    h->num_only = changed && in_numbers == changed;
}

static size_t span_size(const span *h)
{
    size_t a = h->i1 - h->i0, b = h->j1 - h->j0;
    return a > b ? a : b;
}

/* Merges runs across an equal stretch that is short beside both (at most
 * half the smaller run: the 的 and ， two rewritten sentences share), so
 * that a rewritten passage is one hunk, not confetti; two changes of
 * numbers only stay apart (10.5%、3.7% → 11.5%、3.9%). Returns the runs
 * left (in place). */
static size_t merge_confetti(span *h, size_t nh)
{
    size_t out = 0;
    for (size_t k = 0; k < nh; k++) {
        span cur = h[k];
        while (out) {
            const span *p = &h[out - 1];
            size_t eq = cur.i0 - p->i1, small = span_size(p);
            if (span_size(&cur) < small)
                small = span_size(&cur);
            if (2 * eq > small || (p->num_only && cur.num_only))
                break;
            cur = (span){p->i0, cur.i1, p->j0, cur.j1,
                         p->num_any | cur.num_any, 0};
            out--;
        }
        h[out++] = cur;
    }
    return out;
}

/* Original offsets of characters [i0, i1) of s: an empty run sits at the
 * end of the character before. */
static void orig_range(const td_side *s, size_t i0, size_t i1,
                       uint32_t *start, uint32_t *end)
{
    if (i0 == i1) {
        *start = *end = i0 ? (uint32_t)td_side_end(s, i0 - 1) : 0;
        return;
    }
    *start = s->orig[i0];
    *end = (uint32_t)td_side_end(s, i1 - 1);
}

static void hunks_out(const td_side *a, const td_side *b, const span *h,
                      size_t nh, textdiff *d)
{
    d->hunks = xmalloc((nh + 1) * sizeof *d->hunks);
    d->nhunks = nh;
    for (size_t k = 0; k < nh; k++) {
        textdiff_hunk *o = &d->hunks[k];
        orig_range(a, h[k].i0, h[k].i1, &o->a_start, &o->a_end);
        orig_range(b, h[k].j0, h[k].j1, &o->b_start, &o->b_end);
        o->fa_start = a->off[h[k].i0];
        o->fa_end = a->off[h[k].i1];
        o->fb_start = b->off[h[k].j0];
        o->fb_end = b->off[h[k].j1];
        o->kind = h[k].num_any ? TEXTDIFF_NUMBER : TEXTDIFF_CHANGED;
    }
}

void textdiff_run(const char *a, size_t alen, const char *b, size_t blen,
                  word_bounds_fn words, size_t budget, textdiff *out)
{
    memset(out, 0, sizeof *out);
    if (!budget)
        budget = textdiff_budget(alen, blen);
    td_side sa, sb;
    td_side_init(&sa, a, alen, !words);
    td_side_init(&sb, b, blen, !words);
    size_t left = budget / 2;
    out->level = TEXTDIFF_CHARS;
    if (myers_diff(sa.cp, sa.n, sb.cp, sb.n, sa.chg, sb.chg, &left) < 0) {
        memset(sa.chg, 0, sa.n);
        memset(sb.chg, 0, sb.n);
        out->work = budget / 2 + by_lines(&sa, &sb, budget - budget / 2, out);
    } else {
        out->work = budget / 2 - left;
    }
    size_t nh;
    span *h = spans_of(sa.chg, sa.n, sb.chg, sb.n, &nh);
    if (out->level != TEXTDIFF_CHARS) /* mostly unrelated: spare the words */
        nh = merge_confetti(h, nh);
    if (words) {
        find_words(&sa, h, nh, 0, words);
        find_words(&sb, h, nh, 1, words);
    }
    nh = widen(&sa, &sb, h, nh);
    for (size_t k = 0; k < nh; k++)
        number_flags(&sa, &sb, &h[k]);
    nh = merge_confetti(h, nh);
    hunks_out(&sa, &sb, h, nh, out);
    free(h);
    td_side_free(&sa);
    td_side_free(&sb);
}

char *textdiff_apply(const textdiff *d, const char *fa, size_t falen,
                     const char *fb, size_t *len)
{
    size_t cap = falen + 1, n = 0, pos = 0;
    for (size_t k = 0; k < d->nhunks; k++)
        cap += d->hunks[k].fb_end - d->hunks[k].fb_start;
    char *o = xmalloc(cap);
    for (size_t k = 0; k < d->nhunks; k++) {
        const textdiff_hunk *h = &d->hunks[k];
        memcpy(o + n, fa + pos, h->fa_start - pos);
        n += h->fa_start - pos;
        memcpy(o + n, fb + h->fb_start, h->fb_end - h->fb_start);
        n += h->fb_end - h->fb_start;
        pos = h->fa_end;
    }
    memcpy(o + n, fa + pos, falen - pos);
    n += falen - pos;
    o[n] = '\0';
    *len = n;
    return o;
}

void textdiff_free(textdiff *d)
{
    free(d->hunks);
    memset(d, 0, sizeof *d);
}
