/* corpus.c — the documents of a folder and their near-duplicate links
 * (see corpus.h).
 *
 * A document's shingles are the 5-character runs inside each paragraph of
 * its clean text in the base fold (fold.h: traditional → simplified,
 * full-width → half-width, lower case) with punctuation and spaces
 * dropped; shingles never span two paragraphs, so reordered paragraphs
 * still match. Each document gets a one-permutation minhash signature (128
 * bins, empty bins filled by rotation), which estimates the Jaccard
 * similarity J of two documents and, with their sizes, how much of the
 * smaller one the larger contains. Pairs whose estimate is promising are
 * checked exactly: the share of the smaller's shingles (as read, repeats
 * counted) found in the set of the larger's. A pair is a near-duplicate
 * when that share is at least DUP_CONTAINMENT; it is the similarity
 * reported. 004 (a partial copy) lies in 003 at 0.99; the closest other
 * sample pair, 000 and 001 (same district and year, different reports), at
 * 0.24.
 *
 * Near-duplicates form clusters (union-find); the cleanest member of a
 * cluster is its primary, and every other member close enough to it
 * points to it, so a document is a duplicate of at most one other.
 *
 * Pairing is fed one document at a time (corpus_pairs_add), so a caller
 * need not keep its documents: of one too small to pair (MIN_SHINGLES)
 * nothing is kept; of the others their signature, cleanliness and, unless
 * the caller keeps the document, the characters its shingles are made of
 * (see "kept text"; copies of one report keep one), from which every
 * exact check reads them.
 *
 * Cost, for n documents of N characters in all: signatures O(N), kept
 * only for the documents big enough to pair (MIN_SHINGLES); the
 * comparison of every pair of those signatures O(n² · 128), about 0.05 s
 * for 2,000 documents and 1.5 s for 10,000 (beyond that, LSH banding of
 * the signatures would be the next step), over distinct signatures only:
 * exact copies (identical signatures) are joined first, so 20,000 copies
 * of five reports pair in a moment; each exact check O(size of the pair),
 * for candidates only. */
#include "corpus.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "shingle.h"

enum {
    NBINS = 128,       /* minhash bins (top 7 bits of a shingle hash) */
    MIN_SHINGLES = 50, /* a smaller document is never paired */
    MIN_BINS = 3       /* equal bins a candidate needs at least */
};
#define DUP_CONTAINMENT 0.8       /* the smaller's shingles in the larger */
#define CANDIDATE_CONTAINMENT 0.6 /* an estimate that earns an exact check */

void corpus_init(corpus *c)
{
    memset(c, 0, sizeof *c);
}

void corpus_add(corpus *c, doc *d)
{
    c->docs = xgrow(c->docs, &c->cap, c->n, sizeof *c->docs);
    c->docs[c->n++] = d;
}

void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n; i++)
        doc_free(c->docs[i]);
    free(c->docs);
    free(c->duplicate_of);
    free(c->similarity);
    memset(c, 0, sizeof *c);
}

/* ---- signatures ---- */

typedef struct signature {
    uint32_t bin[NBINS]; /* least hash value per bin */
    size_t size;         /* shingles (with repeats): the document's size */
} signature;

HOT void signature_add(void *p, uint64_t h)
{
    signature *s = p;
    uint32_t v = (uint32_t)(h >> 25);
    size_t b = (size_t)(h >> 57);
    if (v < s->bin[b])
        s->bin[b] = v;
    s->size++;
}

/* An empty bin takes the value of the next filled one to its right,
 * changed by the distance, so two documents' filled-in bins agree about
 * as often as their real ones (rotation densification). */
static void signature_densify(signature *s)
{
    uint32_t filled[NBINS];
    memcpy(filled, s->bin, sizeof filled);
    for (size_t b = 0; b < NBINS; b++) {
        size_t k = 1;
        while (filled[b] == UINT32_MAX && filled[(b + k) % NBINS] == UINT32_MAX)
            k++;
        if (filled[b] == UINT32_MAX)
            s->bin[b] = (uint32_t)hash_mix64(filled[(b + k) % NBINS] + (uint64_t)k * 0x9e3779b9u);
    }
}

SHINGLE_WALK(signature_shingles, signature_add)

/* What signature_of reads d's characters with: the signature and, for
 * CORPUS_PAIRS_COPY, the kept text, in one pass. */
typedef struct signing {
    signature_shingles_walk sig;
    kept *kept; /* NULL: none made */
} signing;

HOT void signing_char(void *p, uint32_t cp)
{
    signing *g = p;
    if (g->kept)
        kept_char(g->kept, cp);
    signature_shingles_char(&g->sig, cp);
}

/* The raw signature of d (bins not yet densified: signature_densify) in
 * *s; for keep CORPUS_PAIRS_COPY, made in the same pass, its kept text
 * (see "kept text") in a source of its own, else d itself, in *src. Short when
 * stopped by *cancel. */
static void signature_of(const doc *d, corpus_keep keep, source *src,
                         signature *s, const cancel_flag *cancel)
{
    memset(s->bin, 0xFF, sizeof s->bin);
    s->size = 0;
    kept k = {NULL, 0, 0, 0, 0};
    signing g = {{{0, {0}, 0, 0}, s}, keep == CORPUS_PAIRS_COPY ? &k : NULL};
    if (g.kept)
        doc_chars(d, signing_char, &g, cancel); /* kept or not: inlined apart */
    else
        doc_chars(d, signature_shingles_char, &g.sig, cancel);
    *src = (source){d, NULL, 0, NULL};
    if (keep == CORPUS_PAIRS_COPY) {
        uint16_t *u = k.n ? xrealloc(k.u, k.n * sizeof *k.u) : k.u;
        *src = (source){NULL, u, k.n, u};
    }
}

/* ---- made ahead ----
 * What corpus_pairs_add makes of a document, made in a parse worker
 * instead (corpus_pairs_prepare) and left in the document for the add to
 * take. */
struct corpus_prep {
    signature sig;   /* raw: not yet densified */
    corpus_keep keep;
    uint16_t *kept;  /* COPY: the kept text, until an add takes it */
    size_t nkept;
    int taken;       /* an add took it: the next one makes its own */
};

/* doc_free's pairing_free: what corpus_pairs_prepare left. */
static void prep_free(void *p)
{
    corpus_prep *r = p;
    free(r->kept);
    free(r);
}

void corpus_pairs_prepare(doc *d, corpus_keep keep, const cancel_flag *cancel)
{
    if (d->pairing || cancel_raised(cancel))
        return;
    corpus_prep *r = xcalloc(1, sizeof *r);
    source src;
    signature_of(d, keep, &src, &r->sig, cancel);
    if (cancel_raised(cancel)) { /* partial: nothing left */
        free(src.own);
        free(r);
        return;
    }
    r->keep = keep;
    r->kept = src.own;
    r->nkept = src.n;
    d->pairing = r;
    d->pairing_free = prep_free;
}

void corpus_pairs_prepare_copy(doc *d, const cancel_flag *cancel)
{
    corpus_pairs_prepare(d, CORPUS_PAIRS_COPY, cancel);
}


/* What d's add starts from: what corpus_pairs_prepare left in d for keep
 * (taken: the kept text is src's now), else made here. */
static void prepared(const doc *d, corpus_keep keep, source *src,
                     signature *s, const cancel_flag *cancel)
{
    corpus_prep *r = d->pairing;
    *src = (source){d, NULL, 0, NULL};
    if (r && !r->taken && r->keep == keep) {
        r->taken = 1;
        *s = r->sig;
        if (keep == CORPUS_PAIRS_COPY) {
            *src = (source){NULL, r->kept, r->nkept, r->kept};
            r->kept = NULL;
        }
        return;
    }
    signature_of(d, keep, src, s, cancel);
}

/* Estimated share of the smaller document's shingles found in the larger
 * (from J = |A∩B| / |A∪B|: |A∩B| = J(|A|+|B|)/(1+J)); 0 when fewer than
 * MIN_BINS bins agree. */
static double estimate(const signature *a, const signature *b)
{
    size_t equal = 0;
    for (size_t i = 0; i < NBINS; i++)
        equal += a->bin[i] == b->bin[i];
    if (equal < MIN_BINS)
        return 0;
    double j = (double)equal / NBINS;
    double small = (double)(a->size < b->size ? a->size : b->size);
    return j * (double)(a->size + b->size) / ((1 + j) * small);
}

/* ---- exact containment ---- */

typedef struct shingle_set {
    uint64_t *v; /* 0: empty slot (a hash of 0 is stored as 1) */
    size_t mask, n;
} shingle_set;

static void set_grow(shingle_set *s);

HOT void set_add(void *p, uint64_t h)
{
    shingle_set *s = p;
    h = h ? h : 1;
    if (2 * (s->n + 1) > s->mask + 1)
        set_grow(s);
    size_t i = (size_t)h & s->mask;
    while (s->v[i] && s->v[i] != h)
        i = (i + 1) & s->mask;
    if (!s->v[i]) {
        s->v[i] = h;
        s->n++;
    }
}

static void set_grow(shingle_set *s)
{
    shingle_set old = *s;
    size_t cap = old.v ? 2 * (old.mask + 1) : 1024;
    s->v = xmalloc(cap * sizeof *s->v);
    memset(s->v, 0, cap * sizeof *s->v);
    s->mask = cap - 1;
    s->n = 0;
    for (size_t i = 0; old.v && i <= old.mask; i++)
        if (old.v[i])
            set_add(s, old.v[i]);
    free(old.v);
}

static int set_has(const shingle_set *s, uint64_t h)
{
    h = h ? h : 1;
    size_t i = (size_t)h & s->mask;
    while (s->v[i] && s->v[i] != h)
        i = (i + 1) & s->mask;
    return s->v[i] != 0;
}

SHINGLES_TO(set_shingles, set_add)

static void set_build(const source *src, shingle_set *s,
                      const cancel_flag *cancel)
{
    memset(s, 0, sizeof *s);
    set_grow(s);
    set_shingles(src, s, cancel);
}

typedef struct probe {
    const shingle_set *large;
    size_t in, all;
} probe;

HOT void probe_add(void *p, uint64_t h)
{
    probe *q = p;
    q->all++;
    q->in += set_has(q->large, h);
}

SHINGLES_TO(probe_shingles, probe_add)

/* Share of the shingles of the smaller document (counted with repeats,
 * as they are read) that the set of the larger document holds. */
static double contained_in(const source *small, const shingle_set *large,
                           const cancel_flag *cancel)
{
    probe q = {large, 0, 0};
    probe_shingles(small, &q, cancel);
    return q.all ? (double)q.in / (double)q.all : 0;
}

/* ---- kept texts shared ----
 * n copies of a report keep one copy of its text: a candidate whose kept
 * text equals an earlier one's reads that one's. */

typedef struct same_text {
    uint64_t hash; /* of the units; an empty slot has cand SIZE_MAX */
    size_t cand;
} same_text;

typedef struct same_texts {
    same_text *v;
    size_t mask, n;
} same_texts;

static uint64_t units_hash(const uint16_t *u, size_t n)
{
    return hash_bytes(u, n * sizeof *u);
}

static void same_grow(same_texts *t)
{
    same_texts old = *t;
    size_t cap = old.v ? 2 * (old.mask + 1) : 64;
    t->v = xmalloc(cap * sizeof *t->v);
    for (size_t i = 0; i < cap; i++)
        t->v[i].cand = SIZE_MAX;
    t->mask = cap - 1;
    for (size_t i = 0; old.v && i <= old.mask; i++) {
        if (old.v[i].cand == SIZE_MAX)
            continue;
        size_t k = (size_t)old.v[i].hash & t->mask;
        while (t->v[k].cand != SIZE_MAX)
            k = (k + 1) & t->mask;
        t->v[k] = old.v[i];
    }
    free(old.v);
}

/* The kept text of an earlier candidate (of srcs) equal to u[0..n), or
 * NULL, and then u is recorded as candidate cand's. */
static const uint16_t *same_find(same_texts *t, const source *srcs, size_t cand,
                                 const uint16_t *u, size_t n)
{
    if (2 * (t->n + 1) > t->mask + 1)
        same_grow(t);
    uint64_t h = units_hash(u, n);
    size_t k = (size_t)h & t->mask;
    for (; t->v[k].cand != SIZE_MAX; k = (k + 1) & t->mask) {
        const source *o = &srcs[t->v[k].cand];
        if (t->v[k].hash == h && o->n == n && memcmp(o->u, u, n * sizeof *u) == 0)
            return o->u;
    }
    t->v[k] = (same_text){h, cand};
    t->n++;
    return NULL;
}

/* ---- pairing ---- */

/* The documents that can pair (MIN_SHINGLES or more: a smaller one never
 * does, and nothing of it is kept, so a million tiny documents cost next
 * to nothing here) with what pairing needs of them; everything below
 * works on indices into these, "candidates". The arrays grow together. */
struct corpus_pairs {
    size_t n, cap;
    size_t *doc;     /* candidate → its document's key (increasing) */
    signature *sig;  /* candidate → its signature */
    source *src;     /* candidate → where its shingles come from */
    long *clean;     /* candidate → its document's cleanliness */
    same_texts same; /* the kept texts, to share those of copies */
    size_t *dup;     /* candidate → the candidate it duplicates, or
                        SIZE_MAX (after corpus_pairs_find) */
    double *sim;     /* candidate → its similarity to that one, or 0 */
    const cancel_flag *cancel; /* raised: stop early (every document and
                                  row, and inside each exact check) */
};
typedef struct corpus_pairs pairing;

static const source *cand_src(const pairing *p, size_t i)
{
    return &p->src[i];
}

/* The shingle set of one candidate, kept while it is compared with
 * others (a row of the pair loop, or a cluster's primary). */
typedef struct held {
    size_t cand; /* SIZE_MAX: none */
    shingle_set set;
} held;

static const shingle_set *held_set(held *h, const pairing *p, size_t i)
{
    if (h->cand != i) {
        free(h->set.v);
        set_build(cand_src(p, i), &h->set, p->cancel);
        h->cand = i;
    }
    return &h->set;
}

/* Exact share of the smaller of candidates i and j (by shingles) found in
 * the larger; i's set is held, j's built when j is the larger. Stopped by
 * p->cancel, a meaningless share. */
static double exact_containment(const pairing *p, held *h, size_t i, size_t j)
{
    if (p->sig[j].size <= p->sig[i].size)
        return contained_in(cand_src(p, j), held_set(h, p, i), p->cancel);
    shingle_set sj;
    set_build(cand_src(p, j), &sj, p->cancel);
    double r = contained_in(cand_src(p, i), &sj, p->cancel);
    free(sj.v);
    return r;
}

/* Union-find over candidate indices. */
static size_t find_root(size_t *parent, size_t i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

/* How clean a copy is: its structure, less what had to be dropped or
 * repaired to read it. */
static long cleanliness(const doc *d)
{
    const doc_stats *s = &d->stats;
    long dropped = 0;
    for (int r = 0; r < DROP_NREASONS; r++)
        dropped += (long)s->dropped[r];
    long repairs = (long)(s->mojibake_repaired + s->mojibake_inferred +
                          s->mojibake_partial + 2 * s->mojibake_unrecoverable +
                          s->replaced + s->annotations);
    return 2 * (long)d->nsections + 4 * (long)d->ntables - dropped - repairs;
}

/* True when candidate a makes a better primary than b: cleaner, then
 * longer, then loaded first. */
static int better(const pairing *p, size_t a, size_t b)
{
    long ca = p->clean[a], cb = p->clean[b];
    if (ca != cb)
        return ca > cb;
    if (p->sig[a].size != p->sig[b].size)
        return p->sig[a].size > p->sig[b].size;
    return a < b;
}

/* The pair that brought each candidate into its cluster, and its exact
 * containment, so the link to a primary it was checked against is not
 * computed twice. */
typedef struct checked {
    size_t *via;         /* SIZE_MAX: none */
    double *containment;
} checked;

/* Joins the clusters of every pair whose estimate is promising and whose
 * exact containment reaches DUP_CONTAINMENT; a pair already in one
 * cluster is not checked again, so n copies of a report cost n - 1
 * checks. Stops early once p->cancel is raised (looked at every row: n
 * estimates, 2 ms for 20,000 documents, and in each exact check). */
static void cluster(const pairing *p, size_t *parent, checked *link,
                    const unsigned char *copy)
{
    const signature *sig = p->sig;
    held h = {SIZE_MAX, {0}};
    for (size_t i = 0; i < p->n && !cancel_raised(p->cancel); i++) {
        if (copy[i])
            continue;
        for (size_t j = i + 1; j < p->n; j++) {
            /* A pair already in one cluster first: cheaper than the
             * estimate. */
            if (copy[j])
                continue;
            size_t ri = find_root(parent, i), rj = find_root(parent, j);
            if (ri == rj || estimate(&sig[i], &sig[j]) < CANDIDATE_CONTAINMENT)
                continue;
            /* Identical signatures of equal size: a copy, no need to
             * count shingles one by one. */
            double x = sig[i].size == sig[j].size &&
                               memcmp(sig[i].bin, sig[j].bin, sizeof sig[i].bin) == 0
                           ? 1.0
                           : exact_containment(p, &h, i, j);
            if (x >= DUP_CONTAINMENT) {
                parent[rj] = ri;
                link->via[j] = i;
                link->containment[j] = x;
            }
        }
    }
    free(h.set.v);
}

/* Candidates a and b by signature (size, then bins), then index. */
static int by_signature(const void *a, const void *b, void *ctx)
{
    const signature *sig = ctx;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    if (sig[x].size != sig[y].size)
        return sig[x].size < sig[y].size ? -1 : 1;
    int c = memcmp(sig[x].bin, sig[y].bin, sizeof sig[x].bin);
    return c ? c : (x > y) - (x < y);
}

/* Candidates with identical signatures (equal size, equal bins) are
 * copies: each is joined at once to the first of them (containment 1, as
 * the pair loop would find it) and marked in copy[], and only that first
 * one takes part in the pair loop, its pairs standing for theirs — the
 * clusters are the same, and a folder of 20,000 copies of a few reports
 * costs a few comparisons instead of 2·10^8. */
static void join_copies(const pairing *p, size_t *parent, checked *link,
                        unsigned char *copy)
{
    size_t *by = xmalloc(p->n * sizeof *by);
    for (size_t i = 0; i < p->n; i++)
        by[i] = i;
    qsort_r(by, p->n, sizeof *by, by_signature, p->sig);
    for (size_t k = 1; k < p->n; k++) {
        size_t first = by[k - 1], i = by[k];
        if (copy[first])
            first = parent[first];
        if (p->sig[i].size != p->sig[first].size ||
            memcmp(p->sig[i].bin, p->sig[first].bin, sizeof p->sig[i].bin) != 0)
            continue;
        parent[i] = first;
        link->via[i] = first;
        link->containment[i] = 1.0;
        copy[i] = 1;
    }
    free(by);
}

/* A candidate in its cluster; text: its kept text (shared by copies,
 * see "kept texts shared"), 0 when it reads its document. */
typedef struct member {
    size_t root, cand;
    uintptr_t text;
} member;

/* By cluster, then kept text (copies side by side), then candidate. */
static int member_cmp(const void *a, const void *b)
{
    const member *x = a, *y = b;
    if (x->root != y->root)
        return x->root < y->root ? -1 : 1;
    if (x->text != y->text)
        return x->text < y->text ? -1 : 1;
    return x->cand < y->cand ? -1 : x->cand > y->cand;
}

/* The best candidate of each cluster, indexed by the cluster's root. */
static size_t *primaries(const pairing *p, size_t *parent)
{
    size_t *primary = xmalloc(p->n * sizeof *primary);
    for (size_t i = 0; i < p->n; i++)
        primary[i] = SIZE_MAX;
    for (size_t i = 0; i < p->n; i++) {
        size_t r = find_root(parent, i);
        if (primary[r] == SIZE_MAX || better(p, i, primary[r]))
            primary[r] = i;
    }
    return primary;
}

/* Every member of a cluster close enough to its primary points to it.
 * Members are visited cluster by cluster, so each primary's shingle set
 * is built once, and copies with one kept text one after the other, so
 * their containment (the same: the same shingles) is counted once. Stops
 * early once p->cancel is raised. */
static void link_clusters(pairing *p, size_t *parent, const checked *link)
{
    size_t *primary = primaries(p, parent);
    member *m = xmalloc(p->n * sizeof *m);
    for (size_t i = 0; i < p->n; i++)
        m[i] = (member){find_root(parent, i), i, (uintptr_t)p->src[i].u};
    qsort(m, p->n, sizeof *m, member_cmp);
    held h = {SIZE_MAX, {0}};
    size_t last = SIZE_MAX; /* the member whose containment was counted last */
    double last_s = 0;
    for (size_t k = 0; k < p->n && !cancel_raised(p->cancel); k++) {
        size_t i = m[k].cand, pr = primary[m[k].root];
        if (pr == i)
            continue;
        double s;
        if (link->via[i] == pr) {
            s = link->containment[i];
        } else if (last != SIZE_MAX && m[k].text && m[last].text == m[k].text &&
                   m[last].root == m[k].root && m[last].cand != pr) {
            s = last_s; /* a copy of the text just counted */
        } else {
            s = last_s = exact_containment(p, &h, pr, i);
            last = k;
        }
        if (s >= DUP_CONTAINMENT) {
            p->dup[i] = pr;
            p->sim[i] = s;
        }
    }
    free(h.set.v);
    free(m);
    free(primary);
}

corpus_pairs *corpus_pairs_new(const cancel_flag *cancel)
{
    corpus_pairs *p = xcalloc(1, sizeof *p);
    p->cancel = cancel;
    return p;
}

/* Room for one more candidate in every array. */
static void pairs_grow(pairing *p)
{
    if (p->n < p->cap)
        return;
    p->cap = p->cap ? 2 * p->cap : 16;
    p->doc = xrealloc(p->doc, p->cap * sizeof *p->doc);
    p->sig = xrealloc(p->sig, p->cap * sizeof *p->sig);
    p->src = xrealloc(p->src, p->cap * sizeof *p->src);
    p->clean = xrealloc(p->clean, p->cap * sizeof *p->clean);
}

int corpus_pairs_add(corpus_pairs *p, const doc *d, size_t key, corpus_keep keep)
{
    if (p->n && key <= p->doc[p->n - 1]) {
        fputs("baogao: corpus_pairs_add: keys out of order\n", stderr);
        abort();
    }
    if (cancel_raised(p->cancel))
        return 0;
    source src;
    signature s;
    prepared(d, keep, &src, &s, p->cancel);
    if (s.size < MIN_SHINGLES) {
        free(src.own);
        return 0;
    }
    if (src.own) {
        const uint16_t *same = same_find(&p->same, p->src, p->n, src.u, src.n);
        if (same) {
            free(src.own);
            src.u = same;
            src.own = NULL;
        }
    }
    signature_densify(&s);
    pairs_grow(p);
    p->doc[p->n] = key;
    p->sig[p->n] = s;
    p->clean[p->n] = cleanliness(d);
    p->src[p->n++] = src;
    return 1;
}

int corpus_pairs_find(corpus_pairs *p)
{
    p->dup = xcalloc(p->n, sizeof *p->dup);
    p->sim = xcalloc(p->n, sizeof *p->sim);
    for (size_t i = 0; i < p->n; i++)
        p->dup[i] = SIZE_MAX;
    if (p->n > 1) {
        size_t *parent = xmalloc(p->n * sizeof *parent);
        checked link = {xmalloc(p->n * sizeof *link.via),
                        xmalloc(p->n * sizeof *link.containment)};
        for (size_t i = 0; i < p->n; i++) {
            parent[i] = i;
            link.via[i] = SIZE_MAX;
        }
        unsigned char *copy = xcalloc(p->n, 1);
        join_copies(p, parent, &link, copy);
        cluster(p, parent, &link, copy);
        free(copy);
        link_clusters(p, parent, &link);
        free(link.via);
        free(link.containment);
        free(parent);
    }
    if (!cancel_raised(p->cancel))
        return 0;
    for (size_t i = 0; i < p->n; i++) { /* nothing half-paired */
        p->dup[i] = SIZE_MAX;
        p->sim[i] = 0;
    }
    return -1;
}

int corpus_pairs_of(const corpus_pairs *p, size_t key, size_t *of,
                    double *similarity)
{
    size_t lo = 0, hi = p->n; /* p->doc is increasing */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->doc[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    *similarity = 0;
    if (!p->dup || lo == p->n || p->doc[lo] != key || p->dup[lo] == SIZE_MAX)
        return 0;
    *of = p->doc[p->dup[lo]];
    *similarity = p->sim[lo];
    return 1;
}

void corpus_pairs_free(corpus_pairs *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        free(p->src[i].own);
    free(p->doc);
    free(p->sig);
    free(p->src);
    free(p->clean);
    free(p->same.v);
    free(p->dup);
    free(p->sim);
    free(p);
}

int corpus_find_duplicates(corpus *c, const cancel_flag *cancel)
{
    size_t n = c->n ? c->n : 1;
    free(c->duplicate_of);
    free(c->similarity);
    c->duplicate_of = xmalloc(n * sizeof *c->duplicate_of);
    c->similarity = xmalloc(n * sizeof *c->similarity);
    corpus_pairs *p = corpus_pairs_new(cancel);
    for (size_t i = 0; i < c->n && !cancel_raised(cancel); i++)
        corpus_pairs_add(p, c->docs[i], i, CORPUS_PAIRS_BORROW);
    int r = corpus_pairs_find(p);
    for (size_t i = 0; i < c->n; i++) {
        size_t of;
        c->duplicate_of[i] =
            corpus_pairs_of(p, i, &of, &c->similarity[i]) ? (int)of : -1;
    }
    corpus_pairs_free(p);
    return r;
}
