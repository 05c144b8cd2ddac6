/* index_build.c — building the bigram index (index.h) on one thread or
 * several: the texts are cut into runs of whole documents of about equal
 * bytes, one per thread; each thread counts its run's bigrams (the size
 * of its piece of each stream), the counts are merged into the one key
 * table, and each thread then writes its pieces in place. A stream's
 * pieces follow one another in document order, and the first posting of
 * each piece is coded after the last of the pieces before it, so the
 * streams are byte for byte those one thread writes. */
#include "index_impl.h"

#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "threads.h"
#include "utf8.h"

static size_t varint_len(uint64_t v)
{
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

static unsigned char *varint_put(unsigned char *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    return p;
}

/* A posting as coded after the stream's previous one: a position in the
 * same document as (delta << 1), a new document as ((doc delta << 1) | 1)
 * then the position. */
typedef struct last {
    uint32_t doc, pos;
    unsigned char any;
} last;

/* The bytes of a new document's first posting when the stream's last
 * posting is in document prev (any: there is one). */
static size_t new_doc_len(int any, size_t prev, size_t doc, size_t pos)
{
    return varint_len(((uint64_t)(doc - (any ? prev : 0)) << 1) | 1) +
           varint_len(pos);
}

static size_t posting_len(const last *l, size_t doc, size_t pos)
{
    if (l->any && l->doc == doc)
        return varint_len((uint64_t)(pos - l->pos) << 1);
    return new_doc_len(l->any, l->doc, doc, pos);
}

static unsigned char *posting_put(unsigned char *p, const last *l, size_t doc,
                                  size_t pos)
{
    if (l->any && l->doc == doc)
        return varint_put(p, (uint64_t)(pos - l->pos) << 1);
    p = varint_put(p, ((uint64_t)(doc - (l->any ? l->doc : 0)) << 1) | 1);
    return varint_put(p, pos);
}

/* A run's count of one bigram: the bytes of its piece of the stream,
 * coded as if no run came before, the document of the piece's first
 * posting (to code it again after the runs before: only its document
 * step changes), and its last posting. Once the runs are merged, size is
 * where the piece goes on in the data and last what it is coded after. */
typedef struct entry {
    uint64_t key;
    size_t size;
    last last;
    uint32_t first_doc;
} entry;

/* n bytes (zeroed when zero) on huge pages where the system gives them,
 * for the tables the passes reach at random places (the entries, the
 * streams: on small pages most of the writing pass's time went to the
 * page tables). Freed with free. */
static void *huge_alloc(size_t n, int zero)
{
    enum { HUGE = 2u << 20 };
    void *p = NULL;
    size_t whole = (n + HUGE - 1) / HUGE * HUGE;
    if (n < HUGE || posix_memalign(&p, HUGE, whole) != 0)
        return zero ? xcalloc(n, 1) : xmalloc(n);
    madvise(p, whole, MADV_HUGEPAGE);
    if (zero)
        memset(p, 0, n);
    return p;
}

/* Open addressing, grown at half full (before each batch of bigrams, so
 * that a batch's looks stay where they were prefetched). */
typedef struct counter {
    entry *e;
    size_t n, cap;
} counter;

static void counter_grow(counter *c, size_t more)
{
    if (2 * (c->n + more) <= c->cap)
        return;
    size_t cap = c->cap ? 2 * c->cap : 1 << 10;
    while (2 * (c->n + more) > cap)
        cap *= 2;
    entry *e = huge_alloc(cap * sizeof *e, 1);
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->e[i].key)
            continue;
        size_t s = index_slot(c->e[i].key, cap);
        while (e[s].key)
            s = (s + 1) & (cap - 1);
        e[s] = c->e[i];
    }
    free(c->e);
    c->e = e;
    c->cap = cap;
}

/* The entry of key, made empty when absent (room for it was made). */
static entry *counter_find(counter *c, uint64_t key)
{
    size_t s = index_slot(key, c->cap);
    while (c->e[s].key && c->e[s].key != key)
        s = (s + 1) & (c->cap - 1);
    if (!c->e[s].key) {
        c->e[s].key = key;
        c->n++;
    }
    return &c->e[s];
}

/* A key and the slot of its entry, for putting a run's entries in key
 * order. */
typedef struct keyed {
    uint64_t key;
    size_t slot;
} keyed;

/* One thread's run: documents [lo, hi) of f. */
typedef struct run {
    const folded *f;
    size_t lo, hi;
    const cancel_flag *cancel;
    counter c;      /* its bigrams, counted, then where each piece goes */
    keyed *order;   /* its c.n entries by key (merging) */
    uint64_t *han;  /* counting: the Han characters it has */
    unsigned char *data; /* writing: the index's streams */
    int counting;   /* the first pass: entries are added */
    int ok;         /* its pass was not stopped */
} run;

/* One bigram: its key, the document and the byte it starts at. */
typedef struct bigram {
    uint64_t key;
    uint32_t doc, pos;
} bigram;

typedef void (*bigram_fn)(run *r, const bigram *b);

/* Bigrams are handed over in batches of BATCH, each batch's entries
 * prefetched first: the table is far bigger than the caches, and the
 * looks, not the counting, are what the passes wait on. */
enum { BATCH = 32 };

static void hand_over(run *r, const bigram *b, size_t n, bigram_fn fn)
{
    if (r->counting)
        counter_grow(&r->c, n);
    for (size_t i = 0; i < n; i++)
        __builtin_prefetch(&r->c.e[index_slot(b[i].key, r->c.cap)]);
    for (size_t i = 0; i < n; i++)
        fn(r, &b[i]);
}

/* Every bigram of r's texts, and every Han character into r->han when
 * set; stops early when the flag is raised (returns 0 then; looked at
 * every CANCEL_STRIDE bytes, and at each text's start). A character
 * before a newline or the end pairs with '\n', so that each character is
 * the first of one bigram; none starts with a newline. */
static int each_bigram(run *r, bigram_fn fn)
{
    bigram b[BATCH];
    size_t nb = 0;
    for (size_t d = r->lo; d < r->hi; d++) {
        if (cancel_raised(r->cancel))
            return 0;
        const char *s = r->f[d].s;
        size_t len = r->f[d].len, i = 0;
        uint32_t prev = '\n';
        size_t prev_at = 0, look = CANCEL_STRIDE; /* looked at just above */
        while (i < len) {
            if (cancel_every(r->cancel, i, &look))
                return 0;
            uint32_t cp;
            size_t k = utf8_decode(s + i, len - i, &cp);
            if (prev != '\n') {
                b[nb++] = (bigram){bigram_key(prev, cp), (uint32_t)d, (uint32_t)prev_at};
                if (nb == BATCH) {
                    hand_over(r, b, nb, fn);
                    nb = 0;
                }
            }
            if (r->han && han_is(cp))
                r->han[(cp - HAN_MIN) / 64] |= (uint64_t)1 << ((cp - HAN_MIN) % 64);
            prev = cp;
            prev_at = i;
            i += k;
        }
        if (prev != '\n')
            b[nb++] = (bigram){bigram_key(prev, '\n'), (uint32_t)d, (uint32_t)prev_at};
        if (nb == BATCH) {
            hand_over(r, b, nb, fn);
            nb = 0;
        }
    }
    hand_over(r, b, nb, fn);
    return 1;
}

static void count_one(run *r, const bigram *b)
{
    entry *e = counter_find(&r->c, b->key);
    if (!e->last.any)
        e->first_doc = b->doc;
    e->size += posting_len(&e->last, b->doc, b->pos);
    e->last = (last){b->doc, b->pos, 1};
}

static int by_key(const void *a, const void *b)
{
    uint64_t x = ((const keyed *)a)->key, y = ((const keyed *)b)->key;
    return (x > y) - (x < y);
}

/* The counting pass of a run, then its entries listed in key order. */
static void *count_run(void *p)
{
    run *r = p;
    r->counting = 1;
    r->ok = each_bigram(r, count_one);
    r->counting = 0;
    if (!r->ok)
        return NULL;
    r->order = xmalloc((r->c.n + 1) * sizeof *r->order);
    size_t n = 0;
    for (size_t i = 0; i < r->c.cap; i++)
        if (r->c.e[i].key)
            r->order[n++] = (keyed){r->c.e[i].key, i};
    if (n > 1)
        qsort(r->order, n, sizeof *r->order, by_key);
    return NULL;
}

static void write_one(run *r, const bigram *b)
{
    entry *e = counter_find(&r->c, b->key); /* counted: it is there */
    unsigned char *at = r->data + e->size;
    e->size += (size_t)(posting_put(at, &e->last, b->doc, b->pos) - at);
    e->last = (last){b->doc, b->pos, 1};
}

static void *write_run(void *p)
{
    run *r = p;
    r->ok = each_bigram(r, write_one);
    return NULL;
}

/* Cuts f[0..n) into at most jobs runs of whole documents, each of about
 * the same bytes (one at least); returns how many. */
static size_t cut_runs(const folded *f, size_t n, size_t jobs, run *runs,
                       const cancel_flag *cancel)
{
    size_t total = 0;
    for (size_t d = 0; d < n; d++)
        total += f[d].len;
    if (jobs > n)
        jobs = n ? n : 1;
    size_t m = 0, d = 0, done = 0;
    for (size_t j = 0; j < jobs; j++) {
        size_t lo = d;
        size_t want = total / jobs * (j + 1); /* bytes by this run's end */
        while (d < n && (d == lo || done + f[d].len <= want)) {
            done += f[d].len;
            d++;
        }
        if (j + 1 == jobs)
            d = n;
        runs[m++] = (run){.f = f, .lo = lo, .hi = d, .cancel = cancel,
                          .han = xcalloc(HAN_WORDS, sizeof(uint64_t))};
    }
    return m;
}

/* The smallest key at the runs' places in their orders, UINT64_MAX when
 * every order is done. */
static uint64_t next_key(const run *runs, size_t m, const size_t *at)
{
    uint64_t min = UINT64_MAX;
    for (size_t j = 0; j < m; j++)
        if (at[j] < runs[j].c.n && runs[j].order[at[j]].key < min)
            min = runs[j].order[at[j]].key;
    return min;
}

/* The runs' counts merged in key order: the keys, each stream's start,
 * the lookup slots, and in each run's entries where its piece of the
 * stream goes and what it is coded after. Two walks over the runs'
 * orders: the first counts the distinct keys, the second lays them out. */
static void merge_runs(search_index *ix, run *runs, size_t m)
{
    size_t *at = xcalloc(m, sizeof *at);
    size_t nkeys = 0;
    for (uint64_t key; (key = next_key(runs, m, at)) != UINT64_MAX; nkeys++)
        for (size_t j = 0; j < m; j++)
            at[j] += at[j] < runs[j].c.n && runs[j].order[at[j]].key == key;
    ix->nkeys = nkeys;
    ix->keys = xmalloc((nkeys + 1) * sizeof *ix->keys);
    ix->start = xmalloc((nkeys + 1) * sizeof *ix->start);
    memset(at, 0, m * sizeof *at);
    size_t total = 0;
    for (size_t k = 0; k < nkeys; k++) {
        uint64_t key = next_key(runs, m, at);
        ix->keys[k] = key;
        ix->start[k] = total;
        last before = {0, 0, 0}; /* the last posting of the runs so far */
        for (size_t j = 0; j < m; j++) {
            if (at[j] >= runs[j].c.n || runs[j].order[at[j]].key != key)
                continue;
            entry *e = &runs[j].c.e[runs[j].order[at[j]++].slot];
            /* Its first posting was counted as after none: count it
             * again after the runs' before (a new document: runs do not
             * share one). */
            size_t size = e->size - new_doc_len(0, 0, e->first_doc, 0) +
                          new_doc_len(before.any, before.doc, e->first_doc, 0);
            last its = e->last;
            e->size = total;
            e->last = before;
            total += size;
            before = its;
        }
    }
    ix->start[nkeys] = total;
    ix->data = huge_alloc(total + 1, 0);
    for (ix->nslots = 16; ix->nslots < 2 * nkeys; ix->nslots *= 2)
        ;
    ix->slots = xcalloc(ix->nslots, sizeof *ix->slots);
    for (size_t k = 0; k < nkeys; k++) {
        size_t s = index_slot(ix->keys[k], ix->nslots);
        while (ix->slots[s])
            s = (s + 1) & (ix->nslots - 1);
        ix->slots[s] = (uint32_t)(k + 1);
    }
    free(at);
}

static void runs_free(run *runs, size_t m)
{
    for (size_t j = 0; j < m; j++) {
        free(runs[j].c.e);
        free(runs[j].han);
        free(runs[j].order);
    }
    free(runs);
}

static int runs_ok(const run *runs, size_t m)
{
    for (size_t j = 0; j < m; j++)
        if (!runs[j].ok)
            return 0;
    return 1;
}

search_index *index_build_jobs(const folded *f, size_t n, int jobs,
                               const cancel_flag *cancel)
{
    size_t want = jobs < 1 ? 1 : jobs > INDEX_MAX_JOBS ? INDEX_MAX_JOBS : (size_t)jobs;
    run *runs = xcalloc(want, sizeof *runs);
    size_t m = cut_runs(f, n, want, runs, cancel);
    threads_run(runs, m, sizeof *runs, count_run);
    search_index *ix = xcalloc(1, sizeof *ix);
    ix->ndocs = n;
    ix->jobs = (int)want;
    ix->han = xcalloc(HAN_WORDS, sizeof *ix->han);
    if (!runs_ok(runs, m)) {
        runs_free(runs, m);
        index_free(ix);
        return NULL;
    }
    for (size_t j = 0; j < m; j++) {
        for (size_t w = 0; w < HAN_WORDS; w++)
            ix->han[w] |= runs[j].han[w];
        free(runs[j].han);
        runs[j].han = NULL; /* the writing pass does not mark again */
    }
    merge_runs(ix, runs, m);
    for (size_t j = 0; j < m; j++) {
        free(runs[j].order);
        runs[j].order = NULL;
        runs[j].data = ix->data;
    }
    threads_run(runs, m, sizeof *runs, write_run);
    int ok = runs_ok(runs, m);
    runs_free(runs, m);
    if (!ok) {
        index_free(ix);
        return NULL;
    }
    return ix;
}

search_index *index_build(const folded *f, size_t n, const cancel_flag *cancel)
{
    return index_build_jobs(f, n, 1, cancel);
}

void index_free(search_index *ix)
{
    if (!ix)
        return;
    if (ix->borrowed) {
        free(ix);
        return;
    }
    free(ix->keys);
    free(ix->start);
    free(ix->slots);
    free(ix->data);
    free(ix->han);
    free(ix);
}
