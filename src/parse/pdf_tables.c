/* pdf_tables.c — tables among a PDF page's rows, found by their columns
 * of white space (see pdf_tables.h). */
#include "pdf_tables.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "chars.h"
#include "marker.h"

/* Rows one table may hold (a longer run is cut into several). */
#define TABLE_MAX_ROWS 400
/* The widest vertical step between two rows of one table, in em. */
#define TABLE_STEP_EM 2.6f
/* A step this much longer than the table's shortest starts a new
 * logical row (the rows of one wrapped cell stand closer). */
#define ROW_STEP_FACTOR 1.3f

typedef struct span {
    float x1, x2;
} span;

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return (x->x1 > y->x1) - (x->x1 < y->x1);
}

/* The columns of rows [a, b): the x ranges their cells cover, merged
 * where they overlap or stand less than half an em apart, into cols (at
 * most PDF_TABLE_MAX_COLS; more: returns 0). Returns their number. */
static size_t columns_of(const pdf_rows *r, size_t a, size_t b, span *cols, span **tmp,
                         size_t *cap)
{
    size_t n = 0;
    float em = r->row[a].em;
    for (size_t i = a; i < b; i++)
        for (uint32_t c = r->row[i].cell0; c < r->row[i].cell0 + r->row[i].ncells; c++) {
            *tmp = xgrow(*tmp, cap, n, sizeof **tmp);
            (*tmp)[n++] = (span){r->cell[c].x1, r->cell[c].x2};
        }
    qsort(*tmp, n, sizeof **tmp, cmp_span);
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        span s = (*tmp)[i];
        if (nc && s.x1 < cols[nc - 1].x2 + em / 2) {
            cols[nc - 1].x2 = fmaxf(cols[nc - 1].x2, s.x2);
            continue;
        }
        if (nc == PDF_TABLE_MAX_COLS)
            return 0;
        cols[nc++] = s;
    }
    return nc;
}

/* The column of the nc starting at x1[] (ascending) that x falls in. */
static size_t column_at(const float *x1, size_t nc, float x)
{
    size_t k = 0;
    while (k + 1 < nc && x >= x1[k + 1])
        k++;
    return k;
}

/* The x of cell c's centre. */
static float cell_mid(const pdf_rows *r, uint32_t c)
{
    return (r->cell[c].x1 + r->cell[c].x2) / 2;
}

/* True when cell c is a list's mark: a bullet or a heading marker alone. */
static int list_mark(const pdf_rows *r, uint32_t c)
{
    return pdf_opens_with_mark(r->text.p + r->cell[c].off, r->cell[c].len, 1);
}

size_t pdf_table_find(const pdf_rows *r, size_t a, size_t end, pdf_table *t)
{
    span *tmp = NULL;
    size_t cap = 0, b = a + 1;
    span cols[PDF_TABLE_MAX_COLS];
    size_t nc = r->row[a].furniture ? 0 : columns_of(r, a, b, cols, &tmp, &cap);
    while (nc >= 2 && b < end && b - a < TABLE_MAX_ROWS) {
        const pdf_row *p = &r->row[b - 1], *x = &r->row[b];
        if (x->furniture || pdf_row_centre(x) - pdf_row_centre(p) > TABLE_STEP_EM * p->em)
            break;
        span more[PDF_TABLE_MAX_COLS];
        size_t nm = columns_of(r, a, b + 1, more, &tmp, &cap);
        if (nm < 2)
            break;
        memcpy(cols, more, nm * sizeof *cols);
        nc = nm;
        b++;
    }
    free(tmp);
    if (nc < 2 || b - a < 2)
        return a;
    /* Rows with cells in two columns or more; two columns, the first all
     * marks (a list), or one row of cells alone is no table. */
    float x1[PDF_TABLE_MAX_COLS];
    for (size_t k = 0; k < nc; k++)
        x1[k] = cols[k].x1;
    size_t multi = 0, marks = 0, firsts = 0;
    for (size_t i = a; i < b; i++) {
        const pdf_row *x = &r->row[i];
        size_t c0 = column_at(x1, nc, cell_mid(r, x->cell0));
        size_t c1 = column_at(x1, nc, cell_mid(r, x->cell0 + x->ncells - 1));
        multi += c1 > c0;
        if (c0 == 0) {
            firsts++;
            marks += list_mark(r, x->cell0);
        }
    }
    if (multi < 2 || (nc == 2 && firsts && marks == firsts))
        return a;
    t->a = a, t->b = b, t->ncols = nc;
    for (size_t k = 0; k < nc; k++)
        t->col_x1[k] = cols[k].x1, t->col_x2[k] = cols[k].x2;
    return b;
}

static int numeric(char c)
{
    return (c >= '0' && c <= '9') || c == '.' || c == '%';
}

/* Appends s[0..n) to a cell's text: a space between two pieces only
 * where both sides are letters or digits, and not both parts of a number
 * (a narrow cell wraps inside one); '|' escaped. */
static void cell_add(sbuf *cell, const char *s, size_t n)
{
    char last = cell->len ? cell->p[cell->len - 1] : 0;
    if (last && n && chars_is_alnum(last) && chars_is_alnum(s[0]) &&
        !(numeric(last) && numeric(s[0])))
        sbuf_addc(cell, ' ');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|')
            sbuf_addc(cell, '\\');
        sbuf_addc(cell, s[i]);
    }
}

/* Writes the open row of w to out (the markdown header line after the
 * first). */
static void flush_row(pdf_table_out *w, sbuf *out)
{
    if (!w->open)
        return;
    sbuf_addc(out, '|');
    for (size_t k = 0; k < w->ncols; k++) {
        sbuf_addc(out, ' ');
        sbuf_add(out, w->cell[k].p, w->cell[k].len);
        sbuf_adds(out, " |");
        w->cell[k].len = 0;
    }
    sbuf_addc(out, '\n');
    if (w->rows++ == 0) {
        sbuf_addc(out, '|');
        for (size_t k = 0; k < w->ncols; k++)
            sbuf_adds(out, " --- |");
        sbuf_addc(out, '\n');
    }
    w->open = 0;
}

void pdf_table_begin(pdf_table_out *w, const pdf_table *t)
{
    memset(w, 0, sizeof *w);
    w->ncols = t->ncols;
    memcpy(w->x1, t->col_x1, t->ncols * sizeof *w->x1);
    memcpy(w->x2, t->col_x2, t->ncols * sizeof *w->x2);
}

/* The column of w the centre of cell c falls in. */
static size_t out_column(const pdf_table_out *w, const pdf_rows *r, uint32_t c)
{
    return column_at(w->x1, w->ncols, cell_mid(r, c));
}

void pdf_table_add(pdf_table_out *w, const pdf_rows *r, const pdf_table *t,
                   int continued, sbuf *out)
{
    /* The shortest and longest steps: all alike, each row is a logical
     * row; else a step past ROW_STEP_FACTOR times the shortest starts
     * one. */
    float step = 0, longest = 0;
    for (size_t i = t->a + 1; i < t->b; i++) {
        float d = pdf_row_centre(&r->row[i]) - pdf_row_centre(&r->row[i - 1]);
        if (d > 0 && (step == 0 || d < step))
            step = d;
        longest = fmaxf(longest, d);
    }
    if (longest <= ROW_STEP_FACTOR * step)
        step = 0;
    for (size_t i = t->a; i < t->b; i++) {
        const pdf_row *x = &r->row[i];
        int fresh;
        if ((i == t->a && continued) || (i > t->a && step == 0)) {
            /* Where the steps cannot tell (over a page break, or all
             * alike): the rest of a row fills few of the columns the row
             * began in, and not its first. */
            size_t had = 0, has = x->ncells;
            for (size_t k = 0; k < w->ncols; k++)
                had += w->cell[k].len > 0;
            fresh = !w->open || has * 2 > had || out_column(w, r, x->cell0) == 0;
        } else {
            fresh = i == t->a ||
                    pdf_row_centre(x) - pdf_row_centre(&r->row[i - 1]) > ROW_STEP_FACTOR * step;
        }
        if (fresh)
            flush_row(w, out);
        for (uint32_t c = x->cell0; c < x->cell0 + x->ncells; c++) {
            size_t last = w->ncols - 1;
            if (r->cell[c].x1 > w->x2[last] + x->em / 2 && w->ncols < PDF_TABLE_MAX_COLS) {
                w->x1[w->ncols] = r->cell[c].x1;
                w->x2[w->ncols++] = r->cell[c].x2;
            }
            cell_add(&w->cell[out_column(w, r, c)], r->text.p + r->cell[c].off,
                     r->cell[c].len);
        }
        w->open = 1;
    }
}

size_t pdf_table_goes_on(const pdf_table_out *w, const pdf_rows *r, size_t a, size_t end,
                         pdf_table *t)
{
    size_t b = a;
    for (; b < end; b++) {
        const pdf_row *x = &r->row[b];
        if (x->furniture || (b > a && pdf_row_centre(x) - pdf_row_centre(&r->row[b - 1]) >
                                          TABLE_STEP_EM * r->row[b - 1].em))
            break;
        int fits = 1;
        float slack = x->em / 2;
        for (uint32_t c = x->cell0; c < x->cell0 + x->ncells && fits; c++) {
            size_t k = out_column(w, r, c);
            if (k + 1 == w->ncols && r->cell[c].x1 > w->x2[k] + slack)
                continue; /* a column more on the right: added */
            float right = k + 1 < w->ncols ? w->x1[k + 1] : w->x2[k] + slack;
            fits = r->cell[c].x1 >= w->x1[k] - slack && r->cell[c].x2 <= right + slack;
        }
        if (!fits)
            break;
    }
    t->a = a, t->b = b, t->ncols = w->ncols;
    memcpy(t->col_x1, w->x1, w->ncols * sizeof *t->col_x1);
    memcpy(t->col_x2, w->x2, w->ncols * sizeof *t->col_x2);
    return b;
}

void pdf_table_end(pdf_table_out *w, sbuf *out)
{
    flush_row(w, out);
    for (size_t k = 0; k < w->ncols; k++)
        sbuf_free(&w->cell[k]);
    memset(w, 0, sizeof *w);
}
