/* index_sort.c — the keys of a query's matches, gathered in runs (one a
 * thread, each in any order), into one ascending array (see
 * index_impl.h): a radix sort whose most significant digit is taken once,
 * every run counted, then placed straight into its share of each bucket
 * of the result, some 4,096 keys a bucket; each bucket is then sorted in
 * cache by the low digits, the threads taking buckets in turn. The runs
 * come out merged: nothing is left for one thread to merge, and no array
 * is made but the result. */
#include "index_impl.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "threads.h"

static unsigned bits_of(uint64_t x)
{
    return x ? 64u - (unsigned)__builtin_clzll(x) : 0u;
}

int span_layout_for(span_layout *l, size_t ndocs, uint64_t max_pos, size_t max_len)
{
    l->docs = ndocs;
    l->pos_bits = bits_of(max_pos);
    l->len_bits = bits_of(max_len);
    if (bits_of(ndocs ? ndocs - 1 : 0) + l->pos_bits + l->len_bits <= 64)
        return 1;
    l->len_bits = 0;
    return 0;
}

void key_run_add(key_run *r, uint64_t key)
{
    r->v = xgrow(r->v, &r->cap, r->n, sizeof *r->v);
    r->v[r->n++] = key;
    r->lo = key < r->lo ? key : r->lo;
    r->hi = key > r->hi ? key : r->hi;
}

static int ascending(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* from[0..n) sorted by the bits [lo, hi) of key - low, least significant
 * digit first, digits of at most 12 bits (4,096 counters), the two
 * arrays taking turns, a digit all share skipped. Returns the one that
 * holds the sorted keys: from, or to (as big). */
static uint64_t *sort_low_bits(uint64_t *from, uint64_t *to, size_t n,
                               uint64_t low, unsigned lo, unsigned hi)
{
    enum { MAX_DIGIT = 12, RADIX = 1 << MAX_DIGIT };
    uint32_t count[RADIX];
    if (n < 2 || hi <= lo)
        return from; /* sorted */
    unsigned passes = (hi - lo + MAX_DIGIT - 1) / MAX_DIGIT;
    unsigned digit = (hi - lo + passes - 1) / passes;
    uint64_t mask = ((uint64_t)1 << digit) - 1;
    for (unsigned p = 0; p < passes; p++) {
        unsigned shift = lo + p * digit;
        memset(count, 0, (mask + 1) * sizeof count[0]);
        for (size_t i = 0; i < n; i++)
            count[((from[i] - low) >> shift) & mask]++;
        if (count[((from[0] - low) >> shift) & mask] == n)
            continue; /* every key has this digit */
        for (size_t d = 0, sum = 0; d <= mask; d++) {
            uint32_t here = count[d];
            count[d] = (uint32_t)sum;
            sum += here;
        }
        for (size_t i = 0; i < n; i++)
            to[count[((from[i] - low) >> shift) & mask]++] = from[i];
        uint64_t *t = from;
        from = to;
        to = t;
    }
    return from;
}

enum { BUCKET = 4096, MAX_TOP = 12, KEYS_PER_JOB = 1 << 17, BUCKETS_A_TAKE = 8 };

/* What the threads of one sort share. Run r's keys in bucket d: at
 * at[r][d] on (counted, then placed there) of out, where bucket d of
 * the whole takes [off[d], off[d + 1]). A key's bucket:
 * (key - low) >> shift. */
typedef struct sorting {
    key_run *runs;
    size_t nruns, jobs;
    unsigned skip; /* low bits no two keys differ in alone */
    size_t **at;
    uint64_t low;
    unsigned shift;
    size_t buckets;
    size_t *off;
    uint64_t *out;
    atomic_size_t next; /* the next bucket to take */
} sorting;

/* One thread's share: its runs (id, id + jobs, …), and the room it
 * sorts a bucket in. */
typedef struct sorter {
    sorting *g;
    size_t id;
    uint64_t *room;
    size_t cap;
} sorter;

/* A key's bucket (the last for a key above the runs' greatest, which
 * their bounds rule out: memory stays safe whatever the keys). */
static size_t bucket_of(const sorting *g, uint64_t key)
{
    size_t d = (size_t)((key - g->low) >> g->shift);
    return d < g->buckets ? d : g->buckets - 1;
}

/* The keys of each of the thread's runs counted by bucket. */
static void *count_buckets(void *p)
{
    sorter *t = p;
    sorting *g = t->g;
    for (size_t k = t->id; k < g->nruns; k += g->jobs) {
        const uint64_t *v = g->runs[k].v;
        size_t n = g->runs[k].n, *at = xcalloc(g->buckets, sizeof *at);
        for (size_t i = 0; i < n; i++)
            at[bucket_of(g, v[i])]++;
        g->at[k] = at;
    }
    return NULL;
}

/* The keys of each of the thread's runs placed in their buckets of
 * out, its array freed. */
static void *into_buckets(void *p)
{
    sorter *t = p;
    sorting *g = t->g;
    for (size_t k = t->id; k < g->nruns; k += g->jobs) {
        const uint64_t *v = g->runs[k].v;
        size_t n = g->runs[k].n, *at = g->at[k];
        uint64_t *out = g->out;
        for (size_t i = 0; i < n; i++)
            out[at[bucket_of(g, v[i])]++] = v[i];
        free(g->runs[k].v);
        g->runs[k] = key_run_empty();
    }
    return NULL;
}

/* Buckets taken in turn, each sorted in place by its low bits, the
 * thread's room the other array. */
static void *sort_buckets(void *p)
{
    sorter *t = p;
    sorting *g = t->g;
    for (;;) {
        size_t first = atomic_fetch_add_explicit(&g->next, BUCKETS_A_TAKE,
                                                 memory_order_relaxed);
        if (first >= g->buckets)
            break;
        size_t last = first + BUCKETS_A_TAKE < g->buckets ? first + BUCKETS_A_TAKE : g->buckets;
        for (size_t d = first; d < last; d++) {
            size_t m = g->off[d + 1] - g->off[d];
            if (m < 2)
                continue;
            if (m > t->cap) {
                t->cap = m > 2 * t->cap ? m : 2 * t->cap;
                free(t->room);
                t->room = xmalloc(t->cap * sizeof *t->room);
            }
            uint64_t *here = g->out + g->off[d];
            uint64_t *sorted = sort_low_bits(here, t->room, m, g->low, g->skip, g->shift);
            if (sorted != here)
                memcpy(here, sorted, m * sizeof *here);
        }
    }
    return NULL;
}

uint64_t *index_sort_runs(key_run *runs, size_t k, unsigned skip, size_t jobs,
                          size_t *total)
{
    size_t all = 0;
    uint64_t lo = UINT64_MAX, hi = 0;
    for (size_t r = 0; r < k; r++) {
        all += runs[r].n;
        lo = runs[r].n && runs[r].lo < lo ? runs[r].lo : lo;
        hi = runs[r].n && runs[r].hi > hi ? runs[r].hi : hi;
    }
    *total = all;
    if (all < 1024) { /* few: joined, then qsort */
        uint64_t *out = all ? xmalloc(all * sizeof *out) : NULL;
        for (size_t r = 0, at = 0; r < k; r++) {
            if (runs[r].n)
                memcpy(out + at, runs[r].v, runs[r].n * sizeof *out);
            at += runs[r].n;
            free(runs[r].v);
            runs[r] = key_run_empty();
        }
        if (all)
            qsort(out, all, sizeof *out, ascending);
        return out;
    }
    if (jobs > all / KEYS_PER_JOB + 1)
        jobs = all / KEYS_PER_JOB + 1; /* a thread's start costs more */
    jobs = jobs > k ? k : jobs < 1 ? 1 : jobs;
    /* The least key with its skipped bits cleared: key - low, above
     * them, is then the place's distance from the least place. */
    if (skip > 63)
        skip = 63;
    lo &= ~(((uint64_t)1 << skip) - 1);
    sorting g = {.runs = runs, .nruns = k, .jobs = jobs, .skip = skip, .low = lo};
    unsigned bits = bits_of(hi - lo), top = bits_of(all / BUCKET);
    top = top > MAX_TOP ? MAX_TOP : top > bits ? bits : top;
    g.shift = bits - top;
    g.buckets = (size_t)1 << top;
    g.at = xcalloc(k, sizeof *g.at);
    sorter *t = xcalloc(jobs, sizeof *t);
    for (size_t j = 0; j < jobs; j++)
        t[j] = (sorter){.g = &g, .id = j};
    threads_run(t, jobs, sizeof *t, count_buckets);
    /* Bucket d of the whole, then each run's share of it in turn. */
    g.off = xcalloc(g.buckets + 1, sizeof *g.off);
    for (size_t d = 0, sum = 0; d < g.buckets; d++) {
        g.off[d] = sum;
        for (size_t r = 0; r < k; r++) {
            size_t here = g.at[r][d];
            g.at[r][d] = sum;
            sum += here;
        }
        g.off[d + 1] = sum;
    }
    g.out = xmalloc(all * sizeof *g.out);
    threads_run(t, jobs, sizeof *t, into_buckets);
    threads_run(t, jobs, sizeof *t, sort_buckets);
    for (size_t r = 0; r < k; r++)
        free(g.at[r]);
    for (size_t j = 0; j < jobs; j++)
        free(t[j].room);
    free(g.at);
    free(g.off);
    free(t);
    return g.out;
}
