/* pdf_rows.c — one PDF page's glyphs into rows in reading order, with
 * cells and spaces (see pdf_layout.h).
 *
 * The library's text lines are cut into segments (a new segment where it
 * starts a line, where the baseline moves or the text runs backwards).
 * A page is read in two columns when some x in its middle two fifths is
 * crossed by at most one in ten of the long segments (a quarter of the
 * page wide; the gutter is the middle of the widest such run of x) while
 * eight or more segments lie on each side and the left ones are mostly
 * long (justified text, not a table's cells); segments crossing it are
 * full width. Segments of one
 * column whose vertical centres lie within a third of a line of each
 * other and do not overlap make a row. Rows are ordered by band (the
 * full-width rows cut the page into bands), then column, then height.  *
 * Also the helpers the layout stages share (pdf_layout.h):
 * pdf_cmp_float, pdf_row_centre, pdf_opens_with_mark. */
#include "pdf_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "chars.h"
#include "marker.h"

/* A gap of this many em between glyphs starts a new cell (a spaced
 * title's letter spacing is narrower; a table's columns, a word space
 * between Chinese phrases, the gap after a paragraph's number wider). */
#define CELL_GAP_EM 0.5f
/* Within a cell, between letters, a gap this wide is a space, and between
 * the digits and marks of a number one this wide: by the geometry alone
 * (the library writes spaces where the font changes inside a word, as in
 * a pinyin's tone mark, and into a number a justified line stretches),
 * over the stretch a justified line puts between its Chinese characters. */
#define LATIN_SPACE_EM 0.2f
#define NUMBER_SPACE_EM 0.3f

typedef struct seg {
    size_t a, b;          /* glyphs [a, b) */
    float x1, y1, x2, y2, em;
    float h;              /* the median height of its glyph boxes */
    float stretch;        /* the median gap between its Chinese characters
                           * (a justified line's), 0 or more */
    uint8_t column;
} seg;

void pdf_rows_free(pdf_rows *r)
{
    free(r->row);
    free(r->cell);
    free(r->page_h);
    sbuf_free(&r->text);
    memset(r, 0, sizeof *r);
}

/* True for what a number is written with: digits, . , % and the like. */
static int in_number(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || cp == '.' || cp == ',' || cp == '%' || cp == '/' ||
           cp == ':';
}

static float cy(float y1, float y2)
{
    return (y1 + y2) / 2;
}

float pdf_row_centre(const pdf_row *x)
{
    return cy(x->y1, x->y2);
}

int pdf_opens_with_mark(const char *s, size_t n, int alone)
{
    static const char *const bullets[] = {"•", "·", "●", "○", "■", "□", "◆", "▪", "-", "*", "※"};
    marker m;
    if (marker_parse(s, n, &m))
        return !alone || (n <= 12 && m.len == n);
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
        size_t k = strlen(bullets[i]);
        if (n >= k && !memcmp(s, bullets[i], k) && (!alone || n == k))
            return 1;
    }
    return 0;
}

/* True for a character set wide (Chinese, full-width forms, CJK
 * punctuation): no space between it and its neighbour. */
static int is_wide(uint32_t cp)
{
    return chars_cells(cp) == 2;
}

int pdf_cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* The median height of the boxes of glyphs g[a, b) (scratch: tmp, room
 * b − a): the type's size as the font's box gives it, which a justified
 * line does not stretch. */
static float median_height(const pdf_glyph *g, size_t a, size_t b, float *tmp)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        tmp[n++] = g[i].y2 - g[i].y1;
    qsort(tmp, n, sizeof *tmp, pdf_cmp_float);
    return tmp[n / 2];
}

/* The size of the type of glyphs g[a, b) (scratch: tmp, room b − a): the
 * median advance of its wide characters (they are square), else 0.8 of
 * the median box height (a box holds the line's ascent and descent). */
static float type_size(const pdf_glyph *g, size_t a, size_t b, float *tmp)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        if (is_wide(g[i].cp))
            tmp[n++] = g[i].x2 - g[i].x1;
    float k = 1;
    if (n * 4 < b - a) {
        n = 0;
        for (size_t i = a; i < b; i++)
            tmp[n++] = g[i].y2 - g[i].y1;
        k = 0.8f;
    }
    qsort(tmp, n, sizeof *tmp, pdf_cmp_float);
    float m = tmp[n / 2] * k;
    return m > 0.5f ? m : 0.5f;
}

/* The stretch of a justified line among glyphs g[a, b) (scratch: tmp,
 * room b − a): the larger of the median gap between two Chinese
 * characters side by side and the median gap between two letters or
 * digits side by side, 0 or more. A justified line stretches every gap,
 * a word's letters too (認(rè n)真); a space stands out of that. */
static float stretch_of(const pdf_glyph *g, size_t a, size_t b, float *tmp)
{
    float best = 0;
    for (int wide = 0; wide < 2; wide++) {
        size_t n = 0;
        for (size_t i = a + 1; i < b; i++)
            if (is_wide(g[i - 1].cp) == wide && is_wide(g[i].cp) == wide)
                tmp[n++] = g[i].x1 - g[i - 1].x2;
        if (!n)
            continue;
        qsort(tmp, n, sizeof *tmp, pdf_cmp_float);
        best = fmaxf(best, tmp[n / 2]);
    }
    return best;
}

/* Cuts the glyphs into segments (see the top of the file). */
static seg *segments(const pdf_glyph *g, size_t n, size_t *nseg)
{
    seg *s = NULL;
    size_t ns = 0, cap = 0;
    float *tmp = xmalloc((n ? n : 1) * sizeof *tmp);
    size_t a = 0;
    for (size_t i = 1; i <= n; i++) {
        int cut = i == n || g[i].line_start;
        if (!cut) {
            const pdf_glyph *p = &g[i - 1], *q = &g[i];
            float h = p->y2 - p->y1;
            float c = cy(q->y1, q->y2);
            cut = c < p->y1 || c > p->y2 || q->x2 < p->x1 - h / 2;
        }
        if (!cut)
            continue;
        if (i > a) {
            s = xgrow(s, &cap, ns, sizeof *s);
            seg *t = &s[ns++];
            t->a = a, t->b = i, t->column = 0;
            t->x1 = g[a].x1, t->x2 = g[a].x2, t->y1 = g[a].y1, t->y2 = g[a].y2;
            for (size_t k = a + 1; k < i; k++) {
                t->x1 = fminf(t->x1, g[k].x1), t->x2 = fmaxf(t->x2, g[k].x2);
                t->y1 = fminf(t->y1, g[k].y1), t->y2 = fmaxf(t->y2, g[k].y2);
            }
            t->em = type_size(g, a, i, tmp);
            t->h = median_height(g, a, i, tmp);
            t->stretch = stretch_of(g, a, i, tmp);
        }
        a = i;
    }
    free(tmp);
    *nseg = ns;
    return s;
}

/* The x of a two-column page's gutter, or 0 when the page is one column
 * (see the top of the file). */
static float gutter(const seg *s, size_t ns, float w)
{
    if (ns < 16 || w <= 0)
        return 0;
    /* The middle of the longest run of x crossed by the fewest segments. */
    float best = 0, run_from = 0, best_len = -1;
    size_t best_cross = ns + 1, prev_cross = ns + 1;
    for (float x = w * 0.3f; x <= w * 0.7f; x += 2) {
        size_t cross = 0;
        for (size_t i = 0; i < ns && cross <= best_cross; i++)
            cross += s[i].x2 - s[i].x1 >= w / 4 && s[i].x1 < x - 1 && s[i].x2 > x + 1;
        if (cross != prev_cross)
            run_from = x;
        prev_cross = cross;
        if (cross < best_cross || (cross == best_cross && x - run_from > best_len)) {
            best_cross = cross;
            best_len = x - run_from;
            best = (run_from + x) / 2;
        }
    }
    size_t nlong = 0;
    for (size_t i = 0; i < ns; i++)
        nlong += s[i].x2 - s[i].x1 >= w / 4;
    if (best_cross * 10 > nlong)
        return 0;
    size_t left = 0, right = 0, long_left = 0;
    float lmin = w;
    for (size_t i = 0; i < ns; i++)
        if (s[i].x2 <= best + 1)
            lmin = fminf(lmin, s[i].x1);
    for (size_t i = 0; i < ns; i++) {
        if (s[i].x2 <= best + 1) {
            left++;
            long_left += s[i].x2 - s[i].x1 >= (best - lmin) * 0.6f;
        } else if (s[i].x1 >= best - 1) {
            right++;
        }
    }
    return left >= 8 && right >= 8 && long_left * 2 >= left ? best : 0;
}

/* Sort keys of a row under construction. */
typedef struct proto {
    size_t seg0, nseg;    /* into the ordered segment list */
    float cy, y1, y2;
    uint32_t band;
    uint8_t column;
} proto;

static int cmp_seg_y(const void *a, const void *b, void *ctx)
{
    const seg *s = ctx;
    const seg *x = &s[*(const size_t *)a], *y = &s[*(const size_t *)b];
    if (x->column != y->column)
        return x->column - y->column;
    float p = cy(x->y1, x->y2), q = cy(y->y1, y->y2);
    if (p != q)
        return (p > q) - (p < q);
    return (x->x1 > y->x1) - (x->x1 < y->x1);
}

static int cmp_seg_x(const void *a, const void *b, void *ctx)
{
    const seg *s = ctx;
    const seg *x = &s[*(const size_t *)a], *y = &s[*(const size_t *)b];
    return (x->x1 > y->x1) - (x->x1 < y->x1);
}

static int cmp_proto(const void *a, const void *b)
{
    const proto *x = a, *y = b;
    if (x->band != y->band)
        return x->band < y->band ? -1 : 1;
    if (x->column != y->column)
        return x->column - y->column;
    return (x->cy > y->cy) - (x->cy < y->cy);
}

/* True when segment t overlaps one of the row's segments order[k0, k1)
 * horizontally by more than a third of an em. */
static int overlaps(const seg *s, const size_t *order, size_t k0, size_t k1,
                    const seg *t)
{
    for (size_t k = k0; k < k1; k++) {
        const seg *u = &s[order[k]];
        float o = fminf(u->x2, t->x2) - fmaxf(u->x1, t->x1);
        if (o > fminf(u->em, t->em) / 3)
            return 1;
    }
    return 0;
}

/* Appends one glyph's text to r->text, with the space before it that the
 * rule at the top of pdf_layout.h asks for (prev: the glyph before it in
 * the cell, or NULL): none next to a wide character (a gap wide enough to
 * be a space there starts a new cell), none inside brackets. */
static void add_glyph(pdf_rows *r, const pdf_glyph *prev, const pdf_glyph *q,
                      float em, float stretch)
{
    int bracket = prev && (prev->cp == '(' || prev->cp == '[' || q->cp == ')' || q->cp == ']');
    if (prev && !is_wide(prev->cp) && !is_wide(q->cp) && !bracket) {
        float gap = q->x1 - prev->x2;
        int number = in_number(prev->cp) && in_number(q->cp);
        if (gap >= (number ? NUMBER_SPACE_EM : LATIN_SPACE_EM) * em + stretch)
            sbuf_addc(&r->text, ' ');
    }
    sbuf_addcp(&r->text, q->cp);
}

static void open_cell(pdf_rows *r, const pdf_glyph *q)
{
    r->cell = xgrow(r->cell, &r->ccap, r->ncells, sizeof *r->cell);
    r->cell[r->ncells++] = (pdf_cell){q->x1, q->x2, (uint32_t)r->text.len, 0};
}

/* Writes the row of segments order[k0, k1) (left to right) into r. */
static void emit_row(pdf_rows *r, const pdf_glyph *g, const seg *s,
                     const size_t *order, size_t k0, size_t k1, uint8_t column)
{
    r->row = xgrow(r->row, &r->rcap, r->nrows, sizeof *r->row);
    pdf_row *row = &r->row[r->nrows++];
    memset(row, 0, sizeof *row);
    row->page = r->npages;
    row->column = column;
    row->cell0 = (uint32_t)r->ncells;
    const seg *f = &s[order[k0]];
    row->x1 = f->x1, row->x2 = f->x2, row->y1 = f->y1, row->y2 = f->y2;
    size_t most = 0; /* the em of the segment with the most glyphs */
    size_t glyphs = 0; /* in the segments before this one */
    long votes = 0;
    const pdf_glyph *prev = NULL;
    for (size_t k = k0; k < k1; k++) {
        const seg *t = &s[order[k]];
        row->x1 = fminf(row->x1, t->x1), row->x2 = fmaxf(row->x2, t->x2);
        row->y1 = fminf(row->y1, t->y1), row->y2 = fmaxf(row->y2, t->y2);
        if (t->b - t->a > most)
            most = t->b - t->a, row->em = t->em, row->h = t->h;
        for (size_t i = t->a; i < t->b; i++) {
            const pdf_glyph *q = &g[i];
            /* The font most of the row is set in (a majority vote). */
            if (!votes)
                row->font = q->font, votes = 1;
            else
                votes += row->font == q->font ? 1 : -1;
            if (prev && !row->hang_x && glyphs + (i - t->a) < HANG_GLYPHS &&
                q->x1 - prev->x2 >= CELL_GAP_EM * t->em)
                row->hang_x = q->x1;
            if (!prev || q->x1 - prev->x2 >= CELL_GAP_EM * t->em) {
                if (prev)
                    r->cell[r->ncells - 1].len =
                        (uint32_t)(r->text.len - r->cell[r->ncells - 1].off);
                open_cell(r, q);
                prev = NULL;
            }
            add_glyph(r, prev, q, t->em, t->stretch);
            r->cell[r->ncells - 1].x2 = fmaxf(r->cell[r->ncells - 1].x2, q->x2);
            prev = q;
        }
        glyphs += t->b - t->a;
    }
    r->cell[r->ncells - 1].len = (uint32_t)(r->text.len - r->cell[r->ncells - 1].off);
    row->ncells = (uint32_t)(r->ncells - row->cell0);
}

void pdf_rows_build(pdf_rows *r, pdf_glyph *g, size_t n, float w, float h)
{
    r->page_h = xgrow(r->page_h, &r->hcap, r->npages, sizeof *r->page_h);
    r->page_h[r->npages] = h;
    size_t ns;
    seg *s = segments(g, n, &ns);
    float gx = gutter(s, ns, w);
    for (size_t i = 0; i < ns && gx > 0; i++)
        s[i].column = s[i].x2 <= gx + 1 ? 1 : s[i].x1 >= gx - 1 ? 2 : 0;
    size_t *order = xmalloc((ns ? ns : 1) * sizeof *order);
    for (size_t i = 0; i < ns; i++)
        order[i] = i;
    qsort_r(order, ns, sizeof *order, cmp_seg_y, s);
    /* Group into rows (order stays sorted by column, then centre). */
    proto *pr = NULL;
    size_t np = 0, pcap = 0;
    for (size_t k = 0; k < ns; k++) {
        const seg *t = &s[order[k]];
        float c = cy(t->y1, t->y2);
        if (np) {
            proto *p = &pr[np - 1];
            float tol = fmaxf(t->em, p->y2 - p->y1) / 3;
            if (s[order[p->seg0]].column == t->column && fabsf(c - p->cy) <= tol &&
                !overlaps(s, order, p->seg0, p->seg0 + p->nseg, t)) {
                p->nseg++;
                p->y1 = fminf(p->y1, t->y1), p->y2 = fmaxf(p->y2, t->y2);
                continue;
            }
        }
        pr = xgrow(pr, &pcap, np, sizeof *pr);
        pr[np++] = (proto){k, 1, c, t->y1, t->y2, 0, t->column};
    }
    /* Bands: full-width row j (in height order) is band 2j + 1; a column
     * row below j full-width rows is band 2j. */
    float *full = xmalloc((np ? np : 1) * sizeof *full);
    size_t nfull = 0;
    for (size_t i = 0; i < np; i++)
        if (pr[i].column == 0)
            full[nfull++] = pr[i].cy;
    qsort(full, nfull, sizeof *full, pdf_cmp_float);
    for (size_t i = 0; i < np; i++) {
        size_t lo = 0, hi = nfull;  /* full-width rows above: full[0, lo) */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (full[mid] < pr[i].cy)
                lo = mid + 1;
            else
                hi = mid;
        }
        pr[i].band = (uint32_t)(pr[i].column == 0 ? 2 * lo + 1 : 2 * lo);
    }
    free(full);
    qsort(pr, np, sizeof *pr, cmp_proto);
    for (size_t i = 0; i < np; i++) {
        qsort_r(order + pr[i].seg0, pr[i].nseg, sizeof *order, cmp_seg_x, s);
        emit_row(r, g, s, order, pr[i].seg0, pr[i].seg0 + pr[i].nseg, pr[i].column);
    }
    free(pr);
    free(order);
    free(s);
    r->npages++;
}
