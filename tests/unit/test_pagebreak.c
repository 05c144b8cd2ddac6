/* test_pagebreak.c — unit tests of src/parse/pagebreak: whether a paragraph
 * is the rest of the one before it, cut by a PDF page break. */
#include <string.h>

#include "check.h"
#include "pagebreak.h"

static int continues(const char *a, const char *b)
{
    return pagebreak_continues(a, strlen(a), b, strlen(b));
}

/* Body text that a page break cut after 在全 (sample 003). */
static const char CUT[] =
    "坚持以习近平新时代中国特色社会主义思想为指导，把荔湾发展放在全省、在全";
static const char REST[] = "市发展大局中谋划推进，奋力实现老城市新活力。";

static void test_continues(void)
{
    CHECK(continues(CUT, REST));
    CHECK(continues("全年地区生产总值1277.93亿元，增长4.8%，其中第三产业",
                    "增加值增长5.2%。"));
    /* A paragraph that opens with a lead (一是…) is body text too. */
    CHECK(continues("一是加快构建现代产业体系，推动先进制造业和现代服务业深度融合，在全",
                    "区范围内形成产业集聚。"));
    /* A long paragraph that starts like a heading is still body text. */
    CHECK(continues("1.全面推进数字政府建设，深化“一网通办”改革，推动政务服务"
                    "事项全流程网上办理，提升企业和群众办事便利度，加快建设"
                    "全市领先的数字政府示范区，为",
                    "优化营商环境提供有力支撑。"));
}

static void test_not_after_closed(void)
{
    CHECK(!continues("全年地区生产总值1277.93亿元，增长4.8%。", REST));
    CHECK(!continues("坚持稳中求进工作总基调，推动高质量发展；", REST));
    CHECK(!continues("坚持稳中求进工作总基调，推动高质量发展：", REST));
    CHECK(!continues("坚持稳中求进工作总基调，打造“老城市新活力”", REST));
    CHECK(!continues("坚持稳中求进工作总基调，推动高质量发展!", REST));
    CHECK(!continues("坚持稳中求进工作总基调，推动高质量发展（试行）", REST));
}

static void test_not_headings(void)
{
    /* A heading is not body text, and neither is a title line. */
    CHECK(!continues("第一节 指导思想", REST));
    CHECK(!continues("第一章 发展基础和发展环境", REST));
    CHECK(!continues("一、坚持创新驱动，加快", REST));
    CHECK(!continues("（一）扛起海珠担当，奋力", REST));
    CHECK(!continues("广州市荔湾区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                     REST));
    CHECK(!continues("荔湾区人民政府", REST));
    /* Short prose, table rows and captions are not cut paragraphs. */
    CHECK(!continues("坚持，在全", REST));
    CHECK(!continues("| 地区生产总值，亿元 | 1086.07 |", REST));
    CHECK(!continues("表 1：“十三五”规划主要指标完成情况，单位", REST));
}

static void test_not_before_block(void)
{
    /* The next paragraph opens a heading, caption, table or attachment. */
    static const char *const next[] = {
        "第一节 指导思想",
        "第二章 发展目标",
        "一、总体要求",
        "（一）发展基础",
        "(一)发展基础",
        "1. 全面推进数字政府建设",
        "1．全面推进",
        "①提升城市能级",
        "表 1：“十三五”规划主要指标完成情况",
        "表1：主要指标",
        "图 1：荔湾区区位图",
        "| 指标 | 单位 | 目标值 |",
        "附件 1",
        "附件:广州市荔湾区“十四五”规划重大建设项目",
        "注：2020年数据尚在核算中。",
        "说明：表中数据为初步统计数。",
    };
    for (size_t i = 0; i < sizeof next / sizeof next[0]; i++)
        if (!CHECK(!continues(CUT, next[i])))
            printf("  (next %zu: %s)\n", i, next[i]);
}

static void test_empty(void)
{
    CHECK(!pagebreak_continues("", 0, REST, strlen(REST)));
    CHECK(!pagebreak_continues(CUT, strlen(CUT), "", 0));
    CHECK(!pagebreak_continues("", 0, "", 0));
}

static int closed(const char *s)
{
    return pagebreak_ends_closed(s, strlen(s));
}

static int caption(const char *s)
{
    return pagebreak_is_caption(s, strlen(s));
}

static void test_helpers(void)
{
    CHECK(closed("增长4.8%。"));
    CHECK(closed("是吗？"));
    CHECK(closed("好！"));
    CHECK(closed("如下："));
    CHECK(closed("发展；"));
    CHECK(closed("“百千万工程”"));
    CHECK(closed("（试行）"));
    CHECK(closed("「荔湾」"));
    CHECK(closed("《纲要》"));
    CHECK(closed("【打印】"));
    CHECK(closed("等等……"));
    CHECK(closed("end."));
    CHECK(closed("end;"));
    CHECK(closed("(2021)"));
    CHECK(closed(""));
    CHECK(!closed("在全"));
    CHECK(!closed("发展，"));
    CHECK(!closed("发展、"));
    CHECK(!closed("1277.93"));
    CHECK(!closed("abc"));

    CHECK(caption("表 1：主要指标"));
    CHECK(caption("表1：主要指标"));
    CHECK(caption("表 2:"));
    CHECK(caption("图 3：荔湾区空间布局"));
    CHECK(caption("圖 3"));
    CHECK(caption("附表 1"));
    CHECK(!caption("表示"));
    CHECK(!caption("表格如下"));
    CHECK(!caption("图书馆"));
    CHECK(!caption("表"));
    CHECK(!caption(""));
    CHECK(!caption("见表 1"));

    CHECK(pagebreak_is_table_row("| a | b |", 9));
    CHECK(pagebreak_is_table_row("|", 1));
    CHECK(!pagebreak_is_table_row(" | a |", 6));
    CHECK(!pagebreak_is_table_row("a | b", 5));
    CHECK(!pagebreak_is_table_row("", 0));
}

int main(void)
{
    test_continues();
    test_not_after_closed();
    test_not_headings();
    test_not_before_block();
    test_empty();
    test_helpers();
    return check_done();
}
