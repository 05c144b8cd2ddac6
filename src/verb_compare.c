/* verb_compare.c — `baogao compare A B`: the sections of two reports
 * aligned (model/compare.h), one row per pair in B's order with A's
 * removed sections where A had them: status a_line a_marker a_title
 * b_line b_marker b_title similarity (TSV, --csv; the missing side's
 * fields empty). --json gives one object: {"a": {path, title, region,
 * year, kind}, "b": {...}, "sections": [{status, similarity, a: {marker,
 * title, line} or null, b: ...}], "indicators": [...], "targets": [...]}
 * (compare_out.h: A's and B's indicators paired, A's targets against
 * B's outcomes), "terms": [...] (the phrases of model/keyness.h: side,
 * term, count_a, count_b, score, line, and start and end, the clean
 * byte offsets of the first place, as search's). --indicators, --targets and
 * --terms print those rows instead of the sections (TSV, --csv; with
 * --json the whole object); --terms: side term count_a count_b score
 * line, side "new" (only in B) or "dropped" (only in A), the new ones
 * first, each side by score (at most TERMS_PER_SIDE), line the original
 * line of the term's first place, and exit 1 when there is none (a report
 * against itself). A
 * pseudo-section (the text before the first heading, a run of paragraphs of a report without headings, a
 * table) has no marker; its title is its table's label and caption, or
 * the opening of its text ("…" where cut); an empty place (compare.h) has
 * a line and an empty title. Exit 2 unless there are exactly two PATHs,
 * each one report; 1 when either cannot be loaded (named on stderr). */
#include <stdio.h>
#include <string.h>

#include "compare.h"
#include "compare_out.h"
#include "doc.h"
#include "keyness.h"
#include "load.h"
#include "out.h"
#include "sbuf.h"
#include "utf8.h"
#include "verbs.h"
#include "wordbreak.h"

enum {
    OPENING_CHARS = 20,  /* of a pseudo-section's text, as its title */
    TERMS_PER_SIDE = 30  /* --terms: the new and the dropped at most */
};

static const out_column report_cols[] = {
    {"path", OUT_STR, OUT_IN_JSON | OUT_BYTES, 0, NULL},
    {"title", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"region", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"year", OUT_INT, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
    {"kind", OUT_STR, OUT_IN_JSON, 0, NULL},
};
static const out_columns report_columns = OUT_COLUMNS(report_cols);

static const out_column side_cols[] = {
    {"marker", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"title", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"line", OUT_INT, OUT_IN_JSON, 0, NULL},
};
static const out_columns side_columns = OUT_COLUMNS(side_cols);

static const out_column pair_cols[] = {
    {"status", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"a_line", OUT_INT, OUT_IN_FLAT | OUT_NULLABLE, 0, NULL},
    {"a_marker", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"a_title", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"b_line", OUT_INT, OUT_IN_FLAT | OUT_NULLABLE, 0, NULL},
    {"b_marker", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"b_title", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"similarity", OUT_NUM, OUT_IN_ALL, 3, NULL},
    {"a", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &side_columns},
    {"b", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &side_columns},
};
static const out_columns pair_columns = OUT_COLUMNS(pair_cols);

static const out_column term_cols[] = {
    {"side", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"term", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"count_a", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"count_b", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"score", OUT_NUM, OUT_IN_ALL, 2, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
};
static const out_columns term_columns = OUT_COLUMNS(term_cols);

static const out_column compare_cols[] = {
    {"a", OUT_OBJ, OUT_IN_JSON, 0, &report_columns},
    {"b", OUT_OBJ, OUT_IN_JSON, 0, &report_columns},
    {"sections", OUT_ROWS, OUT_IN_ALL, 0, &pair_columns},
    {"indicators", OUT_ROWS, OUT_IN_JSON, 0, &compare_delta_columns},
    {"targets", OUT_ROWS, OUT_IN_JSON, 0, &compare_target_columns},
    {"terms", OUT_ROWS, OUT_IN_JSON, 0, &term_columns},
};
static const out_columns compare_columns = OUT_COLUMNS(compare_cols);

/* What loading one PATH gave: its first report, and how many. */
typedef struct loaded {
    doc *d;
    size_t n;
} loaded;

static void keep_first(void *p, doc *d)
{
    loaded *l = p;
    if (l->n++)
        doc_free(d);
    else
        l->d = d;
}

/* The one report at path, or NULL (said on stderr); *status the exit
 * status then. */
static doc *load_one(char *path, int *status)
{
    loaded l = {0};
    load_paths(&path, 1, keep_first, &l);
    if (l.n == 1)
        return l.d;
    doc_free(l.d);
    if (l.n)
        out_error("%s: %zu reports; compare takes one on each side", path, l.n);
    else if (load_is_dir(path))
        out_error("%s: no report in this folder", path);
    *status = l.n ? 2 : 1;
    return NULL;
}

static void report(out_writer *w, const doc *d)
{
    out_obj_begin(w);
    out_str(w, d->name);
    out_str(w, d->meta.title ? d->meta.title : "");
    out_str(w, d->meta.region ? d->meta.region : "");
    if (d->meta.year)
        out_int(w, d->meta.year);
    else
        out_null(w);
    out_str(w, doc_kind_name(d->meta.kind));
    out_obj_end(w);
}

/* The opening of s[0..n): OPENING_CHARS characters, a run of newlines
 * one space, "…" where cut; into b. */
static void opening(sbuf *b, const char *s, size_t n)
{
    size_t i = 0;
    for (int k = 0; k < OPENING_CHARS && i < n; k++) {
        if (s[i] == '\n') {
            while (i < n && s[i] == '\n')
                i++;
            if (i < n)
                sbuf_addc(b, ' ');
            continue;
        }
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        sbuf_add(b, s + i, len);
        i += len;
    }
    if (i < n)
        sbuf_adds(b, "…");
}

/* The title of part p of d: the section's, or a pseudo-section's (see the
 * top); into b. */
static const char *title_of(const doc *d, const compare_part *p, sbuf *b)
{
    b->len = 0;
    sbuf_adds(b, "");
    if (p->section >= 0)
        return d->sections[p->section].title;
    const block *bl = &d->blocks[p->block];
    if (!p->nblocks)
        return b->p;
    if (bl->kind == BLOCK_TABLE && bl->table >= 0 && d->tables[bl->table].label[0]) {
        const table *t = &d->tables[bl->table];
        sbuf_printf(b, "%s %s", t->label, t->caption);
        return b->p;
    }
    size_t start, end;
    compare_part_range(d, p, &start, &end);
    opening(b, d->clean.bytes + start, end - start);
    return b->p;
}

/* The flat fields of one side: line, marker, title (empty when missing). */
static void side_flat(out_writer *w, const doc *d, const compare_part *p,
                      sbuf *b)
{
    if (!p->line) {
        out_null(w);
        out_str(w, "");
        out_str(w, "");
        return;
    }
    out_int(w, p->line);
    out_str(w, p->section >= 0 ? d->sections[p->section].marker : "");
    out_str(w, title_of(d, p, b));
}

/* The JSON object of one side, or null. */
static void side_obj(out_writer *w, const doc *d, const compare_part *p,
                     sbuf *b)
{
    if (!p->line) {
        out_null(w);
        return;
    }
    out_obj_begin(w);
    out_str(w, p->section >= 0 ? d->sections[p->section].marker : "");
    out_str(w, title_of(d, p, b));
    out_int(w, p->line);
    out_obj_end(w);
}

static void pairs(out_writer *w, const doc *a, const doc *b, const compare *c)
{
    sbuf buf = {0};
    out_rows_begin(w);
    for (size_t i = 0; i < c->npairs; i++) {
        const compare_pair *p = &c->pairs[i];
        out_row_begin(w);
        out_str(w, compare_status_name(p->status));
        side_flat(w, a, &p->a, &buf);
        side_flat(w, b, &p->b, &buf);
        out_num(w, p->similarity);
        side_obj(w, a, &p->a, &buf);
        side_obj(w, b, &p->b, &buf);
        out_row_end(w);
    }
    out_rows_end(w);
    sbuf_free(&buf);
}

/* The terms of a against b, as rows at the writer's current level. */
static void terms_rows(out_writer *w, const doc *a, const doc *b, const keyness *k)
{
    for (size_t i = 0; i < k->nterms; i++) {
        const keyness_term *t = &k->terms[i];
        out_row_begin(w);
        out_str(w, keyness_side_name(t->side));
        out_str(w, t->text);
        out_int(w, t->count_a);
        out_int(w, t->count_b);
        out_num(w, t->score);
        out_int(w, doc_origin_line(t->side == KEYNESS_NEW ? b : a, t->start));
        out_int(w, t->start);
        out_int(w, t->end);
        out_row_end(w);
    }
}

/* The flat rows of --indicators (1), --targets (2) or --terms (3). */
static void flat_rows(const options *o, const doc *a, const doc *b,
                      const compare_numbers *nums, const keyness *k)
{
    const out_columns *cols = o->compare_rows == 3   ? &term_columns
                              : o->compare_rows == 2 ? &compare_target_columns
                                                     : &compare_delta_columns;
    out_writer *w = out_open(stdout, o->format, o->bom, cols);
    if (o->compare_rows == 3)
        terms_rows(w, a, b, k);
    else
        compare_out_rows(w, a, b, nums, o->compare_rows == 2);
    out_close(w);
}

/* compare's one JSON object (or the sections' rows, flat). */
static void whole(const options *o, const doc *a, const doc *b,
                  const compare_numbers *nums, const keyness *k)
{
    compare *c = compare_docs(a, b);
    out_writer *w = out_open_one(stdout, o->format, o->bom, &compare_columns);
    out_row_begin(w);
    report(w, a);
    report(w, b);
    pairs(w, a, b, c);
    for (int t = 0; t < 2; t++) {
        out_rows_begin(w);
        compare_out_rows(w, a, b, nums, t);
        out_rows_end(w);
    }
    out_rows_begin(w);
    terms_rows(w, a, b, k);
    out_rows_end(w);
    out_row_end(w);
    out_close(w);
    compare_free(c);
}

int verb_compare(const options *o)
{
    if (o->bundled || o->npaths != 2) {
        out_error("compare takes two reports: baogao compare PATH_A PATH_B");
        return 2;
    }
    int status = 0;
    doc *a = load_one(o->paths[0], &status);
    doc *b = a ? load_one(o->paths[1], &status) : NULL;
    if (!a || !b) {
        doc_free(a);
        return status;
    }
    const doc *more[] = {b};
    compare_numbers nums;
    compare_numbers_build(a, b, more, 1, &nums);
    keyness k = {0};
    if (o->compare_rows == 3 || o->format == OUT_JSON) {
        keyness_text ta = {&a->clean, doc_fold(a)}, tb = {&b->clean, doc_fold(b)};
        keyness_find(&ta, &tb, wordbreak_find, TERMS_PER_SIDE, &k);
    }
    if (o->compare_rows && o->format != OUT_JSON)
        flat_rows(o, a, b, &nums, &k);
    else
        whole(o, a, b, &nums, &k);
    status = o->compare_rows == 3 && !k.nterms;
    keyness_free(&k);
    compare_numbers_free(&nums);
    doc_free(a);
    doc_free(b);
    return status;
}
