/* index_pinyin.c — pinyin queries on the bigram index (see index.h).
 * Candidates come from the corpus's own bigrams: for each Han character
 * c0 that can begin the query, each bigram (c0, c1) that can go on with
 * it. Its postings are the starts of a walk; while the query is not spelt,
 * the walk goes on through each bigram (c, c2) that can continue it, its
 * postings merged with the starts still alive (both in place order), and
 * ends in the text (pinyin_memo_match_from) once few starts are left or the
 * postings would cost more than reading the text. A start whose
 * characters spell the query is a match without reading the text. Every
 * character starts one bigram (the last of a line pairs with '\n'), so
 * a query one character spells (a syllable, an initial) finds all its
 * occurrences. */
#include "index_impl.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "pinyin.h"
#include "threads.h"
#include "utf8.h"

#define BIT(i) ((uint64_t)1 << (i))

/* What the threads of one query share: the first characters to start
 * from (and the query positions each takes it to), the next one to
 * take, and whether the query was stopped. */
typedef struct shared {
    uint32_t *c0;
    uint64_t *at0;
    size_t n, cap;
    atomic_size_t next;
    atomic_int stopped;
    atomic_int running; /* threads not yet done */
} shared;

/* One thread's share of a query's search: its matches, and what stops
 * it. */
typedef struct search {
    const search_index *ix;
    const folded *f;
    size_t nf;
    const char *q;
    size_t qn;
    pinyin_memo *memo;  /* the query's steps */
    index_span *v;
    size_t n, cap;
    size_t work;        /* postings and candidates handled */
    int (*stop)(void);  /* asked every STOP_EVERY of them, by the first
                           thread only (the caller's) */
    shared *sh;
} search;

static int halted(const search *s)
{
    return atomic_load_explicit(&s->sh->stopped, memory_order_relaxed);
}

/* Where a match may start (index_place), and the walk so far: the
 * last character, the query positions after it, its offset from the
 * start in bytes. Starts are kept in place order. */
typedef struct walk {
    uint64_t *start;
    size_t n, cap;
    uint32_t c;
    uint64_t at;
    size_t off;
} walk;

enum { STOP_EVERY = 4096, FEW = 64, DECODE_PER_VERIFY = 32 };

/* k more postings or candidates handled: the caller asked whether to
 * stop each time STOP_EVERY more are. */
static void work_done(search *s, size_t k)
{
    size_t before = s->work;
    s->work += k;
    if (s->work / STOP_EVERY != before / STOP_EVERY && s->stop && !halted(s) &&
        s->stop())
        atomic_store_explicit(&s->sh->stopped, 1, memory_order_relaxed);
}

static void tick(search *s)
{
    work_done(s, 1);
}

static void push(search *s, uint64_t start, size_t len)
{
    tick(s);
    s->v = xgrow(s->v, &s->cap, s->n, sizeof *s->v);
    s->v[s->n++] = (index_span){start, len};
}

static void walk_add(walk *w, uint64_t start)
{
    w->start = xgrow(w->start, &w->cap, w->n, sizeof *w->start);
    w->start[w->n++] = start;
}

static size_t stream_bytes(const search_index *ix, size_t b)
{
    return ix->start[b + 1] - ix->start[b];
}

/* Where start i of w goes on in the text, to be read AHEAD starts
 * later: the starts are spread over the whole corpus, and reading each
 * waited on memory more than anything else. */
enum { AHEAD = 16 };

static void read_ahead(const search *s, const walk *w, size_t i, size_t done)
{
    if (i >= w->n)
        return;
    size_t doc = place_doc(w->start[i]), pos = place_pos(w->start[i]);
    if (doc < s->nf && pos + done < s->f[doc].len)
        __builtin_prefetch(s->f[doc].s + pos + done);
}

/* Each start of w followed in the text from the character after w->c. */
static void verify_in_text(search *s, const walk *w)
{
    char u[4];
    size_t done = w->off + utf8_encode(w->c, u);
    for (size_t i = 0; i < AHEAD; i++)
        read_ahead(s, w, i, done);
    for (size_t i = 0; i < w->n && !halted(s); i++) {
        tick(s);
        read_ahead(s, w, i + AHEAD, done);
        size_t doc = place_doc(w->start[i]), pos = place_pos(w->start[i]);
        if (doc >= s->nf || pos + done >= s->f[doc].len)
            continue;
        const folded *f = &s->f[doc];
        size_t m = pinyin_memo_match_from(s->memo, f->s + pos + done,
                                          f->len - pos - done, w->at);
        if (m)
            push(s, w->start[i], done + m);
    }
}

static void extend(search *s, const walk *w);

/* w goes on by bigram t = (w->c, c2), at2 being the query positions
 * after c2: the starts followed by c2 (the postings of t read beside
 * the starts, both in place order) are matches, or walk on. */
static void go_on(search *s, const walk *w, size_t t, uint64_t at2)
{
    char u[4];
    uint32_t c2 = bigram_second(s->ix->keys[t]);
    size_t off2 = w->off + utf8_encode(w->c, u);
    size_t len = off2 + utf8_encode(c2, u);
    walk next = {NULL, 0, 0, c2, at2, off2};
    int spelt = (at2 >> s->qn) & 1;
    posting_reader r = postings_of(s->ix, t);
    size_t j = 0, read = 0; /* j: the first start whose c2 might still come */
    while (j < w->n && posting_next(s->ix, &r)) {
        uint64_t at = index_place((size_t)r.doc, (size_t)r.pos);
        read++;
        while (j < w->n && w->start[j] + w->off < at)
            j++;
        if (j == w->n || w->start[j] + w->off != at)
            continue;
        if (spelt)
            push(s, w->start[j], len);
        else
            walk_add(&next, w->start[j]);
        j++;
    }
    work_done(s, read);
    if (next.n)
        extend(s, &next);
    free(next.start);
}

/* The bytes of postings of the bigrams (c, c2) that take the query on
 * from positions at (0: the corpus has no way on); [*lo, *hi) their
 * group. */
static size_t onward_bytes(const search *s, uint32_t c, uint64_t at,
                           size_t *lo, size_t *hi)
{
    size_t bytes = 0;
    index_group(s->ix, c, lo, hi);
    for (size_t t = *lo; t < *hi; t++)
        if (pinyin_memo_step(s->memo, bigram_second(s->ix->keys[t]), at))
            bytes += stream_bytes(s->ix, t);
    return bytes;
}

/* The starts of w, whose last character w->c did not finish the query
 * and whose group [lo, hi) has bytes of postings that can go on: on
 * through every bigram (w->c, c2) that can continue it, while those
 * postings are not many more than the starts; else in the text. */
static void go_on_all(search *s, const walk *w, size_t lo, size_t hi,
                      size_t bytes)
{
    const search_index *ix = s->ix;
    if (!bytes || halted(s))
        return;
    if (w->n <= FEW || bytes > DECODE_PER_VERIFY * w->n) {
        verify_in_text(s, w);
        return;
    }
    for (size_t t = lo; t < hi && !halted(s); t++) {
        uint64_t at2 = pinyin_memo_step(s->memo, bigram_second(ix->keys[t]), w->at);
        if (at2)
            go_on(s, w, t, at2);
    }
}

static void extend(search *s, const walk *w)
{
    size_t lo, hi, bytes = onward_bytes(s, w->c, w->at, &lo, &hi);
    go_on_all(s, w, lo, hi, bytes);
}

/* The postings of bigram b as the starts of a walk. */
static void walk_from(search *s, walk *w, size_t b)
{
    posting_reader r = postings_of(s->ix, b);
    size_t before = w->n;
    while (posting_next(s->ix, &r))
        walk_add(w, index_place((size_t)r.doc, (size_t)r.pos));
    work_done(s, w->n - before);
}

/* Every bigram (c0, c1) that can begin a match, c0 taking the query to
 * positions at0. */
static void from_first(search *s, uint32_t c0, uint64_t at0)
{
    const search_index *ix = s->ix;
    char u[4];
    size_t k0 = utf8_encode(c0, u), lo, hi;
    index_group(ix, c0, &lo, &hi);
    int spelt0 = (at0 >> s->qn) & 1;
    for (size_t b = lo; b < hi && !halted(s); b++) {
        uint32_t c1 = bigram_second(ix->keys[b]);
        uint64_t at1 = spelt0 ? 0 : pinyin_memo_step(s->memo, c1, at0);
        int spelt1 = (at1 >> s->qn) & 1;
        size_t lo2 = 0, hi2 = 0, onward = 0;
        if (!spelt0 && !spelt1 &&
            (!at1 || !(onward = onward_bytes(s, c1, at1, &lo2, &hi2))))
            continue; /* c0 c1 cannot start it, or nothing here goes on */
        if (spelt0 || spelt1) { /* c0, or c0 c1, spell it */
            size_t len = k0 + (spelt0 ? 0 : utf8_encode(c1, u));
            size_t added = index_posting_spans(ix, b, len, &s->v, &s->n, &s->cap);
            work_done(s, added);
            continue;
        }
        walk w = {NULL, 0, 0, c1, at1, k0};
        walk_from(s, &w, b);
        go_on_all(s, &w, lo2, hi2, onward);
        free(w.start);
    }
}

/* Every Han character of the corpus that can begin m's query, in code
 * point order, into sh (c0, at0: the query positions it takes it to). */
static void first_chars(const search_index *ix, pinyin_memo *m, shared *sh)
{
    for (uint32_t w = 0; w <= (HAN_MAX - HAN_MIN) / 64; w++)
        for (uint64_t bits = ix->han[w]; bits; bits &= bits - 1) {
            uint32_t c0 = HAN_MIN + w * 64 + (uint32_t)__builtin_ctzll(bits);
            uint64_t at0 = pinyin_memo_step(m, c0, 1);
            if (!at0)
                continue;
            size_t cap = sh->cap;
            sh->c0 = xgrow(sh->c0, &cap, sh->n, sizeof *sh->c0);
            sh->at0 = xgrow(sh->at0, &sh->cap, sh->n, sizeof *sh->at0);
            sh->c0[sh->n] = c0;
            sh->at0[sh->n++] = at0;
        }
}

size_t index_pinyin_estimate(const search_index *ix, const char *q, size_t qn)
{
    pinyin_memo *memo = pinyin_memo_new(q, qn);
    shared sh = {0};
    first_chars(ix, memo, &sh);
    size_t bytes = 0;
    for (size_t k = 0; k < sh.n; k++) {
        size_t lo, hi;
        index_group(ix, sh.c0[k], &lo, &hi);
        if ((sh.at0[k] >> qn) & 1) { /* c0 spells it: each of its bigrams */
            bytes += ix->start[hi] - ix->start[lo];
            continue;
        }
        for (size_t b2 = lo; b2 < hi; b2++)
            if ((pinyin_memo_step(memo, bigram_second(ix->keys[b2]), sh.at0[k]) >> qn) & 1)
                bytes += stream_bytes(ix, b2);
    }
    free(sh.c0);
    free(sh.at0);
    pinyin_memo_free(memo);
    return bytes;
}

/* A thread's share: the first characters not yet taken, one at a time. */
static void *take_firsts(void *p)
{
    search *s = p;
    shared *sh = s->sh;
    while (!halted(s)) {
        size_t i = atomic_fetch_add_explicit(&sh->next, 1, memory_order_relaxed);
        if (i >= sh->n)
            break;
        from_first(s, sh->c0[i], sh->at0[i]);
    }
    if (!halted(s))
        index_sort_spans(s->v, s->n);
    /* The first thread asks on while the others work: a key still stops
     * the query within a millisecond. */
    while (s->stop && atomic_load(&sh->running) > 1 && !halted(s)) {
        if (s->stop())
            atomic_store_explicit(&sh->stopped, 1, memory_order_relaxed);
        nanosleep(&(struct timespec){0, 500000}, NULL);
    }
    atomic_fetch_sub(&sh->running, 1);
    return NULL;
}

/* The threads' matches, each in place order, handed to fn in place
 * order: the first unhanded match of every thread compared, the least
 * taken. Returns their number. */
static size_t hand_merged(const search *s, size_t jobs, index_span_fn fn,
                          void *ctx)
{
    size_t hits = 0, *at = xcalloc(jobs, sizeof *at);
    for (;;) {
        size_t best = jobs;
        for (size_t j = 0; j < jobs; j++)
            if (at[j] < s[j].n &&
                (best == jobs || s[j].v[at[j]].place < s[best].v[at[best]].place))
                best = j;
        if (best == jobs)
            break;
        /* The best thread's run below the others' next place at once. */
        uint64_t bound = UINT64_MAX;
        for (size_t j = 0; j < jobs; j++)
            if (j != best && at[j] < s[j].n && s[j].v[at[j]].place < bound)
                bound = s[j].v[at[j]].place;
        const index_span *v = s[best].v;
        size_t i = at[best], end = s[best].n;
        for (; i < end && v[i].place < bound; i++)
            fn(ctx, place_doc(v[i].place), place_pos(v[i].place), v[i].len);
        hits += i - at[best];
        at[best] = i;
    }
    free(at);
    return hits;
}

size_t index_find_pinyin(const search_index *ix, const folded *f, size_t n,
                         const char *q, size_t qn, int (*stop)(void),
                         index_span_fn fn, void *ctx)
{
    /* The threads take the first characters in turn. */
    shared sh = {0};
    pinyin_memo *memo = pinyin_memo_new(q, qn);
    first_chars(ix, memo, &sh);
    size_t jobs = ix->jobs < 1 ? 1 : (size_t)ix->jobs;
    if (jobs > sh.n)
        jobs = sh.n ? sh.n : 1;
    atomic_store(&sh.running, (int)jobs);
    search *s = xcalloc(jobs, sizeof *s);
    for (size_t j = 0; j < jobs; j++)
        s[j] = (search){.ix = ix, .f = f, .nf = n, .q = q, .qn = qn,
                        .memo = j ? pinyin_memo_new(q, qn) : memo,
                        .stop = j ? NULL : stop, .sh = &sh};
    threads_run(s, jobs, sizeof *s, take_firsts);
    int stopped = halted(&s[0]);
    size_t hits = 0;
    if (!stopped)
        hits = hand_merged(s, jobs, fn, ctx);
    for (size_t j = 0; j < jobs; j++) {
        free(s[j].v);
        pinyin_memo_free(s[j].memo);
    }
    free(s);
    free(sh.c0);
    free(sh.at0);
    return stopped ? SIZE_MAX : hits;
}
