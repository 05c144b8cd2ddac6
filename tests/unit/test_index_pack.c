/* test_index_pack.c — model/index_pack: the index of the samples' folded
 * texts packed and read back finds what the built one finds (literal
 * terms of one to six characters, pinyin), the arrays pointing into the
 * record; a record cut short or with its counts or offsets changed is
 * refused; bytes changed anywhere never make a lookup read outside the
 * record or give a posting of no text. */
#include <stdlib.h>

#include "check.h"
#include "fold.h"
#include "index.h"
#include "index_pack.h"
#include "rnd.h"
#include "sample_doc.h"

static void to_sbuf(void *ctx, const void *p, size_t n)
{
    sbuf_add(ctx, p, n);
}

typedef struct counted {
    size_t n, ndocs, nlen;
    size_t bad; /* postings of no text */
    const folded *f;
} counted;

static void count_hit(void *ctx, size_t di, size_t pos)
{
    counted *c = ctx;
    c->n++;
    c->bad += di >= c->ndocs || pos > c->f[di].len;
}

static void count_span(void *ctx, size_t di, size_t pos, size_t len)
{
    count_hit(ctx, di, pos);
    ((counted *)ctx)->nlen += len;
}

static const char *const terms[] = {"经", "经济", "营商环境", "地区生产总值", "高质量发展",
                                    "改革开放", "2023", "ab", "不存在的词语"};
static const char *const pinyin[] = {"dqsczz", "jingji", "yshj"};

/* Every term's count in ix (and its postings of no text). */
static void counts(const search_index *ix, const folded *f, size_t n, size_t *out, size_t *bad)
{
    size_t k = 0;
    *bad = 0;
    for (size_t t = 0; t < sizeof terms / sizeof *terms; t++) {
        counted c = {0, n, 0, 0, f};
        out[k++] = index_find(ix, f, n, terms[t], strlen(terms[t]), count_hit, &c);
        *bad += c.bad;
    }
    for (size_t t = 0; t < sizeof pinyin / sizeof *pinyin; t++) {
        counted c = {0, n, 0, 0, f};
        index_find_pinyin(ix, f, n, pinyin[t], strlen(pinyin[t]), NULL, count_span, &c);
        out[k++] = c.n * 1000 + c.nlen % 1000;
        *bad += c.bad;
    }
}

enum { NCOUNTS = sizeof terms / sizeof *terms + sizeof pinyin / sizeof *pinyin };

int main(int argc, char **argv)
{
    rnd_seed(4242);
    size_t n;
    folded *f = sample_folds(argv + 1, (size_t)argc - 1, &n);
    CHECK_INT(n, argc - 1);
    search_index *ix = index_build(f, n, NULL);
    sbuf rec = {0};
    uint64_t size = index_pack_to(ix, to_sbuf, &rec);
    CHECK_INT(size, rec.len);
    CHECK(size % 8 == 0);
    unsigned char *p = aligned_alloc(8, (rec.len + 8) / 8 * 8);
    memcpy(p, rec.p, rec.len);
    const char *err = NULL;
    search_index *back = index_unpack(p, rec.len, n, &err);
    CHECK(back != NULL && err == NULL);
    CHECK(index_unpack(p, rec.len, n + 1, &err) == NULL); /* of other texts */
    size_t want[NCOUNTS], got[NCOUNTS], bad;
    counts(ix, f, n, want, &bad);
    CHECK(want[1] > 0 && want[2] > 0);
    if (back) {
        counts(back, f, n, got, &bad);
        for (size_t k = 0; k < NCOUNTS; k++)
            CHECK_INT(got[k], want[k]);
        CHECK_INT(bad, 0);
        CHECK_INT(index_bytes(back), index_bytes(ix));
    }
    index_free(back);
    for (int t = 0; t < 200; t++) {
        size_t cut = rnd() % rec.len;
        CHECK(index_unpack(p, cut, n, &err) == NULL && err != NULL);
    }
    /* The head's counts and offsets (its first 80 bytes) changed. */
    size_t refused = 0;
    for (size_t at = 0; at < 80; at++) {
        unsigned char was = p[at];
        p[at] ^= 0x40;
        search_index *x = index_unpack(p, rec.len, n, &err);
        refused += x == NULL;
        if (x) {
            counts(x, f, n, got, &bad);
            CHECK_INT(bad, 0);
        }
        index_free(x);
        p[at] = was;
    }
    CHECK(refused >= 60);
    /* Bytes changed anywhere: refused, or lookups stay inside the record
     * and give postings of these texts only. */
    for (int t = 0; t < 300; t++) {
        size_t at = rnd() % rec.len;
        unsigned char was = p[at];
        p[at] ^= (unsigned char)(1 + rnd() % 255);
        search_index *x = index_unpack(p, rec.len, n, &err);
        if (x) {
            counts(x, f, n, got, &bad);
            CHECK_INT(bad, 0);
        }
        index_free(x);
        p[at] = was;
    }
    free(p);
    sbuf_free(&rec);
    index_free(ix);
    for (size_t i = 0; i < n; i++)
        fold_free(&f[i]);
    free(f);
    return check_done();
}
