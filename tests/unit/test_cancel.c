/* test_cancel.c — unit tests of stopping the long jobs through
 * model/cancel.h. Raised before they start, every parse stage, the
 * pipeline (a text file, a CSV export), folding, indexing and
 * near-duplicate pairing give up at once with their "stopped" result and
 * leak nothing (LSan in the sanitizer build); a zero flag changes no
 * result. Raised by another thread while they work on big input (a
 * 48 MB report, 24 MB of GBK, 4,000 documents), each returns "stopped"
 * within STOP_MS of the raise; the latencies are printed. Takes the
 * samples as arguments. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"
#include "check.h"
#include "clean.h"
#include "corpus.h"
#include "decode.h"
#include "fold.h"
#include "index.h"
#include "lines.h"
#include "pipeline.h"
#include "repair.h"
#include "repeats.h"
#include "slurp.h"

/* How soon a job must return once its flag is raised: it looks every few
 * milliseconds (under the sanitizers too); the rest is room for a busy
 * machine. */
enum { STOP_MS = 250, RAISE_AFTER_MS = 20 };

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* ---- inputs ---- */

/* The samples over and over, each non-empty line marked with its copy's
 * number (no copy repeats another, so the repeats stage keeps them all),
 * to at least `want` bytes (malloc'd, NUL-terminated). */
static char *big_report(char **paths, int npaths, size_t want, size_t *len)
{
    sbuf all = {0}, out = {0};
    for (int i = 0; i < npaths; i++) {
        size_t n = 0;
        char *b = slurp(paths[i], &n);
        if (b)
            sbuf_add(&all, b, n);
        sbuf_addc(&all, '\n');
        free(b);
    }
    sbuf_reserve(&out, want + all.len);
    char mark[32];
    for (unsigned k = 1; out.len < want && all.len; k++) {
        int m = snprintf(mark, sizeof mark, " 〔%u〕", k);
        for (size_t i = 0; i < all.len;) {
            const char *nl = memchr(all.p + i, '\n', all.len - i);
            size_t end = nl ? (size_t)(nl - all.p) : all.len;
            sbuf_add(&out, all.p + i, end - i);
            if (end > i)
                sbuf_add(&out, mark, (size_t)m);
            sbuf_addc(&out, '\n');
            i = end + 1;
        }
    }
    sbuf_free(&all);
    *len = out.len;
    return out.p;
}

/* `want` bytes of GBK Chinese (two-byte characters of the GB2312 block,
 * a newline every 80 bytes): not UTF-8, so decoding converts it. */
static char *gbk_text(size_t want)
{
    char *b = xmalloc(want + 1);
    uint32_t x = 1;
    for (size_t i = 0; i < want; i += 2) {
        x = x * 1103515245u + 12345u;
        b[i] = (char)(0xB0 + (x >> 16) % 40);
        b[i + 1] = i + 1 < want ? (char)(0xA1 + (x >> 8) % 90) : '\n';
        if (i % 80 == 78)
            b[i] = b[i + 1] = '\n';
    }
    b[want] = '\0';
    return b;
}

/* Document i of a corpus of unrelated small ones: 30 paragraphs of
 * characters drawn at random, straight into d->clean (no parsing). */
static doc *small_doc(unsigned i)
{
    static const char POOL[] = "经济发展国区计划报告会议项目投资产业创新城市建设"
                               "环境质量民生服务教育医疗文化旅游交通设施改革开放";
    size_t nchars = (sizeof POOL - 1) / 3;
    sbuf b = {0};
    uint32_t x = i * 2654435761u + 7;
    for (int p = 0; p < 30; p++) {
        for (int k = 0; k < 40; k++) {
            x = x * 1103515245u + 12345u;
            sbuf_add(&b, POOL + 3 * ((x >> 16) % nchars), 3);
        }
        sbuf_adds(&b, "。\n");
    }
    doc *d = doc_new("small", "small");
    d->clean = text_from_bytes(b.p, b.len, &d->mem);
    sbuf_free(&b);
    return d;
}

/* ---- raised before ---- */

static void count_doc(void *ctx, doc *d)
{
    (*(int *)ctx)++;
    doc_free(d);
}

static void test_stages_raised(const char *bytes, size_t n)
{
    cancel_flag up;
    atomic_init(&up, 1);
    arena a;
    arena_init(&a);
    doc_stats st = {0};
    text whole = text_from_bytes(bytes, n, &a);
    CHECK(whole.nlines > 100);
    CHECK_INT(lines_split(bytes, n, 1, &a, &st, &up).nlines, 0);
    CHECK_INT(lines_split("a\rb\r\nc", 6, 1, &a, &st, &up).nlines, 0);
    CHECK_INT(clean_run(&whole, &a, &st, &up).nlines, 0);
    CHECK_INT(repair_run(&whole, &a, &st, &up).nlines, 0);
    CHECK_INT(repeats_run(&whole, &a, &st, &up).nlines, 0);
    decoded dec;
    const char *err = NULL;
    char *gbk = gbk_text(1 << 20);
    CHECK_INT(decode_bytes(gbk, 1 << 20, &a, &dec, &up, &err), 0);
    free(gbk);
    arena_free(&a);

    doc *d = doc_new("t", "t");
    CHECK_INT(pipeline_text(d, bytes, n, 1, &up), -1);
    doc_free(d);
    int docs = 0;
    err = NULL;
    CHECK_INT(pipeline_file("t", bytes, n, count_doc, &docs, &up, &err),
              PIPELINE_CANCELLED);
    CHECK_STR(err, "cancelled");
    static const char csv[] = "id,full_text\n1,经济发展报告。\n2,城市建设规划。\n";
    CHECK_INT(pipeline_file("t.csv", csv, sizeof csv - 1, count_doc, &docs, &up,
                            &err),
              PIPELINE_CANCELLED);
    CHECK_INT(docs, 0);

    folded f;
    CHECK_INT(fold_text_until(bytes, n, &f, &up), -1);
    CHECK(f.len < n / 2);
    CHECK(index_build(&f, 1, &up) == NULL);
    fold_free(&f);
}

static void add_doc(void *ctx, doc *d)
{
    corpus_add(ctx, d);
}

/* Decoding validates and converts a slice at a time (to look at the flag
 * between two): a character across a slice's end is still valid, an
 * invalid byte there is still found, and the conversion is the one of
 * the whole (a GB18030 character across the end). */
static void test_slices(void)
{
    cancel_flag zero;
    atomic_init(&zero, 0);
    size_t n = 3 * CHARSET_SLICE + 2;
    char *b = xmalloc(n + 1);
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(b + i, "经", 3); /* CHARSET_SLICE is 1 mod 3: cut inside */
    memcpy(b + n - 2, "ab", 3);
    arena a;
    arena_init(&a);
    decoded dec;
    const char *err;
    CHECK_INT(decode_bytes(b, n, &a, &dec, &zero, &err), 0);
    CHECK(dec.utf8 == b && dec.confidence == 100);
    memcpy(b + CHARSET_SLICE - 1, "\xF0\x9F\x98\x80" "ab", 6); /* 4 bytes across */
    CHECK_INT(decode_bytes(b, n, &a, &dec, &zero, &err), 0);
    CHECK(dec.utf8 == b && dec.confidence == 100);
    b[CHARSET_SLICE] = '\xFF';
    CHECK_INT(decode_bytes(b, n, &a, &dec, &zero, &err), 0);
    CHECK(dec.utf8 != b && dec.replaced > 0);
    /* 中 in GB18030 is D6 D0: after one ASCII byte, one is cut by the
     * slice's end. */
    char *gb = xmalloc(n + 1), *out = xmalloc(3 * n + 16);
    gb[0] = 'a';
    for (size_t i = 1; i + 2 <= n; i += 2)
        memcpy(gb + i, "\xD6\xD0", 2);
    size_t errors = 9, chars = (n - 1) / 2;
    size_t got = charset_to_utf8("GB18030", gb, 1 + 2 * chars, out, 3 * n + 16,
                                 1, &errors, &zero);
    CHECK_INT(got, 1 + 3 * chars);
    CHECK_INT(errors, 0);
    size_t bad = 0;
    for (size_t i = 1; i + 3 <= got; i += 3)
        bad += memcmp(out + i, "中", 3) != 0;
    CHECK_INT(bad, 0);
    free(gb);
    free(out);
    free(b);
    arena_free(&a);
}

/* A zero flag is no flag: the same documents as with NULL. */
static void test_zero_flag(char **paths, int npaths)
{
    cancel_flag zero;
    atomic_init(&zero, 0);
    for (int i = 0; i < npaths; i++) {
        size_t n = 0;
        char *bytes = slurp(paths[i], &n);
        if (!CHECK(bytes))
            continue;
        const char *err;
        corpus a, b;
        corpus_init(&a);
        corpus_init(&b);
        CHECK_INT(pipeline_file(paths[i], bytes, n, add_doc,
                                &a, NULL, &err), 1);
        CHECK_INT(pipeline_file(paths[i], bytes, n, add_doc,
                                &b, &zero, &err), 1);
        CHECK(a.n == 1 && b.n == 1 &&
              a.docs[0]->clean.len == b.docs[0]->clean.len &&
              memcmp(a.docs[0]->clean.bytes, b.docs[0]->clean.bytes,
                     a.docs[0]->clean.len) == 0 &&
              a.docs[0]->nsections == b.docs[0]->nsections);
        folded fa, fb;
        fold_text(a.docs[0]->clean.bytes, a.docs[0]->clean.len, &fa);
        CHECK_INT(fold_text_until(a.docs[0]->clean.bytes, a.docs[0]->clean.len,
                                  &fb, &zero), 0);
        CHECK(fa.len == fb.len && memcmp(fa.s, fb.s, fa.len) == 0);
        search_index *ix = index_build(&fb, 1, &zero);
        CHECK(ix != NULL);
        index_free(ix);
        fold_free(&fa);
        fold_free(&fb);
        free(bytes);
        corpus_free(&a);
        corpus_free(&b);
    }
}

/* The samples paired with a zero flag as with none (004 lies in 003);
 * with a raised one, nothing is paired. */
static void test_pairing_raised(char **paths, int npaths)
{
    cancel_flag zero, up;
    atomic_init(&zero, 0);
    atomic_init(&up, 1);
    corpus c;
    corpus_init(&c);
    for (int i = 0; i < npaths; i++) {
        size_t n = 0;
        char *bytes = slurp(paths[i], &n);
        const char *err;
        if (CHECK(bytes))
            pipeline_file(paths[i], bytes, n, add_doc, &c, NULL, &err);
        free(bytes);
    }
    CHECK_INT(corpus_find_duplicates(&c, &zero), 0);
    size_t paired = 0;
    for (size_t i = 0; i < c.n; i++)
        paired += c.duplicate_of[i] >= 0;
    CHECK_INT(paired, 1);
    CHECK_INT(corpus_find_duplicates(&c, &up), -1);
    paired = 0;
    for (size_t i = 0; i < c.n; i++)
        paired += c.duplicate_of[i] >= 0 || c.similarity[i] != 0;
    CHECK_INT(paired, 0);
    corpus_free(&c);
}

/* ---- raised while at work ---- */

typedef struct raiser {
    cancel_flag flag;
    double raised_at;
} raiser;

static void *raise_later(void *p)
{
    raiser *r = p;
    struct timespec ts = {0, RAISE_AFTER_MS * 1000000L};
    nanosleep(&ts, NULL);
    r->raised_at = now_ms();
    cancel_raise(&r->flag);
    return NULL;
}

typedef int (*job_fn)(void *ctx, const cancel_flag *c); /* 1: stopped */

/* Runs job with a flag raised RAISE_AFTER_MS into it: it must report
 * being stopped, within STOP_MS of the raise. */
static void stopped_in_time(const char *what, job_fn job, void *ctx)
{
    static raiser r; /* one at a time */
    atomic_init(&r.flag, 0);
    pthread_t th;
    double t0 = now_ms();
    CHECK(pthread_create(&th, NULL, raise_later, &r) == 0);
    int stopped = job(ctx, &r.flag);
    double t1 = now_ms();
    pthread_join(th, NULL);
    printf("%-36s stopped %.1f ms after the raise (ran %.0f ms)\n", what,
           t1 - r.raised_at, t1 - t0);
    if (!CHECK(stopped))
        printf("  %s: finished before the raise: input too small\n", what);
    CHECK(t1 - r.raised_at < STOP_MS);
}

typedef struct input {
    const char *bytes;
    size_t n;
    folded *fold;
    corpus *docs;
} input;

static int job_pipeline(void *p, const cancel_flag *c)
{
    const input *in = p;
    int docs = 0;
    const char *err;
    long r = pipeline_file("big", in->bytes, in->n, count_doc, &docs, c, &err);
    return r == PIPELINE_CANCELLED && docs == 0;
}

static int job_fold(void *p, const cancel_flag *c)
{
    const input *in = p;
    folded f;
    int r = fold_text_until(in->bytes, in->n, &f, c);
    fold_free(&f);
    return r == -1;
}

static int job_index(void *p, const cancel_flag *c)
{
    const input *in = p;
    search_index *ix = index_build(in->fold, 1, c);
    index_free(ix);
    return ix == NULL;
}

static int job_pairing(void *p, const cancel_flag *c)
{
    const input *in = p;
    return corpus_find_duplicates(in->docs, c) == -1;
}

static void test_stopped_at_work(const char *report, size_t n)
{
    input in = {report, n, NULL, NULL};
    stopped_in_time("pipeline, 48 MB report", job_pipeline, &in);
    char *gbk = gbk_text(24u << 20);
    input g = {gbk, 24u << 20, NULL, NULL};
    stopped_in_time("pipeline, 24 MB of GBK (converting)", job_pipeline, &g);
    free(gbk);
    stopped_in_time("fold, 48 MB", job_fold, &in);

    folded f;
    fold_text(report, n / 3, &f);
    input ix = {NULL, 0, &f, NULL};
    stopped_in_time("index, 16 MB folded", job_index, &ix);
    fold_free(&f);

    corpus one;
    corpus_init(&one);
    doc *d = doc_new("big", "big");
    d->clean = text_from_bytes(report, n, &d->mem);
    corpus_add(&one, d);
    input big = {NULL, 0, NULL, &one};
    stopped_in_time("pairing, one 48 MB report", job_pairing, &big);
    corpus_free(&one);

    corpus many;
    corpus_init(&many);
    for (unsigned i = 0; i < 4000; i++)
        corpus_add(&many, small_doc(i));
    input m = {NULL, 0, NULL, &many};
    stopped_in_time("pairing, 4,000 documents", job_pairing, &m);
    corpus_free(&many);
}

int main(int argc, char **argv)
{
    size_t n;
    char *report = big_report(argv + 1, argc - 1, 48u << 20, &n);
    CHECK(argc > 1 && n >= 48u << 20);
    test_stages_raised(report, n);
    test_slices();
    test_zero_flag(argv + 1, argc - 1);
    test_pairing_raised(argv + 1, argc - 1);
    test_stopped_at_work(report, n);
    free(report);
    return check_done();
}
