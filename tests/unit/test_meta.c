/* test_meta.c — unit tests of src/parse/meta on synthetic reports: kinds,
 * titles, regions, the years delivered, reviewed and planned, script; and
 * the names of kinds and scripts (model/meta.h). */
#include <string.h>

#include "check.h"
#include "pipeline.h"

static doc *parse(const char *s)
{
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, s, strlen(s), 1);
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
    test_names();
    return check_done();
}
