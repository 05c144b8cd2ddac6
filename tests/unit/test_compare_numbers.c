/* test_compare_numbers.c — the indicator half of compare
 * (model/compare_numbers.h) on the samples (argv[1] 000, argv[2] 001,
 * its traditional copy): the same report in two scripts pairs every
 * indicator as same (2023's 地区生产总值 1277.93亿元 in both); against a
 * copy a year later (every year +1) its 2023 actuals pair year over year
 * with the copy's 2024 ones; edits made here — a number changed, a
 * sentence dropped, one added — come back as exactly those statuses,
 * with B − A on amounts (and its percent) and on changes; every
 * indicator of each side appears once, B's in B's order. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "compare_numbers.h"
#include "edit.h"
#include "pipeline.h"
#include "slurp.h"

/* Every indicator of a and of b is in c once, b's in b's order. */
static void each_once(const doc *a, const doc *b, const compare_numbers *c)
{
    unsigned char *seen_a = xcalloc(a->nindicators + 1, 1);
    size_t next_b = 0, ok = 1;
    for (size_t i = 0; i < c->ndeltas; i++) {
        const indicator_delta *d = &c->deltas[i];
        CHECK(d->a || d->b);
        CHECK((d->status == DELTA_ADDED) == !d->a);
        CHECK((d->status == DELTA_REMOVED) == !d->b);
        if (d->a) {
            size_t k = (size_t)(d->a - a->indicators);
            ok &= k < a->nindicators && !seen_a[k];
            if (k < a->nindicators)
                seen_a[k] = 1;
        }
        if (d->b)
            ok &= d->b == &b->indicators[next_b++];
    }
    for (size_t k = 0; k < a->nindicators; k++)
        ok &= seen_a[k];
    CHECK(ok && next_b == b->nindicators);
    free(seen_a);
}

/* The delta whose A or B side (side 0 or 1) is named name with value
 * value and period, or NULL. */
static const indicator_delta *find(const compare_numbers *c, int side,
                                   const char *name, const char *value, int period)
{
    for (size_t i = 0; i < c->ndeltas; i++) {
        const indicator *x = side ? c->deltas[i].b : c->deltas[i].a;
        if (x && !strcmp(x->canonical, name) && !strcmp(x->value, value) &&
            x->period_from == period)
            return &c->deltas[i];
    }
    return NULL;
}

static size_t count(const compare_numbers *c, delta_status s)
{
    size_t n = 0;
    for (size_t i = 0; i < c->ndeltas; i++)
        n += c->deltas[i].status == s;
    return n;
}

static void across_scripts(const char *t000, const char *t001)
{
    doc *a = edit_parse("000.txt", t000), *b = edit_parse("001.txt", t001);
    compare_numbers c;
    compare_numbers_build(a, b, NULL, 0, &c);
    each_once(a, b, &c);
    const indicator_delta *gdp = find(&c, 1, "地区生产总值", "1277.93", 2023);
    CHECK(gdp && gdp->a && gdp->status == DELTA_SAME);
    CHECK(gdp && gdp->on == TF_AMOUNT && gdp->delta == 0 && gdp->delta_pct == 0);
    CHECK(gdp && gdp->a && !strcmp(gdp->a->value, "1277.93"));
    /* no reports searched for outcomes: A's targets listed, none judged */
    CHECK(c.ntargets > 0);
    for (size_t i = 0; i < c.ntargets; i++)
        CHECK(!c.targets[i].actual && c.targets[i].met == TARGET_UNKNOWN);
    compare_numbers_free(&c);
    doc_free(a);
    doc_free(b);
}

static void year_over_year(const char *t000)
{
    char *later = edit_years_later(t000);
    doc *a = edit_parse("000.txt", t000), *b = edit_parse("next.txt", later);
    compare_numbers c;
    compare_numbers_build(a, b, NULL, 0, &c);
    each_once(a, b, &c);
    /* every indicator of the copy pairs with the one it was made from: the
     * same numbers a year later */
    CHECK_INT(count(&c, DELTA_SAME), a->nindicators);
    CHECK_INT(count(&c, DELTA_ADDED) + count(&c, DELTA_REMOVED) +
                  count(&c, DELTA_CHANGED), 0);
    const indicator_delta *gdp = find(&c, 1, "地区生产总值", "1277.93", 2024);
    CHECK(gdp && gdp->a && gdp->a->period_from == 2023);
    compare_numbers_free(&c);
    doc_free(a);
    doc_free(b);
    /* edits: 1277.93 → 1300 (amount and change: 4.8 → 5.1), the 540.3亿元
     * of 固定资产投资 dropped with its growth, a new indicator added */
    char *e1 = edit_replace(later, "全年地区生产总值1277.93亿元,增长4.8%",
                            "全年地区生产总值1300亿元,增长5.1%");
    char *e2 = e1 ? edit_replace(e1, "全区固定资产投资完成540.3亿元,增长10.5%,", "") : NULL;
    char *e3 = e2 ? edit_replace(e2, "全年地区生产总值1300亿元,增长5.1%",
                                 "全年地区生产总值1300亿元,增长5.1%;全区新能源汽车"
                                 "保有量达到12.5万辆")
                  : NULL;
    CHECK(e3 != NULL);
    if (e3) {
        a = edit_parse("000.txt", t000);
        b = edit_parse("next.txt", e3);
        compare_numbers_build(a, b, NULL, 0, &c);
        each_once(a, b, &c);
        const indicator_delta *g = find(&c, 1, "地区生产总值", "1300", 2024);
        CHECK(g && g->status == DELTA_CHANGED && g->a && g->on == TF_AMOUNT);
        CHECK(g && fabs(g->delta - 22.07e8) < 1 && fabs(g->delta_pct - 1.727) < 0.001);
        const indicator_delta *fai = find(&c, 0, "固定资产投资", "540.3", 2023);
        CHECK(fai && fai->status == DELTA_REMOVED && !fai->b);
        const indicator_delta *ev = find(&c, 1, "新能源汽车保有量", "12.5", 2024);
        CHECK(ev && ev->status == DELTA_ADDED && !ev->a && isnan(ev->delta));
        CHECK_INT(count(&c, DELTA_CHANGED), 1);
        CHECK_INT(count(&c, DELTA_REMOVED), 1);
        CHECK_INT(count(&c, DELTA_ADDED), 1);
        compare_numbers_free(&c);
        doc_free(a);
        doc_free(b);
    }
    /* a change alone: 增长4.8% → 增长5.1% on a text without the value */
    doc *x = edit_parse("x.txt", "一、2023年工作回顾\n\n全年地区生产总值增长4.8%。\n");
    doc *y = edit_parse("y.txt", "一、2024年工作回顾\n\n全年地区生产总值增长5.1%。\n");
    compare_numbers_build(x, y, NULL, 0, &c);
    CHECK_INT(c.ndeltas, 1);
    CHECK(c.ndeltas == 1 && c.deltas[0].status == DELTA_CHANGED &&
          c.deltas[0].on == TF_CHANGE && fabs(c.deltas[0].delta - 0.3) < 1e-9 &&
          isnan(c.deltas[0].delta_pct));
    compare_numbers_free(&c);
    doc_free(x);
    doc_free(y);
    free(e1);
    free(e2);
    free(e3);
    free(later);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_compare_numbers 000.txt 001.txt\n");
        return 2;
    }
    size_t n;
    char *t000 = slurp(argv[1], &n), *t001 = slurp(argv[2], &n);
    CHECK(t000 && t001);
    if (t000 && t001) {
        across_scripts(t000, t001);
        year_over_year(t000);
    }
    CHECK_STR(delta_status_name(DELTA_SAME), "same");
    CHECK_STR(delta_status_name(DELTA_REMOVED), "removed");
    free(t000);
    free(t001);
    return check_done();
}
