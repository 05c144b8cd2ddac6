/* indicator_csv.c — the Indicators view's rows as CSV (see
 * indicator_table.h): src/out.c's writer, the columns shown. */
#include <string.h>

#include "indicator_table.h"
#include "out.h"
#include "script.h"

/* The CSV's columns: the shown ones, value and unit apart, the path
 * first for every report's rows. */
static size_t csv_columns(const itab *t, out_column *cols, int *which)
{
    size_t n = 0;
    if (t->mode == ITAB_ALL) {
        cols[n] = (out_column){"path", OUT_STR, OUT_IN_ALL, 0, NULL};
        which[n++] = -1;
    }
    for (int k = 0; k < t->ncols; k++) {
        int c = t->cols[k];
        cols[n] = (out_column){c == ICOL_AGREE ? "agreement" : itab_title(t, k),
                               OUT_STR, OUT_IN_ALL, 0, NULL};
        which[n++] = k;
        if (c == ICOL_VALUE) {
            cols[n] = (out_column){"unit", OUT_STR, OUT_IN_ALL, 0, NULL};
            which[n++] = -2;
        }
    }
    return n;
}

/* Field `which` of row r (a column, -1 the path, -2 the unit) in
 * script into out. */
static void csv_field(itab *t, size_t r, int which, int script, sbuf *out)
{
    const char *s;
    if (which == -1)
        s = t->docs[itab_doc(t, r)]->path;
    else if (which == -2)
        s = itab_indicator(t, r)->unit;
    else if (t->cols[which] == ICOL_VALUE)
        s = itab_indicator(t, r)->value;
    else if (t->cols[which] == ICOL_AGREE)
        s = indicator_agreement_name(itab_group(t, r)->agreement);
    else
        s = itab_cell(t, r, which);
    script_convert(script, s, strlen(s), out);
    sbuf_add(out, "", 0); /* NUL-terminated */
}

int itab_write_csv(itab *t, const size_t *order, size_t n, int script,
                   FILE *f)
{
    out_column cols[ITAB_MAX_COLS + 2];
    int which[ITAB_MAX_COLS + 2];
    out_columns oc = {cols, csv_columns(t, cols, which)};
    out_writer *w = out_open(f, OUT_CSV, 0, &oc);
    sbuf field = {0};
    for (size_t k = 0; k < n; k++) {
        if (order[k] >= t->nrows)
            continue;
        out_row_begin(w);
        for (size_t c = 0; c < oc.n; c++) {
            csv_field(t, order[k], which[c], script, &field);
            out_str(w, field.p);
        }
        out_row_end(w);
    }
    out_close(w);
    sbuf_free(&field);
    return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}
