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

/* A piece of a query's work: the bigrams [lo, hi) of first character
 * c0's group, c0 taking the query to positions at0, and their bytes of
 * postings (what the piece costs, about). */
typedef struct piece {
    uint32_t c0;
    uint64_t at0;
    size_t lo, hi, bytes;
} piece;

/* What the threads of one query share: the pieces, the next one to
 * take, and whether the query was stopped. */
typedef struct shared {
    piece *p;
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
    const span_layout *l;
    key_run found;      /* the matches' keys */
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
    if (span_fits(s->l, place_doc(start), place_pos(start))) /* else a corrupt posting */
        key_run_add(&s->found, span_key(s->l, place_doc(start), place_pos(start), len));
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

/* Every bigram (c0, c1) of piece p that can begin a match. */
static void from_first(search *s, const piece *p)
{
    const search_index *ix = s->ix;
    char u[4];
    uint32_t c0 = p->c0;
    uint64_t at0 = p->at0;
    size_t k0 = utf8_encode(c0, u);
    int spelt0 = (at0 >> s->qn) & 1;
    for (size_t b = p->lo; b < p->hi && !halted(s); b++) {
        uint32_t c1 = bigram_second(ix->keys[b]);
        uint64_t at1 = spelt0 ? 0 : pinyin_memo_step(s->memo, c1, at0);
        int spelt1 = (at1 >> s->qn) & 1;
        size_t lo2 = 0, hi2 = 0, onward = 0;
        if (!spelt0 && !spelt1 &&
            (!at1 || !(onward = onward_bytes(s, c1, at1, &lo2, &hi2))))
            continue; /* c0 c1 cannot start it, or nothing here goes on */
        if (spelt0 || spelt1) { /* c0, or c0 c1, spell it */
            size_t len = k0 + (spelt0 ? 0 : utf8_encode(c1, u));
            size_t added = index_posting_keys(ix, b, s->l, len, &s->found);
            work_done(s, added);
            continue;
        }
        walk w = {NULL, 0, 0, c1, at1, k0};
        walk_from(s, &w, b);
        go_on_all(s, &w, lo2, hi2, onward);
        free(w.start);
    }
}

static void add_piece(shared *sh, piece p)
{
    sh->p = xgrow(sh->p, &sh->cap, sh->n, sizeof *sh->p);
    sh->p[sh->n++] = p;
}

/* Group [lo, hi) of c0 into sh as pieces of at most about most bytes
 * (0: one piece), cut between bigrams (a bigram is never cut: a piece
 * holds one at least). */
static void add_pieces(const search_index *ix, shared *sh, uint32_t c0,
                       uint64_t at0, size_t lo, size_t hi, size_t most)
{
    while (lo < hi) {
        size_t end = hi;
        if (most && ix->start[hi] - ix->start[lo] > most) {
            /* The first bigram whose stream ends past most bytes. */
            size_t a = lo + 1, z = hi, want = ix->start[lo] + most;
            while (a < z) {
                size_t mid = a + (z - a) / 2;
                if (ix->start[mid] < want)
                    a = mid + 1;
                else
                    z = mid;
            }
            end = a;
        }
        add_piece(sh, (piece){c0, at0, lo, end, ix->start[end] - ix->start[lo]});
        lo = end;
    }
}

/* Every Han character of the corpus that can begin m's query, in code
 * point order, into sh as one piece of its whole group. */
static void first_pieces(const search_index *ix, pinyin_memo *m, shared *sh)
{
    for (uint32_t w = 0; w <= (HAN_MAX - HAN_MIN) / 64; w++)
        for (uint64_t bits = ix->han[w]; bits; bits &= bits - 1) {
            uint32_t c0 = HAN_MIN + w * 64 + (uint32_t)__builtin_ctzll(bits);
            uint64_t at0 = pinyin_memo_step(m, c0, 1);
            size_t lo, hi;
            if (!at0)
                continue;
            index_group(ix, c0, &lo, &hi);
            add_pieces(ix, sh, c0, at0, lo, hi, 0);
        }
}

/* The pieces of sh cut to at most about a parts'th of their bytes each. */
static void cut_pieces(const search_index *ix, shared *sh, size_t parts)
{
    size_t total = 0;
    for (size_t k = 0; k < sh->n; k++)
        total += sh->p[k].bytes;
    shared cut = {0};
    for (size_t k = 0; k < sh->n; k++)
        add_pieces(ix, &cut, sh->p[k].c0, sh->p[k].at0, sh->p[k].lo,
                   sh->p[k].hi, total / parts + 1);
    free(sh->p);
    sh->p = cut.p;
    sh->n = cut.n;
    sh->cap = cut.cap;
}

static int by_bytes_down(const void *a, const void *b)
{
    const piece *x = a, *y = b;
    return (x->bytes < y->bytes) - (x->bytes > y->bytes);
}

size_t index_pinyin_estimate(const search_index *ix, const char *q, size_t qn)
{
    pinyin_memo *memo = pinyin_memo_new(q, qn);
    shared sh = {0};
    first_pieces(ix, memo, &sh);
    size_t bytes = 0;
    for (size_t k = 0; k < sh.n; k++) {
        const piece *p = &sh.p[k];
        if ((p->at0 >> qn) & 1) { /* c0 spells it: each of its bigrams */
            bytes += p->bytes;
            continue;
        }
        for (size_t b2 = p->lo; b2 < p->hi; b2++)
            if ((pinyin_memo_step(memo, bigram_second(ix->keys[b2]), p->at0) >> qn) & 1)
                bytes += stream_bytes(ix, b2);
    }
    free(sh.p);
    pinyin_memo_free(memo);
    return bytes;
}

/* A thread's share: the pieces not yet taken, one at a time. */
static void *take_firsts(void *p)
{
    search *s = p;
    shared *sh = s->sh;
    while (!halted(s)) {
        size_t i = atomic_fetch_add_explicit(&sh->next, 1, memory_order_relaxed);
        if (i >= sh->n)
            break;
        from_first(s, &sh->p[i]);
    }
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

size_t index_find_pinyin(const search_index *ix, const folded *f, size_t n,
                         const char *q, size_t qn, int (*stop)(void),
                         index_span_fn fn, void *ctx)
{
    /* The threads take the pieces in turn, the largest first, each piece
     * a share of the postings small enough that the threads end about
     * together (one first character, as 经 of jj, can hold a third). */
    enum { PIECES_PER_JOB = 16 };
    shared sh = {0};
    pinyin_memo *memo = pinyin_memo_new(q, qn);
    size_t jobs = ix->jobs < 1 ? 1 : (size_t)ix->jobs;
    first_pieces(ix, memo, &sh);
    if (jobs > 1)
        cut_pieces(ix, &sh, jobs * PIECES_PER_JOB);
    if (sh.n > 1) /* (no pieces: sh.p is NULL) */
        qsort(sh.p, sh.n, sizeof *sh.p, by_bytes_down);
    if (jobs > sh.n)
        jobs = sh.n ? sh.n : 1;
    atomic_store(&sh.running, (int)jobs);
    /* Matches are kept as keys of the tightest layout; a corpus too big
     * for one with their lengths has each length found again when it
     * is handed out. */
    uint64_t max_pos = 0;
    for (size_t d = 0; d < n; d++)
        max_pos = f[d].len > max_pos ? f[d].len : max_pos;
    span_layout l;
    span_layout_for(&l, n, max_pos, 4 * qn);
    search *s = xcalloc(jobs, sizeof *s);
    for (size_t j = 0; j < jobs; j++)
        s[j] = (search){.ix = ix, .f = f, .nf = n, .q = q, .qn = qn,
                        .memo = j ? pinyin_memo_new(q, qn) : memo, .l = &l,
                        .found = key_run_empty(), .stop = j ? NULL : stop,
                        .sh = &sh};
    threads_run(s, jobs, sizeof *s, take_firsts);
    int stopped = halted(&s[0]);
    size_t hits = 0;
    if (!stopped) { /* the threads' matches, sorted together, handed out */
        key_run *runs = xcalloc(jobs, sizeof *runs);
        for (size_t j = 0; j < jobs; j++) {
            runs[j] = s[j].found;
            s[j].found = key_run_empty();
        }
        uint64_t *all = index_sort_runs(runs, jobs, l.len_bits, jobs, &hits);
        for (size_t i = 0; i < hits; i++) {
            size_t doc = span_doc(&l, all[i]), pos = span_pos(&l, all[i]);
            size_t len = l.len_bits       ? span_len(&l, all[i])
                         : pos < f[doc].len ? pinyin_memo_match_from(memo, f[doc].s + pos,
                                                                     f[doc].len - pos, 1)
                                            : 0;
            fn(ctx, doc, pos, len);
        }
        free(all);
        free(runs);
    }
    for (size_t j = 0; j < jobs; j++) {
        free(s[j].found.v);
        pinyin_memo_free(s[j].memo);
    }
    free(s);
    free(sh.p);
    return stopped ? SIZE_MAX : hits;
}
