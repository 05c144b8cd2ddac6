/* test_index_jobs.c — model/index_build.c on many threads: the index of
 * the samples' folded texts, and of made-up corpora (hundreds of texts,
 * many empty, so that a stream's documents lie far apart and a piece's
 * first posting codes a long document step), packed, is byte for byte the
 * one-thread index for every thread count from 1 to INDEX_MAX_JOBS and
 * beyond; a raised flag stops every thread (no index). Pinyin queries
 * split over threads (index_set_jobs) give the one-thread matches, in
 * the same order; a stop asked on the first thread (while it works, then
 * while the others do) stops them all, never giving part of the matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fold.h"
#include "index.h"
#include "index_pack.h"
#include "arena.h"
#include "rnd.h"
#include "sample_doc.h"

static void to_sbuf(void *ctx, const void *p, size_t n)
{
    sbuf_add(ctx, p, n);
}

/* ix packed into *out (emptied first); frees ix. */
static void packed(search_index *ix, sbuf *out)
{
    out->len = 0;
    if (CHECK(ix != NULL))
        index_pack_to(ix, to_sbuf, out);
    index_free(ix);
}

/* Every thread count gives the one-thread record of f[0..n). */
static void same_on_all_threads(const folded *f, size_t n)
{
    sbuf one = {0}, many = {0};
    packed(index_build(f, n, NULL), &one);
    CHECK(one.len > 0);
    static const int jobs[] = {0, 1, 2, 3, 4, 5, 7, 8, 13, 16, 31, 64, 65, 1000};
    for (size_t j = 0; j < sizeof jobs / sizeof *jobs; j++) {
        packed(index_build_jobs(f, n, jobs[j], NULL), &many);
        if (!CHECK(many.len == one.len && memcmp(many.p, one.p, one.len) == 0))
            fprintf(stderr, "  %zu texts, %d threads\n", n, jobs[j]);
    }
    sbuf_free(&one);
    sbuf_free(&many);
}

/* n made-up texts: a third empty, the rest a few hundred characters from
 * a small alphabet (Han, ASCII, newlines), so bigrams recur across texts. */
static folded *made_up(size_t n)
{
    static const char *const bits[] = {"经", "济", "发", "展", "a", "b", "1", "\n", "。"};
    folded *f = xcalloc(n + 1, sizeof *f);
    sbuf s = {0};
    for (size_t d = 0; d < n; d++) {
        s.len = 0;
        size_t chars = rnd() % 3 == 0 ? 0 : rnd() % 400;
        for (size_t c = 0; c < chars; c++) {
            const char *b = bits[rnd() % (sizeof bits / sizeof *bits)];
            sbuf_add(&s, b, strlen(b));
        }
        fold_text(s.p ? s.p : "", s.len, &f[d]);
    }
    sbuf_free(&s);
    return f;
}

static void folds_free(folded *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fold_free(&f[i]);
    free(f);
}

/* Every match of a pinyin query, as (place, length) pairs in order. */
typedef struct spans {
    size_t *v;
    size_t n, cap;
} spans;

static void add_span(void *ctx, size_t di, size_t pos, size_t len)
{
    spans *s = ctx;
    size_t cap = s->cap;
    s->v = xgrow(s->v, &cap, s->n + 2, sizeof *s->v);
    s->cap = cap;
    s->v[s->n++] = di << 32 | pos;
    s->v[s->n++] = len;
}

static int stop_now(void)
{
    return 1;
}

static void same_pinyin_on_all_threads(const folded *f, size_t n)
{
    static const char *const qs[] = {"ji", "jj", "jingji", "yshj", "dqsczz", "gdzctz",
                                     "dqsc总值", "gaozhiliangfazhan", "zz"};
    search_index *ix = index_build(f, n, NULL);
    for (size_t k = 0; k < sizeof qs / sizeof *qs; k++) {
        spans one = {0}, many = {0};
        index_set_jobs(ix, 1);
        size_t hits = index_find_pinyin(ix, f, n, qs[k], strlen(qs[k]), NULL, add_span, &one);
        CHECK(hits * 2 == one.n);
        for (int jobs = 2; jobs <= 9; jobs += 7) {
            many.n = 0;
            index_set_jobs(ix, jobs);
            CHECK_INT(index_find_pinyin(ix, f, n, qs[k], strlen(qs[k]), NULL, add_span, &many),
                      hits);
            if (!CHECK(many.n == one.n &&
                       (!one.n || memcmp(many.v, one.v, one.n * sizeof *one.v) == 0)))
                fprintf(stderr, "  %s on %d threads\n", qs[k], jobs);
            /* stopped, or done before it was asked: never a part */
            size_t got = index_find_pinyin(ix, f, n, qs[k], strlen(qs[k]), stop_now,
                                           add_span, &many);
            CHECK(got == SIZE_MAX || got == hits);
        }
        free(one.v);
        free(many.v);
    }
    index_free(ix);
}

int main(int argc, char **argv)
{
    rnd_seed(1717);
    size_t n;
    folded *f = sample_folds(argv + 1, (size_t)argc - 1, &n);
    CHECK_INT(n, argc - 1);
    same_on_all_threads(f, n);
    /* The samples each three times over, in turn: every stream spread
     * over runs. */
    folded *thrice = xcalloc(3 * n + 1, sizeof *thrice);
    for (size_t i = 0; i < 3 * n; i++)
        thrice[i] = f[i % n];
    same_on_all_threads(thrice, 3 * n);
    same_pinyin_on_all_threads(thrice, 3 * n);
    free(thrice);

    static const size_t sizes[] = {1, 2, 3, 70, 300, 2000};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        folded *m = made_up(sizes[k]);
        same_on_all_threads(m, sizes[k]);
        folds_free(m, sizes[k]);
    }

    cancel_flag up = 1;
    for (int jobs = 1; jobs <= 8; jobs++)
        CHECK(index_build_jobs(f, n, jobs, &up) == NULL);
    folds_free(f, n);
    return check_done();
}
