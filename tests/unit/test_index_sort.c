/* test_index_sort.c — span keys and index_sort_runs against qsort: keys
 * of spans at random places (documents and byte offsets of several
 * ranges, so the radix sort's digit count, its skipped digits and its
 * buckets all vary), from none to a few hundred thousand, read back
 * into their document, offset and length, dealt into runs of uneven
 * sizes and sorted on one thread and on several, and by qsort, and
 * compared key by key. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "index_impl.h"

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint64_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static int ascending(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* n keys of spans over docs documents of up to max_pos bytes and 40 at
 * most, distinct as a query's are, dealt at random into parts runs (the
 * first taking about half), sorted by index_sort_runs on jobs threads
 * and by qsort. */
static int sorts_like_qsort_on(size_t n, uint64_t docs, uint64_t max_pos,
                               size_t parts, size_t jobs)
{
    span_layout l;
    if (!span_layout_for(&l, (size_t)docs, max_pos, 40))
        return 0;
    uint64_t *w = malloc((n + 1) * sizeof *w);
    for (size_t i = 0; i < n; i++) {
        uint64_t doc = next_random() % docs, pos = next_random() % (max_pos + 1);
        size_t len = (size_t)(next_random() % 41);
        w[i] = span_key(&l, doc, pos, len);
        if (span_doc(&l, w[i]) != doc || span_pos(&l, w[i]) != pos ||
            span_len(&l, w[i]) != len) {
            free(w);
            return 0;
        }
    }
    /* Distinct places: a duplicate moved to a place of its own, its
     * length kept (the sort does not look at lengths). */
    unsigned skip = l.len_bits;
    uint64_t lens = ((uint64_t)1 << skip) - 1;
    qsort(w, n, sizeof *w, ascending);
    for (size_t i = 1; i < n; i++)
        if (w[i] >> skip <= w[i - 1] >> skip)
            w[i] = ((w[i - 1] >> skip) + 1) << skip | (w[i] & lens);
    key_run *runs = calloc(parts, sizeof *runs);
    for (size_t k = 0; k < parts; k++)
        runs[k] = key_run_empty();
    for (size_t i = 0; i < n; i++) {
        uint64_t r = next_random();
        size_t k = (r & 1) || parts == 1 ? 0 : 1 + (size_t)((r >> 1) % (parts - 1));
        key_run_add(&runs[k], w[i]);
    }
    for (size_t k = 0; k < parts; k++)
        for (size_t i = runs[k].n; i > 1; i--) { /* shuffled */
            size_t j = (size_t)(next_random() % i);
            uint64_t t = runs[k].v[i - 1];
            runs[k].v[i - 1] = runs[k].v[j];
            runs[k].v[j] = t;
        }
    size_t total = SIZE_MAX;
    uint64_t *sorted = index_sort_runs(runs, parts, skip, jobs, &total);
    int same = total == n && (n == 0 || memcmp(sorted, w, n * sizeof *w) == 0);
    for (size_t k = 0; k < parts; k++)
        same = same && runs[k].v == NULL && runs[k].n == 0;
    free(sorted);
    free(runs);
    free(w);
    return same;
}

/* The same spans sorted as one run on one thread, and as runs on
 * several threads. */
static int sorts_like_qsort(size_t n, uint64_t docs, uint64_t max_pos)
{
    return sorts_like_qsort_on(n, docs, max_pos, 1, 1) &&
           sorts_like_qsort_on(n, docs, max_pos, 3, 3) &&
           sorts_like_qsort_on(n, docs, max_pos, 4, 2);
}

/* A layout keeps the length while the three fit in 64 bits, and says
 * when they do not. */
static int layout_fits(void)
{
    span_layout l;
    int small = span_layout_for(&l, 7920, 200000, 252) && l.pos_bits == 18 &&
                l.len_bits == 8;
    int wide = span_layout_for(&l, (size_t)1 << 32, UINT32_MAX, 0);
    int too_wide = !span_layout_for(&l, (size_t)1 << 32, UINT32_MAX, 252) &&
                   l.len_bits == 0;
    return small && wide && too_wide;
}

int main(void)
{
    CHECK(layout_fits());
    CHECK(sorts_like_qsort(0, 1, 0));
    CHECK(sorts_like_qsort(1, 1, 10));
    CHECK(sorts_like_qsort(500, 3, 1000));
    CHECK(sorts_like_qsort(1023, 1, 5000));
    CHECK(sorts_like_qsort(1024, 1, 1u << 20));   /* one document */
    CHECK(sorts_like_qsort(5000, 2000, 70000));   /* no buckets */
    CHECK(sorts_like_qsort(20000, 1, 1u << 31));  /* offsets only */
    CHECK(sorts_like_qsort(100000, 8000, 1u << 17));
    CHECK(sorts_like_qsort(300000, 100000, 255)); /* documents only */
    CHECK(sorts_like_qsort(300000, 7920, 200000));
    CHECK(sorts_like_qsort(200000, (uint64_t)1 << 24, UINT32_MAX));
    CHECK(sorts_like_qsort(150000, 1, 100000)); /* one document, many alike */
    CHECK(sorts_like_qsort_on(300000, 7920, 200000, 2, 64)); /* jobs > parts */
    CHECK(sorts_like_qsort_on(5000, 10, 1000, 8, 8)); /* many parts */
    return check_done();
}
