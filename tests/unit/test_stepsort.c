/* test_stepsort.c — model/stepsort.c against a plain reference sort:
 * sizes around the insertion runs and the merge widths, keys with many
 * ties (the order of equal items kept), slices of 1, 3, 100 units and
 * the whole budget, and strings compared through ids. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "stepsort.h"

typedef struct item {
    uint32_t key, at;
} item;

static int by_key(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    uint32_t x = ((const item *)a)->key, y = ((const item *)b)->key;
    return (x > y) - (x < y);
}

static int by_key_at(const void *a, const void *b)
{
    int c = by_key(a, b, NULL);
    uint32_t x = ((const item *)a)->at, y = ((const item *)b)->at;
    return c ? c : (x > y) - (x < y);
}

/* n items of keys below range sorted in slices of budget: the
 * reference's order; *runs counts the calls it took. */
static int sorts_right(size_t n, uint32_t range, size_t budget, size_t *runs)
{
    item *v = malloc((n ? n : 1) * sizeof *v), *want = malloc((n ? n : 1) * sizeof *v);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        v[i] = (item){x % range, (uint32_t)i};
    }
    memcpy(want, v, n * sizeof *v);
    qsort(want, n, sizeof *want, by_key_at);
    stepsort s;
    stepsort_start(&s, v, n, sizeof *v, by_key, NULL);
    *runs = 0;
    for (;;) {
        size_t b = budget;
        ++*runs;
        if (stepsort_run(&s, &b))
            break;
        if (b) { /* stopped with budget left and not done */
            *runs = 0;
            break;
        }
    }
    int same = *runs && memcmp(stepsort_result(&s), want, n * sizeof *v) == 0;
    stepsort_free(&s);
    free(v);
    free(want);
    return same;
}

static const char *const words[] = {"丙", "甲", "乙", "", "甲", "abc", "ab", "丁"};

static int by_word(const void *a, const void *b, void *ctx)
{
    const char *const *w = ctx;
    return strcmp(w[*(const uint32_t *)a], w[*(const uint32_t *)b]);
}

int main(void)
{
    static const size_t sizes[] = {0, 1, 2, 15, 16, 17, 33, 1000, 5000};
    static const size_t budgets[] = {1, 3, 100, SIZE_MAX};
    for (size_t a = 0; a < sizeof sizes / sizeof *sizes; a++)
        for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
            size_t runs;
            CHECK(sorts_right(sizes[a], 7, budgets[b], &runs));      /* ties */
            CHECK(sorts_right(sizes[a], 1u << 30, budgets[b], &runs));
            if (budgets[b] == 1 && sizes[a] > 16)
                CHECK(runs > sizes[a]); /* a slice at a time */
            if (budgets[b] == SIZE_MAX)
                CHECK_INT(runs, 1);
        }
    uint32_t ids[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    stepsort s;
    stepsort_start(&s, ids, 8, sizeof *ids, by_word, (void *)words);
    size_t budget = SIZE_MAX;
    CHECK(stepsort_run(&s, &budget));
    const uint32_t *r = stepsort_result(&s);
    /* "", ab, abc, then 丁 U+4E01, 丙 U+4E19, 乙 U+4E59, 甲 U+7532 twice
     * (in their order). */
    static const uint32_t want[8] = {3, 6, 5, 7, 0, 2, 1, 4};
    for (int i = 0; i < 8; i++)
        CHECK_INT(r[i], want[i]);
    stepsort_free(&s);
    return check_done();
}
