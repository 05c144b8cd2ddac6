/* test_meta.c — unit tests of the metadata stage (src/parse/meta_*.c)
 * on synthetic reports: kinds, titles, regions, the years delivered,
 * reviewed and planned, script; then each part on its own (meta_impl.h)
 * over hand-made folded views, and the names of kinds and scripts
 * (model/meta.h). */
#include <string.h>

#include "check.h"
#include "meta_impl.h"
#include "pipeline.h"

static doc *parse(const char *s)
{
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, s, strlen(s), 1, NULL);
    return d;
}

static void test_plan_execution_title(void)
{
    doc *d = parse("关于天河区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
                   "——2024年1月10日在广州市天河区第十七届人民代表大会第四次会议上\n\n"
                   "各位代表：\n\n现将有关情况报告如下，请予审议。\n");
    CHECK_STR(doc_kind_name(d->meta.kind), "plan-execution");
    CHECK_STR(d->meta.region, "广州市天河区");
    CHECK_INT(d->meta.year, 2024);
    CHECK_INT(d->meta.reviews_from, 2023);
    CHECK_INT(d->meta.plans_from, 2024);
    CHECK_STR(d->meta.title,
              "关于天河区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告");
    CHECK_STR(doc_script_name(d->meta.script), "Hans");
    doc_free(d);
}

/* A traditional work report: keywords match once folded; the title stays
 * as written, the region is given simplified. */
static void test_traditional(void)
{
    doc *d = parse("2022年政府工作報告\n\n"
                   "——2022年1月6日在廣州市越秀區第十七屆人民代表大會第一次會議上\n\n"
                   "一、2021年工作回顧\n\n過去一年，我們堅持穩中求進。\n\n"
                   "二、2022年工作安排\n\n今年經濟社會發展的主要預期目標是：地區生產總值增長6%。\n");
    CHECK_STR(doc_kind_name(d->meta.kind), "work-report");
    CHECK_STR(d->meta.title, "2022年政府工作報告");
    CHECK_STR(d->meta.region, "广州市越秀区");
    CHECK_INT(d->meta.year, 2022);
    CHECK_INT(d->meta.reviews_from, 2021);
    CHECK_INT(d->meta.plans_from, 2022);
    CHECK_STR(doc_script_name(d->meta.script), "Hant");
    doc_free(d);
}

/* A budget report, the year from its signature date at the end. */
static void test_budget(void)
{
    doc *d = parse("关于番禺区2022年预算执行情况和2023年预算草案的报告\n\n"
                   "各位代表：\n\n受区人民政府委托，现将预算执行情况报告如下。\n\n"
                   "番禺区财政局\n\n2023年1月5日\n");
    CHECK_STR(doc_kind_name(d->meta.kind), "budget");
    CHECK_STR(d->meta.region, "番禺区");
    CHECK_INT(d->meta.year, 2023);
    CHECK_INT(d->meta.reviews_from, 2022);
    CHECK_INT(d->meta.plans_from, 2023);
    doc_free(d);
}

/* A communique is about the year its title names, issued the year after. */
static void test_communique(void)
{
    doc *d = parse("白云区2022年国民经济和社会发展统计公报\n\n"
                   "2022年，全区地区生产总值增长1.0%。\n");
    CHECK_STR(doc_kind_name(d->meta.kind), "statistical-communique");
    CHECK_INT(d->meta.reviews_from, 2022);
    CHECK_INT(d->meta.year, 2023);
    CHECK_INT(d->meta.plans_from, 0);
    doc_free(d);
}

/* A five-year plan: the span from its number; the title is the 纲要's,
 * not the notice that issues it. */
static void test_five_year_plan(void)
{
    doc *d = parse("黄埔区人民政府关于印发黄埔区国民经济和社会发展第十三个五年规划纲要的通知\n\n"
                   "各街道办事处：\n\n现印发给你们，请认真贯彻执行。\n\n"
                   "黄埔区人民政府\n\n2016年3月1日\n\n"
                   "黄埔区国民经济和社会发展第十三个五年规划纲要\n\n"
                   "“十二五”时期，全区经济保持较快增长。\n");
    CHECK_STR(doc_kind_name(d->meta.kind), "five-year-plan");
    CHECK_STR(d->meta.title, "黄埔区国民经济和社会发展第十三个五年规划纲要");
    CHECK_STR(d->meta.region, "黄埔区");
    CHECK_INT(d->meta.year, 2016);
    CHECK_INT(d->meta.reviews_from, 2011);
    CHECK_INT(d->meta.reviews_to, 2015);
    CHECK_INT(d->meta.plans_from, 2016);
    CHECK_INT(d->meta.plans_to, 2020);
    doc_free(d);
}

/* No title and no congress line: the region the text keeps naming; the
 * 区 of 大湾区 or 试验区 is not a region. */
static void test_region_by_frequency(void)
{
    doc *d = parse("一、2023年工作回顾\n\n"
                   "粤港澳大湾区建设加快，大湾区合作深化，南沙试验区建设推进，试验区扩容。"
                   "出台《广州市增城区促进产业发展若干措施》，增城开发区、增城新城加快建设，"
                   "增城区与从化区协同发展，增城经济增长5%。\n");
    CHECK_STR(d->meta.region, "广州市增城区");
    CHECK_STR(doc_kind_name(d->meta.kind), "other");
    CHECK_STR(d->meta.title, "");
    doc_free(d);
}

static void test_empty(void)
{
    doc *d = parse("\n");
    CHECK_STR(d->meta.title, "");
    CHECK_STR(d->meta.region, "");
    CHECK_STR(doc_kind_name(d->meta.kind), "other");
    CHECK_INT(d->meta.year, 0);
    CHECK_STR(doc_script_name(d->meta.script), "Hans");
    doc_free(d);
}

/* A title line with 、 in it is a title (keyword text keeps 、 apart
 * from the comma that ends a sentence); with no title line, a top-level
 * heading that names the kind. */
static void test_titles(void)
{
    doc *d = parse("关于2023年预算执行情况、2024年预算草案的报告\n\n"
                   "——2024年1月10日在番禺区第十七届人民代表大会第四次会议上\n\n"
                   "各位代表：\n");
    CHECK_STR(d->meta.title, "关于2023年预算执行情况、2024年预算草案的报告");
    CHECK_STR(doc_kind_name(d->meta.kind), "budget");
    doc_free(d);
    d = parse("各位代表：\n\n现将有关情况报告如下。\n\n"
              "一、2023年国民经济和社会发展计划执行情况；总体平稳\n\n"
              "全年地区生产总值增长5%。\n");
    CHECK_STR(d->meta.title, "2023年国民经济和社会发展计划执行情况");
    CHECK_STR(doc_kind_name(d->meta.kind), "plan-execution");
    doc_free(d);
}

/* ---- the parts on their own ---- */

/* A view of folded head, tail and headings text, with no document. */
static meta_view view_of(const char *head, const char *tail, const char *headings)
{
    meta_view v;
    memset(&v, 0, sizeof v);
    sbuf_adds(&v.head, head);
    sbuf_adds(&v.tail, tail);
    sbuf_adds(&v.headings, headings);
    return v;
}

static void view_done(meta_view *v)
{
    sbuf_free(&v->head);
    sbuf_free(&v->tail);
    sbuf_free(&v->headings);
}

static doc_kind named(const char *f)
{
    return meta_kind_named(f, strlen(f));
}

static void test_kind(void)
{
    CHECK_INT(named("2023年国民经济和社会发展统计公报"), DOC_KIND_STATISTICAL_COMMUNIQUE);
    CHECK_INT(named("2024年政府工作报告"), DOC_KIND_WORK_REPORT);
    CHECK_INT(named("关于2023年预算执行情况和2024年预算草案的报告"), DOC_KIND_BUDGET);
    CHECK_INT(named("2022年决算"), DOC_KIND_BUDGET);
    CHECK_INT(named("计划执行情况与2024年计划草案"), DOC_KIND_PLAN_EXECUTION);
    CHECK_INT(named("第十四个五年规划和二〇三五年远景目标纲要"), DOC_KIND_FIVE_YEAR_PLAN);
    /* precedence, not position: the budget before the work report */
    CHECK_INT(named("政府工作报告中的预算执行"), DOC_KIND_BUDGET);
    CHECK_INT(named("工作总结"), DOC_KIND_OTHER);
    CHECK_INT(named(""), DOC_KIND_OTHER);

    /* no kind in the title: the earliest keyword of the head, by position */
    meta_view v = view_of("政府工作报告\n附:2023年统计公报\n", "", "");
    CHECK_INT(meta_kind_find("海珠区", strlen("海珠区"), &v), DOC_KIND_WORK_REPORT);
    CHECK_INT(meta_kind_find("统计公报", strlen("统计公报"), &v),
              DOC_KIND_STATISTICAL_COMMUNIQUE);
    view_done(&v);
    /* nor in the head: the headings */
    v = view_of("各位代表:\n", "", "一、2024年预算草案\n");
    CHECK_INT(meta_kind_find("", 0, &v), DOC_KIND_BUDGET);
    view_done(&v);
    v = view_of("各位代表:\n", "", "");
    CHECK_INT(meta_kind_find("", 0, &v), DOC_KIND_OTHER);
    view_done(&v);
}

static void check_years(const char *title, doc_kind kind, const char *head,
                        const char *tail, const char *headings, int year,
                        int rf, int rt, int pf, int pt, int line)
{
    meta_view v = view_of(head, tail, headings);
    doc_meta m;
    memset(&m, 0, sizeof m);
    m.kind = kind;
    meta_years_find(title, strlen(title), &v, &m);
    check_int_at(m.year, year, __FILE__, line, "year");
    check_int_at(m.reviews_from, rf, __FILE__, line, "reviews_from");
    check_int_at(m.reviews_to, rt, __FILE__, line, "reviews_to");
    check_int_at(m.plans_from, pf, __FILE__, line, "plans_from");
    check_int_at(m.plans_to, pt, __FILE__, line, "plans_to");
    view_done(&v);
}

#define CHECK_YEARS(title, kind, head, tail, headings, y, rf, rt, pf, pt) \
    check_years((title), (kind), (head), (tail), (headings), (y), (rf), (rt), \
                (pf), (pt), __LINE__)

static void test_years(void)
{
    const char *s = "2023年工作回顾\n12023 1948年 2100年 20234";
    size_t n = strlen(s);
    CHECK_INT(meta_year_at(s, n, 0), 2023);
    CHECK_INT(meta_year_at(s, n, strlen("2023年工作回顾\n1")), 0); /* 1[2023] */
    CHECK_INT(meta_year_at(s, n, strlen("2023年工作回顾\n12023 ")), 0); /* 1948 */
    CHECK_INT(meta_year_at(s, n, strlen("2023年工作回顾\n12023 1948年 ")), 2100);
    CHECK_INT(meta_year_at(s, n, n - 5), 0); /* 2023 of 20234 */
    CHECK_INT(meta_year_window(s, n, 7), strlen("2023年工作回顾"));

    /* a work report: its headings, the delivery line */
    CHECK_YEARS("2024年政府工作报告", DOC_KIND_WORK_REPORT,
                "——2024年1月10日在区人民代表大会上\n", "",
                "一、2023年工作回顾\n二、2024年工作安排\n", 2024, 2023, 2023, 2024, 2024);
    /* a budget with only a signature date: the years from the year */
    CHECK_YEARS("关于预算执行情况的报告", DOC_KIND_BUDGET, "各位代表:\n",
                "区财政局\n2023年1月5日\n", "", 2023, 2022, 2022, 2023, 2023);
    /* a five-year plan: the span its number names, in the title or “十三五” */
    CHECK_YEARS("第十四个五年规划纲要", DOC_KIND_FIVE_YEAR_PLAN, "", "", "",
                2021, 2016, 2020, 2021, 2025);
    CHECK_YEARS("规划纲要", DOC_KIND_FIVE_YEAR_PLAN, "\"十三五\"时期\n", "", "",
                2016, 2011, 2015, 2016, 2020);
    /* a communique: about its title's year, issued the year after */
    CHECK_YEARS("2022年统计公报", DOC_KIND_STATISTICAL_COMMUNIQUE, "", "", "",
                2023, 2022, 2022, 0, 0);
    /* another kind: the title's year, and nothing made up */
    CHECK_YEARS("2023年工作要点", DOC_KIND_OTHER, "", "", "", 2023, 0, 0, 0, 0);
    CHECK_YEARS("", DOC_KIND_OTHER, "", "", "", 0, 0, 0, 0, 0);
}

static const char *region_of(const char *head)
{
    static char got[128];
    doc *d = doc_new("t.txt", "t.txt");
    meta_view v = view_of(head, "", "");
    v.d = d;
    snprintf(got, sizeof got, "%s", meta_region_find(d, &v));
    view_done(&v);
    doc_free(d);
    return got;
}

static void test_region(void)
{
    CHECK_STR(region_of("广州市荔湾区人民政府\n"), "广州市荔湾区");
    CHECK_STR(region_of("——2024年1月10日在广州市天河区第十七届人民代表大会第四次会议上\n"),
              "广州市天河区");
    CHECK_STR(region_of("海珠区2023年政府工作报告\n"), "海珠区");
    CHECK_STR(region_of("粤港澳大湾区建设\n"), "");  /* no telling context */
    CHECK_STR(region_of(""), "");
}

static doc_script script_of(const char *s)
{
    return meta_script_find(s, strlen(s));
}

static void test_script(void)
{
    CHECK_INT(script_of("經濟發展"), DOC_SCRIPT_HANT);
    CHECK_INT(script_of("经济发展"), DOC_SCRIPT_HANS);
    CHECK_INT(script_of("国國國"), DOC_SCRIPT_HANT);
    CHECK_INT(script_of("GDP 5%"), DOC_SCRIPT_HANS);
    CHECK_INT(script_of(""), DOC_SCRIPT_HANS);
    /* only the first 16 KiB are read */
    sbuf b = {0};
    for (int i = 0; i < 6000; i++)
        sbuf_adds(&b, "经");
    for (int i = 0; i < 8000; i++)
        sbuf_adds(&b, "經");
    CHECK_INT(meta_script_find(b.p, b.len), DOC_SCRIPT_HANS);
    CHECK_INT(meta_script_find(b.p + 18000, b.len - 18000), DOC_SCRIPT_HANT);
    sbuf_free(&b);
}

static void test_markers(void)
{
    CHECK_INT(meta_top_marker("一、总体", strlen("一、总体")), 6);
    CHECK_INT(meta_top_marker("二十、其他", strlen("二十、其他")), 9);
    CHECK_INT(meta_top_marker("十", 3), 0);
    CHECK_INT(meta_top_marker("一，", strlen("一，")), 0);
    CHECK_INT(meta_top_marker("、", 3), 0);
}

/* Every kind and script prints as the list verb and the kind: filter know
 * it; out-of-range values as other and "". */
static void test_names(void)
{
    CHECK_STR(doc_kind_name(DOC_KIND_OTHER), "other");
    CHECK_STR(doc_kind_name(DOC_KIND_WORK_REPORT), "work-report");
    CHECK_STR(doc_kind_name(DOC_KIND_PLAN_EXECUTION), "plan-execution");
    CHECK_STR(doc_kind_name(DOC_KIND_FIVE_YEAR_PLAN), "five-year-plan");
    CHECK_STR(doc_kind_name(DOC_KIND_BUDGET), "budget");
    CHECK_STR(doc_kind_name(DOC_KIND_STATISTICAL_COMMUNIQUE), "statistical-communique");
    CHECK_STR(doc_kind_name(DOC_NKINDS), "other");
    CHECK_STR(doc_kind_name((doc_kind)-1), "other");
    CHECK_STR(doc_script_name(DOC_SCRIPT_HANS), "Hans");
    CHECK_STR(doc_script_name(DOC_SCRIPT_HANT), "Hant");
    CHECK_STR(doc_script_name(DOC_SCRIPT_UNKNOWN), "");
    CHECK_STR(doc_script_name(DOC_NSCRIPTS), "");
    /* a document never detected: other, no script */
    doc *d = doc_new("t.txt", "t.txt");
    CHECK_STR(doc_kind_name(d->meta.kind), "other");
    CHECK_STR(doc_script_name(d->meta.script), "");
    doc_free(d);
}

int main(void)
{
    test_plan_execution_title();
    test_traditional();
    test_budget();
    test_communique();
    test_five_year_plan();
    test_region_by_frequency();
    test_empty();
    test_titles();
    test_kind();
    test_years();
    test_region();
    test_script();
    test_markers();
    test_names();
    return check_done();
}
