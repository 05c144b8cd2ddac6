/* test_indicators.c — unit tests of model/indicators.c on hand-made
 * documents: grouping by region, concept, period and kind (traditional
 * script and a region's short form grouped with the long one; unknown
 * region or period kept to its report), the sort order, find, and
 * agreement: values as numbers, units and changes folded, a report stating
 * a concept twice, fields only one report states, a rate name's value as
 * a change; the grouping as a job in slices, cancelled at any point. */
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "canonical.h"
#include "check.h"
#include "doc.h"
#include "indicators.h"

typedef struct spec {
    const char *name, *value, *unit, *change;
    int from, to;
    indicator_kind kind;
} spec;

/* A document of region (NULL: unknown) stating s[0..n), canonicalised. */
static doc *make_doc(const char *path, const char *region, const spec *s, size_t n)
{
    doc *d = doc_new(path, path);
    d->meta.region = region ? arena_strndup(&d->mem, region, strlen(region)) : "";
    d->indicators = arena_alloc(&d->mem, (n ? n : 1) * sizeof *d->indicators);
    d->nindicators = n;
    for (size_t i = 0; i < n; i++)
        d->indicators[i] = (indicator){
            .name = s[i].name, .canonical = s[i].name, .value = s[i].value,
            .unit = s[i].unit, .change = s[i].change, .amount = NAN,
            .period_from = s[i].from, .period_to = s[i].to, .kind = s[i].kind,
            .note = "", .line = (uint32_t)(i + 1), .section = -1, .table = -1,
            .row = -1};
    indicators_canonicalize(d);
    return d;
}

static void free_docs(doc **d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        doc_free(d[i]);
}

/* The agreement of the group of docs[k]->indicators[i]. */
static int agreement_of(doc **docs, size_t n, size_t k, size_t i)
{
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)docs, n, NULL);
    size_t at = indicator_groups_find(&g, k, i);
    int a = at == SIZE_MAX ? -1 : (int)g.groups[at].agreement;
    indicator_groups_free(&g);
    return a;
}

static const spec gdp_000[] = {
    {"地区生产总值", "1277.93", "亿元", "+4.8%", 2023, 2023, IND_ACTUAL},
    {"地区生产总值", "", "", "+5%", 2024, 2024, IND_TARGET},
    {"固定资产投资", "540.3", "亿元", "+10.5%", 2023, 2023, IND_ACTUAL},
};
static const spec gdp_001[] = {
    {"地區生產總值", "1277.930", "億元", "+4.80%", 2023, 2023, IND_ACTUAL},
};
static const spec gdp_changed[] = {
    {"地區生產總值", "1300.00", "億元", "+4.8%", 2023, 2023, IND_ACTUAL},
};

static void test_grouping(void)
{
    doc *d[] = {make_doc("a", "荔湾区", gdp_000, 3),
                make_doc("b", "廣州市荔灣區", gdp_001, 1),
                make_doc("c", "广州市海珠区", gdp_001, 1)};
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)d, 3, NULL);
    CHECK_INT(g.nrefs, 5);
    CHECK_INT(g.ngroups, 4);
    size_t k = indicator_groups_find(&g, 0, 0);
    CHECK(k != SIZE_MAX && k == indicator_groups_find(&g, 1, 0));
    CHECK(k != indicator_groups_find(&g, 2, 0));
    CHECK(indicator_groups_find(&g, 0, 1) != k);
    const indicator_group *x = &g.groups[k];
    CHECK_STR(x->canonical, "地区生产总值");
    CHECK_STR(x->region, "廣州市荔灣區"); /* the longest form names it */
    CHECK_INT(x->period_from, 2023);
    CHECK_INT(x->kind, IND_ACTUAL);
    CHECK_INT(x->n, 2);
    CHECK_INT(x->agreement, IND_AGREE);
    CHECK(g.refs[x->first].doc == 0 && g.refs[x->first + 1].doc == 1);
    size_t docs[4];
    CHECK_INT(indicator_group_docs(&g, k, docs), 2);
    CHECK(docs[0] == 0 && docs[1] == 1);
    /* Every member's group holds it. */
    size_t bad = 0;
    for (size_t j = 0; j < g.ngroups; j++)
        for (size_t r = g.groups[j].first; r < g.groups[j].first + g.groups[j].n; r++)
            bad += indicator_groups_find(&g, g.refs[r].doc, g.refs[r].i) != j;
    CHECK_INT(bad, 0);
    /* Sorted by canonical key (固 before 地 in UTF-8), region key (海 before
     * 荔), period. */
    CHECK_STR(g.groups[0].canonical, "固定资产投资");
    CHECK_STR(g.groups[1].region, "广州市海珠区");
    CHECK_INT(g.groups[1].agreement, IND_ALONE);
    CHECK_STR(g.groups[2].region, "廣州市荔灣區");
    CHECK_INT(g.groups[2].period_from, 2023);
    CHECK_INT(g.groups[3].period_from, 2024);
    CHECK(indicator_groups_find(&g, 3, 0) == SIZE_MAX);
    CHECK(indicator_groups_find(&g, 0, 3) == SIZE_MAX);
    CHECK(indicator_groups_find(&g, 2, 1) == SIZE_MAX);
    indicator_groups_free(&g);
    CHECK(g.refs == NULL && g.ngroups == 0);
    free_docs(d, 3);
}

static void test_conflict(void)
{
    doc *d[] = {make_doc("a", "广州市荔湾区", gdp_000, 3),
                make_doc("b", "广州市荔湾区", gdp_001, 1),
                make_doc("c", "广州市荔湾区", gdp_changed, 1)};
    CHECK_INT(agreement_of(d, 2, 0, 0), IND_AGREE);
    CHECK_INT(agreement_of(d, 3, 0, 0), IND_CONFLICT);
    CHECK_INT(agreement_of(d, 3, 2, 0), IND_CONFLICT);
    CHECK_INT(agreement_of(d, 3, 0, 2), IND_ALONE);
    free_docs(d, 3);
}

static void test_twice(void)
{
    static const spec two[] = {
        {"全市一般公共预算收入", "100", "亿元", "", 2023, 2023, IND_ACTUAL},
        {"一般公共预算收入", "40", "亿元", "", 2023, 2023, IND_ACTUAL},
    };
    static const spec s100[] = {{"一般公共预算收入", "100.0", "亿元", "", 2023, 2023, IND_ACTUAL}};
    static const spec s40[] = {{"一般公共预算收入", "40", "亿元", "+3%", 2023, 2023, IND_ACTUAL}};
    static const spec s70[] = {{"一般公共预算收入", "70", "亿元", "", 2023, 2023, IND_ACTUAL}};
    static const spec s100w[] = {{"一般公共预算收入", "100", "万元", "", 2023, 2023, IND_ACTUAL}};
    doc *d[] = {make_doc("a", "某市", two, 2), make_doc("b", "某市", s100, 1),
                make_doc("c", "某市", s40, 1), make_doc("d", "某市", s70, 1),
                make_doc("e", "某市", s100w, 1)};
    CHECK_INT(agreement_of(d, 1, 0, 0), IND_ALONE); /* never with itself */
    CHECK(agreement_of(d, 1, 0, 0) == agreement_of(d, 1, 0, 1));
    CHECK_INT(agreement_of(d, 2, 0, 1), IND_AGREE);
    doc *ac[] = {d[0], d[2]};
    CHECK_INT(agreement_of(ac, 2, 0, 0), IND_AGREE);
    doc *ad[] = {d[0], d[3]};
    CHECK_INT(agreement_of(ad, 2, 0, 0), IND_CONFLICT);
    doc *be[] = {d[1], d[4]};
    CHECK_INT(agreement_of(be, 2, 0, 0), IND_CONFLICT); /* 亿元 ≠ 万元 */
    free_docs(d, 5);
}

static void test_fields(void)
{
    static const spec full[] = {{"固定资产投资", "1,277.93", "亿元", "+10.5%", 2023, 2023, IND_ACTUAL}};
    static const spec growth[] = {{"全社会固定资产投资", "", "", "+10.50%", 2023, 2023, IND_ACTUAL}};
    static const spec other[] = {{"固定资产投资", "", "", "+9%", 2023, 2023, IND_ACTUAL}};
    static const spec value[] = {{"固定资产投资", "1277.93", "亿元", "", 2023, 2023, IND_ACTUAL}};
    static const spec down[] = {{"固定资产投资", "", "", "-10.5%", 2023, 2023, IND_ACTUAL}};
    doc *d[] = {make_doc("a", "X区", full, 1), make_doc("b", "X区", growth, 1),
                make_doc("c", "X区", other, 1), make_doc("d", "X区", value, 1),
                make_doc("e", "X区", down, 1)};
    CHECK_INT(agreement_of(d, 2, 0, 0), IND_AGREE);
    doc *ac[] = {d[0], d[2]};
    CHECK_INT(agreement_of(ac, 2, 0, 0), IND_CONFLICT);
    doc *ad[] = {d[0], d[3]};
    CHECK_INT(agreement_of(ad, 2, 0, 0), IND_AGREE); /* 1,277.93 = 1277.93 */
    doc *bd[] = {d[1], d[3]};
    CHECK_INT(agreement_of(bd, 2, 0, 0), IND_ALONE); /* nothing both state */
    doc *ae[] = {d[0], d[4]};
    CHECK_INT(agreement_of(ae, 2, 0, 0), IND_CONFLICT);
    free_docs(d, 5);
}

/* Numbers compared as numbers: separators, leading and trailing zeros
 * after the point do not count; other digits do. */
static void test_numbers(void)
{
    static const char *const same[][2] = {
        {"10.50", "10.5"}, {"05", "5"}, {"0.5", "0.50"}, {"4.5-5", "4.50-5.0"},
        {"1,000", "1000"}, {"1,277.93", "1277.930"},
    };
    static const char *const other[][2] = {
        {"100", "1"}, {"10", "1.0"}, {"0.05", "0.5"}, {"4.5-5", "4.5-6"}, {"12", "1.2"},
    };
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < (k ? 5 : 6); i++) {
            const char *const *p = k ? other[i] : same[i];
            spec a[] = {{"固定资产投资", p[0], "亿元", "", 2023, 2023, IND_ACTUAL}};
            spec b[] = {{"固定资产投资", p[1], "亿元", "", 2023, 2023, IND_ACTUAL}};
            doc *d[] = {make_doc("a", "X区", a, 1), make_doc("b", "X区", b, 1)};
            CHECK_INT(agreement_of(d, 2, 0, 0), k ? IND_CONFLICT : IND_AGREE);
            free_docs(d, 2);
        }
    /* Three reports, one of them apart: the group conflicts. */
    static const spec x[] = {{"固定资产投资", "1", "亿元", "", 2023, 2023, IND_ACTUAL}};
    static const spec y[] = {{"固定资产投资", "2", "亿元", "", 2023, 2023, IND_ACTUAL}};
    doc *d[] = {make_doc("a", "X区", x, 1), make_doc("b", "X区", x, 1), make_doc("c", "X区", y, 1)};
    CHECK_INT(agreement_of(d, 2, 0, 0), IND_AGREE);
    CHECK_INT(agreement_of(d, 3, 0, 0), IND_CONFLICT);
    free_docs(d, 3);
}

static void test_rates(void)
{
    static const spec tab[] = {{"地区生产总值年均增长", "7", "%", "", 2016, 2020, IND_TARGET}};
    static const spec prose[] = {{"地区生产总值", "", "", "+7.0%", 2016, 2020, IND_TARGET}};
    static const spec other[] = {{"地区生产总值", "", "", "+8%", 2016, 2020, IND_TARGET}};
    static const spec fall[] = {{"单位GDP能耗下降", "3", "%", "", 2023, 2023, IND_ACTUAL}};
    static const spec fell[] = {{"单位地区生产总值能耗", "", "", "-3%", 2023, 2023, IND_ACTUAL}};
    doc *d[] = {make_doc("a", "X区", tab, 1), make_doc("b", "X区", prose, 1),
                make_doc("c", "X区", other, 1), make_doc("d", "X区", fall, 1),
                make_doc("e", "X区", fell, 1)};
    CHECK_INT(agreement_of(d, 2, 0, 0), IND_AGREE);
    doc *ac[] = {d[0], d[2]};
    CHECK_INT(agreement_of(ac, 2, 0, 0), IND_CONFLICT);
    CHECK_INT(agreement_of(d + 3, 2, 0, 0), IND_AGREE);
    free_docs(d, 5);
}

static void test_unknown(void)
{
    static const spec noyear[] = {{"地区生产总值", "1", "亿元", "", 0, 0, IND_ACTUAL}};
    doc *d[] = {make_doc("a", NULL, gdp_000, 3), make_doc("b", "", gdp_changed, 1),
                make_doc("c", "X区", noyear, 1), make_doc("d", "X区", noyear, 1)};
    indicator_groups g;
    indicator_groups_build(&g, (const doc *const *)d, 4, NULL);
    CHECK(indicator_groups_find(&g, 0, 0) != indicator_groups_find(&g, 1, 0));
    CHECK(indicator_groups_find(&g, 2, 0) != indicator_groups_find(&g, 3, 0));
    CHECK_INT(g.groups[indicator_groups_find(&g, 0, 0)].agreement, IND_ALONE);
    CHECK_STR(g.groups[indicator_groups_find(&g, 0, 0)].region, "");
    CHECK_INT(g.groups[indicator_groups_find(&g, 2, 0)].agreement, IND_ALONE);
    CHECK_INT(g.ngroups, 6);
    indicator_groups_free(&g);
    indicator_groups_build(&g, NULL, 0, NULL);
    CHECK(g.ngroups == 0 && g.nrefs == 0);
    CHECK(indicator_groups_find(&g, 0, 0) == SIZE_MAX);
    indicator_groups_free(&g);
    free_docs(d, 4);
}

/* Many documents (regions, names and statements from small pools, so
 * groups have many members and agree or conflict), for the job. */
enum { JOB_DOCS = 60 };

static doc *job_docs[JOB_DOCS];

static void make_job_docs(void)
{
    static const char *const regions[] = {"广州市荔湾区", "荔湾区", "荔灣區", "海珠区", NULL};
    static const spec pool[] = {
        {"地区生产总值", "1277.93", "亿元", "+4.8%", 2023, 2023, IND_ACTUAL},
        {"地區生產總值", "1277.930", "億元", "+4.80%", 2023, 2023, IND_ACTUAL},
        {"地区生产总值", "1300", "亿元", "", 2023, 2023, IND_ACTUAL},
        {"地区生产总值年均增长", "7", "%", "", 2016, 2020, IND_TARGET},
        {"地区生产总值", "", "", "+7.0%", 2016, 2020, IND_TARGET},
        {"固定资产投资", "540.3", "亿元", "+10.5%", 2023, 2023, IND_ACTUAL},
        {"固定资产投资", "", "", "+9%", 2024, 2024, IND_TARGET},
        {"粮食产量", "12", "万吨", "", 0, 0, IND_EXPECTED},
    };
    spec s[30];
    unsigned x = 12345;
    for (size_t d = 0; d < JOB_DOCS; d++) {
        size_t n = d % 7 == 0 ? 0 : 5 + d % 25;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            s[i] = pool[(x >> 16) % (sizeof pool / sizeof *pool)];
        }
        job_docs[d] = make_doc("j", regions[d % 5], s, n);
    }
}

/* g and h hold the same groups and members. */
static int same_groups(const indicator_groups *g, const indicator_groups *h)
{
    if (g->ngroups != h->ngroups || g->nrefs != h->nrefs)
        return 0;
    for (size_t k = 0; k < g->ngroups; k++) {
        const indicator_group *a = &g->groups[k], *b = &h->groups[k];
        if (a->region != b->region || a->canonical != b->canonical ||
            a->period_from != b->period_from || a->period_to != b->period_to ||
            a->kind != b->kind || a->first != b->first || a->n != b->n ||
            a->agreement != b->agreement)
            return 0;
    }
    for (size_t k = 0; k < g->nrefs; k++)
        if (g->refs[k].doc != h->refs[k].doc || g->refs[k].i != h->refs[k].i)
            return 0;
    return 1;
}

/* The job: a slice at a time it makes what the whole build makes; a
 * cancel flag raised before or at any point of it stops it (every phase
 * is crossed), and it frees everything (ASan's leak check). */
static void test_job(void)
{
    const doc *const *docs = (const doc *const *)job_docs;
    indicator_groups whole, sliced;
    CHECK_INT(indicator_groups_build(&whole, docs, JOB_DOCS, NULL),
              IND_GROUPING_DONE);
    CHECK(whole.ngroups > 10);
    size_t conflicts = 0, agree = 0;
    for (size_t k = 0; k < whole.ngroups; k++) {
        conflicts += whole.groups[k].agreement == IND_CONFLICT;
        agree += whole.groups[k].agreement == IND_AGREE;
    }
    CHECK(conflicts > 0 && agree > 0);
    indicator_grouping *j = indicator_grouping_new(docs, JOB_DOCS);
    size_t slices = 0;
    int percent = 0, backwards = 0;
    indicator_grouping_status st;
    while ((st = indicator_grouping_run(j, 50, NULL)) == IND_GROUPING_MORE) {
        slices++;
        int p = indicator_grouping_percent(j);
        backwards += p < percent;
        percent = p;
    }
    CHECK_INT(st, IND_GROUPING_DONE);
    CHECK(slices > 100);
    CHECK_INT(backwards, 0);
    CHECK_INT(indicator_grouping_percent(j), 100);
    indicator_grouping_take(j, &sliced);
    indicator_grouping_free(j);
    CHECK(same_groups(&whole, &sliced));
    indicator_groups_free(&sliced);
    /* Raised before: nothing made, g empty. */
    cancel_flag stop;
    atomic_init(&stop, 1);
    indicator_groups g;
    memset(&g, 0xAB, sizeof g);
    CHECK_INT(indicator_groups_build(&g, docs, JOB_DOCS, &stop),
              IND_GROUPING_CANCELLED);
    CHECK(g.groups == NULL && g.refs == NULL && g.base == NULL &&
          g.ngroups == 0 && g.nrefs == 0);
    /* Raised after k slices, for every k up to the end. */
    size_t cancelled = 0;
    for (size_t k = 0; k < slices; k += 1 + k / 8) {
        atomic_init(&stop, 0);
        j = indicator_grouping_new(docs, JOB_DOCS);
        for (size_t i = 0; i < k; i++)
            indicator_grouping_run(j, 50, &stop);
        cancel_raise(&stop);
        cancelled += indicator_grouping_run(j, 50, &stop) == IND_GROUPING_CANCELLED;
        cancelled += indicator_grouping_run(j, SIZE_MAX, NULL) == IND_GROUPING_CANCELLED;
        indicator_grouping_free(j);
    }
    size_t tried = 0;
    for (size_t k = 0; k < slices; k += 1 + k / 8)
        tried++;
    CHECK_INT(cancelled, 2 * tried); /* and it stays cancelled */
    indicator_grouping_free(NULL);
    /* Done before the flag: done it stays. */
    atomic_init(&stop, 0);
    j = indicator_grouping_new(docs, JOB_DOCS);
    CHECK_INT(indicator_grouping_run(j, SIZE_MAX, &stop), IND_GROUPING_DONE);
    cancel_raise(&stop);
    CHECK_INT(indicator_grouping_run(j, 1, &stop), IND_GROUPING_DONE);
    indicator_grouping_free(j); /* the groups not taken: freed with it */
    indicator_groups_free(&whole);
    free_docs(job_docs, JOB_DOCS);
}

static void test_names(void)
{
    CHECK_STR(indicator_agreement_name(IND_ALONE), "");
    CHECK_STR(indicator_agreement_name(IND_AGREE), "agree");
    CHECK_STR(indicator_agreement_name(IND_CONFLICT), "conflict");
    CHECK_STR(indicator_agreement_name((indicator_agreement)7), "");
}

int main(void)
{
    test_grouping();
    test_conflict();
    test_twice();
    test_fields();
    test_numbers();
    test_rates();
    test_unknown();
    test_names();
    make_job_docs();
    test_job();
    return check_done();
}
