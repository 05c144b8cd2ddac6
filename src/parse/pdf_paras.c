/* pdf_paras.c — a PDF's rows into the text the text stages take:
 * paragraphs joined by their geometry, tables as markdown (see
 * pdf_layout.h).
 *
 * Within one column of one page, row L goes on the paragraph of the row P
 * above it when: they are set in one font (or the paragraph opens with a
 * marker: a bold title run on) and one size (glyph box heights within
 * 15%); L lies at most 1.35 line pitches (the column's median) below P;
 * P reaches the column's right edge (within 1.5 em, 2.5 when L opens
 * with a character and a closing mark: 间、…); L is not indented (it
 * starts at the column's left edge, or where P started when P is not its
 * paragraph's first row, or under the text of a first row that opens
 * with a marker or a bullet set off by a gap: a hanging indent); and L
 * opens no block (a heading marker, a caption, 附件 …) — a marker-like
 * start after open prose (…推进地铁 | 10、22号线) does not count.
 *
 * A document "opens its paragraphs visibly" when nine in ten of its
 * paragraphs of two rows or more start indented or with a marker. There
 * a flush, unmarked row goes on even under a short row (a narrow column,
 * a number or quote that did not fit), after prose or a sentence when it
 * is full itself, after prose that stopped short of a sentence's end
 * otherwise; and the first row of a page or column goes on the paragraph
 * the one before ended with, even after a sentence end (Hong Kong's
 * numbered paragraphs run on over pages). Elsewhere a page or column
 * break ends the paragraph, and clean.c's joiner decides whether the text
 * goes on there. A table that ends its page goes on when the next page
 * opens with rows in its columns.
 *
 * Tables are found and written by pdf_tables.h. */
#include "pdf_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "marker.h"
#include "pagebreak.h"
#include "chars.h"
#include "pdf_tables.h"
#include "strs.h"
#include "utf8.h"


/* The x extents of one page column's rows: left edge, right edge, pitch. */
typedef struct frame {
    float left, right, pitch;
} frame;

static int same_block(const pdf_row *a, const pdf_row *b)
{
    return a->page == b->page && a->column == b->column;
}

/* The end of the block (page column) row a begins. */
static size_t block_end(const pdf_rows *r, size_t a)
{
    size_t b = a;
    while (b < r->nrows && same_block(&r->row[a], &r->row[b]))
        b++;
    return b;
}

/* The frame of the rows [a, b) of one page and column (furniture left
 * out): the smallest x1; the largest x2 that a second row comes within an
 * em of (one row sticking out does not move it); the median distance
 * between the centres of consecutive rows less than 3 em apart. */
static frame frame_of(const pdf_rows *r, size_t a, size_t b)
{
    frame f = {0, 0, 0};
    float *x2 = xmalloc((b - a) * sizeof *x2), *d = xmalloc((b - a) * sizeof *d);
    size_t n = 0, nd = 0;
    const pdf_row *prev = NULL;
    for (size_t i = a; i < b; i++) {
        const pdf_row *x = &r->row[i];
        if (x->furniture)
            continue;
        f.left = n ? fminf(f.left, x->x1) : x->x1;
        x2[n++] = x->x2;
        if (prev) {
            float delta = pdf_row_centre(x) - pdf_row_centre(prev);
            if (delta > 0 && delta < 3 * x->em)
                d[nd++] = delta;
        }
        prev = x;
    }
    if (n) {
        qsort(x2, n, sizeof *x2, pdf_cmp_float);
        f.right = x2[n - 1];
        if (n >= 3 && x2[n - 2] < x2[n - 1] - r->row[a].em)
            f.right = x2[n - 2];
    }
    if (nd) {
        qsort(d, nd, sizeof *d, pdf_cmp_float);
        f.pitch = d[nd / 2];
    }
    free(x2);
    free(d);
    return f;
}

/* The text of cell c. */
static const char *cell_text(const pdf_rows *r, uint32_t c, size_t *n)
{
    *n = r->cell[c].len;
    return r->text.p + r->cell[c].off;
}

/* Writes row x's cells into b, a space between two. */
static void row_text(const pdf_rows *r, const pdf_row *x, sbuf *b)
{
    b->len = 0;
    for (uint32_t c = x->cell0; c < x->cell0 + x->ncells; c++) {
        size_t n;
        const char *s = cell_text(r, c, &n);
        if (b->len)
            sbuf_addc(b, ' ');
        sbuf_add(b, s, n);
    }
}

/* True when s opens with a bullet or a heading marker. */
static int list_mark_start(const char *s, size_t n)
{
    return pdf_opens_with_mark(s, n, 0);
}

/* The paragraph being written. */
typedef struct para {
    const pdf_row *last; /* its last row (NULL: none open in this block) */
    int first;           /* last is its first row */
    int marked;          /* it opens with a marker or a bullet */
    size_t start;        /* where its text starts in the output */
} para;

/* True when s[0..n) holds a clause mark (prose, not a label or a title). */
static int has_clause(const char *s, size_t n)
{
    static const char *const marks[] = {"，", "、", "；", "：", ",", ";", ":"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strs_has(s, n, marks[i]))
            return 1;
    return 0;
}

/* True when a paragraph s[0..n) is open-ended body text: no closing
 * punctuation at its end, a clause mark in it (not a heading). */
static int open_body(const char *s, size_t n)
{
    return !pagebreak_ends_closed(s, n) && has_clause(s, n);
}

/* True when s[0..n) opens with a marker no heading level of a report
 * uses much (1. 10、 ① (1)): the items of a list inside a paragraph. */
static int minor_marker(const char *s, size_t n)
{
    marker m;
    return marker_parse(s, n, &m) && (m.kind == MARK_NUM_DOT || m.kind == MARK_NUM_PAREN ||
                                      m.kind == MARK_CIRCLED);
}

/* True when s[0..n) ends a sentence: 。！？ (not a clause's ；). */
static int sentence_end(const char *s, size_t n)
{
    static const char *const ends[] = {"。", "！", "？", ".", "!", "?"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (n >= k && !memcmp(s + n - k, ends[i], k))
            return 1;
    }
    return 0;
}

/* True when row q reaches the right edge of its column: within 1.5 em,
 * or 2.5 em when the next row, lt[0..ln), opens with a character and a
 * closing mark (间、…: the line broke a character early, as Chinese line
 * breaking does rather than start a line with 、). */
static int reaches(const pdf_row *q, float right, const char *lt, size_t ln)
{
    if (q->x2 >= right - 1.5f * q->em)
        return 1;
    uint32_t cp;
    size_t k = ln ? utf8_decode(lt, ln, &cp) : 0;
    if (!k || k >= ln)
        return 0;
    utf8_decode(lt + k, ln - k, &cp);
    static const uint32_t closing[] = {0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF09,
                                       0x300D, 0x300F, 0x300B, 0x201D, 0xFF01, 0xFF1F};
    for (size_t i = 0; i < sizeof closing / sizeof *closing; i++)
        if (cp == closing[i])
            return q->x2 >= right - 2.5f * q->em;
    return 0;
}

/* In a document whose paragraphs open visibly, true when row l, flush
 * left, goes on the paragraph said[0..tn) above it even where that
 * stopped short: l opens no block (a list's marker or a lead like 一是
 * counts as none after a clause: a new item would be indented), and it is
 * full itself after a sentence or prose, or the prose above stopped short
 * of a sentence's end. A short line under a label (附件, 名词解释) or
 * under a sentence is a block of its own. */
static int visible_goes_on(const char *said, size_t tn, const pdf_row *l, frame f,
                           const char *lt, size_t ln)
{
    if (pagebreak_is_caption(said, tn))
        return 0; /* 图1: … above: a caption, a block of its own */
    int ends = sentence_end(said, tn), prose = has_clause(said, tn);
    marker m;
    int item = marker_parse(lt, ln, &m) &&
               (minor_marker(lt, ln) || m.kind == MARK_LEAD) && !ends;
    if (!item && (list_mark_start(lt, ln) || pagebreak_starts_block(lt, ln)))
        return 0;
    int full = l->x2 >= f.right - 1.5f * l->em;
    return (full && (prose || ends)) || (prose && !ends) || (full && item);
}

/* True when row l goes on paragraph p (see the top of the file); said:
 * p's text so far (NULL: not known, as in the first pass); visibly: the
 * document opens its paragraphs visibly (opens_visibly); lt: l's text. */
static int goes_on(const para *p, const pdf_row *l, frame f, const char *said, size_t tn,
                   int visibly, const char *lt, size_t ln)
{
    const pdf_row *q = p->last;
    /* One font (a paragraph that opens with a marker may run its bold
     * title on into the next row) and one size. */
    if (!q || !same_block(q, l) || (q->font != l->font && !p->marked) ||
        fabsf(l->h - q->h) > 0.15f * q->h)
        return 0;
    float pitch = f.pitch > 0 ? f.pitch : 1.5f * q->em;
    float delta = pdf_row_centre(l) - pdf_row_centre(q);
    if (delta <= 0 || delta > 1.35f * pitch)
        return 0;
    float tol = 0.6f * l->em;
    int flush = l->x1 <= f.left + tol;
    /* Where paragraphs open visibly, a row flush and unmarked goes on
     * even under a short row (a narrow column, a number or a quote that
     * did not fit the line): when it is full itself after a sentence or
     * prose, or the prose above stopped short of a sentence's end. A
     * short line under a label (附件, 名词解释) or a sentence is a block. */
    if (visibly && flush && said && visible_goes_on(said, tn, l, f, lt, ln))
        return 1;
    if (!reaches(q, f.right, lt, ln))
        return 0;
    int aligned = !p->first && fabsf(l->x1 - q->x1) <= tol;
    int hanging = p->first && p->marked && q->hang_x > 0 && fabsf(l->x1 - q->hang_x) <= tol;
    if (!flush && !aligned && !hanging)
        return 0;
    if (!pagebreak_starts_block(lt, ln))
        return 1;
    /* A marker-like start (10、22号线) after a full row of body text
     * still open: the line broke before a number; in a document whose
     * paragraphs open visibly, a list item's marker (④) flush under a
     * full row after a clause, not a sentence. */
    return said && !pagebreak_is_table_row(lt, ln) && !pagebreak_is_caption(lt, ln) &&
           (open_body(said, tn) ||
            (visibly && flush && minor_marker(lt, ln) && !sentence_end(said, tn)));
}

/* True when the document opens its paragraphs visibly: of its paragraphs
 * of two rows or more (OPENING_MIN at least), nine in ten start indented
 * or with a marker or a bullet. Then a page or column that starts flush
 * and unmarked goes on the paragraph the one before ended with, even
 * after a sentence end. */
#define OPENING_MIN 5

static int opens_visibly(const pdf_rows *r, sbuf *line)
{
    size_t paras = 0, opened = 0;
    for (size_t a = 0; a < r->nrows;) {
        size_t b = block_end(r, a);
        frame f = frame_of(r, a, b);
        para p = {NULL, 1, 0, 0};
        /* counted: the open paragraph is counted, or is the block's first
         * (the rest of one the block before began: not an opening) */
        int counted = 1, open_visibly = 0;
        for (size_t i = a; i < b; i++) {
            const pdf_row *x = &r->row[i];
            if (x->furniture)
                continue;
            row_text(r, x, line);
            if (goes_on(&p, x, f, NULL, 0, 0, line->p, line->len)) {
                if (!counted) {
                    paras++;
                    opened += open_visibly;
                    counted = 1;
                }
                p.first = 0;
            } else {
                counted = !p.last;
                p.first = 1;
                p.marked = list_mark_start(line->p, line->len);
                open_visibly = p.marked || x->x1 > f.left + x->em;
            }
            p.last = x;
        }
        a = b;
    }
    return paras >= OPENING_MIN && opened * 10 >= paras * 9;
}

/* True when rows [a, b) are all furniture (or none). */
static int only_furniture(const pdf_rows *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!r->row[i].furniture)
            return 0;
    return 1;
}

/* Ends what out holds with a blank line (nothing when out is empty). */
static void paragraph_break(sbuf *out)
{
    if (!out->len)
        return;
    if (out->p[out->len - 1] != '\n')
        sbuf_addc(out, '\n');
    sbuf_addc(out, '\n');
}

size_t pdf_paras_write(const pdf_rows *r, sbuf *out, size_t *tables)
{
    size_t paras = 0, ntables = 0;
    pdf_table_out tw;     /* a table that ended its page, still open */
    int pending = 0;
    sbuf line = {0};
    int visibly = opens_visibly(r, &line);
    para carry = {NULL, 1, 0, 0}; /* the paragraph the block before ended with */
    int carry_full = 0;
    float carry_right = 0;
    for (size_t a = 0; a < r->nrows;) {
        size_t b = block_end(r, a);
        frame f = frame_of(r, a, b);
        para p = {NULL, 1, 0, 0};
        int first_row = 1;
        for (size_t i = a; i < b;) {
            const pdf_row *x = &r->row[i];
            if (x->furniture) {
                i++;
                continue;
            }
            pdf_table tb;
            size_t t = pending && first_row ? pdf_table_goes_on(&tw, r, i, b, &tb) : i;
            int goes = t > i;
            if (!goes) {
                if (pending)
                    pdf_table_end(&tw, out), pending = 0;
                t = pdf_table_find(r, i, b, &tb);
            }
            if (t > i) {
                if (!goes) {
                    paragraph_break(out);
                    pdf_table_begin(&tw, &tb);
                    ntables++;
                }
                pdf_table_add(&tw, r, &tb, goes, out);
                pending = 1;
                if (!only_furniture(r, t, b))
                    pdf_table_end(&tw, out), pending = 0;
                p.last = NULL;
                carry.last = NULL;
                first_row = 0;
                i = t;
                continue;
            }
            row_text(r, x, &line);
            /* A page or column opening flush and unmarked in a document
             * that opens its paragraphs visibly goes on the paragraph the
             * one before ended with in a full row. */
            int over = first_row && visibly && carry.last && carry.last->font == x->font &&
                       x->x1 <= f.left + 0.6f * x->em &&
                       (carry_full || reaches(carry.last, carry_right, line.p, line.len)
                            ? !list_mark_start(line.p, line.len) &&
                                         !pagebreak_starts_block(line.p, line.len)
                                   : visible_goes_on(out->p + carry.start,
                                                     out->len - carry.start, x, f, line.p,
                                                     line.len));
            first_row = 0;
            const char *so_far = out->len ? out->p + p.start : "";
            if (over || goes_on(&p, x, f, so_far, out->len - p.start, visibly, line.p,
                                line.len)) {
                if (over)
                    p = carry;
                if (chars_is_alnum(out->p[out->len - 1]) && chars_is_alnum(line.p[0]))
                    sbuf_addc(out, ' ');
                p.first = 0;
            } else {
                paragraph_break(out);
                paras++;
                p.first = 1;
                p.marked = list_mark_start(line.p, line.len);
                p.start = out->len;
            }
            sbuf_add(out, line.p, line.len);
            p.last = x;
            i++;
        }
        if (!first_row) { /* a block of furniture alone carries nothing over */
            carry = p;
            carry_full = p.last && p.last->x2 >= f.right - 1.5f * p.last->em;
            carry_right = f.right;
        }
        a = b;
    }
    if (pending)
        pdf_table_end(&tw, out);
    if (out->len && out->p[out->len - 1] != '\n')
        sbuf_addc(out, '\n');
    sbuf_free(&line);
    if (tables)
        *tables = ntables;
    return paras;
}
