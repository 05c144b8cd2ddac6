/* test_index_sort.c — index_sort_spans against qsort: spans of random
 * places (documents and byte offsets of several ranges, so the radix
 * sort's digit count, its skipped digits and its buckets all vary),
 * from none to a few hundred thousand, each sorted both ways and
 * compared span by span (lengths travel with their places). */
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

static int by_place(const void *a, const void *b)
{
    const index_span *x = a, *y = b;
    return (x->place > y->place) - (x->place < y->place);
}

/* n spans over docs documents of up to max_pos bytes, places distinct
 * as a query's are, sorted by index_sort_spans and by qsort. */
static int sorts_like_qsort(size_t n, uint64_t docs, uint64_t max_pos)
{
    index_span *v = malloc((n + 1) * sizeof *v), *w = malloc((n + 1) * sizeof *w);
    for (size_t i = 0; i < n; i++) {
        uint64_t doc = next_random() % docs, pos = next_random() % (max_pos + 1);
        v[i] = (index_span){index_place((size_t)doc, (size_t)pos), (size_t)(next_random() % 40)};
    }
    /* Distinct places: a duplicate moved to a place of its own. */
    memcpy(w, v, n * sizeof *v);
    qsort(w, n, sizeof *w, by_place);
    for (size_t i = 1; i < n; i++)
        if (w[i].place <= w[i - 1].place)
            w[i].place = w[i - 1].place + 1;
    memcpy(v, w, n * sizeof *v);
    for (size_t i = n; i > 1; i--) { /* shuffled */
        size_t j = (size_t)(next_random() % i);
        index_span t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
    index_sort_spans(v, n);
    int same = n == 0 || memcmp(v, w, n * sizeof *v) == 0;
    free(v);
    free(w);
    return same;
}

int main(void)
{
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
    return check_done();
}
