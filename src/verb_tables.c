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
 * comes first.
 *
 * --json: one array of every table, tables of contents included, each
 * {path, label, caption, line, data_rows, toc, rows: [{line, header,
 * spill_of, heading, cells}]}, where spill_of is the index in rows of the
 * row a sub-row belongs to, or null; a table of contents has label 目录
 * and toc true, and heading is the line of the heading a contents entry
 * names (null for other rows, or when no heading matches). */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

typedef struct tables_run {
    int json;
    int many;      /* prefix TSV lines with the path */
    size_t docs;
    size_t tables; /* tables printed as JSON so far */
} tables_run;

static void tsv_str(const char *s)
{
    out_tsv_field(stdout, s, strlen(s));
}

static void json_str(const char *s)
{
    out_json_string(stdout, s, strlen(s));
}

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

static void tsv_table(const doc *d, const table *t, size_t number, int many)
{
    char label[32], row[48];
    snprintf(label, sizeof label, "table %zu", number);
    size_t main = 0, sub = 0;
    for (size_t i = 0; i < t->nrows; i++) {
        const table_row *r = &t->rows[i];
        if (many) {
            tsv_str(d->name);
            fputc('\t', stdout);
        }
        tsv_str(*t->label ? t->label : label);
        fputc('\t', stdout);
        tsv_str(t->caption);
        row_name(r, &main, &sub, row, sizeof row);
        printf("\t%s", row);
        for (size_t k = 0; k < r->ncells; k++) {
            fputc('\t', stdout);
            tsv_str(r->cells[k]);
        }
        fputc('\n', stdout);
    }
}

/* n as a JSON number, or null when it is negative. */
static void json_index(long n)
{
    if (n >= 0)
        printf("%ld", n);
    else
        fputs("null", stdout);
}

static void json_row(const doc *d, const table_row *r, int first)
{
    printf("%s\n    {\"line\": %u, \"header\": %s, \"spill_of\": ",
           first ? "" : ",", (unsigned)r->line, r->header ? "true" : "false");
    json_index(r->spill_of);
    fputs(", \"heading\": ", stdout);
    json_index(r->heading >= 0 && (size_t)r->heading < d->nsections
                   ? (long)d->sections[r->heading].line
                   : -1);
    fputs(", \"cells\": [", stdout);
    for (size_t k = 0; k < r->ncells; k++) {
        fputs(k ? ", " : "", stdout);
        json_str(r->cells[k]);
    }
    fputs("]}", stdout);
}

static void json_table(const doc *d, const table *t, int first)
{
    fputs(first ? "\n  {\"path\": " : ",\n  {\"path\": ", stdout);
    json_str(d->name);
    fputs(", \"label\": ", stdout);
    json_str(t->label);
    fputs(", \"caption\": ", stdout);
    json_str(t->caption);
    printf(", \"line\": %u, \"data_rows\": %zu, \"toc\": %s, \"rows\": [",
           (unsigned)t->line, t->data_rows, t->is_toc ? "true" : "false");
    for (size_t i = 0; i < t->nrows; i++)
        json_row(d, &t->rows[i], i == 0);
    fputs(t->nrows ? "\n  ]}" : "]}", stdout);
}

static void tables_doc(void *p, doc *d)
{
    tables_run *r = p;
    size_t number = 0;
    for (size_t i = 0; i < d->ntables; i++) {
        const table *t = &d->tables[i];
        if (r->json)
            json_table(d, t, r->tables++ == 0);
        else if (!t->is_toc)
            tsv_table(d, t, ++number, r->many);
    }
    r->docs++;
    doc_free(d);
}

int verb_tables(const options *o)
{
    tables_run r = {o->json, 0, 0, 0};
    r.many = o->npaths > 1 || load_is_dir(o->paths[0]);
    if (r.json)
        fputs("[", stdout);
    else
        fputs(r.many ? "path\ttable\tcaption\trow\tcells\n"
                     : "table\tcaption\trow\tcells\n",
              stdout);
    load_result res = load_paths(o->paths, o->npaths, tables_doc, &r);
    if (r.json)
        fputs(r.tables ? "\n]\n" : "]\n", stdout);
    return res.docs ? 0 : 1;
}
