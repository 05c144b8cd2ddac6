/* export_jsonl.c — JSON lines and the _bulk format of OpenSearch and
 * Elasticsearch (export_jsonl.h). Strings are escaped by out.h's rule
 * (out_escape, OUT_ESC_JSON): always valid UTF-8. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "export_doc.h"
#include "export_jsonl.h"
#include "out.h"

struct export_jsonl {
    FILE *out, *rest;    /* rest: the sections and indicators, until the end */
    const char *bulk;    /* the _bulk index, or NULL */
    sbuf docs;           /* the documents' lines, each without its closing
                            brace (duplicate_of comes last) */
    size_t *doc_end;     /* where each ends in docs */
    long long *dup;      /* duplicate_of of each, 0 for none */
    size_t ndocs, cap;
    sbuf line, scratch;
};

/* "KEY": — after a comma unless it is the object's first. */
static void key(sbuf *b, const char *k)
{
    if (b->len && b->p[b->len - 1] != '{')
        sbuf_addc(b, ',');
    sbuf_printf(b, "\"%s\":", k);
}

static void quoted(sbuf *b, const char *s)
{
    sbuf_addc(b, '"');
    out_escape(b, s, OUT_ESC_JSON);
    sbuf_addc(b, '"');
}

/* A string field; null when s is empty (not stated). */
static void field_str(sbuf *b, const char *k, const char *s)
{
    key(b, k);
    if (export_nonempty(s))
        quoted(b, s);
    else
        sbuf_adds(b, "null");
}

/* An integer field; null when v is unknown. */
static void field_int(sbuf *b, const char *k, long long v, long long unknown)
{
    key(b, k);
    if (v == unknown)
        sbuf_adds(b, "null");
    else
        sbuf_printf(b, "%lld", v);
}

/* An id field: "d3", or "d3/s12" with a part ('s', 'i'); null for part
 * number 0. */
static void field_id(sbuf *b, const char *k, long long docid, char part, long long n)
{
    key(b, k);
    if (part && !n)
        sbuf_adds(b, "null");
    else if (part)
        sbuf_printf(b, "\"d%lld/%c%lld\"", docid, part, n);
    else
        sbuf_printf(b, "\"d%lld\"", docid);
}

/* The text of clean bytes [start, end) as a string field. */
static void field_text(export_jsonl *x, sbuf *b, const doc *d, size_t start, size_t end)
{
    x->scratch.len = 0;
    sbuf_add(&x->scratch, d->clean.bytes + start, end - start);
    field_str(b, "text", x->scratch.p ? x->scratch.p : "");
}

/* Begins an object: the _bulk action line first, then {"type":…,"id":…. */
static void begin(export_jsonl *x, sbuf *b, const char *type, long long docid,
                  char part, long long n)
{
    if (x->bulk) {
        sbuf_adds(b, "{\"index\":{\"_index\":");
        quoted(b, x->bulk);
        field_id(b, "_id", docid, part, n);
        sbuf_adds(b, "}}\n");
    }
    sbuf_addc(b, '{');
    field_str(b, "type", type);
    field_id(b, "id", docid, part, n);
}

export_jsonl *export_jsonl_open(FILE *out, const char *bulk_index)
{
    FILE *rest = tmpfile();
    if (!rest) {
        out_error("cannot make a temporary file: %s", strerror(errno));
        return NULL;
    }
    export_jsonl *x = xcalloc(1, sizeof *x);
    x->out = out;
    x->rest = rest;
    x->bulk = bulk_index;
    return x;
}

static void add_document(export_jsonl *x, const doc *d, long long id)
{
    if (x->ndocs == x->cap) {
        x->cap = x->cap ? 2 * x->cap : 64;
        x->doc_end = xrealloc(x->doc_end, x->cap * sizeof *x->doc_end);
        x->dup = xrealloc(x->dup, x->cap * sizeof *x->dup);
    }
    const doc_meta *m = &d->meta;
    sbuf *b = &x->docs;
    begin(x, b, "document", id, 0, 0);
    field_str(b, "path", d->name);
    field_str(b, "format", d->format);
    field_str(b, "encoding", d->encoding);
    field_str(b, "region", m->region);
    field_int(b, "region_code", m->region_code, 0);
    field_int(b, "year", m->year, 0);
    field_str(b, "kind", doc_kind_name(m->kind));
    field_str(b, "script", doc_script_name(m->script));
    field_str(b, "title", m->title);
    size_t start, end;
    export_own_text(d, -1, &start, &end);
    field_text(x, b, d, start, end);
    x->doc_end[x->ndocs] = b->len;
    x->dup[x->ndocs++] = 0;
}

static void add_section(export_jsonl *x, sbuf *b, const doc *d, long long id, size_t k)
{
    const section *s = &d->sections[k];
    begin(x, b, "section", id, 's', (long long)k + 1);
    field_id(b, "document", id, 0, 0);
    field_id(b, "parent", id, 's', s->parent + 1);
    field_int(b, "level", s->level, -1);
    field_str(b, "marker", s->marker);
    field_str(b, "title", s->title);
    field_int(b, "line", s->line, -1);
    field_int(b, "start", (long long)s->start, -1);
    field_int(b, "end", (long long)s->end, -1);
    size_t start, end;
    export_own_text(d, (int)k, &start, &end);
    field_text(x, b, d, start, end);
    sbuf_adds(b, "}\n");
}

static void add_indicator(sbuf *b, const indicator *v, long long id)
{
    char period[32];
    field_id(b, "document", id, 0, 0);
    field_id(b, "section", id, 's', v->section + 1);
    field_str(b, "name", v->name);
    field_str(b, "canonical", v->canonical);
    field_str(b, "value", v->value);
    field_str(b, "unit", v->unit);
    key(b, "amount");
    if (isnan(v->amount) || isinf(v->amount))
        sbuf_adds(b, "null");
    else
        sbuf_printf(b, "%.17g", v->amount);
    field_str(b, "change", v->change);
    field_str(b, "period", indicator_period_format(v->period_from, v->period_to,
                                                   period, sizeof period));
    field_str(b, "kind", indicator_kind_name(v->kind));
    field_str(b, "note", v->note);
    field_int(b, "line", v->line, -1);
    sbuf_adds(b, "}\n");
}

/* Writes b to the temporary file and empties it. */
static int flush(export_jsonl *x, sbuf *b)
{
    if (b->len && fwrite(b->p, 1, b->len, x->rest) != b->len) {
        out_error("writing a temporary file: %s", strerror(errno));
        return -1;
    }
    b->len = 0;
    return 0;
}

int export_jsonl_doc(export_jsonl *x, const doc *d, long long id)
{
    add_document(x, d, id);
    sbuf *b = &x->line;
    for (size_t k = 0; k < d->nsections; k++) {
        add_section(x, b, d, id, k);
        if (flush(x, b))
            return -1;
    }
    for (size_t k = 0; k < d->nindicators; k++) {
        begin(x, b, "indicator", id, 'i', (long long)k + 1);
        add_indicator(b, &d->indicators[k], id);
        if (flush(x, b))
            return -1;
    }
    return 0;
}

void export_jsonl_duplicate(export_jsonl *x, long long id, long long of)
{
    if (id >= 1 && (size_t)id <= x->ndocs)
        x->dup[id - 1] = of;
}

int export_jsonl_close(export_jsonl *x)
{
    int rc = 0;
    sbuf *b = &x->line;
    for (size_t i = 0, from = 0; i < x->ndocs; from = x->doc_end[i++]) {
        b->len = 0;
        sbuf_add(b, x->docs.p + from, x->doc_end[i] - from);
        if (x->dup[i])
            field_id(b, "duplicate_of", x->dup[i], 0, 0);
        else
            field_str(b, "duplicate_of", NULL);
        sbuf_adds(b, "}\n");
        fwrite(b->p, 1, b->len, x->out);
    }
    char buf[1 << 16];
    size_t n;
    rewind(x->rest);
    while ((n = fread(buf, 1, sizeof buf, x->rest)) > 0)
        fwrite(buf, 1, n, x->out);
    if (ferror(x->rest)) {
        out_error("reading a temporary file back: %s", strerror(errno));
        rc = -1;
    }
    if (fflush(x->out) != 0 || ferror(x->out)) {
        out_error("writing the export: %s", strerror(errno));
        rc = -1;
    }
    fclose(x->rest);
    sbuf_free(&x->docs);
    sbuf_free(&x->line);
    sbuf_free(&x->scratch);
    free(x->doc_end);
    free(x->dup);
    free(x);
    return rc;
}
