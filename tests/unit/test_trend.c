/* test_trend.c — model/trend.h: characters counted without white space;
 * a query counted in a document as search_doc's hits with the first one's
 * place; reports grouped by region and year, by year and by region, in
 * order (region code, then named regions, the unknown region last; the
 * unknown year last), with their hits, characters and first places (the
 * earliest year, then the first added); near-duplicates of one region and
 * year counted once whether paired directly or through a primary of
 * another year, the primary preferred; near-duplicates across years
 * counted; each query's first appearance; rates per 10,000 characters. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "sample_doc.h"
#include "trend.h"

/* A report named name of region (code) and year, of text s. */
static doc *report(const char *name, const char *region, unsigned code, int year,
                   const char *s)
{
    doc *d = sample_text(name, s, strlen(s));
    d->meta.region = region;
    d->meta.region_code = code;
    d->meta.year = year;
    return d;
}

static void test_chars(void)
{
    CHECK_INT(trend_chars("", 0), 0);
    const char *s = "经济 发展\n\u3000a\tb\r\n";
    CHECK_INT(trend_chars(s, strlen(s)), 6);
    const char *t = "\u3000\u3000";
    CHECK_INT(trend_chars(t, strlen(t)), 0);
    CHECK_INT(trend_chars("abc", 2), 2);
}

static void test_count_doc(void)
{
    const char *body = "第一段没有。\n\n优化营商环境。再说营商环境。\n\n营商环境最后。\n";
    doc *d = report("a.txt", "广州市荔湾区", 440103, 2021, body);
    query q;
    const char *err;
    CHECK(query_parse("营商环境", &q, &err) == 0);
    trend_count c = trend_count_doc(&q, d, doc_fold(d));
    CHECK_INT(c.hits, 3);
    const char *first = strstr(d->clean.bytes, "营商环境");
    CHECK_INT(c.start, first - d->clean.bytes);
    CHECK_INT(c.end, c.start + strlen("营商环境"));
    CHECK_INT(c.line, doc_origin_line(d, c.start));
    CHECK(c.line >= 2);
    query_free(&q);
    CHECK(query_parse("營商環境", &q, &err) == 0); /* the traditional spelling */
    CHECK_INT(trend_count_doc(&q, d, doc_fold(d)).hits, 3);
    query_free(&q);
    CHECK(query_parse("不在这里", &q, &err) == 0);
    c = trend_count_doc(&q, d, doc_fold(d));
    CHECK_INT(c.hits, 0);
    CHECK_INT(c.line, 0);
    query_free(&q);
    doc_free(d);
}

/* Adds a report with hits h (first at line line) of chars characters. */
static size_t add(trend *t, const char *name, const char *region, unsigned code, int year,
                  size_t chars, size_t h, uint32_t line)
{
    doc *d = report(name, region, code, year, "x\n");
    trend_count c = {h, h ? 10 : 0, h ? 20 : 0, h ? line : 0};
    size_t i = trend_add(t, d, chars, &c);
    doc_free(d);
    return i;
}

static const trend_row *row_of(const trend_table *tt, const char *region, int year)
{
    for (size_t i = 0; i < tt->n; i++)
        if ((region == NULL) == (tt->rows[i].region == NULL) &&
            (!region || !strcmp(tt->rows[i].region, region)) && tt->rows[i].year == year)
            return &tt->rows[i];
    return NULL;
}

static void test_group(void)
{
    trend t;
    trend_init(&t, 1);
    add(&t, "r0", "广州市荔湾区", 440103, 2021, 1000, 2, 5);   /* 0 */
    add(&t, "r1", "广州市荔湾区", 440103, 2021, 3000, 3, 7);   /* 1 */
    add(&t, "r2", "广州市海珠区", 440105, 2020, 2000, 1, 9);   /* 2 */
    add(&t, "r3", "", 0, 2019, 500, 4, 3);                    /* 3 */
    add(&t, "r4", "广州市荔湾区", 440103, 0, 800, 5, 4);       /* 4 */
    add(&t, "r5", "某某县", 0, 2021, 900, 1, 2);               /* 5 */
    add(&t, "r6", "广州市荔湾区", 440103, 2019, 700, 0, 0);    /* 6 */
    add(&t, "r7", "广州市荔湾区", 440103, 2020, 600, 6, 11);   /* 7 */
    trend_table tt;
    trend_group(&t, TREND_BY_REGION_YEAR, &tt);
    CHECK_INT(tt.n, 7);
    /* order: 440103 (2019 2020 2021 unknown), 440105, named, unknown */
    static const struct { const char *region; int year; } want[] = {
        {"广州市荔湾区", 2019}, {"广州市荔湾区", 2020}, {"广州市荔湾区", 2021},
        {"广州市荔湾区", 0},    {"广州市海珠区", 2020}, {"某某县", 2021}, {"", 2019}};
    for (size_t i = 0; i < tt.n && i < 7; i++) {
        CHECK_STR(tt.rows[i].region, want[i].region);
        CHECK_INT(tt.rows[i].year, want[i].year);
    }
    const trend_row *r = row_of(&tt, "广州市荔湾区", 2021);
    CHECK(r && r->reports == 2 && r->chars == 4000 && r->cells[0].hits == 5);
    CHECK(r && r->cells[0].first == 0);
    r = row_of(&tt, "广州市荔湾区", 2019);
    CHECK(r && r->reports == 1 && r->cells[0].hits == 0 && r->cells[0].first == SIZE_MAX);
    CHECK_INT(tt.rows[0].region_code, 440103);
    CHECK_INT(tt.rows[6].region_code, 0);
    trend_table_free(&tt);

    trend_group(&t, TREND_BY_YEAR, &tt);
    CHECK_INT(tt.n, 4); /* 2019 2020 2021 unknown */
    static const int years[] = {2019, 2020, 2021, 0};
    static const size_t hits[] = {4, 7, 6, 5};
    for (size_t i = 0; i < tt.n && i < 4; i++) {
        CHECK(tt.rows[i].region == NULL);
        CHECK_INT(tt.rows[i].year, years[i]);
        CHECK_INT(tt.rows[i].cells[0].hits, hits[i]);
    }
    CHECK_INT(tt.rows[0].cells[0].first, 3); /* r6 of 2019 has no hit */
    CHECK_INT(tt.rows[1].cells[0].first, 2); /* r2 before r7, both 2020 */
    trend_table_free(&tt);

    trend_group(&t, TREND_BY_REGION, &tt);
    CHECK_INT(tt.n, 4);
    r = row_of(&tt, "广州市荔湾区", 0);
    CHECK(r && r->reports == 5 && r->cells[0].hits == 16 && r->chars == 6100);
    CHECK(r && r->cells[0].first == 7); /* 2020, the earliest year with a hit */
    trend_table_free(&tt);

    CHECK_INT(trend_first(&t, 0), 3); /* 2019, "" */
    trend_free(&t);

    /* an unknown year comes after every known one as a first place */
    trend_init(&t, 1);
    add(&t, "u", "广州市荔湾区", 440103, 0, 10, 1, 1);
    add(&t, "k", "广州市荔湾区", 440103, 2030, 10, 1, 1);
    CHECK_INT(trend_first(&t, 0), 1);
    trend_group(&t, TREND_BY_REGION, &tt);
    CHECK(tt.n == 1 && tt.rows[0].cells[0].first == 1);
    trend_table_free(&tt);
    trend_free(&t);

    trend_init(&t, 1);
    add(&t, "none", "广州市荔湾区", 440103, 2020, 10, 0, 0);
    CHECK(trend_first(&t, 0) == SIZE_MAX);
    trend_free(&t);
}

static void test_duplicates(void)
{
    trend t;
    trend_init(&t, 1);
    add(&t, "a2021", "广州市荔湾区", 440103, 2021, 100, 5, 1);   /* 0 primary */
    add(&t, "a2021c", "广州市荔湾区", 440103, 2021, 100, 4, 1);  /* 1 copy of 0 */
    add(&t, "a2020", "广州市荔湾区", 440103, 2020, 100, 3, 1);   /* 2 dup of 0, another year */
    add(&t, "a2019", "广州市荔湾区", 440103, 2019, 100, 2, 1);   /* 3 dup of 0 */
    add(&t, "a2019c", "广州市荔湾区", 440103, 2019, 100, 2, 1);  /* 4 dup of 0: with 3, once */
    add(&t, "b2021", "广州市海珠区", 440105, 2021, 100, 7, 1);   /* 5 dup of 0, another region */
    add(&t, "c2018x", "广州市荔湾区", 440103, 2018, 100, 1, 1);  /* 6 dup of 7 */
    add(&t, "c2018", "广州市荔湾区", 440103, 2018, 100, 9, 1);   /* 7 primary, added later */
    trend_set_duplicate(&t, 1, 0);
    trend_set_duplicate(&t, 2, 0);
    trend_set_duplicate(&t, 3, 0);
    trend_set_duplicate(&t, 4, 0);
    trend_set_duplicate(&t, 5, 0);
    trend_set_duplicate(&t, 6, 7);
    trend_set_duplicate(&t, 6, 6); /* itself: ignored */
    trend_set_duplicate(&t, 6, 99); /* no such report: ignored */
    unsigned char counted[8];
    trend_counted(&t, counted);
    static const unsigned char want[8] = {1, 0, 1, 1, 0, 1, 0, 1};
    for (size_t i = 0; i < 8; i++)
        CHECK_INT(counted[i], want[i]);
    trend_table tt;
    trend_group(&t, TREND_BY_REGION_YEAR, &tt);
    const trend_row *r = row_of(&tt, "广州市荔湾区", 2021);
    CHECK(r && r->reports == 1 && r->cells[0].hits == 5);
    r = row_of(&tt, "广州市荔湾区", 2019);
    CHECK(r && r->reports == 1 && r->cells[0].hits == 2 && r->cells[0].first == 3);
    r = row_of(&tt, "广州市荔湾区", 2018);
    CHECK(r && r->reports == 1 && r->cells[0].hits == 9 && r->cells[0].first == 7);
    r = row_of(&tt, "广州市海珠区", 2021);
    CHECK(r && r->reports == 1 && r->cells[0].hits == 7);
    trend_table_free(&tt);
    trend_free(&t);
}

static void test_queries(void)
{
    trend t;
    trend_init(&t, 3);
    doc *d = report("q", "广州市荔湾区", 440103, 2022, "x\n");
    trend_count c[3] = {{2, 1, 2, 4}, {0, 0, 0, 0}, {7, 3, 5, 9}};
    trend_add(&t, d, 50, c);
    doc_free(d);
    d = report("p", "广州市荔湾区", 440103, 2021, "x\n");
    trend_count e[3] = {{0, 0, 0, 0}, {1, 1, 2, 3}, {1, 1, 2, 3}};
    trend_add(&t, d, 50, e);
    doc_free(d);
    CHECK_INT(trend_first(&t, 0), 0);
    CHECK_INT(trend_first(&t, 1), 1);
    CHECK_INT(trend_first(&t, 2), 1);
    trend_table tt;
    trend_group(&t, TREND_BY_REGION, &tt);
    CHECK(tt.n == 1 && tt.nq == 3);
    CHECK(tt.rows[0].cells[0].hits == 2 && tt.rows[0].cells[1].hits == 1 &&
          tt.rows[0].cells[2].hits == 8);
    CHECK(tt.rows[0].cells[0].first == 0 && tt.rows[0].cells[2].first == 1);
    CHECK_INT(t.counts[0 * 3 + 2].line, 9);
    trend_table_free(&tt);
    trend_free(&t);

    trend_init(&t, 1); /* an empty trend */
    trend_group(&t, TREND_BY_YEAR, &tt);
    CHECK_INT(tt.n, 0);
    trend_table_free(&tt);
    CHECK(trend_first(&t, 0) == SIZE_MAX);
    trend_free(&t);
}

static void test_rate(void)
{
    CHECK(trend_per_10k(3, 6000) == 5.0);
    CHECK(trend_per_10k(3, 0) == 0);
    CHECK(trend_per_10k(0, 10) == 0);
}

int main(void)
{
    test_chars();
    test_count_doc();
    test_group();
    test_duplicates();
    test_queries();
    test_rate();
    return check_done();
}
