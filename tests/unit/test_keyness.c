/* test_keyness.c — the phrases new and dropped between two reports
 * (model/keyness.h): synthetic pairs cut into words by a small lexicon
 * (terms only in B with their exact counts, a term in both never listed,
 * no stop word at an edge, no run across punctuation, a line end or a
 * number, subsumed n-grams dropped, the top-k bound, empty texts), then
 * the real word break (ICU) on two samples, every term counted again
 * independently, and a traditional copy against its original.
 * Arguments: the samples 000 and 002. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "keyness.h"
#include "sample_doc.h"
#include "strs.h"
#include "unitab.h"
#include "utf8.h"
#include "wordbreak.h"

/* The test's dictionary: the longest of these at each place is a word,
 * else one character. */
static const char *const lexicon[] = {
    "新质", "生产力", "高质量", "发展", "推进", "经济", "稳定", "增长",
    "低空", "人工智能", "乡村", "振兴", "数字", "民生", "就业", "城乡",
    "居民", "收入", "改革", "开放",
};

static void lex_words(const char *s, size_t n, word_bounds *out)
{
    out->at = malloc((n + 1) * sizeof *out->at);
    out->number = calloc(n + 1, 1);
    out->n = 0;
    for (size_t i = 0; i < n;) {
        out->at[out->n++] = (uint32_t)i;
        size_t best = 0;
        for (size_t k = 0; k < sizeof lexicon / sizeof *lexicon; k++) {
            size_t len = strlen(lexicon[k]);
            if (len > best && len <= n - i && !memcmp(s + i, lexicon[k], len))
                best = len;
        }
        if (!best) {
            uint32_t cp;
            best = utf8_decode(s + i, n - i, &cp);
            out->number[out->n - 1] = cp >= '0' && cp <= '9';
        }
        i += best;
    }
    out->at[out->n++] = (uint32_t)n;
}

/* A text of s's lines (s ends in '\n'), times copies. */
static text make_text(arena *a, const char *s, int times)
{
    sbuf b = {0};
    for (int i = 0; i < times; i++)
        sbuf_adds(&b, s);
    text t = text_from_bytes(b.p ? b.p : "", b.len, a);
    sbuf_free(&b);
    return t;
}

static void find(const text *a, const text *b, word_bounds_fn fn, size_t k,
                 keyness *out)
{
    keyness_text ta = {a, NULL}, tb = {b, NULL};
    keyness_find(&ta, &tb, fn, k, out);
}

/* The term whose text is s, or NULL. */
static const keyness_term *term(const keyness *k, const char *s)
{
    for (size_t i = 0; i < k->nterms; i++)
        if (!strcmp(k->terms[i].text, s))
            return &k->terms[i];
    return NULL;
}

/* Non-overlapping occurrences of s[0..n) in t[0..tn). */
static size_t occurrences(const char *t, size_t tn, const char *s, size_t n)
{
    size_t c = 0;
    for (const char *p = t; n && (p = memmem(p, tn - (size_t)(p - t), s, n)); p += n)
        c++;
    return c;
}

/* x and y list the same terms in the same order (and are freed). */
static void check_same(keyness *x, keyness *y)
{
    CHECK_INT(x->nterms, y->nterms);
    for (size_t i = 0; i < x->nterms && i < y->nterms; i++) {
        CHECK_STR(x->terms[i].text, y->terms[i].text);
        CHECK(x->terms[i].score == y->terms[i].score);
    }
    keyness_free(x);
    keyness_free(y);
}

static void test_new_and_dropped(void)
{
    arena m;
    arena_init(&m);
    text a = make_text(&m, "经济稳定增长。\n改革开放，民生就业。\n", 3);
    sbuf s = {0};
    for (int i = 0; i < 3; i++)
        sbuf_adds(&s, "经济稳定增长。\n新质生产力，人工智能。\n");
    sbuf_adds(&s, "低空经济。\n低空经济。\n");
    text b = text_from_bytes(s.p, s.len, &m);
    keyness k;
    find(&a, &b, lex_words, 50, &k);
    const keyness_term *t = term(&k, "新质生产力");
    CHECK(t != NULL);
    if (t) {
        CHECK_INT(t->count_b, 3);
        CHECK_INT(t->count_a, 0);
        CHECK(t->side == KEYNESS_NEW);
        CHECK_MEM(b.bytes + t->start, t->end - t->start, "新质生产力");
        CHECK(t->score > 0);
    }
    CHECK(term(&k, "新质") == NULL);   /* inside 新质生产力, as often */
    CHECK(term(&k, "生产力") == NULL);
    t = term(&k, "人工智能");
    CHECK(t && t->count_b == 3);
    t = term(&k, "低空经济");
    CHECK(t && t->count_b == 2 && t->count_a == 0);
    CHECK(term(&k, "低空") == NULL);
    CHECK(term(&k, "经济") == NULL); /* in both */
    CHECK(term(&k, "经济稳定增长") == NULL);
    CHECK(term(&k, "新质生产力人工智能") == NULL); /* across a comma */
    t = term(&k, "改革开放");
    CHECK(t && t->side == KEYNESS_DROPPED && t->count_a == 3 && t->count_b == 0);
    CHECK_MEM(t ? a.bytes + t->start : "", t ? t->end - t->start : 0, "改革开放");
    CHECK(term(&k, "民生就业") != NULL);
    CHECK_INT(k.nside[KEYNESS_NEW] + k.nside[KEYNESS_DROPPED], k.nterms);
    /* new first, each side by score then first place */
    for (size_t i = 1; i < k.nterms; i++) {
        const keyness_term *p = &k.terms[i - 1], *q = &k.terms[i];
        CHECK(p->side < q->side || (p->side == q->side && p->score >= q->score));
        if (p->side == q->side && p->score == q->score)
            CHECK(p->start < q->start);
    }
    /* the higher count ranks first */
    CHECK(term(&k, "新质生产力") < term(&k, "低空经济"));
    keyness again; /* deterministic */
    find(&a, &b, lex_words, 50, &again);
    check_same(&k, &again);
    sbuf_free(&s);
    arena_free(&m);
}

static void test_stop_words_and_edges(void)
{
    CHECK(keyness_is_stop("的", strlen("的")));
    CHECK(keyness_is_stop("推进", strlen("推进")));
    CHECK(keyness_is_stop("進一步", strlen("進一步")) == 0); /* folded input only */
    CHECK(!keyness_is_stop("高质量", strlen("高质量")));
    arena m;
    arena_init(&m);
    text a = make_text(&m, "经济稳定增长。\n", 3);
    /* 推进 a stop word before, 的 after; 3 of 高质量发展 and 1 more 高质量 */
    text b = make_text(&m, "推进高质量发展的。\n", 3);
    keyness k;
    find(&a, &b, lex_words, 50, &k);
    const keyness_term *t = term(&k, "高质量发展");
    CHECK(t && t->count_b == 3);
    CHECK(term(&k, "推进高质量发展") == NULL);
    CHECK(term(&k, "高质量发展的") == NULL);
    CHECK(term(&k, "高质量") == NULL); /* subsumed: the same count */
    for (size_t i = 0; i < k.nterms; i++) {
        const char *s = k.terms[i].text;
        size_t n = k.terms[i].len;
        CHECK(!strs_starts(s, n, "推进") && !strs_ends(s, n, "的"));
    }
    keyness_free(&k);
    /* 高质量 once more alone: now more often than 高质量发展, listed */
    sbuf s = {0};
    for (int i = 0; i < 3; i++)
        sbuf_adds(&s, "推进高质量发展的。\n");
    sbuf_adds(&s, "高质量，\n");
    text b2 = text_from_bytes(s.p, s.len, &m);
    find(&a, &b2, lex_words, 50, &k);
    t = term(&k, "高质量");
    CHECK(t && t->count_b == 4);
    t = term(&k, "高质量发展");
    CHECK(t && t->count_b == 3);
    CHECK(term(&k, "发展") == NULL); /* inside 高质量发展, as often */
    keyness_free(&k);
    sbuf_free(&s);
    /* one character alone is never a term; numbers end runs */
    text b3 = make_text(&m, "甲。乙丙2024丁戊。\n", 3);
    find(&a, &b3, lex_words, 50, &k);
    CHECK(term(&k, "甲") == NULL);
    CHECK(term(&k, "乙丙") != NULL);
    CHECK(term(&k, "丁戊") != NULL);
    for (size_t i = 0; i < k.nterms; i++)
        CHECK(!strpbrk(k.terms[i].text, "0123456789") && !strstr(k.terms[i].text, "。"));
    CHECK(term(&k, "丙丁") == NULL);
    keyness_free(&k);
    /* each character a word: the n-grams inside a phrase widened to it,
     * as far as its occurrences agree (甲乙丙丁 twice, then 。 or 戊/己) */
    text b5 = make_text(&m, "甲乙丙丁戊。\n甲乙丙丁己。\n", 1);
    find(&a, &b5, NULL, 50, &k);
    CHECK_INT(k.nside[KEYNESS_NEW], 1);
    CHECK(k.nterms && !strcmp(k.terms[0].text, "甲乙丙丁") && k.terms[0].count_b == 2);
    keyness_free(&k);
    /* a line end ends a run */
    text b4 = make_text(&m, "新质\n生产力\n", 3);
    find(&a, &b4, lex_words, 50, &k);
    CHECK(term(&k, "新质") && term(&k, "生产力"));
    CHECK(term(&k, "新质生产力") == NULL);
    keyness_free(&k);
    arena_free(&m);
}

static void test_bounds_and_empty(void)
{
    arena m;
    arena_init(&m);
    text a = make_text(&m, "经济稳定增长。\n", 2);
    sbuf s = {0};
    sbuf_adds(&s, "经济稳定增长。\n");
    const char *words[] = {"乡村振兴", "数字经济", "城乡居民", "民生就业", "人工智能"};
    for (int w = 0; w < 5; w++)
        for (int i = 0; i <= w + 1; i++) { /* 2, 3, … 6 times */
            sbuf_adds(&s, words[w]);
            sbuf_adds(&s, "。\n");
        }
    text b = text_from_bytes(s.p, s.len, &m);
    keyness k;
    find(&a, &b, lex_words, 2, &k);
    CHECK_INT(k.nside[KEYNESS_NEW], 2);
    CHECK_INT(k.nterms, 2);
    CHECK(k.nterms == 2 && !strcmp(k.terms[0].text, "人工智能") &&
          k.terms[0].count_b == 6);
    CHECK(k.nterms == 2 && !strcmp(k.terms[1].text, "民生就业") &&
          k.terms[1].count_b == 5);
    keyness_free(&k);
    find(&a, &b, lex_words, 0, &k);
    CHECK_INT(k.nterms, 0);
    keyness_free(&k);
    text e = make_text(&m, "", 0);
    find(&e, &b, lex_words, 10, &k);
    CHECK_INT(k.nterms, 0);
    keyness_free(&k);
    find(&e, &e, lex_words, 10, &k);
    CHECK_INT(k.nterms, 0);
    CHECK_INT(k.words[0], 0);
    keyness_free(&k);
    find(&b, &b, lex_words, 10, &k); /* a report against itself */
    CHECK_INT(k.nterms, 0);
    keyness_free(&k);
    sbuf_free(&s);
    arena_free(&m);
}

static void test_g2(void)
{
    CHECK(keyness_g2(10, 10, 1000, 1000) == 0);
    CHECK(keyness_g2(0, 5, 1000, 1000) > keyness_g2(0, 4, 1000, 1000));
    CHECK(keyness_g2(0, 5, 1000, 1000) == keyness_g2(5, 0, 1000, 1000));
    /* 2 k ln((na + nb) / nb) with one side 0 */
    double g = keyness_g2(0, 4, 3000, 1000), want = 2 * 4 * log(4.0);
    CHECK(g > want - 1e-9 && g < want + 1e-9);
    CHECK(keyness_g2(3, 0, 0, 100) == 0);
}

/* Every term of a against b counted again in both folded texts. */
static void check_counts(doc *a, doc *b, const keyness *k)
{
    const folded *fa = doc_fold(a), *fb = doc_fold(b);
    for (size_t i = 0; i < k->nterms; i++) {
        const keyness_term *t = &k->terms[i];
        folded f;
        fold_text(t->text, t->len, &f);
        size_t ca = occurrences(fa->s, fa->len, f.s, f.len);
        size_t cb = occurrences(fb->s, fb->len, f.s, f.len);
        CHECK_INT(t->count_a, ca);
        CHECK_INT(t->count_b, cb);
        CHECK(t->side == KEYNESS_NEW ? !ca && cb >= KEYNESS_MIN_COUNT
                                     : !cb && ca >= KEYNESS_MIN_COUNT);
        const doc *d = t->side == KEYNESS_NEW ? b : a;
        CHECK(t->end <= d->clean.len && t->start < t->end);
        CHECK(!memcmp(d->clean.bytes + t->start, t->text, t->len));
        CHECK(!strpbrk(t->text, "0123456789\n"));
        fold_free(&f);
    }
}

/* d's clean text in traditional characters (unitab_s2t), as a text. */
static text traditional(const doc *d, arena *m)
{
    sbuf s = {0};
    for (size_t i = 0; i < d->clean.len;) {
        uint32_t cp;
        i += utf8_decode(d->clean.bytes + i, d->clean.len - i, &cp);
        char u[4];
        uint32_t t = unitab_s2t(cp); /* where it folds back */
        sbuf_add(&s, u, utf8_encode(unitab_t2s(t) == cp ? t : cp, u));
    }
    text t = text_from_bytes(s.p, s.len, m);
    sbuf_free(&s);
    return t;
}

static void test_samples(const char *pa, const char *pb)
{
    doc *a = sample_doc(pa), *b = sample_doc(pb);
    CHECK(a && b);
    if (!a || !b) {
        doc_free(a);
        doc_free(b);
        return;
    }
    keyness k;
    keyness_text ta = {&a->clean, doc_fold(a)}, tb = {&b->clean, doc_fold(b)};
    keyness_find(&ta, &tb, wordbreak_find, 40, &k);
    CHECK(k.nside[KEYNESS_NEW] >= 10);
    CHECK(k.nside[KEYNESS_DROPPED] >= 10);
    CHECK(k.nside[KEYNESS_NEW] <= 40 && k.nside[KEYNESS_DROPPED] <= 40);
    check_counts(a, b, &k);
    for (size_t i = 0; i < k.nterms; i++) {
        word_bounds w;
        const keyness_term *t = &k.terms[i];
        wordbreak_find(t->text, t->len, &w);
        /* at most KEYNESS_MAX_N words (ICU may cut a term alone finer) */
        CHECK(w.n >= 2);
        word_bounds_free(&w);
    }
    keyness_free(&k);
    /* folded here rather than handed in: the same terms */
    keyness_text ua = {&a->clean, NULL}, ub = {&b->clean, NULL};
    keyness k2;
    keyness_find(&ua, &ub, wordbreak_find, 40, &k2);
    keyness_find(&ta, &tb, wordbreak_find, 40, &k);
    check_same(&k, &k2);
    /* a traditional copy has no new terms against its original */
    arena m;
    arena_init(&m);
    text tr = traditional(a, &m);
    CHECK(strcmp(tr.bytes, a->clean.bytes) != 0);
    folded f;
    fold_text(tr.bytes, tr.len, &f);
    CHECK(f.len == doc_fold(a)->len && !memcmp(f.s, doc_fold(a)->s, f.len));
    fold_free(&f);
    keyness_text tt = {&tr, NULL};
    keyness_find(&ta, &tt, wordbreak_find, 40, &k);
    CHECK_INT(k.nterms, 0);
    keyness_free(&k);
    arena_free(&m);
    doc_free(a);
    doc_free(b);
}

int main(int argc, char **argv)
{
    test_new_and_dropped();
    test_stop_words_and_edges();
    test_bounds_and_empty();
    test_g2();
    if (argc > 2)
        test_samples(argv[1], argv[2]);
    else
        CHECK(!"usage: test_keyness 000.txt 002.txt");
    return check_done();
}
