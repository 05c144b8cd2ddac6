/* indicators_bench.c — the Indicators view's work per keystroke over many
 * reports: the files named on the command line parsed once, then listed
 * over and over up to N reports (--reports N, default 2000) as the view's
 * "every report" table (ui/indicator_table.c in the list widget): the time
 * to gather the rows, to sort by each column (the first time, reversed,
 * again), to filter as a query is typed character by character (literal
 * and pinyin), to group across reports; and the bytes per row the view
 * keeps. Prints; never fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "indicator_table.h"
#include "keyset.h"
#include "list.h"
#include "pipeline.h"
#include "utf8.h"
#include "../unit/sample_doc.h"


static double clock_ms(clockid_t c)
{
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static double now_ms(void)
{
    return clock_ms(CLOCK_MONOTONIC);
}

/* The CPU time this process has had (the machine may be shared: the
 * wall-clock time is that and the waiting for a core). */
static double cpu_ms(void)
{
    return clock_ms(CLOCK_PROCESS_CPUTIME_ID);
}

static size_t count(void *ctx) { return ((itab *)ctx)->nrows; }
static void row(void *ctx, size_t i, role base, list_row *r)
{
    (void)ctx; (void)i; (void)base; (void)r;
}
static uint64_t key(void *ctx, size_t i, int col)
{
    return itab_key(ctx, i, col);
}
static int match(void *ctx, size_t i, const char *f)
{
    (void)f;
    return itab_match(ctx, i);
}

/* Types q a character at a time: the filter after each, timed. */
static void type(itab *t, list *l, const list_source *s, const char *q)
{
    char typed[128] = "";
    double worst = 0, sum = 0;
    int keys = 0;
    for (size_t i = 0, n = strlen(q); i < n && i + 4 < sizeof typed;) {
        uint32_t cp;
        size_t k = utf8_decode(q + i, n - i, &cp);
        memcpy(typed + i, q + i, k);
        typed[i + k] = '\0';
        i += k;
        double t0 = now_ms();
        int narrower;
        itab_set_filter(t, typed, &narrower);
        if (narrower)
            list_narrow(l, s, typed);
        else
            list_set_filter(l, s, typed);
        double ms = now_ms() - t0;
        sum += ms;
        worst = ms > worst ? ms : worst;
        keys++;
    }
    printf("filter %-14s %zu rows: %.2f ms a keystroke on average, %.2f ms at most\n",
           q, l->n, sum / keys, worst);
    itab_set_filter(t, "", NULL);
    list_set_filter(l, s, "");
}

/* Sorts by each column as < > and r do: the first time, reversed, then
 * each column again (its order kept). Timed, wall clock and CPU. */
static void sorts(itab *t, list *l, const list_source *s)
{
    double first[ITAB_MAX_COLS], cpu[ITAB_MAX_COLS], rev[ITAB_MAX_COLS];
    for (int k = 0; k < t->ncols; k++) {
        double s0 = now_ms(), c0 = cpu_ms();
        list_sort(l, s, k, 0);
        double s1 = now_ms();
        cpu[k] = cpu_ms() - c0;
        list_sort(l, s, k, 1);
        first[k] = s1 - s0;
        rev[k] = now_ms() - s1;
    }
    for (int k = 0; k < t->ncols; k++) {
        double s0 = now_ms();
        list_sort(l, s, k, 0);
        printf("sort by %-7s %.1f ms the first time (CPU %.1f ms), reversed "
               "%.1f ms, again %.1f ms\n", itab_title(t, k), first[k], cpu[k],
               rev[k], now_ms() - s0);
    }
    size_t kept = 0;
    for (int k = 0; k < LIST_MAX_COLS; k++)
        kept += l->by[k].asc ? l->by[k].n * sizeof *l->by[k].asc + l->by[k].n / 8 : 0;
    printf("the sorted columns' orders kept: %.1f bytes a row\n",
           (double)kept / (double)t->nrows);
}

static uint32_t *distinct_ids;

static uint64_t distinct_key(void *ctx, size_t i, int col)
{
    (void)col;
    return keyset_rank(ctx)[distinct_ids[i]];
}

/* The worst case of a sort by a number column, which the bench corpus
 * (its few reports over and over) does not have: n numbers, none the same
 * (numbered as the rows are gathered, not timed), ranked as the gathering
 * ends (itab_rank), then the rows sorted by rank, as the first sort by the
 * column does. */
static void distinct_numbers(size_t n)
{
    keyset ks = {0};
    distinct_ids = xmalloc(n * sizeof *distinct_ids);
    uint64_t x = 88172645463325252ull;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        distinct_ids[i] = keyset_add(&ks, x);
    }
    list_order o = {0};
    double t0 = now_ms(), c0 = cpu_ms();
    keyset_rank(&ks);
    double t1 = now_ms(), c1 = cpu_ms();
    list_order_build(&o, n, distinct_key, &ks, 0);
    printf("a column of %zu numbers none of which repeats: ranked in %.1f ms "
           "(CPU %.1f ms) as the rows are in, then sorted the first time in "
           "%.1f ms (CPU %.1f ms)\n", ks.n, t1 - t0, c1 - c0, now_ms() - t1,
           cpu_ms() - c1);
    list_order_free(&o);
    keyset_free(&ks);
    free(distinct_ids);
}

/* Groups the n reports as the view does, a slice of work at a time
 * (INDICATOR_GROUPING_SLICE), looking at the clock between slices as the
 * view looks at the keys: the longest slice is how long a key pressed
 * during grouping waits at most (the view's loop adds its own turn). */
static void group(itab *t, list *l, const list_source *s, const doc **docs,
                  size_t n)
{
    double t0 = now_ms(), c0 = cpu_ms(), worst = 0, worst_cpu = 0, sum = 0;
    size_t slices = 0;
    indicator_grouping *j = indicator_grouping_new(docs, n);
    indicator_grouping_status st;
    do {
        double s0 = now_ms(), sc = cpu_ms();
        st = indicator_grouping_run(j, INDICATOR_GROUPING_SLICE, NULL);
        double ms = now_ms() - s0, cms = cpu_ms() - sc;
        worst = ms > worst ? ms : worst;
        worst_cpu = cms > worst_cpu ? cms : worst_cpu;
        sum += ms;
        slices++;
    } while (st == IND_GROUPING_MORE);
    indicator_groups g;
    indicator_grouping_take(j, &g);
    indicator_grouping_free(j);
    itab_reset(t, ITAB_GROUPS, docs, n);
    itab_add_groups(t, &g);
    itab_rank(t);
    list_refresh(l, s);
    printf("groups across %zu reports: %zu, in %.1f ms (CPU %.1f ms), %zu "
           "slices of %.2f ms on average, %.2f ms at most (CPU %.2f ms)\n", n,
           t->nrows, now_ms() - t0, cpu_ms() - c0, slices,
           sum / (double)slices, worst, worst_cpu);
    cancel_flag stop;
    atomic_init(&stop, 0);
    j = indicator_grouping_new(docs, n);
    for (size_t k = 0; k < slices / 2; k++)
        indicator_grouping_run(j, INDICATOR_GROUPING_SLICE, NULL);
    cancel_raise(&stop);
    double q0 = now_ms();
    st = indicator_grouping_run(j, INDICATOR_GROUPING_SLICE, &stop);
    indicator_grouping_free(j);
    printf("grouping cancelled half way: stopped and freed in %.2f ms (%s)\n",
           now_ms() - q0, st == IND_GROUPING_CANCELLED ? "cancelled" : "not cancelled");
}

int main(int argc, char **argv)
{
    size_t want = 2000;
    sample_docs in = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--reports") == 0 && i + 1 < argc) {
            want = (size_t)atol(argv[++i]);
            continue;
        }
        size_t n;
        char *bytes = slurp(argv[i], &n);
        const char *err;
        if (bytes)
            pipeline_file(argv[i], bytes, n, sample_docs_keep, &in, NULL, &err);
        free(bytes);
    }
    if (!in.n || !want) {
        fprintf(stderr, "usage: indicators_bench [--reports N] FILE...\n");
        return 2;
    }
    const doc **docs = xcalloc(want, sizeof *docs);
    for (size_t i = 0; i < want; i++)
        docs[i] = in.d[i % in.n];
    itab t = {0};
    list l = {0};
    list_source s = {.ctx = &t, .count = count, .row = row,
                     .key = key, .match = match};
    double t0 = now_ms();
    itab_reset(&t, ITAB_ALL, docs, want);
    for (size_t i = 0; i < want; i++)
        itab_add_doc(&t, i);
    itab_rank(&t);
    list_refresh(&l, &s);
    printf("%zu reports, %zu indicators: gathered in %.1f ms\n", want, t.nrows,
           now_ms() - t0);
    size_t texts = t.names.n + t.notes.n + t.keys.n + t.folds.n,
           numbers = t.values.n + t.changes.n + t.periods.n;
    printf("memory the view keeps a row: %.1f bytes (row, list, %zu distinct "
           "texts folded, %zu distinct numbers); an indicator: %zu bytes and "
           "its strings\n",
           (double)(t.nrows * (sizeof(itab_row) + sizeof(size_t) * 2) +
                    t.mem.used_total + texts * 3 * sizeof(void *) +
                    numbers * (sizeof(uint64_t) + 3 * sizeof(uint32_t))) /
               (double)t.nrows, t.keys.n, numbers, sizeof(indicator));
    sorts(&t, &l, &s);
    distinct_numbers(t.nrows);
    type(&t, &l, &s, "地区生产总值");
    type(&t, &l, &s, "dqsczz");
    type(&t, &l, &s, "gudingzichan");
    group(&t, &l, &s, docs, want);
    itab_free(&t);
    list_free(&l);
    free(docs);
    for (size_t i = 0; i < in.n; i++)
        doc_free(in.d[i]);
    free(in.d);
    return 0;
}
