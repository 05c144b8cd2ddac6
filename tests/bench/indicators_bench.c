/* indicators_bench.c — the Indicators view's work per keystroke over many
 * reports: the files named on the command line parsed once, then listed
 * over and over up to N reports (--reports N, default 2000) as the view's
 * "every report" table (ui/indicator_table.c in the list widget): the time
 * to gather the rows, to sort by each column, to filter as a query is
 * typed character by character (literal and pinyin), to group across
 * reports; and the bytes per row the view keeps. Prints; never fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "indicator_table.h"
#include "list.h"
#include "pipeline.h"
#include "utf8.h"
#include "../unit/slurp.h"

typedef struct docs_in {
    doc **v;
    size_t n, cap;
} docs_in;

static void keep(void *ctx, doc *d)
{
    docs_in *in = ctx;
    in->v = xgrow(in->v, &in->cap, in->n, sizeof *in->v);
    in->v[in->n++] = d;
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
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

int main(int argc, char **argv)
{
    size_t want = 2000;
    docs_in in = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--reports") == 0 && i + 1 < argc) {
            want = (size_t)atol(argv[++i]);
            continue;
        }
        size_t n;
        char *bytes = slurp(argv[i], &n);
        const char *err;
        if (bytes)
            pipeline_file(argv[i], bytes, n, keep, &in, NULL, &err);
        free(bytes);
    }
    if (!in.n || !want) {
        fprintf(stderr, "usage: indicators_bench [--reports N] FILE...\n");
        return 2;
    }
    const doc **docs = xcalloc(want, sizeof *docs);
    for (size_t i = 0; i < want; i++)
        docs[i] = in.v[i % in.n];
    itab t = {0};
    list l = {0};
    list_source s = {.ctx = &t, .count = count, .row = row,
                     .key = key, .match = match};
    double t0 = now_ms();
    itab_reset(&t, ITAB_ALL, docs, want);
    for (size_t i = 0; i < want; i++)
        itab_add_doc(&t, i);
    list_refresh(&l, &s);
    printf("%zu reports, %zu indicators: gathered in %.1f ms\n", want, t.nrows,
           now_ms() - t0);
    size_t texts = t.names.n + t.notes.n + t.keys.n + t.folds.n;
    printf("memory the view keeps a row: %.1f bytes (row, list, %zu distinct "
           "texts folded); an indicator: %zu bytes and its strings\n",
           (double)(t.nrows * (sizeof(itab_row) + sizeof(size_t) * 2) +
                    t.mem.used_total + texts * 3 * sizeof(void *)) /
               (double)t.nrows, t.keys.n, sizeof(indicator));
    for (int k = 0; k < t.ncols; k++) {
        double s0 = now_ms();
        list_sort(&l, &s, k, 0);
        printf("sort by %-7s %.1f ms\n", itab_title(&t, k), now_ms() - s0);
    }
    type(&t, &l, &s, "地区生产总值");
    type(&t, &l, &s, "dqsczz");
    type(&t, &l, &s, "gudingzichan");
    t0 = now_ms();
    itab_reset(&t, ITAB_GROUPS, docs, want);
    itab_add_groups(&t);
    list_refresh(&l, &s);
    printf("groups across %zu reports: %zu, in %.1f ms\n", want, t.nrows,
           now_ms() - t0);
    itab_free(&t);
    list_free(&l);
    free(docs);
    for (size_t i = 0; i < in.n; i++)
        doc_free(in.v[i]);
    free(in.v);
    return 0;
}
