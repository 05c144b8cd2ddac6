/* verb_indicators.c — `baogao indicators [--name TEXT] [--kind KIND]
 * [--period P] [PATH...]`: every indicator of the reports, one row each
 * in document order, then text order: path name canonical value unit
 * amount change period kind note line section (TSV, --csv); --json adds
 * the byte range of the number in the clean text (start, end), whether
 * the reports stating the same (region, concept, period, kind) agree
 * (agreement: "", "agree", "conflict"; model/indicators.h) and those other
 * reports (others: their paths). --name keeps the indicators whose name
 * or canonical name matches TEXT as search matches (folded: script and
 * width; pinyin: dqsczz) or whose concept TEXT names (GDP: every
 * 地区生产总值), --kind one kind, --period one period; agreement
 * is always over every indicator loaded, filtered or not. Exit 1 when no
 * indicator is printed, 2 for a bad --kind, --period or --name. The
 * reports that state an indicator are kept until the end (agreement
 * needs them all), each as a compact copy of its names, region and
 * indicators with their section labels; the rest of each report is freed
 * as it loads. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "doc.h"
#include "indicator_pick.h"
#include "indicators.h"
#include "load.h"
#include "out.h"
#include "search.h"
#include "verbs.h"

static const out_column ind_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_ALL, 0, NULL},
    INDICATOR_NUMBER_COLUMNS,
    {"period", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"kind", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"note", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"section", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"agreement", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"others", OUT_STRS, OUT_IN_JSON, 0, NULL},
};
static const out_columns ind_columns = OUT_COLUMNS(ind_cols);

/* The consistency of docs[di]->indicators[i]: its group's agreement and
 * the other reports of the group. */
static void consistency(out_writer *w, const indicator_groups *g,
                        doc *const *docs, size_t di, size_t i)
{
    size_t k = indicator_groups_find(g, di, i);
    size_t *in = xcalloc(g->groups[k].n, sizeof *in);
    const char **names = xcalloc(g->groups[k].n, sizeof *names);
    size_t n = indicator_group_docs(g, k, in), m = 0;
    for (size_t j = 0; j < n; j++)
        if (in[j] != di)
            names[m++] = docs[in[j]]->name;
    out_str(w, indicator_agreement_name(g->groups[k].agreement));
    out_strs(w, names, m);
    free(in);
    free(names);
}

static void row(out_writer *w, const indicator_groups *g, const indicator_kept *k,
                size_t di, size_t i)
{
    const doc *d = k->docs[di];
    out_row_begin(w);
    out_str(w, d->name);
    indicator_out_fields(w, &d->indicators[i], k->labels[di][i]);
    consistency(w, g, k->docs, di, i);
    out_row_end(w);
}

/* Prints the wanted indicators of k's documents; returns how many. */
static size_t print_rows(const indicator_kept *k, const indicator_pick *f, const options *o)
{
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)k->docs, k->n, NULL);
    out_writer *w = out_open(stdout, o->format, o->bom, &ind_columns);
    size_t rows = 0;
    for (size_t d = 0; d < k->n; d++)
        for (size_t i = 0; i < k->docs[d]->nindicators; i++)
            if (indicator_pick_wants(f, &k->docs[d]->indicators[i])) {
                row(w, &g, k, d, i);
                rows++;
            }
    out_close(w);
    indicator_groups_free(&g);
    return rows;
}

int verb_indicators(const options *o)
{
    indicator_pick f;
    int bad = indicator_pick_parse(o, NULL, "indicators", &f);
    if (bad)
        return bad;
    indicator_kept k = {0};
    load_paths(o->paths, o->npaths, indicator_keep, &k);
    size_t rows = print_rows(&k, &f, o);
    indicator_kept_free(&k);
    indicator_pick_free(&f);
    return rows ? 0 : 1;
}
