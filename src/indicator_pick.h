/* indicator_pick.h — what the verbs about indicators share (indicators,
 * timeline): the filters --name, --kind and --period as a pick of
 * indicators, and the reports kept while a corpus loads — each as a
 * compact copy of its names, region, year and indicators with their
 * section labels, the rest of the report freed as it loads — so that
 * grouping and agreement (model/indicators.h) can see them all. */
#ifndef BAOGAO_INDICATOR_PICK_H
#define BAOGAO_INDICATOR_PICK_H

#include <stddef.h>

#include "doc.h"
#include "out.h"
#include "search.h"
#include "verbs.h"

typedef struct indicator_pick {
    query q;
    const char *concept; /* the concept --name's TEXT names, or NULL */
    int by_name, by_kind, by_period;
    indicator_kind kind;
    int from, to;
} indicator_pick;

/* The filters of o (o->name, o->kind, o->period; name_text in place of
 * o->name when not NULL: timeline's NAME) into p: 0, or 2 after saying
 * what is wrong for verb (a usage error). indicator_pick_free after 0. */
int indicator_pick_parse(const options *o, const char *name_text, const char *verb,
                         indicator_pick *p);

/* True when x passes p: its kind and period, and its name or canonical
 * name matches the name as a search matches (folded, pinyin), or its
 * concept is the one the name names (GDP: every 地区生产总值). */
int indicator_pick_wants(const indicator_pick *p, const indicator *x);

/* True when text s (a name or a canonical name) passes p's name: as a
 * search matches it, or as the concept the name names. */
int indicator_pick_text(const indicator_pick *p, const char *s);

void indicator_pick_free(indicator_pick *p);

/* The columns of an indicator's number, in an out_column table (out.h):
 * value unit amount change, as indicator_out_number writes them. */
#define INDICATOR_NUMBER_COLUMNS                                              \
    {"value", OUT_STR, OUT_IN_ALL, 0, NULL},                                  \
    {"unit", OUT_STR, OUT_IN_ALL, 0, NULL},                                   \
    {"amount", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, OUT_DIGITS_SHORT, NULL},   \
    {"change", OUT_STR, OUT_IN_ALL, 0, NULL}

/* Writes x's value, unit, amount (null when it has none) and change. */
void indicator_out_number(out_writer *w, const indicator *x);

/* The columns of one indicator as a JSON object (the fields of
 * indicators --json but the report's own: path, agreement, others): name
 * canonical value unit amount change period kind note line section start
 * end. */
extern const out_columns indicator_obj_columns;

/* Writes x as an OUT_OBJ of indicator_obj_columns, its section label
 * label (""), or a null when x is NULL (the column must be nullable). */
void indicator_out_obj(out_writer *w, const indicator *x, const char *label);

/* Writes x's fields in indicator_obj_columns' order (name … end) at the
 * writer's next columns: an indicator's row or object. */
void indicator_out_fields(out_writer *w, const indicator *x, const char *label);

/* The reports with indicators, compact copies (docs[i], labels[i][k]:
 * indicator k's section label). */
typedef struct indicator_kept {
    doc **docs;
    const char ***labels;
    size_t n, cap, lcap;
} indicator_kept;

/* A pipeline_doc_fn (load.h) with ctx an indicator_kept: keeps a compact
 * copy of d when it has indicators, then frees d. */
void indicator_keep(void *ctx, doc *d);

/* Frees the copies and empties k. */
void indicator_kept_free(indicator_kept *k);

#endif
