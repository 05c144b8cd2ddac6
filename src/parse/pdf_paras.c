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
 * text of a first row that opens with a marker or a bullet: a hanging
 * indent); and L opens no block (a heading marker, a caption, 附件 …). A
 * page or column break always ends the paragraph: clean.c's joiner
 * decides whether the text goes on there.
 *
 * A table: two or more consecutive rows of one column, each of two cells
 * or more, none holding a sentence (。；), not a list (the first cells all
 * bullets or markers). Its columns are the overlapping x ranges of its
 * cells. */
#include "pdf_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "marker.h"
#include "pagebreak.h"

#define MAX_TABLE_COLS 32
/* How far under a marked row's start its next rows may hang. */
#define HANG_EM 4.0f

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

static int has(const char *s, size_t n, const char *needle)
{
    return memmem(s, n, needle, strlen(needle)) != NULL;
}

static const char *const bullets[] = {"•", "·", "●", "○", "■", "□", "◆", "▪", "-", "*"};

/* True when cell c is a list's mark: a bullet or a heading marker alone. */
static int list_mark(const pdf_rows *r, uint32_t c)
{
    size_t n;
    const char *s = cell_text(r, c, &n);
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
        if (n == strlen(bullets[i]) && !memcmp(s, bullets[i], n))
            return 1;
    marker m;
    return n <= 12 && marker_parse(s, n, &m);
}

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

/* True when row x could be a table's: two cells or more, no sentence. */
static int table_like(const pdf_rows *r, const pdf_row *x)
{
    if (x->ncells < 2 || x->furniture)
        return 0;
    for (uint32_t c = x->cell0; c < x->cell0 + x->ncells; c++) {
        size_t n;
        const char *s = cell_text(r, c, &n);
        if (has(s, n, "。") || has(s, n, "；"))
            return 0;
    }
    return 1;
}

/* The end of the table starting at row a (a itself when there is none). */
static size_t table_end(const pdf_rows *r, size_t a)
{
    size_t b = a;
    while (b < r->nrows && table_like(r, &r->row[b]) && same_block(&r->row[a], &r->row[b]))
        b++;
    if (b - a < 2)
        return a;
    size_t marks = 0;
    for (size_t i = a; i < b; i++)
        marks += list_mark(r, r->row[i].cell0);
    return marks == b - a ? a : b;
}

typedef struct span {
    float x1, x2;
} span;

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return (x->x1 > y->x1) - (x->x1 < y->x1);
}

static void add_cell_text(sbuf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|')
            sbuf_addc(out, '\\');
        sbuf_addc(out, s[i]);
    }
}

/* Writes rows [a, b) as a markdown table (the first row its header). */
static void write_table(const pdf_rows *r, size_t a, size_t b, sbuf *out)
{
    size_t ns = 0;
    for (size_t i = a; i < b; i++)
        ns += r->row[i].ncells;
    span *sp = xmalloc(ns * sizeof *sp);
    ns = 0;
    for (size_t i = a; i < b; i++)
        for (uint32_t c = r->row[i].cell0; c < r->row[i].cell0 + r->row[i].ncells; c++)
            sp[ns++] = (span){r->cell[c].x1, r->cell[c].x2};
    qsort(sp, ns, sizeof *sp, cmp_span);
    span col[MAX_TABLE_COLS];
    size_t nc = 0;
    for (size_t i = 0; i < ns; i++) {
        if (nc && (sp[i].x1 < col[nc - 1].x2 || nc == MAX_TABLE_COLS))
            col[nc - 1].x2 = fmaxf(col[nc - 1].x2, sp[i].x2);
        else
            col[nc++] = sp[i];
    }
    free(sp);
    sbuf cellbuf[MAX_TABLE_COLS];
    memset(cellbuf, 0, sizeof cellbuf);
    for (size_t i = a; i < b; i++) {
        for (size_t k = 0; k < nc; k++)
            cellbuf[k].len = 0;
        const pdf_row *x = &r->row[i];
        for (uint32_t c = x->cell0; c < x->cell0 + x->ncells; c++) {
            size_t k = 0;
            while (k + 1 < nc && r->cell[c].x1 >= col[k + 1].x1)
                k++;
            size_t n;
            const char *s = cell_text(r, c, &n);
            if (cellbuf[k].len)
                sbuf_addc(&cellbuf[k], ' ');
            add_cell_text(&cellbuf[k], s, n);
        }
        sbuf_addc(out, '|');
        for (size_t k = 0; k < nc; k++) {
            sbuf_addc(out, ' ');
            sbuf_add(out, cellbuf[k].p, cellbuf[k].len);
            sbuf_adds(out, " |");
        }
        sbuf_addc(out, '\n');
        if (i == a) {
            sbuf_addc(out, '|');
            for (size_t k = 0; k < nc; k++)
                sbuf_adds(out, " --- |");
            sbuf_addc(out, '\n');
        }
    }
    for (size_t k = 0; k < nc; k++)
        sbuf_free(&cellbuf[k]);
}

static int ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True when row l goes on the paragraph whose last row is p (see the top
 * of the file); first: p is its paragraph's first row; pt_marked: the
 * paragraph opens with a marker or a bullet (its next rows may hang
 * under its text, up to HANG_EM in); lt: l's text. */
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
    int hanging = first && pt_marked && l->x1 > p->x1 && l->x1 <= p->x1 + HANG_EM * l->em;
    if (!flush && !aligned && !hanging)
        return 0;
    return !pagebreak_starts_block(lt, ln);
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
    sbuf line = {0};
    for (size_t a = 0; a < r->nrows;) {
        size_t b = a;
        while (b < r->nrows && same_block(&r->row[a], &r->row[b]))
            b++;
        frame f = frame_of(r, a, b);
        const pdf_row *prev = NULL;
        int first = 1, marked = 0;
        for (size_t i = a; i < b;) {
            const pdf_row *x = &r->row[i];
            if (x->furniture) {
                i++;
                continue;
            }
            size_t t = table_end(r, i);
            if (t > i) {
                paragraph_break(out);
                write_table(r, i, t, out);
                ntables++;
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
    if (out->len && out->p[out->len - 1] != '\n')
        sbuf_addc(out, '\n');
    sbuf_free(&line);
    if (tables)
        *tables = ntables;
    return paras;
}
