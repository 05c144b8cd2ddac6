/* test_index.c — the bigram index against brute force: for thousands of
 * queries cut from the five samples' folded text (1 to 6 characters, so
 * the one-character scan is exercised too), the index finds exactly the
 * positions a memmem scan finds, in order; for pinyin queries spelt from
 * runs of the samples' Han characters (full readings, initials, a mix
 * with Han, a last syllable half typed, second readings, one syllable),
 * exactly the matches pinyin_find finds at every character. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "index.h"
#include "pinyin.h"
#include "unitab.h"
#include "pipeline.h"
#include "utf8.h"
#include "slurp.h"

enum { NDOCS = 5, MAX_HITS = 100000 };

typedef struct hits {
    size_t doc[MAX_HITS], pos[MAX_HITS], len[MAX_HITS];
    size_t n;
} hits;

static void add_span(void *ctx, size_t di, size_t pos, size_t len)
{
    hits *h = ctx;
    if (h->n < MAX_HITS) {
        h->doc[h->n] = di;
        h->pos[h->n] = pos;
        h->len[h->n++] = len;
    }
}

typedef struct in_doc {
    hits *h;
    size_t doc;
} in_doc;

static void add_found(void *ctx, size_t pos, size_t len)
{
    in_doc *c = ctx;
    add_span(c->h, c->doc, pos, len);
}

static int same_hits(const hits *a, const hits *b)
{
    return a->n == b->n && !memcmp(a->doc, b->doc, a->n * sizeof *a->doc) &&
           !memcmp(a->pos, b->pos, a->n * sizeof *a->pos);
}

static void add(void *ctx, size_t di, size_t pos)
{
    hits *h = ctx;
    if (h->n < MAX_HITS) {
        h->doc[h->n] = di;
        h->pos[h->n++] = pos;
    }
}

static void brute(const folded *f, size_t n, const char *t, size_t tn, hits *h)
{
    h->n = 0;
    for (size_t d = 0; d < n; d++)
        for (const char *p = f[d].s;
             (p = memmem(p, f[d].len - (size_t)(p - f[d].s), t, tn)); p++)
            add(h, d, (size_t)(p - f[d].s));
}

/* Reading number which (0: the first) of Han cp, toneless, into out. */
static size_t reading(uint32_t cp, int which, char *out)
{
    const char *r = unitab_pinyin_toneless(cp);
    for (; r && which > 0; which--)
        r = strchr(r, ' ') ? strchr(r, ' ') + 1 : NULL;
    if (!r)
        return 0;
    size_t n = strcspn(r, " ");
    memcpy(out, r, n);
    return n;
}

/* The ways a query spells chars Han characters cp[0..chars). */
enum { FULL, INITIALS, MIXED, HALF_TYPED, SECOND, SPELLINGS };

static size_t spell(const uint32_t *cp, int chars, int how, char *q)
{
    size_t n = 0;
    for (int c = 0; c < chars; c++) {
        char r[16];
        size_t rn = reading(cp[c], how == SECOND && c == 0, r);
        if (!rn)
            return 0;
        int last = c == chars - 1;
        if (how == MIXED && last && c >= 2)
            n += utf8_encode(cp[c], q + n);
        else if (how == INITIALS || (how == MIXED && !last))
            q[n++] = r[0];
        else if (how == HALF_TYPED && last && rn > 2)
            n += (memcpy(q + n, r, 2), 2);
        else
            n += (memcpy(q + n, r, rn), rn);
    }
    return n;
}

/* Pinyin queries from runs of 1–4 Han characters of the samples, every
 * way of spelling them: the index against pinyin_find on each text. */
static size_t pinyin_queries(const search_index *ix, const folded *f, size_t nf)
{
    static hits want, got;
    size_t queries = 0;
    for (size_t i = 0; i < nf; i++)
        for (size_t at = 0; at < f[i].len; at += 2999) {
            while (at < f[i].len && ((unsigned char)f[i].s[at] & 0xC0) == 0x80)
                at++;
            uint32_t cp[4];
            int chars = 0;
            for (size_t e = at; chars < 4 && e < f[i].len; chars++) {
                e += utf8_decode(f[i].s + e, f[i].len - e, &cp[chars]);
                if (!unitab_pinyin_toneless(cp[chars]))
                    break;
            }
            for (int c = 1; c <= chars; c++)
                for (int how = 0; how < SPELLINGS; how++) {
                    char q[64];
                    size_t qn = spell(cp, c, how, q);
                    if (!qn || !pinyin_query(q, qn))
                        continue;
                    want.n = got.n = 0;
                    for (size_t d = 0; d < nf; d++) {
                        in_doc ctx = {&want, d};
                        pinyin_find(f[d].s, f[d].len, q, qn, add_found, &ctx);
                    }
                    size_t n = index_find_pinyin(ix, f, nf, q, qn, NULL, add_span, &got);
                    int same = n == got.n && same_hits(&got, &want) &&
                               !memcmp(got.len, want.len, got.n * sizeof *got.len);
                    if (!same)
                        printf("pinyin differs: %.*s (index %zu, scan %zu)\n",
                               (int)qn, q, got.n, want.n);
                    CHECK(same);
                    queries++;
                }
        }
    return queries;
}

/* Texts without a bigram (no documents; one-character lines): the index
 * holds no key (its table was a NULL array: qsort(NULL, 0) was UB) and
 * still finds what brute force finds. */
static void test_no_bigrams(void)
{
    static hits want, got;
    search_index *none = index_build(NULL, 0, NULL);
    CHECK(none != NULL);
    got.n = 0;
    CHECK_INT(index_find(none, NULL, 0, "a", 1, add, &got), 0);
    CHECK_INT(index_find_pinyin(none, NULL, 0, "jj", 2, NULL, add_span, &got), 0);
    CHECK_INT(got.n, 0);
    index_free(none);
    folded f[2];
    fold_text("a\nb\n", 4, &f[0]);
    fold_text("经\n", 4, &f[1]);
    search_index *ix = index_build(f, 2, NULL);
    const char *terms[] = {"a", "b", "经", "ab"};
    for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
        brute(f, 2, terms[i], strlen(terms[i]), &want);
        got.n = 0;
        index_find(ix, f, 2, terms[i], strlen(terms[i]), add, &got);
        CHECK(same_hits(&got, &want));
    }
    got.n = 0;
    CHECK_INT(index_find_pinyin(ix, f, 2, "jing", 4, NULL, add_span, &got), 1);
    index_free(ix);
    fold_free(&f[0]);
    fold_free(&f[1]);
}

int main(int argc, char **argv)
{
    static const char *const names[NDOCS] = {
        "000_5fb319a1fb0eca91.txt", "001_2cdd38cdf6c8a87a.txt",
        "002_f7d3045b65ec1e49.txt", "003_af7b2255ab1e9056.txt",
        "004_6a50484e68e916d5.txt"};
    if (argc != 2) {
        fprintf(stderr, "usage: %s DATA_DIR\n", argv[0]);
        return 2;
    }
    folded f[NDOCS];
    for (int i = 0; i < NDOCS; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
        size_t n;
        char *bytes = slurp(path, &n);
        CHECK(bytes != NULL);
        doc *d = doc_new(path, path);
        pipeline_text(d, bytes ? bytes : "", bytes ? n : 0, 1, NULL);
        fold_text(d->clean.bytes, d->clean.len, &f[i]);
        doc_free(d);
        free(bytes);
    }
    test_no_bigrams();
    search_index *ix = index_build(f, NDOCS, NULL);
    size_t bytes = 0;
    for (int i = 0; i < NDOCS; i++)
        bytes += f[i].len;
    printf("index: %zu bytes for %zu bytes of folded text (%.2fx)\n",
           index_bytes(ix), bytes, (double)index_bytes(ix) / (double)bytes);
    static hits want, got;
    size_t queries = 0;
    for (int i = 0; i < NDOCS; i++) {
        for (size_t at = 0; at < f[i].len; at += 211) {
            while (at < f[i].len && ((unsigned char)f[i].s[at] & 0xC0) == 0x80)
                at++; /* start on a character */
            for (int chars = 1; chars <= 6; chars++) {
                size_t end = at;
                for (int c = 0; c < chars && end < f[i].len; c++) {
                    uint32_t cp;
                    end += utf8_decode(f[i].s + end, f[i].len - end, &cp);
                }
                if (end == at || memchr(f[i].s + at, '\n', end - at))
                    continue;
                brute(f, NDOCS, f[i].s + at, end - at, &want);
                got.n = 0;
                size_t n = index_find(ix, f, NDOCS, f[i].s + at, end - at, add, &got);
                int same = n == got.n && same_hits(&got, &want);
                if (!same)
                    printf("differs: %.*s (index %zu, brute force %zu)\n",
                           (int)(end - at), f[i].s + at, got.n, want.n);
                CHECK(same);
                queries++;
            }
        }
    }
    printf("%zu queries compared\n", queries);
    CHECK(queries > 1000);
    size_t pq = pinyin_queries(ix, f, NDOCS);
    printf("%zu pinyin queries compared\n", pq);
    CHECK(pq > 1000);
    index_free(ix);
    for (int i = 0; i < NDOCS; i++)
        fold_free(&f[i]);
    return check_done();
}
