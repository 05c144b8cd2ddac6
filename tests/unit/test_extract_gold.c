/* test_extract_gold.c — the extract stage against the gold indicators
 * (tests/gold/README.md, "Indicators"): a gold row matches a produced
 * indicator on line, value and change, with names compared loosely (width
 * folded, spaces removed, containment either way), each produced one used
 * once. Prints recall per file, precision and recall over the tables the
 * gold covers whole (003's: every table holding a gold row), and period
 * and kind accuracy on matched rows; enforces the floors of issue 11.
 * Args: pairs of (gold .indicators.tsv, sample .txt); -v lists misses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pipeline.h"
#include "sbuf.h"
#include "slurp.h"
#include "utf8.h"

#define RECALL_FLOOR 0.95
#define TABLE_FLOOR 0.98
#define PLACE_FLOOR 0.95

static int verbose;

/* s width-folded (fullwidth → ASCII), spaces dropped, into b. */
static void loose(sbuf *b, const char *s)
{
    b->len = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            cp = cp - 0xFF01 + 0x21;
        if (cp != ' ' && cp != 0x3000)
            sbuf_addcp(b, cp);
    }
    sbuf_addc(b, '\0');
}

static int names_match(const char *a, const char *b)
{
    sbuf x = {0}, y = {0};
    loose(&x, a);
    loose(&y, b);
    int ok = x.len > 1 && y.len > 1 && (strstr(x.p, y.p) || strstr(y.p, x.p));
    sbuf_free(&x);
    sbuf_free(&y);
    return ok;
}

typedef struct gold {
    char *f[8]; /* name value unit change period kind line note */
} gold;

static size_t read_gold(char *tsv, gold **out)
{
    size_t n = 0, cap = 0;
    gold *g = NULL;
    char *line = strtok(tsv, "\n");
    line = strtok(NULL, "\n"); /* header */
    for (; line; line = strtok(NULL, "\n")) {
        g = xgrow(g, &cap, n + 1, sizeof *g);
        char *p = line;
        for (int i = 0; i < 8; i++) {
            g[n].f[i] = p;
            char *t = p ? strchr(p, '\t') : NULL;
            if (t)
                *t = '\0', p = t + 1;
            else
                p = i < 7 ? "" : NULL;
            if (!g[n].f[i])
                g[n].f[i] = "";
        }
        n++;
    }
    *out = g;
    return n;
}

static doc *got;
static void keep_doc(void *ctx, doc *d)
{
    (void)ctx;
    if (got)
        doc_free(got);
    got = d;
}

/* The table holding a row at line, or -1. */
static int table_of(const doc *d, unsigned line)
{
    for (size_t t = 0; t < d->ntables; t++)
        for (size_t r = 0; r < d->tables[t].nrows; r++)
            if (!d->tables[t].is_toc && d->tables[t].rows[r].line == line)
                return (int)t;
    return -1;
}

static void score(const char *gold_path, const char *txt_path)
{
    size_t gn, tn;
    char *gt = slurp(gold_path, &gn);
    char *tt = slurp(txt_path, &tn);
    CHECK(gt && tt);
    if (!gt || !tt) {
        free(gt);
        free(tt);
        return;
    }
    const char *err;
    got = NULL;
    CHECK_INT(pipeline_file(txt_path, tt, tn, keep_doc, NULL, NULL, &err), 1);
    doc *d = got;
    gold *g;
    size_t ng = read_gold(gt, &g);
    char *used = xcalloc(d->nindicators + 1, 1);
    int *gold_tables = xcalloc(d->ntables + 1, sizeof(int));
    size_t matched = 0, place_ok = 0, tgold = 0, tmatched = 0;
    for (size_t i = 0; i < ng; i++) {
        unsigned line = (unsigned)atoi(g[i].f[6]);
        int t = table_of(d, line);
        if (t >= 0)
            gold_tables[t] = 1, tgold++;
        size_t hit = (size_t)-1;
        for (size_t j = 0; j < d->nindicators && hit == (size_t)-1; j++) {
            const indicator *x = &d->indicators[j];
            if (!used[j] && x->line == line && !strcmp(x->value, g[i].f[1]) &&
                !strcmp(x->change, g[i].f[3]) && names_match(x->name, g[i].f[0]))
                hit = j;
        }
        if (hit == (size_t)-1) {
            if (verbose) {
                printf("MISS %s\t%s\t%s\t%s\tline %u\n", g[i].f[0], g[i].f[1],
                       g[i].f[2], g[i].f[3], line);
                for (size_t j = 0; j < d->nindicators; j++)
                    if (d->indicators[j].line == line)
                        printf("   got %s\t%s\t%s\t%s\n", d->indicators[j].name,
                               d->indicators[j].value, d->indicators[j].unit,
                               d->indicators[j].change);
            }
            continue;
        }
        used[hit] = 1;
        matched++;
        tmatched += t >= 0;
        const indicator *x = &d->indicators[hit];
        char per[32];
        indicator_period_format(x->period_from, x->period_to, per, sizeof per);
        int ok = !strcmp(per, g[i].f[4]) &&
                 !strcmp(indicator_kind_name(x->kind), g[i].f[5]);
        place_ok += ok;
        if (!ok && verbose)
            printf("PLACE %s line %u: got %s %s, gold %s %s\n", g[i].f[0], line,
                   per, indicator_kind_name(x->kind), g[i].f[4], g[i].f[5]);
    }
    size_t tprod = 0;
    for (size_t j = 0; j < d->nindicators; j++)
        if (d->indicators[j].table >= 0 && gold_tables[d->indicators[j].table]) {
            tprod++;
            if (!used[j] && verbose)
                printf("EXTRA %s\t%s\tline %u\n", d->indicators[j].name,
                       d->indicators[j].value, d->indicators[j].line);
        }
    double recall = ng ? (double)matched / (double)ng : 1;
    double placed = matched ? (double)place_ok / (double)matched : 1;
    printf("%s: recall %.3f (%zu/%zu), period+kind %.3f (%zu/%zu), %zu "
           "indicators\n", txt_path, recall, matched, ng, placed, place_ok,
           matched, d->nindicators);
    CHECK(recall >= RECALL_FLOOR);
    CHECK(placed >= PLACE_FLOOR);
    if (tgold) {
        double tp = tprod ? (double)tmatched / (double)tprod : 0;
        double tr = (double)tmatched / (double)tgold;
        printf("  tables: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu)\n",
               tp, tmatched, tprod, tr, tmatched, tgold);
        CHECK(tp >= TABLE_FLOOR);
        CHECK(tr >= TABLE_FLOOR);
    }
    /* Every indicator marks its number in the clean text: prose and
     * table cells alike (the view highlights it); the bytes marked are
     * the value's (or the change's) digits where the cell writes them
     * in ASCII. */
    size_t marked = 0, exact = 0;
    for (size_t j = 0; j < d->nindicators; j++) {
        const indicator *x = &d->indicators[j];
        marked += x->start < x->end && x->end <= d->clean.len;
        const char *num = *x->value ? x->value : x->change;
        num += *num == '+' || *num == '-';
        size_t nn = strspn(num, "0123456789.");
        exact += nn && x->end - x->start == nn &&
                 !memcmp(d->clean.bytes + x->start, num, nn);
    }
    printf("  marked %zu/%zu, exactly the digits %zu\n", marked,
           d->nindicators, exact);
    CHECK_INT(marked, d->nindicators);
    free(used);
    free(gold_tables);
    free(g);
    free(gt);
    free(tt);
    doc_free(d);
}

int main(int argc, char **argv)
{
    int a = 1;
    if (a < argc && !strcmp(argv[a], "-v"))
        verbose = 1, a++;
    for (; a + 1 < argc; a += 2)
        score(argv[a], argv[a + 1]);
    return check_done();
}
