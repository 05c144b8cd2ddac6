/* test_corpus_search.c — unit tests of model/corpus_search over the
 * samples (each listed several times, so there are more documents than
 * the stop interval): for the oracle's queries the index path, the scan
 * path, the scan with folds given on demand and search_doc document by
 * document give the same hits, in the order asked; stop ends the search
 * (between documents and inside a pinyin lookup) and says it is partial;
 * the hit callback's "enough" ends it after exactly that hit, and so does
 * the search's own "first" (a syllable's first hits by scanning although
 * there is an index: the same hits). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus_search.h"
#include "hits.h"
#include "pipeline.h"
#include "slurp.h"

enum { COPIES = 8, MAX_DOCS = 64 };

static const char *const queries[] = {
    "经济", "經濟", "地区生产总值", "固定资产投资", "固定資產投資", "ＧＤＰ", "gdp",
    "2035年", "\"2035 年\"", "粤港澳大湾区", "百千万工程", "RCEP", "（M0）", "增长",
    "“十四五”", "荔湾", "数字经济", "PM2.5", "营商环境", "城中村", "取得新突破",
    "固定资产投资 增长", "固定资产投资 -投资", "\"地区生产总值 1277.93亿元\"",
    "region:海珠 固定资产投资", "kind:five-year-plan 固定资产投资",
    "year:2022 固定资产投资", "section:营商环境 改革", "不存在的词语", "dqsczz",
    "diqushengchanzongzhi", "dqsc总值", "diqushengchanzongz", "gdzctz",
    "gudingzichantouzi", "qxzq", "jjfz", "gaozhiliangfazhan", "gzlfz", "xczx",
    "szjj", "yshj", "chengzhongcun", "yueganga", "chongdian", "zhongguo",
    "region:荔湾 经济", "year:2024 region:广州 增长", "经济 -疫情",
    "营商环境 改革 -优化", "\"2035 年\" 远景", "gdzctz 增长", "数字经济 -数据 -平台",
    "的", "a", "经",
};

static int record(void *ctx, size_t i, const doc *d, const search_hit *h)
{
    (void)d;
    recs *r = ctx;
    recs_add(r, i, h);
    return r->enough_at && r->n >= r->enough_at;
}

static void keep_doc(void *ctx, const doc *d, const search_hit *h)
{
    (void)d;
    recs_add(ctx, 0, h); /* by_hand sets the document */
}

/* The samples, each COPIES times: docs[i] and folds[i] are those of
 * sample i % nsamples (the same objects). */
typedef struct set {
    doc *docs[MAX_DOCS];
    folded folds[MAX_DOCS];
    size_t n, nsamples;
    search_index *index;
    int asked[MAX_DOCS]; /* folds asked of fold_on_demand */
} set;

static const folded *fold_on_demand(void *ctx, size_t i)
{
    set *s = ctx;
    s->asked[i]++;
    return &s->folds[i];
}

static void add_doc(void *ctx, doc *d)
{
    set *s = ctx;
    if (s->nsamples < MAX_DOCS / COPIES)
        s->docs[s->nsamples++] = d;
    else
        doc_free(d);
}

static corpus_search_in input(set *s, int with_index, const size_t *order,
                              size_t norder)
{
    return (corpus_search_in){s->docs, s->n, order, norder, s->folds, NULL, NULL,
                              with_index ? s->index : NULL, NULL, 0};
}

static corpus_search_result run(const char *q, const corpus_search_in *in,
                                recs *out)
{
    query parsed;
    const char *err;
    CHECK_INT(query_parse(q, &parsed, &err), 0);
    out->n = 0;
    corpus_search_result r = corpus_search(&parsed, in, record, out);
    query_free(&parsed);
    return r;
}

/* search_doc over the documents in order: what both paths must give. */
static void by_hand(const char *q, const set *s, const size_t *order,
                    size_t n, recs *out)
{
    query parsed;
    const char *err;
    CHECK_INT(query_parse(q, &parsed, &err), 0);
    out->n = 0;
    for (size_t e = 0; e < n; e++) {
        size_t i = order[e], from = out->n;
        search_doc(&parsed, s->docs[i], &s->folds[i], keep_doc, out);
        for (size_t k = from; k < out->n; k++)
            out->v[k].doc = i;
    }
    query_free(&parsed);
}

static size_t distinct_docs(const recs *r, size_t n)
{
    size_t d = 0;
    for (size_t i = 0; i < n; i++)
        d += i == 0 || r->v[i].doc != r->v[i - 1].doc;
    return d;
}

/* The index, the scan, the scan folding on demand and search_doc agree. */
static void test_same_hits(set *s)
{
    /* The samples in order, reversed, and each from another copy in a
     * shuffled order. */
    size_t orders[3][MAX_DOCS / COPIES], n = s->nsamples;
    for (size_t i = 0; i < n; i++) {
        orders[0][i] = i;
        orders[1][i] = n - 1 - i;
        orders[2][i] = (i * 3) % n + n * (i % COPIES);
    }
    static recs ix, scan, lazy, hand;
    size_t with_hits = 0;
    for (size_t k = 0; k < sizeof queries / sizeof *queries; k++) {
        const char *q = queries[k];
        for (int o = 0; o < 3; o++) {
            const size_t *order = orders[o];
            corpus_search_in in = input(s, 1, order, n);
            corpus_search_result a = run(q, &in, &ix);
            in = input(s, 0, order, n);
            corpus_search_result b = run(q, &in, &scan);
            in.folds = NULL;
            in.fold = fold_on_demand;
            in.fold_ctx = s;
            corpus_search_result c = run(q, &in, &lazy);
            by_hand(q, s, order, n, &hand);
            if (!CHECK(ix.n == hand.n && recs_same(&ix, &hand, hand.n) &&
                       recs_same(&scan, &hand, hand.n) &&
                       recs_same(&lazy, &hand, hand.n) &&
                       scan.n == hand.n && lazy.n == hand.n))
                printf("  query %s, order %d: index %zu, scan %zu, lazy %zu, "
                       "search_doc %zu hits\n", q, o, ix.n, scan.n, lazy.n, hand.n);
            CHECK(a.status == CORPUS_SEARCH_DONE && b.status == CORPUS_SEARCH_DONE &&
                  c.status == CORPUS_SEARCH_DONE);
            CHECK(a.hits == hand.n && b.hits == hand.n && c.hits == hand.n);
            size_t nd = distinct_docs(&hand, hand.n);
            CHECK(a.docs == nd && b.docs == nd && c.docs == nd);
            with_hits += o == 0 && hand.n > 0;
        }
    }
    /* All but 不存在的词语, qxzq and 固定资产投资 -投资 find something. */
    CHECK_INT(with_hits, sizeof queries / sizeof *queries - 3);
    free(ix.v);
    free(scan.v);
    free(lazy.v);
    free(hand.v);
}

/* Only the documents in the order are folded, each once. */
static void test_lazy_folds(set *s)
{
    memset(s->asked, 0, sizeof s->asked);
    size_t order[] = {3, 1};
    corpus_search_in in = input(s, 0, order, 2);
    in.folds = NULL;
    in.fold = fold_on_demand;
    in.fold_ctx = s;
    recs r = {0};
    corpus_search_result res = run("经济", &in, &r);
    CHECK_INT(res.status, CORPUS_SEARCH_DONE);
    CHECK_INT(res.docs, 2);
    CHECK(r.n > 0 && r.v[0].doc == 3 && r.v[r.n - 1].doc == 1);
    for (size_t i = 0; i < s->n; i++)
        CHECK_INT(s->asked[i], i == 1 || i == 3);
    size_t none[1];
    in = input(s, 1, none, 0);
    res = run("经济", &in, &r);
    CHECK(res.status == CORPUS_SEARCH_DONE && res.hits == 0 && r.n == 0);
    free(r.v);
}

static int stop_calls, stop_at;

static int stop_after(void)
{
    return ++stop_calls >= stop_at;
}

static void test_stop(set *s)
{
    recs all = {0}, r = {0}, scanned = {0};
    for (int with_index = 0; with_index < 2; with_index++) {
        corpus_search_in in = input(s, with_index, NULL, 0);
        run("经济", &in, with_index ? &all : &scanned);
        if (with_index) /* every document in the natural order, both ways */
            CHECK(all.n == scanned.n && recs_same(&all, &scanned, all.n));
        else
            run("经济", &in, &all);
        in.stop = stop_after;
        stop_calls = 0;
        stop_at = 1 << 30; /* never: asked once, before document 32 */
        corpus_search_result res = run("经济", &in, &r);
        CHECK_INT(res.status, CORPUS_SEARCH_DONE);
        CHECK_INT(stop_calls, s->n / 32);
        CHECK(r.n == all.n && recs_same(&r, &all, all.n));
        stop_calls = 0;
        stop_at = 1; /* at the first question: 31 documents searched */
        res = run("经济", &in, &r);
        CHECK_INT(res.status, CORPUS_SEARCH_STOPPED);
        CHECK_INT(stop_calls, 1);
        size_t before = 0;
        while (before < all.n && all.v[before].doc < 31)
            before++;
        CHECK(before > 0 && before < all.n);
        CHECK(r.n == before && recs_same(&r, &all, before));
        CHECK_INT(res.hits, before);
        CHECK_INT(res.docs, 31);
    }
    /* Inside the index's pinyin lookup: nothing delivered. */
    corpus_search_in in = input(s, 1, NULL, 0);
    in.stop = stop_after;
    stop_calls = 0;
    stop_at = 1;
    corpus_search_result res = run("ji", &in, &r);
    CHECK_INT(res.status, CORPUS_SEARCH_STOPPED);
    CHECK_INT(stop_calls, 1);
    CHECK(r.n == 0 && res.hits == 0 && res.docs == 0);
    free(all.v);
    free(r.v);
    free(scanned.v);
}

/* "Enough" from the callback: exactly that many hits, the first ones. */
static void test_enough(set *s)
{
    recs all = {0}, r = {0};
    for (int with_index = 0; with_index < 2; with_index++) {
        corpus_search_in in = input(s, with_index, NULL, 0);
        run("增长", &in, &all);
        CHECK(all.n > 500);
        size_t caps[] = {1, 100, 500};
        for (size_t k = 0; k < 3; k++) {
            r.enough_at = caps[k];
            corpus_search_result res = run("增长", &in, &r);
            CHECK_INT(res.status, CORPUS_SEARCH_ENOUGH);
            CHECK_INT(res.hits, caps[k]);
            CHECK(r.n == caps[k] && recs_same(&r, &all, caps[k]));
            CHECK_INT(res.docs, distinct_docs(&all, caps[k]));
        }
        r.enough_at = all.n; /* the very last hit: still "enough" */
        corpus_search_result res = run("增长", &in, &r);
        CHECK_INT(res.status, CORPUS_SEARCH_ENOUGH);
        CHECK_INT(res.hits, all.n);
        r.enough_at = 0;
    }
    free(all.v);
    free(r.v);
}

/* in.first = f gives the first f hits of the whole search, ended there
 * (ENOUGH) when there are more, through the index or not; for a syllable
 * or two initials over the samples the index's estimate is large enough
 * that the first few come by scanning. */
static void test_first(set *s)
{
    static const char *const qs[] = {"增长", "ji", "jj", "zh", "jingji", "gdzctz",
                                     "yshj", "的", "不存在的词语"};
    static const size_t firsts[] = {1, 7, 200, 100000};
    recs all = {0}, r = {0};
    double bytes = 0;
    for (size_t i = 0; i < s->n; i++)
        bytes += (double)s->folds[i].len;
    double est = (double)index_pinyin_estimate(s->index, "ji", 2) / 2;
    CHECK(est * est > 7 * bytes); /* "ji" with first 1 and 7 is scanned */
    CHECK(index_pinyin_estimate(s->index, "gdzctz", 6) == 0);
    for (size_t k = 0; k < sizeof qs / sizeof *qs; k++)
        for (int with_index = 0; with_index < 2; with_index++) {
            corpus_search_in in = input(s, with_index, NULL, 0);
            run(qs[k], &in, &all);
            for (size_t f = 0; f < sizeof firsts / sizeof *firsts; f++) {
                in.first = firsts[f];
                corpus_search_result res = run(qs[k], &in, &r);
                size_t want = all.n < firsts[f] ? all.n : firsts[f];
                CHECK_INT(res.status, all.n < firsts[f] ? CORPUS_SEARCH_DONE
                                                        : CORPUS_SEARCH_ENOUGH);
                CHECK_INT(res.hits, want);
                if (!CHECK(r.n == want && recs_same(&r, &all, want)))
                    fprintf(stderr, "  %s, first %zu, index %d\n", qs[k], firsts[f],
                            with_index);
                CHECK_INT(res.docs, distinct_docs(&all, want));
            }
        }
    free(all.v);
    free(r.v);
}

int main(int argc, char **argv)
{
    static set s;
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *bytes = slurp(argv[i], &n);
        const char *err;
        CHECK(bytes && pipeline_file(argv[i], bytes, n, add_doc, &s, NULL, &err) == 1);
        free(bytes);
    }
    for (size_t i = 0; i < s.nsamples; i++)
        fold_text(s.docs[i]->clean.bytes, s.docs[i]->clean.len, &s.folds[i]);
    for (s.n = s.nsamples; s.n < s.nsamples * COPIES; s.n++) {
        s.docs[s.n] = s.docs[s.n % s.nsamples];
        s.folds[s.n] = s.folds[s.n % s.nsamples];
    }
    CHECK(s.n > 32);
    s.index = index_build(s.folds, s.n, NULL);
    test_same_hits(&s);
    test_lazy_folds(&s);
    test_stop(&s);
    test_enough(&s);
    test_first(&s);
    index_free(s.index);
    for (size_t i = 0; i < s.nsamples; i++) {
        fold_free(&s.folds[i]);
        doc_free(s.docs[i]);
    }
    return check_done();
}
