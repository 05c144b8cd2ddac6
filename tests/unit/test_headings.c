/* test_headings.c — a top level of headings without markers: bare lines
 * that each open a run of marked headings become level 1 and the kinds
 * beneath them level 2 on, restarting under each; the section tree and
 * labels they make; title lines, captions, slogans and stray lines that
 * the numbering contradicts stay body. */
#include <string.h>

#include "check.h"
#include "doc.h"
#include "pipeline.h"

/* The outline of src as "level marker title" rows joined by " | ". */
static void outline_is(const char *src, const char *want)
{
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, src, strlen(src), 1, NULL);
    char got[4096] = "";
    size_t len = 0;
    for (size_t i = 0; i < d->nsections && len < sizeof got - 512; i++) {
        const section *s = &d->sections[i];
        int w = snprintf(got + len, sizeof got - len, "%s%d %s %s",
                         i ? " | " : "", s->level, s->marker, s->title);
        len += w > 0 ? (size_t)w : 0;
    }
    CHECK_STR(got, want);
    doc_free(d);
}

static const char five_years[] =
    "各位代表：\n\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
    "“十四五”时期工作回顾\n\n"
    "五年来，我们坚持稳中求进工作总基调，经济社会发展取得显著成就。\n\n"
    "（一）综合实力迈上新台阶。地区生产总值年均增长6%。\n\n"
    "（二）改革开放取得新突破。营商环境持续优化。\n\n"
    "（三）民生福祉得到新改善。城乡居民收入稳步增长。\n\n"
    "“十五五”时期发展目标\n\n"
    "今后五年，是基本实现社会主义现代化的关键时期。\n\n"
    "（一）着力构建现代化产业体系。推进新型工业化。\n\n"
    "（二）着力扩大内需。实施扩大内需战略。\n\n"
    "2026年重点工作\n\n"
    "今年是“十五五”开局之年，做好政府工作意义重大。\n\n"
    "一、稳住经济基本盘。千方百计扩大有效投资。\n\n"
    "二、深化改革开放。持续优化营商环境。\n";

static void test_tree(void)
{
    outline_is(five_years,
               "1  “十四五”时期工作回顾 | 2 （一） 综合实力迈上新台阶 | "
               "2 （二） 改革开放取得新突破 | 2 （三） 民生福祉得到新改善 | "
               "1  “十五五”时期发展目标 | 2 （一） 着力构建现代化产业体系 | "
               "2 （二） 着力扩大内需 | 1  2026年重点工作 | "
               "2 一、 稳住经济基本盘 | 2 二、 深化改革开放");
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, five_years, strlen(five_years), 1, NULL);
    CHECK_INT(d->nsections, 10);
    CHECK_INT(d->sections[0].kind, 0);
    CHECK_INT(d->sections[4].number, 2);
    CHECK_INT(d->sections[7].number, 3);
    CHECK_INT(d->sections[0].parent, -1);
    CHECK_INT(d->sections[4].parent, -1);
    CHECK_INT(d->sections[5].parent, 4);
    CHECK_INT(d->sections[9].parent, 7);
    CHECK_INT(d->sections[0].line, 5);
    CHECK_INT(d->sections[0].end, d->sections[4].start);
    /* the top's line is a heading block of its own */
    int heading_blocks = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        heading_blocks += d->blocks[i].kind == BLOCK_HEADING;
    CHECK_INT(heading_blocks, 10);
    char buf[512];
    CHECK_STR(section_label(d->sections, d->nsections, 6, 60, buf, sizeof buf),
              "（二） 着力扩大内需");
    CHECK_STR(section_label(d->sections, d->nsections, 4, 60, buf, sizeof buf),
              "“十五五”时期发展目标");
    doc_free(d);
}

/* A title line, a date line and a closing slogan around a marked report:
 * nothing changes. */
static void test_marked_report(void)
{
    outline_is("2024年政府工作报告\n\n"
               "——2024年1月10日在市第八届人民代表大会第三次会议上\n\n"
               "各位代表：\n\n"
               "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
               "一、2023年工作回顾\n\n"
               "过去一年，我们攻坚克难，经济社会发展取得新成效。\n\n"
               "（一）经济运行稳中向好。地区生产总值增长5%。\n\n"
               "（二）民生保障有力。城镇新增就业3万人。\n\n"
               "二、2024年工作安排\n\n"
               "今年经济社会发展的主要预期目标是：地区生产总值增长6%。\n\n"
               "（一）扩大有效需求。实施重大项目200个。\n\n"
               "（二）增进民生福祉。办好十件民生实事。\n\n"
               "奋力谱写高质量发展新篇章\n\n"
               "市人民政府\n",
               "1 一、 2023年工作回顾 | 2 （一） 经济运行稳中向好 | "
               "2 （二） 民生保障有力 | 1 二、 2024年工作安排 | "
               "2 （一） 扩大有效需求 | 2 （二） 增进民生福祉");
}

/* A title followed by body text opens the whole run of 一、, and a stray
 * bare line opens the （一） of 二、: taken as tops, 三、 would begin at
 * 3 under the second; the numbering says no, and the outline is the
 * marked one. */
static void test_contradicted(void)
{
    outline_is("2024年政府工作报告\n\n"
               "各位代表，现在我代表市人民政府向大会报告工作，请予审议。\n\n"
               "一、2023年工作回顾\n\n"
               "（一）经济运行稳中向好。地区生产总值增长5%。\n\n"
               "（二）民生保障有力。城镇新增就业3万人。\n\n"
               "二、2024年工作安排\n\n"
               "今年经济社会发展的主要预期目标是：地区生产总值增长6%。\n\n"
               "坚持稳中求进推动发展\n\n"
               "今年要把稳增长放在更加突出的位置，切实抓好各项工作。\n\n"
               "（一）扩大有效需求。实施重大项目200个。\n\n"
               "（二）增进民生福祉。办好十件民生实事。\n\n"
               "三、加强政府自身建设\n\n"
               "（一）强化政治引领。坚定政治立场。\n\n"
               "（二）坚持依法行政。自觉接受监督。\n",
               "1 一、 2023年工作回顾 | 2 （一） 经济运行稳中向好 | "
               "2 （二） 民生保障有力 | 1 二、 2024年工作安排 | "
               "2 （一） 扩大有效需求 | 2 （二） 增进民生福祉 | "
               "1 三、 加强政府自身建设 | 2 （一） 强化政治引领 | "
               "2 （二） 坚持依法行政");
}

/* One bare line opening a run, nothing else alike: no top level. */
static void test_single(void)
{
    outline_is("各位代表：\n\n"
               "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
               "今年重点抓好以下工作\n\n"
               "今年是关键之年，做好政府工作意义重大，任务艰巨。\n\n"
               "（一）扩大有效需求。实施重大项目200个。\n\n"
               "（二）增进民生福祉。办好十件民生实事。\n",
               "1 （一） 扩大有效需求 | 1 （二） 增进民生福祉");
}

int main(void)
{
    test_tree();
    test_marked_report();
    test_contradicted();
    test_single();
    return check_done();
}
