/* doclayout.c — a document laid out for the reader at a width (see
 * doclayout.h): wrapped paragraphs and headings, tables as grids with column
 * widths fitted to the width. No curses. */
#include "doclayout.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cells.h"
#include "wrap.h"

enum { CELL_MAX = 24, CELL_MIN = 2, MARGIN = 1 };

static void push(reader_layout *l, display_line dl)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = dl;
}

static void push_wrapped(reader_layout *l, const doc *d, size_t start,
                         size_t end, line_kind kind, int level, int indent,
                         int ambiwide)
{
    wrap w;
    wrap_init(&w, d->clean.bytes + start, end - start, l->cols - indent,
              ambiwide);
    size_t a, b;
    while (wrap_next(&w, &a, &b))
        push(l, (display_line){(unsigned char)kind, (unsigned char)level,
                               (unsigned short)indent, -1, -1, start + a,
                               start + b});
}

static size_t columns_of(const table *t)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++)
        n = t->rows[r].ncells > n ? t->rows[r].ncells : n;
    return n;
}

/* Column widths of table t: the widest cell, capped, then shrunk from the
 * widest column until the grid (with its rules) fits cols. */
static void fit_columns(const table *t, int *w, size_t ncols, int cols,
                        int ambiwide)
{
    for (size_t c = 0; c < ncols; c++)
        w[c] = CELL_MIN;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->rows[r].ncells; c++) {
            const char *s = t->rows[r].cells[c];
            int cw = cells_width(s, strlen(s), ambiwide);
            cw = cw > CELL_MAX ? CELL_MAX : cw;
            w[c] = cw > w[c] ? cw : w[c];
        }
    long total = (long)ncols + 1 + MARGIN;
    for (size_t c = 0; c < ncols; c++)
        total += w[c];
    while (total > cols) {
        size_t widest = 0;
        for (size_t c = 1; c < ncols; c++)
            widest = w[c] > w[widest] ? c : widest;
        if (w[widest] <= CELL_MIN)
            break;
        w[widest]--;
        total--;
    }
}

static void layout_tables(reader_layout *l, const doc *d, int ambiwide)
{
    l->colw_of = xmalloc((d->ntables + 1) * sizeof *l->colw_of);
    size_t total = 0;
    for (size_t t = 0; t < d->ntables; t++) {
        l->colw_of[t] = total;
        total += columns_of(&d->tables[t]);
    }
    l->colw_of[d->ntables] = total;
    l->colw = xmalloc((total + 1) * sizeof *l->colw);
    l->ncolw = total;
    for (size_t t = 0; t < d->ntables; t++)
        fit_columns(&d->tables[t], l->colw + l->colw_of[t],
                    l->colw_of[t + 1] - l->colw_of[t], l->cols, ambiwide);
}

/* A table's rows, at its first block; the rule under its header rows. */
static void push_table(reader_layout *l, const doc *d, int t, size_t at)
{
    const table *tb = &d->tables[t];
    for (size_t r = 0; r < tb->nrows; r++) {
        push(l, (display_line){LINE_TABLE_ROW, 0, MARGIN, t, (int)r, at, at});
        if (tb->rows[r].header && r + 1 < tb->nrows && !tb->rows[r + 1].header)
            push(l, (display_line){LINE_TABLE_RULE, 0, MARGIN, t, (int)r, at,
                                   at});
    }
}

static void layout_block(reader_layout *l, const doc *d, const block *b,
                         unsigned char *shown, int ambiwide)
{
    switch (b->kind) {
    case BLOCK_HEADING:
        push_wrapped(l, d, b->start, b->end, LINE_HEADING,
                     b->section >= 0 ? d->sections[b->section].level : 1, 0,
                     ambiwide);
        break;
    case BLOCK_TABLE: case BLOCK_TOC:
        if (b->table >= 0 && (size_t)b->table < d->ntables) {
            if (!shown[b->table])
                push_table(l, d, b->table, b->start);
            shown[b->table] = 1;
            break;
        }
        push_wrapped(l, d, b->start, b->end, LINE_TEXT, 0, MARGIN, ambiwide);
        break;
    case BLOCK_CAPTION: case BLOCK_SIGNATURE:
        push_wrapped(l, d, b->start, b->end, LINE_CAPTION, 0, MARGIN, ambiwide);
        break;
    default:
        push_wrapped(l, d, b->start, b->end, LINE_TEXT, 0, MARGIN, ambiwide);
        break;
    }
}

void reader_layout_start(reader_layout *l, const doc *d, int cols,
                         int ambiwide)
{
    reader_layout_free(l);
    l->d = d;
    l->ambiwide = ambiwide;
    l->cols = cols < 4 ? 4 : cols;
    layout_tables(l, d, ambiwide);
    l->shown = xcalloc(d->ntables + 1, 1);
    l->done = d->nblocks == 0;
}

/* Lays out the next block, a blank line before it. */
static void next_block(reader_layout *l)
{
    const doc *d = l->d;
    const block *b = &d->blocks[l->next++];
    size_t before = l->n;
    if (l->n && l->v[l->n - 1].kind != LINE_BLANK)
        push(l, (display_line){LINE_BLANK, 0, 0, -1, -1, b->start, b->start});
    layout_block(l, d, b, l->shown, l->ambiwide);
    if (l->n == before + 1 && l->v[before].kind == LINE_BLANK)
        l->n = before; /* a table's later block: nothing shown */
    if (l->next == d->nblocks)
        l->done = 1;
}

int reader_layout_reaches(const reader_layout *l, size_t off)
{
    return off == (size_t)-1 ||
           (l->next >= 2 && l->d->blocks[l->next - 2].end > off);
}

int reader_layout_extend(reader_layout *l, size_t lines, size_t off,
                         int (*stop)(void))
{
    for (size_t k = 1; !l->done && (l->n <= lines || !reader_layout_reaches(l, off)); k++) {
        next_block(l);
        if (stop && k % 64 == 0 && stop())
            break;
    }
    return l->done;
}

void reader_layout_build(reader_layout *l, const doc *d, int cols,
                         int ambiwide)
{
    reader_layout_start(l, d, cols, ambiwide);
    reader_layout_extend(l, (size_t)-1, (size_t)-1, NULL);
}

void reader_layout_free(reader_layout *l)
{
    free(l->v);
    free(l->colw);
    free(l->colw_of);
    free(l->shown);
    memset(l, 0, sizeof *l);
}

size_t reader_layout_find(const reader_layout *l, size_t off)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) { /* first line whose start is ≥ off */
        size_t mid = (lo + hi) / 2;
        if (l->v[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < l->n && l->v[lo].kind == LINE_BLANK)
        lo++;
    return lo;
}
