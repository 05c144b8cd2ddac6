/* test_index.c — the bigram index against brute force: for hundreds of
 * queries cut from the five samples' folded text (1 to 6 characters, so
 * the one-character scan and hash collisions are exercised too), the
 * index finds exactly the positions a memmem scan finds, in order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "index.h"
#include "pipeline.h"
#include "utf8.h"
#include "slurp.h"

enum { NDOCS = 5, MAX_HITS = 100000 };

typedef struct hits {
    size_t doc[MAX_HITS], pos[MAX_HITS];
    size_t n;
} hits;

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
        pipeline_text(d, bytes ? bytes : "", bytes ? n : 0, 1);
        fold_text(d->clean.bytes, d->clean.len, &f[i]);
        doc_free(d);
        free(bytes);
    }
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
                int same = n == got.n && got.n == want.n &&
                           !memcmp(got.doc, want.doc, got.n * sizeof *got.doc) &&
                           !memcmp(got.pos, want.pos, got.n * sizeof *got.pos);
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
    index_free(ix);
    for (int i = 0; i < NDOCS; i++)
        fold_free(&f[i]);
    return check_done();
}
