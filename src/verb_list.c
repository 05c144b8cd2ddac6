/* verb_list.c — `baogao list`: one row per document: its region, year,
 * kind, script, encoding, title and the document it is a near-duplicate
 * of (TSV, --json or --csv; JSON also gives the years reviewed and
 * planned and the counts of paragraphs, sections and tables). */
#include <stdio.h>

#include "corpus.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

static void list_add(void *p, doc *d)
{
    corpus_add(p, d);
}

/* "2023", "2016-2020", or "" when from is 0. */
static const char *span(char *buf, size_t n, int from, int to)
{
    if (!from)
        snprintf(buf, n, "%s", "");
    else if (to && to != from)
        snprintf(buf, n, "%d-%d", from, to);
    else
        snprintf(buf, n, "%d", from);
    return buf;
}

/* Non-empty lines of the clean text: its paragraphs, headings, rows. */
static size_t paragraphs(const doc *d)
{
    size_t k = 0;
    for (size_t i = 0; i < d->clean.nlines; i++)
        k += d->clean.off[i + 1] - d->clean.off[i] > 1;
    return k;
}

/* The columns: TSV and CSV have the first nine, JSON all of them. */
static const out_column list_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"region", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"year", OUT_INT, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"kind", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"script", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"encoding", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"title", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"duplicate_of", OUT_STR, OUT_IN_ALL | OUT_NULLABLE | OUT_BYTES, 0, NULL},
    {"similarity", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, 3, NULL},
    {"reviews", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"plans", OUT_STR, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"paragraphs", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"sections", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"tables", OUT_INT, OUT_IN_JSON, 0, NULL},
};
static const out_columns list_columns = OUT_COLUMNS(list_cols);

/* A span of years (see span), or null when from is 0. */
static void out_span(out_writer *w, int from, int to)
{
    char buf[32];
    if (from)
        out_str(w, span(buf, sizeof buf, from, to));
    else
        out_null(w);
}

static void list_row(out_writer *w, const corpus *c, size_t i)
{
    const doc *d = c->docs[i];
    const doc_meta *m = &d->meta;
    out_row_begin(w);
    out_str(w, d->name);
    out_str(w, m->region ? m->region : "");
    if (m->year)
        out_int(w, m->year);
    else
        out_null(w);
    out_str(w, doc_kind_name(m->kind));
    out_str(w, doc_script_name(m->script));
    out_str(w, d->encoding);
    out_str(w, m->title ? m->title : "");
    int dup = c->duplicate_of ? c->duplicate_of[i] : -1;
    if (dup >= 0) {
        out_str(w, c->docs[dup]->name);
        out_num(w, c->similarity[i]);
    } else {
        out_null(w);
        out_null(w);
    }
    out_span(w, m->reviews_from, m->reviews_to);
    out_span(w, m->plans_from, m->plans_to);
    out_int(w, (long long)paragraphs(d));
    out_int(w, (long long)d->nsections);
    out_int(w, (long long)d->ntables);
    out_row_end(w);
}

int verb_list(const options *o)
{
    corpus c;
    corpus_init(&c);
    load_result r = load_paths(o->paths, o->npaths, list_add, &c);
    corpus_find_duplicates(&c, NULL);
    out_writer *w = out_open(stdout, o->format, o->bom, &list_columns);
    for (size_t i = 0; i < c.n; i++)
        list_row(w, &c, i);
    out_close(w);
    corpus_free(&c);
    return r.docs ? 0 : 1;
}
