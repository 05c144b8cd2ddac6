/* test_search.c — unit tests of model/search: the query language
 * (phrases, exclusions, filters, errors, the term limit), the metadata
 * filters, and matching over a small parsed report: terms ANDed within a
 * section (children included) or the whole document, exclusions, the
 * section: filter, exact/folded/pinyin flags, hits mapped back to the
 * original bytes, and given positions instead of a scan. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pipeline.h"
#include "search.h"

static void parse_ok(const char *q, query *out)
{
    const char *err = NULL;
    CHECK_INT(query_parse(q, out, &err), 0);
    CHECK(err == NULL);
}

static void parse_fails(const char *q, const char *want)
{
    query out;
    const char *err = NULL;
    CHECK_INT(query_parse(q, &out, &err), -1);
    CHECK_STR(err, want);
    CHECK_INT(out.nterms, 0); /* nothing left to free */
}

static void test_terms(void)
{
    query q;
    parse_ok("经济  發展\t增长", &q);
    CHECK_INT(q.nterms, 3);
    CHECK_INT(q.npositive, 3);
    CHECK_STR(q.terms[0].raw, "经济");
    CHECK_STR(q.terms[1].raw, "發展");
    CHECK_STR(q.terms[1].folded, "发展");
    CHECK_INT(q.terms[1].len, strlen("发展"));
    CHECK_STR(q.terms[2].raw, "增长");
    query_free(&q);

    parse_ok("ＧＤＰ \"2035 年\" \"a phrase\" -疫情 -\"new area\"", &q);
    CHECK_INT(q.nterms, 5);
    CHECK_INT(q.npositive, 3);
    CHECK_STR(q.terms[0].folded, "gdp");
    CHECK_STR(q.terms[1].raw, "2035 年");
    CHECK_STR(q.terms[1].folded, "2035年"); /* the space next to CJK folds away */
    CHECK_STR(q.terms[2].folded, "a phrase");
    CHECK_STR(q.terms[3].raw, "疫情");
    CHECK(q.terms[3].negative && !q.terms[0].negative);
    CHECK_STR(q.terms[4].raw, "new area");
    CHECK(q.terms[4].negative);
    query_free(&q);

    parse_ok("\"open phrase", &q); /* an unclosed quote runs to the end */
    CHECK_INT(q.nterms, 1);
    CHECK_STR(q.terms[0].raw, "open phrase");
    query_free(&q);

    parse_ok("\"\" 经济 -", &q); /* an empty phrase is no term; a lone - is one */
    CHECK_INT(q.nterms, 2);
    CHECK_STR(q.terms[0].raw, "经济");
    CHECK_STR(q.terms[1].raw, "-");
    CHECK(!q.terms[1].negative);
    query_free(&q);
}

static void test_filters(void)
{
    query q;
    parse_ok("region:荔灣 year:2022 kind:budget section:營商 增长", &q);
    CHECK_STR(q.region, "荔湾");
    CHECK_INT(q.year, 2022);
    CHECK_STR(q.kind, "budget");
    CHECK_STR(q.section, "营商");
    CHECK_INT(q.nterms, 1);
    CHECK_STR(q.terms[0].raw, "增长");
    query_free(&q);
    CHECK(q.region == NULL && q.kind == NULL && q.section == NULL);

    parse_ok("region:海珠 region:荔湾 经济", &q); /* the last one counts */
    CHECK_STR(q.region, "荔湾");
    query_free(&q);

    parse_ok("经济 -region:荔湾", &q); /* an exclusion is never a filter */
    CHECK(q.region == NULL);
    CHECK_INT(q.nterms, 2);
    CHECK_STR(q.terms[1].raw, "region:荔湾");
    CHECK(q.terms[1].negative);
    query_free(&q);
}

static void test_errors(void)
{
    const char *none = "the query has no term to look for";
    parse_fails("", none);
    parse_fails("   ", none);
    parse_fails("-经济 -增长", none);
    parse_fails("region:荔湾 year:2022", none);
    parse_fails("\"\"", none);
    char q[256] = "";
    for (int i = 0; i < QUERY_MAX_TERMS; i++)
        strcat(q, i % 2 ? "经济 " : "-增长 ");
    query ok;
    parse_ok(q, &ok);
    CHECK_INT(ok.nterms, QUERY_MAX_TERMS);
    CHECK_INT(ok.npositive, QUERY_MAX_TERMS / 2);
    query_free(&ok);
    strcat(q, "发展");
    parse_fails(q, "too many terms (16 at most)");
}

static int doc_ok(const char *q, const doc *d)
{
    query parsed;
    parse_ok(q, &parsed);
    int r = query_doc_ok(&parsed, d);
    query_free(&parsed);
    return r;
}

static void test_doc_ok(void)
{
    doc *d = doc_new("m.txt", "m.txt");
    d->meta.region = "广州市荔湾区";
    d->meta.kind = DOC_KIND_WORK_REPORT;
    d->meta.year = 2022;
    d->meta.reviews_from = d->meta.reviews_to = 2021;
    d->meta.plans_from = 2023;
    d->meta.plans_to = 2025;
    CHECK(doc_ok("x", d));
    CHECK(doc_ok("x year:2022", d));
    CHECK(doc_ok("x year:2021", d)); /* the year it reviews */
    CHECK(doc_ok("x year:2024", d)); /* a year it plans for */
    CHECK(!doc_ok("x year:2020", d));
    CHECK(!doc_ok("x year:2026", d));
    CHECK(doc_ok("x region:荔湾", d));
    CHECK(doc_ok("x region:荔灣", d)); /* folded */
    CHECK(!doc_ok("x region:海珠", d));
    CHECK(doc_ok("x kind:work", d));
    CHECK(!doc_ok("x kind:budget", d));
    CHECK(doc_ok("x region:广州 year:2023 kind:work-report", d));
    CHECK(!doc_ok("x region:广州 year:2020 kind:work-report", d));
    d->meta.region = NULL;
    d->meta.kind = DOC_KIND_OTHER;
    CHECK(!doc_ok("x region:广州", d));
    CHECK(!doc_ok("x kind:work", d));
    CHECK(doc_ok("x kind:other", d));
    CHECK(doc_ok("x year:2022", d));
    doc_free(d);
}

/* Sections: 0 一、经济发展 › 1 （一）工业; 2 二、社会民生; 3 三、環境保護. */
static const char report[] =
    "报告\n\n"
    "一、经济发展\n\n"
    "经济增长较快，投资稳定。\n\n"
    "（一）工业\n\n"
    "工业投资增长。\n\n"
    "二、社会民生\n\n"
    "就业稳定，经济平稳，环境优美。\n\n"
    "三、環境保護\n\n"
    "生态环境持续改善，到 2035 年ＧＤＰ翻番。\n";

enum { MAX = 32 };

typedef struct hits {
    search_hit h[MAX];
    char text[MAX][64]; /* the original bytes of each */
    size_t n;
} hits;

static void keep(void *ctx, const doc *d, const search_hit *h)
{
    hits *c = ctx;
    if (c->n == MAX)
        return;
    size_t len = h->end - h->start < 63 ? h->end - h->start : 63;
    memcpy(c->text[c->n], d->clean.bytes + h->start, len);
    c->text[c->n][len] = '\0';
    c->h[c->n++] = *h;
}

/* The hits of query q in d, with positions tp when given. */
static size_t run(const char *q, const doc *d, const folded *f,
                  const term_positions *tp, hits *out)
{
    query parsed;
    parse_ok(q, &parsed);
    memset(out, 0, sizeof *out);
    size_t n = tp ? search_doc_at(&parsed, d, f, tp, keep, out)
                  : search_doc(&parsed, d, f, keep, out);
    CHECK_INT(n, out->n);
    query_free(&parsed);
    return n;
}

/* The section each hit of out is given, as a string of digits ('-' for
 * none), e.g. "0002". */
static const char *sections_of(const hits *out)
{
    static char s[MAX + 1];
    for (size_t i = 0; i < out->n; i++)
        s[i] = out->h[i].section < 0 ? '-' : (char)('0' + out->h[i].section);
    s[out->n] = '\0';
    return s;
}

/* Query, hit count, the section of each hit (sections_of). */
static const struct unit_case {
    const char *q;
    size_t n;
    const char *sections;
} unit_cases[] = {
    /* 工业 lies in section 1 only: its hits belong to section 0, the
     * deepest holding both terms; 经济 in section 2 has no 工业 there,
     * the whole document holds both. */
    {"经济 工业", 5, "00002"},
    /* Before the first heading: the whole document, no section. */
    {"报告 工业", 3, "-11"},
    {"经济 不存在", 0, ""},
    {"不存在", 0, ""},
    /* Exclusions: 环境 is in sections 2 and 3, so in the document. */
    {"经济 -环境", 2, "00"},
    {"环境 -经济", 2, "33"},
    /* A section holds its children: 工业 in (一) excludes 一、 too. */
    {"投资 -工业", 0, ""},
    {"投资 -不存在", 2, "01"},
    {"经济 -经济", 0, ""},
    /* section: a unit whose title, or an ancestor's, holds it. */
    {"section:社会 经济", 1, "2"},
    {"section:經濟 工业", 2, "11"},
    {"section:不存在 经济", 0, ""},
    /* Metadata filters apply to the whole document. */
    {"year:1999 经济", 0, ""},
};

static void test_units(const doc *d, const folded *f)
{
    hits h;
    for (size_t i = 0; i < sizeof unit_cases / sizeof *unit_cases; i++) {
        const struct unit_case *c = &unit_cases[i];
        if (!CHECK_INT(run(c->q, d, f, NULL, &h), c->n) ||
            !CHECK_STR(sections_of(&h), c->sections))
            printf("  query %s\n", c->q);
    }
    run("经济 工业", d, f, NULL, &h);
    CHECK_STR(h.text[2], "工业");
    CHECK_INT(h.h[2].term, 1);
    CHECK_INT(h.h[0].term, 0);
    for (size_t i = 1; i < h.n; i++)
        CHECK(h.h[i].start > h.h[i - 1].start); /* document order */
}

static void test_flags(const doc *d, const folded *f)
{
    hits h;
    CHECK_INT(run("環境", d, f, NULL, &h), 3);
    CHECK_STR(h.text[0], "环境");
    CHECK(!h.h[0].exact && !h.h[0].pinyin);
    CHECK_STR(h.text[1], "環境");
    CHECK(h.h[1].exact && !h.h[1].pinyin);
    CHECK_STR(h.text[2], "环境");
    CHECK(!h.h[2].exact);
    /* Folded hits map back to the original bytes, spaces and widths. */
    CHECK_INT(run("2035年", d, f, NULL, &h), 1);
    CHECK_STR(h.text[0], "2035 年");
    CHECK(!h.h[0].exact);
    CHECK_INT(run("\"2035 年\"", d, f, NULL, &h), 1);
    CHECK(h.h[0].exact);
    CHECK_INT(run("GDP", d, f, NULL, &h), 1);
    CHECK_STR(h.text[0], "ＧＤＰ");
    CHECK_INT(h.h[0].end - h.h[0].start, strlen("ＧＤＰ"));
    CHECK_INT(run("ＧＤＰ", d, f, NULL, &h), 1);
    CHECK(h.h[0].exact);
    /* Letters are read as pinyin too: full, initials, mixed. */
    CHECK_INT(run("gongye", d, f, NULL, &h), 2);
    CHECK_STR(h.text[0], "工业");
    CHECK_STR(h.text[1], "工业");
    CHECK(h.h[0].pinyin && h.h[1].pinyin && !h.h[0].exact);
    CHECK_STR(sections_of(&h), "11");
    CHECK_INT(run("hjbh", d, f, NULL, &h), 1);
    CHECK_STR(h.text[0], "環境保護");
    CHECK(h.h[0].pinyin);
    CHECK_INT(run("jj发展", d, f, NULL, &h), 1);
    CHECK_STR(h.text[0], "经济发展");
    /* A pinyin exclusion: 工业 in (一) drops 一、's 经济, not 二、's. */
    CHECK_INT(run("jingji -gongye", d, f, NULL, &h), 1);
    CHECK_STR(h.text[0], "经济");
    CHECK_STR(sections_of(&h), "2");
}

/* Given positions: the hits are found there and only there. */
static void test_positions(const doc *d, const folded *f)
{
    hits scanned, given;
    run("经济 gongye", d, f, NULL, &scanned);
    size_t pos[8], n = 0;
    for (const char *p = f->s; n < 8 && (p = strstr(p, "经济")); p++)
        pos[n++] = (size_t)(p - f->s);
    CHECK_INT(n, 3);
    pinyin_span py[2];
    size_t np = 0;
    for (const char *p = f->s; np < 2 && (p = strstr(p, "工业")); p++)
        py[np++] = (pinyin_span){(size_t)(p - f->s), strlen("工业")};
    term_positions tp = {{pos, NULL}, {n, 0}, {NULL, py}, {0, np}};
    CHECK_INT(run("经济 gongye", d, f, &tp, &given), scanned.n);
    for (size_t i = 0; i < given.n; i++) {
        CHECK_INT(given.h[i].start, scanned.h[i].start);
        CHECK_INT(given.h[i].end, scanned.h[i].end);
        CHECK_INT(given.h[i].section, scanned.h[i].section);
        CHECK_INT(given.h[i].pinyin, scanned.h[i].pinyin);
    }
    tp.npos[0] = 1; /* only the first 经济, no 工业 */
    tp.npinyin[1] = 0;
    CHECK_INT(run("经济 gongye", d, f, &tp, &given), 0);
    tp.npinyin[1] = 1;
    CHECK_INT(run("经济 gongye", d, f, &tp, &given), 2);
    CHECK_STR(given.text[0], "经济");
    CHECK_STR(given.text[1], "工业");
}

/* A query against one short text: terms ANDed, literal after folding
 * (traditional, full width), pinyin full or initials, -exclusions. */
static int matches(const char *q, const char *s)
{
    query qq;
    const char *err;
    if (query_parse(q, &qq, &err) != 0)
        return -1;
    folded f;
    fold_text(s, strlen(s), &f);
    int r = query_match_folded(&qq, f.s, f.len);
    fold_free(&f);
    query_free(&qq);
    return r;
}

static void test_match_folded(void)
{
    CHECK_INT(matches("生产总值", "地区生产总值"), 1);
    CHECK_INT(matches("生產總值", "地区生产总值"), 1); /* traditional typed */
    CHECK_INT(matches("生产总值", "地區生產總值"), 1); /* traditional text */
    CHECK_INT(matches("dqsczz", "地区生产总值"), 1);   /* initials */
    CHECK_INT(matches("shengchan", "地区生产总值"), 1); /* full syllables */
    CHECK_INT(matches("gdp", "GDP"), 1);
    CHECK_INT(matches("ＧＤＰ", "gdp增速"), 1);        /* full width */
    CHECK_INT(matches("地区 总值", "地区生产总值"), 1);  /* ANDed */
    CHECK_INT(matches("地区 投资", "地区生产总值"), 0);
    CHECK_INT(matches("总值 -地区", "地区生产总值"), 0); /* excluded */
    CHECK_INT(matches("总值 -投资", "地区生产总值"), 1);
    CHECK_INT(matches("gdzctz", "地区生产总值"), 0);
}

int main(void)
{
    test_match_folded();
    test_terms();
    test_filters();
    test_errors();
    test_doc_ok();
    doc *d = doc_new("r.txt", "r.txt");
    pipeline_text(d, report, strlen(report), 1, NULL);
    CHECK_INT(d->nsections, 4);
    if (d->nsections == 4) {
        CHECK_STR(d->sections[1].marker, "（一）");
        CHECK_INT(d->sections[1].parent, 0);
        CHECK_INT(d->sections[3].parent, -1);
        folded f;
        fold_text(d->clean.bytes, d->clean.len, &f);
        test_units(d, &f);
        test_flags(d, &f);
        test_positions(d, &f);
        fold_free(&f);
    }
    doc_free(d);
    return check_done();
}
