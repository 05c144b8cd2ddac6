/* verb_timeline.c — `baogao timeline NAME [PATH...]`: one indicator
 * (NAME matched as indicators --name matches: the name or canonical name
 * as a search, or the concept NAME names) across every report given, one
 * row per statement sorted by region, period and kind (model/timeline.h):
 * region period kind value unit amount change path line agreement (TSV,
 * --csv), agreement "conflict" on the statements of a region and period
 * that two reports state differently ("agree" when they agree, "" when
 * one report states it); --json adds name, canonical, note and section.
 * --kind and --period narrow it as in indicators. Exit 1 when nothing is
 * found, 2 without NAME or for a bad filter. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "indicator_pick.h"
#include "load.h"
#include "out.h"
#include "timeline.h"
#include "verbs.h"

static const out_column tl_cols[] = {
    {"region", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"period", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"kind", OUT_STR, OUT_IN_ALL, 0, NULL},
    INDICATOR_NUMBER_COLUMNS,
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"agreement", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"name", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"canonical", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"note", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"section", OUT_STR, OUT_IN_JSON, 0, NULL},
};
static const out_columns tl_columns = OUT_COLUMNS(tl_cols);

/* The timeline's pick: the name (by kind and period too: those are the
 * indicator's, asked by the filter below). */
static int picked(void *ctx, const char *s)
{
    return indicator_pick_text(ctx, s);
}

static void row(out_writer *w, const indicator_groups *g, const indicator_kept *k,
                const timeline_point *p)
{
    const indicator_group *gr = &g->groups[p->group];
    const doc *d = k->docs[p->ref.doc];
    const indicator *x = &d->indicators[p->ref.i];
    char period[32];
    out_row_begin(w);
    out_str(w, gr->region);
    out_str(w, indicator_period_format(x->period_from, x->period_to, period,
                                       sizeof period));
    out_str(w, indicator_kind_name(x->kind));
    indicator_out_number(w, x);
    out_str(w, d->name);
    out_int(w, x->line);
    out_str(w, indicator_agreement_name(gr->agreement));
    out_str(w, x->name);
    out_str(w, x->canonical);
    out_str(w, x->note);
    out_str(w, k->labels[p->ref.doc][p->ref.i]);
    out_row_end(w);
}

int verb_timeline(const options *o)
{
    if (o->bundled || !o->npaths) {
        out_error("timeline: NAME needed (baogao timeline 地区生产总值 [PATH...])");
        return 2;
    }
    indicator_pick f;
    int bad = indicator_pick_parse(o, o->paths[0], "timeline", &f);
    if (bad)
        return bad;
    char *const *paths = o->npaths > 1 ? o->paths + 1 : o->defaults;
    size_t npaths = o->npaths > 1 ? o->npaths - 1 : o->ndefaults;
    indicator_kept k = {0};
    load_paths(paths, npaths, indicator_keep, &k);
    timeline t;
    timeline_build(&t, (const doc *const *)k.docs, k.n, picked, &f);
    out_writer *w = out_open(stdout, o->format, o->bom, &tl_columns);
    size_t n = 0;
    for (size_t i = 0; i < t.npoints; i++) {
        const timeline_point *p = &t.points[i];
        if (!indicator_pick_wants(&f, &k.docs[p->ref.doc]->indicators[p->ref.i]))
            continue; /* another kind or period */
        row(w, &t.groups, &k, p);
        n++;
    }
    out_close(w);
    timeline_free(&t);
    indicator_kept_free(&k);
    indicator_pick_free(&f);
    return n ? 0 : 1;
}
