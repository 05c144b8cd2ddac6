/* stepsort.h — a stable merge sort done a slice at a time: a long sort
 * on the UI's thread (grouping the indicators of many reports) gives way
 * to a key between slices and takes up where it stopped. Items of any
 * size, compared by the caller's function. */
#ifndef BAOGAO_STEPSORT_H
#define BAOGAO_STEPSORT_H

#include <stddef.h>

/* <0, 0, >0: a before, as, after b. */
typedef int (*stepsort_cmp)(const void *a, const void *b, void *ctx);

typedef struct stepsort {
    char *v, *tmp;        /* the caller's items; ours, as many */
    size_t n, size;
    stepsort_cmp cmp;
    void *ctx;
    char *src, *dst;      /* this pass merges runs of src into dst */
    size_t width;         /* the runs' length; 0 while the first short
                             runs are sorted by insertion */
    size_t lo, i, j, k;   /* the merge under way: the runs' start, the next
                             item of each, the next place in dst */
    int done;
} stepsort;

/* Starts sorting v[0..n) (items of size bytes; the caller's, left in
 * place until done) by cmp with ctx. Allocates (aborts on out-of-memory
 * only); stepsort_free frees. */
void stepsort_start(stepsort *s, void *v, size_t n, size_t size,
                    stepsort_cmp cmp, void *ctx);

/* Sorts on for about *budget units (an item moved or compared), taking
 * them off *budget. Returns 1 when sorted: stepsort_result holds the
 * items in order (equal ones in their order in v); 0 when the budget
 * ran out first. */
int stepsort_run(stepsort *s, size_t *budget);

/* How far the sort is, 0 to 100: the passes done, and of the one under
 * way the share merged. */
int stepsort_percent(const stepsort *s);

/* The sorted items (v or our copy), once stepsort_run returned 1; valid
 * until stepsort_free. */
const void *stepsort_result(const stepsort *s);

/* Frees what the sort allocated (v stays the caller's). */
void stepsort_free(stepsort *s);

#endif
