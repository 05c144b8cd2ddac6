/* verb_list.c — `baogao list`: one row per document: its region, year,
 * kind, script, encoding, title and the document it is a near-duplicate
 * of (TSV, or JSON with --json). */
#include <stdio.h>
#include <string.h>

#include "corpus.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

static void list_add(void *p, doc *d)
{
    corpus_add(p, d);
}

static void tsv_str(const char *s)
{
    out_tsv_field(stdout, s, strlen(s));
}

static void json_str(const char *s)
{
    out_json_string(stdout, s, strlen(s));
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

static void list_tsv_row(const corpus *c, size_t i)
{
    const doc *d = c->docs[i];
    const doc_meta *m = &d->meta;
    tsv_str(d->name);
    fputc('\t', stdout);
    tsv_str(m->region ? m->region : "");
    if (m->year)
        printf("\t%d", m->year);
    else
        fputc('\t', stdout);
    printf("\t%s\t%s\t", doc_kind_name(m->kind), doc_script_name(m->script));
    tsv_str(d->encoding);
    fputc('\t', stdout);
    tsv_str(m->title ? m->title : "");
    fputc('\t', stdout);
    int dup = c->duplicate_of ? c->duplicate_of[i] : -1;
    if (dup >= 0) {
        tsv_str(c->docs[dup]->name);
        printf("\t%.3f", c->similarity[i]);
    } else {
        fputc('\t', stdout);
    }
    fputc('\n', stdout);
}

static void json_span(const char *key, int from, int to)
{
    char buf[32];
    printf(", \"%s\": ", key);
    if (from)
        json_str(span(buf, sizeof buf, from, to));
    else
        fputs("null", stdout);
}

static void list_json_row(const corpus *c, size_t i)
{
    const doc *d = c->docs[i];
    const doc_meta *m = &d->meta;
    fputs(i ? ",\n  {\"path\": " : "\n  {\"path\": ", stdout);
    json_str(d->name);
    fputs(", \"region\": ", stdout);
    json_str(m->region ? m->region : "");
    if (m->year)
        printf(", \"year\": %d", m->year);
    else
        fputs(", \"year\": null", stdout);
    printf(", \"kind\": \"%s\", \"script\": \"%s\", \"encoding\": ",
           doc_kind_name(m->kind), doc_script_name(m->script));
    json_str(d->encoding);
    fputs(", \"title\": ", stdout);
    json_str(m->title ? m->title : "");
    int dup = c->duplicate_of ? c->duplicate_of[i] : -1;
    fputs(", \"duplicate_of\": ", stdout);
    if (dup >= 0) {
        json_str(c->docs[dup]->name);
        printf(", \"similarity\": %.3f", c->similarity[i]);
    } else {
        fputs("null, \"similarity\": null", stdout);
    }
    json_span("reviews", m->reviews_from, m->reviews_to);
    json_span("plans", m->plans_from, m->plans_to);
    printf(", \"paragraphs\": %zu, \"sections\": %zu, \"tables\": %zu}",
           paragraphs(d), d->nsections, d->ntables);
}

int verb_list(const options *o)
{
    corpus c;
    corpus_init(&c);
    load_result r = load_paths(o->paths, o->npaths, list_add, &c);
    corpus_find_duplicates(&c);
    if (o->json) {
        fputs("[", stdout);
        for (size_t i = 0; i < c.n; i++)
            list_json_row(&c, i);
        fputs(c.n ? "\n]\n" : "]\n", stdout);
    } else {
        fputs("path\tregion\tyear\tkind\tscript\tencoding\ttitle\t"
              "duplicate_of\tsimilarity\n", stdout);
        for (size_t i = 0; i < c.n; i++)
            list_tsv_row(&c, i);
    }
    corpus_free(&c);
    return r.docs ? 0 : 1;
}
