/* pdf_paras.c — a PDF's rows into the text the text stages take:
 * paragraphs joined by their geometry, tables as markdown (see
 * pdf_layout.h).
 *
 * Within one column of one page, row L goes on the paragraph of the row P
 * above it when: neither is a table row; their sizes agree within 15%; L
 * lies at most 1.35 line pitches (the column's median) below P; P reaches
 * the column's right edge (within 1.5 em: a paragraph's last row stops
 * short); L is not indented (it starts at the column's left edge, or
 * where P started when P is not its paragraph's first row, or under the
 * text of a first row that opens with a marker or a bullet set off by a
 * gap: a hanging indent); and L opens no block (a heading marker, a caption, 附件 …). A
 * page or column break always ends the paragraph: clean.c's joiner
 * decides whether the text goes on there. A table that ends its page goes
 * on, without a header of its own, when the next page opens with a table
 * of as many columns.
 *
 * Tables are found and written by pdf_tables.h. */
#include "pdf_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "marker.h"
#include "pagebreak.h"
#include "pdf_tables.h"


/* The x extents of one page column's rows: left edge, right edge, pitch. */
typedef struct frame {
    float left, right, pitch;
} frame;

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

static int same_block(const pdf_row *a, const pdf_row *b)
{
    return a->page == b->page && a->column == b->column;
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
            float delta = (x->y1 + x->y2) / 2 - (prev->y1 + prev->y2) / 2;
            if (delta > 0 && delta < 3 * x->em)
                d[nd++] = delta;
        }
        prev = x;
    }
    if (n) {
        qsort(x2, n, sizeof *x2, cmp_float);
        f.right = x2[n - 1];
        if (n >= 3 && x2[n - 2] < x2[n - 1] - r->row[a].em)
            f.right = x2[n - 2];
    }
    if (nd) {
        qsort(d, nd, sizeof *d, cmp_float);
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

static const char *const bullets[] = {"•", "·", "●", "○", "■", "□", "◆", "▪", "-", "*", "※"};

/* True when s opens with a bullet or a heading marker. */
static int list_mark_start(const char *s, size_t n)
{
    marker m;
    if (marker_parse(s, n, &m))
        return 1;
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
        if (n >= strlen(bullets[i]) && !memcmp(s, bullets[i], strlen(bullets[i])))
            return 1;
    return 0;
}

static int ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True when row l goes on the paragraph whose last row is p (see the top
 * of the file); first: p is its paragraph's first row; pt_marked: the
 * paragraph opens with a marker or a bullet (its next rows may hang
 * under its text, where p's hang_x is); lt: l's text. */
static int goes_on(const pdf_row *p, const pdf_row *l, int first, int pt_marked,
                   frame f, const char *lt, size_t ln)
{
    if (!same_block(p, l) || fabsf(l->em - p->em) > 0.15f * p->em)
        return 0;
    float pitch = f.pitch > 0 ? f.pitch : 1.5f * p->em;
    float delta = (l->y1 + l->y2) / 2 - (p->y1 + p->y2) / 2;
    if (delta <= 0 || delta > 1.35f * pitch)
        return 0;
    if (p->x2 < f.right - 1.5f * p->em)
        return 0;
    float tol = 0.6f * l->em;
    int flush = l->x1 <= f.left + tol;
    int aligned = !first && fabsf(l->x1 - p->x1) <= tol;
    int hanging = first && pt_marked && p->hang_x > 0 && fabsf(l->x1 - p->hang_x) <= tol;
    if (!flush && !aligned && !hanging)
        return 0;
    return !pagebreak_starts_block(lt, ln);
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
    for (size_t a = 0; a < r->nrows;) {
        size_t b = a;
        while (b < r->nrows && same_block(&r->row[a], &r->row[b]))
            b++;
        frame f = frame_of(r, a, b);
        const pdf_row *prev = NULL;
        int first = 1, marked = 0, first_row = 1;
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
            first_row = 0;
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
                prev = NULL;
                i = t;
                continue;
            }
            row_text(r, x, &line);
            if (prev && goes_on(prev, x, first, marked, f, line.p, line.len)) {
                if (ascii_alnum(out->p[out->len - 1]) && ascii_alnum(line.p[0]))
                    sbuf_addc(out, ' ');
                first = 0;
            } else {
                paragraph_break(out);
                paras++;
                first = 1;
                marked = list_mark_start(line.p, line.len);
            }
            sbuf_add(out, line.p, line.len);
            prev = x;
            i++;
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
