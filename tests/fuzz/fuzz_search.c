/* fuzz_search.c — libFuzzer target for the query language and search:
 * the input's first line is a query (query_parse: it parses or says why
 * not), the rest a file the pipeline turns into documents (up to
 * MAX_DOCS). The query then runs over them three ways — corpus_search
 * through the index built over them, corpus_search scanning, and
 * search_doc document by document — which must give the same hits, each
 * inside its document's clean text, of a positive term, in a section the
 * document has, in document order; and corpus_search told "enough" after
 * a few hits must stop right there. */
#include "corpus_search.h"
#include "fuzz_doc.h"
#include "hits.h"
#include "pipeline.h"

enum { MAX_DOCS = 4, MAX_QUERY = 256 };

typedef struct docs {
    doc *d[MAX_DOCS];
    folded f[MAX_DOCS];
    size_t n;
} docs;

/* The hits seen (hits.h), the query they are of, and search_doc's
 * document (its callback does not say). */
typedef struct seen {
    recs r;
    const query *q;
    size_t doc;
} seen;

static void keep_doc(void *ctx, doc *d)
{
    docs *s = ctx;
    fuzz_check_doc(d);
    if (s->n < MAX_DOCS)
        s->d[s->n++] = d;
    else
        doc_free(d);
}

static void check_hit(const seen *s, const doc *d, const search_hit *h)
{
    const recs *r = &s->r;
    fuzz_require(h->start <= h->end && h->end <= d->clean.len,
                 "search: hit outside the clean text");
    fuzz_require(h->term >= 0 && (size_t)h->term < s->q->nterms &&
                 !s->q->terms[h->term].negative,
                 "search: hit of no positive term");
    fuzz_require(h->section >= -1 && h->section < (int)d->nsections,
                 "search: hit in no section of the document");
    fuzz_require(!r->n || r->v[r->n - 1].doc != s->doc ||
                 r->v[r->n - 1].h.start <= h->start,
                 "search: hits out of document order");
}

static void add(seen *s, const doc *d, const search_hit *h)
{
    check_hit(s, d, h);
    recs_add(&s->r, s->doc, h);
}

static int on_hit(void *ctx, size_t i, const doc *d, const search_hit *h)
{
    seen *s = ctx;
    s->doc = i;
    add(s, d, h);
    return s->r.enough_at && s->r.n >= s->r.enough_at;
}

static void on_doc_hit(void *ctx, const doc *d, const search_hit *h)
{
    add(ctx, d, h);
}

static corpus_search_result run(const query *q, docs *s,
                                const search_index *ix, seen *out)
{
    corpus_search_in in = {s->d, s->n, NULL, 0, s->f, NULL, NULL, ix, NULL, 0};
    out->q = q;
    return corpus_search(q, &in, on_hit, out);
}

static int same(const seen *a, const seen *b)
{
    return a->r.n == b->r.n && recs_same(&a->r, &b->r, b->r.n);
}

static void search_all(const query *q, docs *s, search_index *ix, unsigned enough)
{
    seen by_index = {0}, by_scan = {0}, by_doc = {0}, cut = {0};
    corpus_search_result a = run(q, s, ix, &by_index);
    corpus_search_result b = run(q, s, NULL, &by_scan);
    by_doc.q = q;
    for (size_t i = 0; i < s->n; i++) {
        by_doc.doc = i;
        query_doc_ok(q, s->d[i]);
        search_doc(q, s->d[i], &s->f[i], on_doc_hit, &by_doc);
    }
    size_t hits = by_doc.r.n;
    fuzz_require(same(&by_index, &by_doc) && same(&by_scan, &by_doc),
                 "search: index, scan and search_doc disagree");
    fuzz_require(a.status == CORPUS_SEARCH_DONE && b.status == CORPUS_SEARCH_DONE &&
                 a.hits == hits && b.hits == hits,
                 "search: a full search says other counts");
    cut.r.enough_at = enough % 4 + 1;
    corpus_search_result c = run(q, s, enough & 4 ? ix : NULL, &cut);
    if (hits >= cut.r.enough_at)
        fuzz_require(c.status == CORPUS_SEARCH_ENOUGH && c.hits == cut.r.enough_at &&
                     cut.r.n == cut.r.enough_at,
                     "search: enough did not stop at that hit");
    else
        fuzz_require(c.status == CORPUS_SEARCH_DONE && cut.r.n == hits,
                     "search: enough stopped a search without that many hits");
    free(by_index.r.v);
    free(by_scan.r.v);
    free(by_doc.r.v);
    free(cut.r.v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {(const char *)data, size};
    unsigned enough = fuzz_byte(&in);
    char *q = fuzz_piece(&in, '\n', MAX_QUERY, NULL);
    query parsed;
    const char *err = NULL;
    if (query_parse(q, &parsed, &err) != 0) {
        fuzz_require(err != NULL, "query_parse: failed without a reason");
        free(q);
        return 0;
    }
    fuzz_require(parsed.npositive >= 1 && parsed.npositive <= parsed.nterms &&
                 parsed.nterms <= QUERY_MAX_TERMS, "query_parse: term counts");
    docs s = {0};
    pipeline_file("fuzz", in.p, in.n, keep_doc, &s, NULL, &err);
    for (size_t i = 0; i < s.n; i++)
        fold_text(s.d[i]->clean.bytes, s.d[i]->clean.len, &s.f[i]);
    search_index *ix = index_build(s.f, s.n, NULL);
    fuzz_require(ix != NULL, "index_build: no index without a cancel flag");
    search_all(&parsed, &s, ix, enough);
    index_free(ix);
    for (size_t i = 0; i < s.n; i++) {
        fold_free(&s.f[i]);
        doc_free(s.d[i]);
    }
    query_free(&parsed);
    free(q);
    return 0;
}
