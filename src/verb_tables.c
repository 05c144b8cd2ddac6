/* verb_tables.c — `baogao tables`: the tables of each document.
 *
 * TSV: a header row `table caption row cells`, then one line per table
 * row: the label (表 1, 附件 1; `table N` for the Nth unlabelled data
 * table of the document), the caption, the row, then the row's cells as
 * fields of their own (so lines have as many fields as their row has
 * cells; `cells` names the first). `row` is `header` for a header row (a
 * header repeated after a page break too), 1, 2, … for the data rows, and
 * P.K for the Kth sub-row of row P (cells that spill under row P: 表 1's
 * 主要污染物排放 gives 15, 15.1, 15.2, 15.3). Tables of contents are not
 * data and are left out. With several PATHs or a folder a `path` column
 * comes first. --csv: the same rows as TSV, as wide as their table too
 * (RFC 4180 readers such as Python's csv take rows of any width).
 *
 * --json: one array of every table, tables of contents included, each
 * {path, label, caption, line, data_rows, toc, rows: [{line, header,
 * spill_of, heading, cells}]}, where spill_of is the index in rows of the
 * row a sub-row belongs to, or null; a table of contents has label 目录
 * and toc true, and heading is the line of the heading a contents entry
 * names (null for other rows, or when no heading matches). */
#include <stdio.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

/* The columns of a table row; `row` is the TSV/CSV name (see the top),
 * the others JSON's. */
static const out_column row_cols[] = {
    {"line", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"header", OUT_BOOL, OUT_IN_JSON, 0, NULL},
    {"spill_of", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"heading", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"row", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"cells", OUT_STRS, OUT_IN_ALL, 0, NULL},
};
static const out_columns row_columns = OUT_COLUMNS(row_cols);

typedef struct tables_run {
    out_writer *w;
    int tocs; /* tables of contents are printed too (JSON) */
} tables_run;

/* The row column: header, N, or N.K for a sub-row (see the top). */
static void row_name(const table_row *r, size_t *main, size_t *sub,
                     char *buf, size_t size)
{
    if (r->header)
        snprintf(buf, size, "header");
    else if (r->spill_of >= 0)
        snprintf(buf, size, "%zu.%zu", *main, ++*sub);
    else
        snprintf(buf, size, "%zu", (*sub = 0, ++*main));
}

/* n, or null when it is negative. */
static void out_index(out_writer *w, long n)
{
    if (n >= 0)
        out_int(w, n);
    else
        out_null(w);
}

static void table_rows(out_writer *w, const doc *d, const table *t)
{
    char row[48];
    size_t main = 0, sub = 0;
    out_rows_begin(w);
    for (size_t i = 0; i < t->nrows; i++) {
        const table_row *r = &t->rows[i];
        out_row_begin(w);
        out_int(w, r->line);
        out_bool(w, r->header);
        out_index(w, r->spill_of);
        out_index(w, r->heading >= 0 && (size_t)r->heading < d->nsections
                         ? (long)d->sections[r->heading].line
                         : -1);
        row_name(r, &main, &sub, row, sizeof row);
        out_str(w, row);
        out_strs(w, r->cells, r->ncells);
        out_row_end(w);
    }
    out_rows_end(w);
}

/* Table t, the number-th data table of d (for its label when it has
 * none). */
static void table_out(out_writer *w, const doc *d, const table *t, size_t number)
{
    char label[32];
    snprintf(label, sizeof label, "table %zu", number);
    out_row_begin(w);
    out_str(w, d->name);
    out_str(w, t->label);
    out_str(w, *t->label ? t->label : label);
    out_str(w, t->caption);
    out_int(w, t->line);
    out_int(w, (long long)t->data_rows);
    out_bool(w, t->is_toc);
    table_rows(w, d, t);
    out_row_end(w);
}

static void tables_doc(void *p, doc *d)
{
    tables_run *r = p;
    size_t number = 0;
    for (size_t i = 0; i < d->ntables; i++) {
        const table *t = &d->tables[i];
        number += !t->is_toc;
        if (!t->is_toc || r->tocs)
            table_out(r->w, d, t, number);
    }
    doc_free(d);
}

int verb_tables(const options *o)
{
    int many = o->npaths > 1 || load_is_dir(o->paths[0]);
    const out_column table_cols[] = {
        {"path", OUT_STR, (many ? OUT_IN_ALL : OUT_IN_JSON) | OUT_BYTES, 0, NULL},
        {"label", OUT_STR, OUT_IN_JSON, 0, NULL},
        {"table", OUT_STR, OUT_IN_FLAT, 0, NULL},
        {"caption", OUT_STR, OUT_IN_ALL, 0, NULL},
        {"line", OUT_INT, OUT_IN_JSON, 0, NULL},
        {"data_rows", OUT_INT, OUT_IN_JSON, 0, NULL},
        {"toc", OUT_BOOL, OUT_IN_JSON, 0, NULL},
        {"rows", OUT_ROWS, OUT_IN_ALL, 0, &row_columns},
    };
    const out_columns table_columns = OUT_COLUMNS(table_cols);
    tables_run r = {out_open(stdout, o->format, o->bom, &table_columns),
                    o->format == OUT_JSON};
    load_opts lo = {.fn = tables_doc, .ctx = &r, .no_indicators = 1};
    load_result res = load_paths_with(o->paths, o->npaths, &lo);
    out_close(r.w);
    return res.docs ? 0 : 1;
}
