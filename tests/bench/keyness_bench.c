/* keyness_bench.c — what the phrases new and dropped between two reports
 * cost (./run bench; model/keyness.h, issue 16: target ≤ 100 ms for two
 * 130 KB reports): 003 (130 KB) against 004 (the same plan, another
 * file), against itself (nothing to list) and against itself shifted
 * (every Han character moved on one code point: no phrase in common, the
 * most candidates); keyness_find with ICU's words (wordbreak_find), the
 * texts folded beforehand as compare --terms has them, and folded in the
 * call as the Compare view may. The median of RUNS runs of each. Prints
 * one line a pair, "keyness NAME: N KB and N KB, N terms: N ms median
 * (folded in the call N ms; target 100 ms)". Args: 003 004. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keyness.h"
#include "rerun.h"
#include "utf8.h"
#include "wordbreak.h"
#include "../unit/sample_doc.h"

enum { RUNS = 15, K = 30 };

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median of RUNS runs of keyness_find of a against b, in ms; the
 * texts folded (fa, fb) or NULL; the terms found into *nterms. */
static double median_ms(const text *a, const folded *fa, const text *b,
                        const folded *fb, size_t *nterms)
{
    double t[RUNS];
    for (int r = 0; r < RUNS; r++) {
        keyness k;
        keyness_text ta = {a, fa}, tb = {b, fb};
        double t0 = bench_now();
        keyness_find(&ta, &tb, wordbreak_find, K, &k);
        t[r] = (bench_now() - t0) * 1e3;
        *nterms = k.nterms;
        keyness_free(&k);
    }
    qsort(t, RUNS, sizeof *t, by_value);
    return t[RUNS / 2];
}

static void pair(const char *name, const text *a, const text *b)
{
    folded fa, fb;
    fold_text(a->bytes, a->len, &fa);
    fold_text(b->bytes, b->len, &fb);
    size_t n;
    double given = median_ms(a, &fa, b, &fb, &n);
    double inside = median_ms(a, NULL, b, NULL, &n);
    printf("keyness %s: %zu KB and %zu KB, %zu terms: %.1f ms median (folded in the "
           "call %.1f ms; target 100 ms)\n",
           name, a->len / 1024, b->len / 1024, n, given, inside);
    fold_free(&fa);
    fold_free(&fb);
}

/* t's text with every Han character one code point on, as a text. */
static text shifted(const text *t, arena *m)
{
    sbuf s = {0};
    for (size_t i = 0; i < t->len;) {
        uint32_t cp;
        i += utf8_decode(t->bytes + i, t->len - i, &cp);
        char u[4];
        sbuf_add(&s, u, utf8_encode(cp >= 0x4E00 && cp < 0x9FA5 ? cp + 1 : cp, u));
    }
    text out = text_from_bytes(s.p, s.len, m);
    sbuf_free(&s);
    return out;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: keyness_bench 003.txt 004.txt\n");
        return 2;
    }
    doc *a = sample_doc(argv[1]), *b = sample_doc(argv[2]);
    if (!a || !b) {
        fprintf(stderr, "keyness_bench: cannot read %s\n", a ? argv[2] : argv[1]);
        doc_free(a);
        doc_free(b);
        return 1;
    }
    arena m;
    arena_init(&m);
    text s = shifted(&a->clean, &m);
    pair("003 004", &a->clean, &b->clean);
    pair("003 itself", &a->clean, &a->clean);
    pair("003 shifted", &a->clean, &s);
    arena_free(&m);
    doc_free(a);
    doc_free(b);
    return 0;
}
