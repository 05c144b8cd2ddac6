/* corpus_search.c — a query over many documents, through the index or by
 * scanning (see corpus_search.h). */
#include "corpus_search.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "pinyin.h"

enum { STOP_EVERY = 32 };

/* Where one term occurs, from the index: (document, folded offset) pairs
 * in document then offset order, and its pinyin matches likewise
 * (document, offset and length). */
typedef struct postings {
    size_t *doc, *pos;
    size_t n, cap;
    size_t *pdoc;
    pinyin_span *span;
    size_t np, pcap;
} postings;

static void posting_add(void *ctx, size_t di, size_t pos)
{
    postings *p = ctx;
    size_t cap = p->cap; /* two arrays, grown alike */
    p->doc = xgrow(p->doc, &cap, p->n, sizeof *p->doc);
    p->pos = xgrow(p->pos, &p->cap, p->n, sizeof *p->pos);
    p->doc[p->n] = di;
    p->pos[p->n++] = pos;
}

static void pinyin_add(void *ctx, size_t di, size_t pos, size_t len)
{
    postings *p = ctx;
    size_t cap = p->pcap; /* two arrays, grown alike */
    p->pdoc = xgrow(p->pdoc, &cap, p->np, sizeof *p->pdoc);
    p->span = xgrow(p->span, &p->pcap, p->np, sizeof *p->span);
    p->pdoc[p->np] = di;
    p->span[p->np++] = (pinyin_span){pos, len};
}

static void postings_free(postings *post, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        free(post[t].doc);
        free(post[t].pos);
        free(post[t].pdoc);
        free(post[t].span);
    }
}

/* Looks every term of q up in the index. Returns 0, or -1 when stop said
 * so during a pinyin lookup. */
static int lookup(const query *q, const corpus_search_in *in, postings *post)
{
    for (size_t t = 0; t < q->nterms; t++) {
        const query_term *qt = &q->terms[t];
        index_find(in->index, in->folds, in->ndocs, qt->folded, qt->len,
                   posting_add, &post[t]);
        if (pinyin_query(qt->folded, qt->len) &&
            index_find_pinyin(in->index, in->folds, in->ndocs, qt->folded,
                              qt->len, in->stop, pinyin_add,
                              &post[t]) == SIZE_MAX)
            return -1;
    }
    return 0;
}

/* The range [*from, *to) of docs[0..n) (ascending) that equals di. */
static void slice(const size_t *docs, size_t n, size_t di, size_t *from,
                  size_t *to)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (docs[mid] < di)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < n && docs[end] == di)
        end++;
    *from = lo;
    *to = end;
}

/* Where the terms occur in document di, from their postings. Returns
 * whether a positive term occurs there at all. */
static int positions_in(const query *q, const postings *post, size_t di,
                        term_positions *tp)
{
    int any = 0;
    for (size_t t = 0; t < q->nterms; t++) {
        size_t a, b;
        /* a term without postings has NULL arrays (NULL + 0 is UB) */
        slice(post[t].doc, post[t].n, di, &a, &b);
        tp->pos[t] = b > a ? post[t].pos + a : NULL;
        tp->npos[t] = b - a;
        slice(post[t].pdoc, post[t].np, di, &a, &b);
        tp->pinyin[t] = b > a ? post[t].span + a : NULL;
        tp->npinyin[t] = b - a;
        any |= !q->terms[t].negative && tp->npos[t] + tp->npinyin[t] > 0;
    }
    return any;
}

/* The caller's callback, for the hits of one document. */
typedef struct deliver {
    corpus_hit_fn fn;
    void *ctx;
    size_t doc;
    size_t hits;   /* delivered in this document */
    int enough;
} deliver;

static void on_hit(void *p, const doc *d, const search_hit *h)
{
    deliver *c = p;
    if (c->enough)
        return;
    c->hits++;
    c->enough = c->fn(c->ctx, c->doc, d, h) != 0;
}

static const folded *fold_of(const corpus_search_in *in, size_t i)
{
    return in->folds ? &in->folds[i] : in->fold(in->fold_ctx, i);
}

/* Searches every document in in's order, with the postings when given. */
static corpus_search_result each_doc(const query *q, const corpus_search_in *in,
                                     const postings *post, corpus_hit_fn fn,
                                     void *ctx)
{
    corpus_search_result res = {CORPUS_SEARCH_DONE, 0, 0};
    size_t n = in->order ? in->norder : in->ndocs;
    for (size_t e = 0; e < n; e++) {
        if (e % STOP_EVERY == STOP_EVERY - 1 && in->stop && in->stop()) {
            res.status = CORPUS_SEARCH_STOPPED;
            break;
        }
        size_t i = in->order ? in->order[e] : e;
        term_positions tp;
        if (post && !positions_in(q, post, i, &tp))
            continue;
        deliver c = {fn, ctx, i, 0, 0};
        search_doc_at(q, in->docs[i], fold_of(in, i), post ? &tp : NULL,
                      on_hit, &c);
        res.hits += c.hits;
        res.docs += c.hits > 0;
        if (c.enough) {
            res.status = CORPUS_SEARCH_ENOUGH;
            break;
        }
    }
    return res;
}

/* Whether in->first hits of q come sooner by scanning in order than
 * through the index. The index gathers every match of a term before the
 * first hit (some 30 ns each); a scan meets in->first of them after
 * about first / matches of the corpus (some 30 ns a byte): a scan wins
 * when matches² > first × bytes. Only a lone pinyin term is so frequent
 * (a literal term's postings are read once, at a few ns each); its
 * matches are at least the index's estimate (about two bytes each). */
static int scan_first(const query *q, const corpus_search_in *in)
{
    if (!in->first || q->nterms != 1 || q->terms[0].negative)
        return 0;
    const query_term *t = &q->terms[0];
    if (!pinyin_query(t->folded, t->len))
        return 0;
    double bytes = 0;
    for (size_t i = 0; i < in->ndocs; i++)
        bytes += (double)in->folds[i].len;
    double matches = (double)index_pinyin_estimate(in->index, t->folded, t->len) / 2;
    return matches * matches > (double)in->first * bytes;
}

/* The caller's callback, ending the search after in->first hits. */
typedef struct firsts {
    corpus_hit_fn fn;
    void *ctx;
    size_t left;
} firsts;

static int first_hit(void *p, size_t i, const doc *d, const search_hit *h)
{
    firsts *f = p;
    int enough = f->fn(f->ctx, i, d, h) != 0;
    return enough || --f->left == 0;
}

corpus_search_result corpus_search(const query *q, const corpus_search_in *in,
                                   corpus_hit_fn fn, void *ctx)
{
    firsts f = {fn, ctx, in->first};
    if (in->first) {
        fn = first_hit;
        ctx = &f;
    }
    if (!in->index || scan_first(q, in))
        return each_doc(q, in, NULL, fn, ctx);
    postings post[QUERY_MAX_TERMS];
    memset(post, 0, sizeof post);
    corpus_search_result res = {CORPUS_SEARCH_STOPPED, 0, 0};
    if (lookup(q, in, post) == 0)
        res = each_doc(q, in, post, fn, ctx);
    postings_free(post, q->nterms);
    return res;
}
