/* textdiff_bench.c — what the text diff costs (./run bench): textdiff_run
 * with the word boundaries it asks for (wordbreak_find, timed apart),
 * best of 3, for sample 003 (130 KB) against a copy with 60 random edits,
 * two 2 MB texts (the samples repeated) one with 400 random edits, and two
 * 2 MB unrelated texts (the budget's fallback). Whole texts: the section
 * alignment (model/compare.h) is not on this branch to diff pair by pair.
 * Prints one line per case: name, bytes, ms (of it words), hunks, level. Args: 003's path, then the other samples. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/edits.h"
#include "../unit/slurp.h"
#include "rerun.h"
#include "textdiff.h"
#include "wordbreak.h"

static const char *const level_names[] = {"chars", "lines", "whole"};

/* Seconds spent finding words in the run being timed. */
static double words_time;

static void timed_words(const char *s, size_t n, word_bounds *out)
{
    double t0 = bench_now();
    wordbreak_find(s, n, out);
    words_time += bench_now() - t0;
}

/* Times the diff of a against b, best of 3, and prints it. */
static void run(const char *name, const char *a, size_t an, const char *b,
                size_t bn)
{
    double best = 1e9, best_w = 0;
    size_t nhunks = 0;
    int level = 0;
    for (int r = 0; r < 3; r++) {
        textdiff d;
        words_time = 0;
        double t0 = bench_now();
        textdiff_run(a, an, b, bn, timed_words, 0, &d);
        double t = bench_now() - t0;
        if (t < best) {
            best = t;
            best_w = words_time;
        }
        nhunks = d.nhunks;
        level = (int)d.level;
        textdiff_free(&d);
    }
    printf("%s %zu/%zu bytes: %.1f ms (words %.1f ms of it), %zu hunks, "
           "level %s\n", name, an, bn, best * 1e3, best_w * 1e3, nhunks,
           level_names[level]);
}

/* a with n random edits (seeded) into out. */
static void edited(const char *a, size_t an, const edit_pool *p, int n,
                   sbuf *out)
{
    sbuf_add(out, a, an);
    rnd_seed(20240311);
    for (int k = 0; k < n; k++) {
        size_t unused;
        edit_once(p, out, &unused);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: textdiff_bench 003.txt SAMPLE...\n");
        return 2;
    }
    size_t n003;
    char *s003 = slurp(argv[1], &n003);
    if (!s003) {
        fprintf(stderr, "textdiff_bench: cannot read %s\n", argv[1]);
        return 1;
    }
    edit_pool pool;
    edit_pool_init(&pool, s003, n003);
    sbuf e = {0};
    edited(s003, n003, &pool, 60, &e);
    run("003 vs 60 edits", s003, n003, e.p, e.len);
    sbuf_free(&e);

    sbuf all = {0}, other = {0};
    while (all.len < (2u << 20))
        for (int i = 1; i < argc; i++) {
            size_t n;
            char *s = slurp(argv[i], &n);
            if (s)
                sbuf_add(i == 1 || i % 2 ? &all : &other, s, n);
            free(s);
        }
    edited(all.p, all.len, &pool, 400, &e);
    run("2 MB vs 400 edits", all.p, all.len, e.p, e.len);
    while (other.len < all.len)
        sbuf_add(&other, other.p, other.len < all.len - other.len
                                       ? other.len : all.len - other.len);
    run("2 MB unrelated", all.p, all.len, other.p, other.len);
    sbuf_free(&e);
    sbuf_free(&all);
    sbuf_free(&other);
    edit_pool_free(&pool);
    free(s003);
    return 0;
}
