/* test_corpus.c — unit tests of model/corpus: near-duplicates of synthetic
 * reports across cut, reordered, traditional and full-width copies;
 * unrelated and tiny documents never pair, even among many; one primary
 * per cluster, also among hundreds of exact copies; pairing fed documents
 * one at a time, each freed at once, finds what pairing a corpus finds,
 * to the last bit of each similarity. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "pipeline.h"
#include "unitab.h"
#include "utf8.h"

enum { NPARAS = 40 };

static const char POOL[] = "经济发展国区计划报告会议项目投资产业创新城市建设环境质量民生服务"
                           "教育医疗文化旅游交通设施改革开放营商企业科技人才就业收入财政";

/* 60 characters of paragraph i of report `seed`, each the nth of
 * POOL's, or U+20000 + n (outside the BMP) when wide is set. */
static void paragraph_of(sbuf *b, unsigned seed, unsigned i, int wide)
{
    uint32_t x = seed * 2654435761u + i * 40503u + 1;
    size_t nchars = (sizeof POOL - 1) / 3;
    for (int k = 0; k < 60; k++) {
        x = x * 1103515245u + 12345u;
        size_t n = (x >> 16) % nchars;
        if (wide)
            sbuf_addcp(b, 0x20000 + (uint32_t)n);
        else
            sbuf_add(b, POOL + 3 * n, 3);
    }
    sbuf_adds(b, "。\n\n");
}

/* Paragraph i of report `seed`: 60 characters drawn from POOL. */
static void paragraph(sbuf *b, unsigned seed, unsigned i)
{
    paragraph_of(b, seed, i, 0);
}

/* The paragraphs of report seed in the given order. */
static doc *report(unsigned seed, const unsigned *order, size_t n, const char *name)
{
    sbuf b = {0};
    for (size_t i = 0; i < n; i++)
        paragraph(&b, seed, order[i]);
    doc *d = doc_new(name, name);
    pipeline_text(d, b.p, b.len, 1, NULL);
    sbuf_free(&b);
    return d;
}

static doc *whole(unsigned seed, const char *name)
{
    unsigned order[NPARAS];
    for (unsigned i = 0; i < NPARAS; i++)
        order[i] = i;
    return report(seed, order, NPARAS, name);
}

/* Report seed with every code point mapped by fn (s2t, fullwidth). */
static doc *mapped(unsigned seed, uint32_t (*fn)(uint32_t), const char *name)
{
    sbuf b = {0}, out = {0};
    for (unsigned i = 0; i < NPARAS; i++)
        paragraph(&b, seed, i);
    for (size_t i = 0; i < b.len;) {
        uint32_t cp;
        i += utf8_decode(b.p + i, b.len - i, &cp);
        sbuf_addcp(&out, fn(cp));
    }
    doc *d = doc_new(name, name);
    pipeline_text(d, out.p, out.len, 1, NULL);
    sbuf_free(&b);
    sbuf_free(&out);
    return d;
}

static void test_copies_pair(void)
{
    corpus c;
    corpus_init(&c);
    corpus_add(&c, whole(1, "a"));
    unsigned cut[NPARAS];
    size_t n = 0;
    for (unsigned i = NPARAS; i-- > 0;) /* reversed, every third cut */
        if (i % 3 != 1)
            cut[n++] = i;
    corpus_add(&c, report(1, cut, n, "a-cut"));
    corpus_add(&c, mapped(1, unitab_s2t, "a-traditional"));
    corpus_add(&c, whole(2, "b"));
    corpus_add(&c, mapped(2, unitab_fullwidth, "b-fullwidth"));
    corpus_add(&c, whole(3, "unrelated"));
    corpus_find_duplicates(&c, NULL);
    CHECK_INT(c.duplicate_of[0], -1);
    CHECK_INT(c.duplicate_of[1], 0);
    CHECK_INT(c.duplicate_of[2], 0);
    CHECK_INT(c.duplicate_of[3], -1);
    CHECK_INT(c.duplicate_of[4], 3);
    CHECK_INT(c.duplicate_of[5], -1);
    CHECK(c.similarity[1] >= 0.9 && c.similarity[1] <= 1.0);
    CHECK(c.similarity[2] >= 0.99);
    CHECK(c.similarity[0] == 0);
    corpus_free(&c);
}

/* Three copies: the first loaded is the primary of equals. */
static void test_one_primary(void)
{
    corpus c;
    corpus_init(&c);
    corpus_add(&c, whole(4, "x"));
    corpus_add(&c, whole(4, "y"));
    corpus_add(&c, whole(4, "z"));
    corpus_find_duplicates(&c, NULL);
    CHECK_INT(c.duplicate_of[0], -1);
    CHECK_INT(c.duplicate_of[1], 0);
    CHECK_INT(c.duplicate_of[2], 0);
    corpus_free(&c);
}

/* An empty corpus, and two copies of a text too short to judge (under
 * 50 shingles): nothing to pair. */
static void test_small(void)
{
    corpus c;
    corpus_init(&c);
    corpus_find_duplicates(&c, NULL);
    CHECK_INT(c.n, 0);
    static const char tiny[] = "2023年政府工作报告\n\n各位代表：现在，我代表区人民政府向大会报告工作。\n";
    for (int k = 0; k < 2; k++) {
        doc *d = doc_new("tiny", "tiny");
        pipeline_text(d, tiny, strlen(tiny), 1, NULL);
        corpus_add(&c, d);
    }
    corpus_find_duplicates(&c, NULL);
    CHECK_INT(c.duplicate_of[1], -1);
    corpus_free(&c);
}

/* Only documents big enough to judge are paired, and the result comes
 * back to the right indices: a copy of a report after a thousand tiny
 * documents (which get no signature) points to the report before them,
 * the tiny ones to nothing, equal as they are. */
static void test_tiny_between(void)
{
    corpus c;
    corpus_init(&c);
    corpus_add(&c, whole(5, "first"));
    static const char tiny[] = "增长4.8%。\n";
    for (int k = 0; k < 1000; k++) {
        doc *d = doc_new("tiny", "tiny");
        pipeline_text(d, tiny, strlen(tiny), 1, NULL);
        corpus_add(&c, d);
    }
    corpus_add(&c, whole(6, "other"));
    corpus_add(&c, whole(5, "copy"));
    corpus_find_duplicates(&c, NULL);
    size_t paired = 0;
    for (size_t i = 1; i <= 1000; i++)
        paired += c.duplicate_of[i] != -1;
    CHECK_INT(paired, 0);
    CHECK_INT(c.duplicate_of[0], -1);
    CHECK_INT(c.duplicate_of[1001], -1);
    CHECK_INT(c.duplicate_of[1002], 0);
    CHECK(c.similarity[1002] >= 0.99);
    corpus_free(&c);
}

/* Many exact copies (joined before the pair loop, which then sees one of
 * each) with a cut copy among them: each report's copies and its cut copy
 * point to one primary, the two reports' clusters stay apart. */
static void test_many_copies(void)
{
    corpus c;
    corpus_init(&c);
    unsigned cut[NPARAS - 6];
    for (unsigned i = 0; i < NPARAS - 6; i++)
        cut[i] = i + 3;
    for (int k = 0; k < 300; k++) {
        corpus_add(&c, whole(7, "seven"));
        corpus_add(&c, whole(8, "eight"));
        if (k == 150)
            corpus_add(&c, report(7, cut, NPARAS - 6, "seven, cut"));
    }
    CHECK_INT(corpus_find_duplicates(&c, NULL), 0);
    int p7 = -1, p8 = -1, wrong = 0;
    for (size_t i = 0; i < c.n; i++) {
        int seven = strncmp(c.docs[i]->name, "seven", 5) == 0;
        int d = c.duplicate_of[i] < 0 ? (int)i : c.duplicate_of[i];
        int *p = seven ? &p7 : &p8;
        if (*p < 0)
            *p = d;
        wrong += d != *p || c.duplicate_of[d] != -1;
    }
    CHECK_INT(wrong, 0);
    CHECK(p7 >= 0 && p8 >= 0 && p7 != p8);
    CHECK(strcmp(c.docs[p7]->name, "seven") == 0); /* the whole one leads */
    corpus_free(&c);
}

/* Document k of the set below (k < NMIXED): copies, cut, mapped and
 * unrelated reports (like test_copies_pair's), and reports whose every
 * eighth paragraph (from 1 on) or ninth (from 2 on) comes from another
 * seed, in BMP characters or beyond it, with lines of one character (no
 * shingle) and of three (one) between paragraphs: pairs whose exact
 * similarity is below 1; then copies of two of them (which share their
 * kept text). */
enum { NMIXED = 14 };
static doc *mixed(int k)
{
    if (k >= 12)
        return mixed(k == 12 ? 0 : 10);
    if (k < 6) {
        unsigned cut[NPARAS];
        size_t n = 0;
        for (unsigned i = 0; i < NPARAS; i += 1 + (i % 3 == 1))
            cut[n++] = i;
        switch (k) {
        case 0: return whole(1, "a");
        case 1: return report(1, cut, n, "a-cut");
        case 2: return mapped(1, unitab_s2t, "a-traditional");
        case 3: return whole(2, "b");
        case 4: return mapped(2, unitab_fullwidth, "b-fullwidth");
        default: return whole(3, "unrelated");
        }
    }
    int wide = k >= 9, variant = (k - 6) % 3;
    sbuf b = {0};
    for (unsigned i = 0; i < NPARAS; i++) {
        int other = (variant == 1 && i % 8 == 1) || (variant == 2 && i % 9 == 2);
        paragraph_of(&b, other ? 11u : 10u, i, wide);
        sbuf_adds(&b, i % 2 ? "一\n\n" : "二三四\n\n");
    }
    doc *d = doc_new("mixed", "mixed");
    pipeline_text(d, b.p, b.len, 1, NULL);
    sbuf_free(&b);
    return d;
}

static void test_one_at_a_time(void)
{
    corpus c;
    corpus_init(&c);
    for (int k = 0; k < NMIXED; k++)
        corpus_add(&c, mixed(k));
    corpus_find_duplicates(&c, NULL);
    corpus_pairs *p = corpus_pairs_new(NULL);
    int kept = 0;
    for (int k = 0; k < NMIXED; k++) {
        doc *d = mixed(k);
        kept += corpus_pairs_add(p, d, 10 * (size_t)k + 3, CORPUS_PAIRS_COPY);
        doc_free(d);
    }
    CHECK_INT(kept, NMIXED);
    corpus_pairs_find(p);
    int same = 1, below_one = 0;
    for (int k = 0; k < NMIXED; k++) {
        size_t of = 0;
        double sim = -1;
        int is = corpus_pairs_of(p, 10 * (size_t)k + 3, &of, &sim);
        same &= is == (c.duplicate_of[k] >= 0) && sim == c.similarity[k];
        same &= !is || of == 10 * (size_t)c.duplicate_of[k] + 3;
        below_one += is && sim < 1;
    }
    CHECK(same);
    CHECK(below_one >= 4); /* the other-seed variants, BMP and beyond */
    CHECK_INT(c.duplicate_of[7], 6);
    CHECK_INT(c.duplicate_of[11], 9);
    size_t of;
    double sim;
    CHECK(!corpus_pairs_of(p, 4, &of, &sim) && sim == 0); /* not a key */
    corpus_pairs_free(p);
    corpus_free(&c);
}

/* A document too small to pair is not kept. */
static void test_small_one_at_a_time(void)
{
    corpus_pairs *p = corpus_pairs_new(NULL);
    static const char tiny[] = "增长4.8%。\n";
    doc *d = doc_new("tiny", "tiny");
    pipeline_text(d, tiny, strlen(tiny), 1, NULL);
    CHECK_INT(corpus_pairs_add(p, d, 0, CORPUS_PAIRS_COPY), 0);
    CHECK_INT(corpus_pairs_add(p, d, 1, CORPUS_PAIRS_BORROW), 0);
    doc_free(d);
    corpus_pairs_find(p);
    size_t of;
    double sim;
    CHECK(!corpus_pairs_of(p, 0, &of, &sim));
    corpus_pairs_free(p);
}

int main(void)
{
    test_many_copies();
    test_copies_pair();
    test_one_primary();
    test_small();
    test_tiny_between();
    test_one_at_a_time();
    test_small_one_at_a_time();
    return check_done();
}
