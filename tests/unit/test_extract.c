/* test_extract.c — the extract stage, one sentence per construction, each
 * inside a small report whose heading sets the period and kind; the
 * numbers that are no indicators; bad input. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "canonical.h"
#include "check.h"
#include "pipeline.h"
#include "sbuf.h"

static doc *parse(const char *heading, const char *body)
{
    sbuf b = {0};
    sbuf_printf(&b, "%s\n\n%s\n", heading, body);
    doc *d = doc_new("t.txt", "t.txt");
    CHECK_INT(pipeline_text(d, b.p, b.len, 1, NULL), 0);
    sbuf_free(&b);
    return d;
}

static const char *const REVIEW = "一、2023年工作回顾";
static const char *const PLAN = "一、2024年工作安排";

/* Checks indicator i of d field by field; amount within 1e-9 relative
 * (NAN when none). */
static void want(const doc *d, size_t i, const char *name, const char *value,
                 const char *unit, double amount, const char *change,
                 const char *period, const char *kind, const char *note)
{
    CHECK(i < d->nindicators);
    if (i >= d->nindicators)
        return;
    const indicator *x = &d->indicators[i];
    char per[32];
    CHECK_STR(x->name, name);
    /* extract sets canonical = name; the pipeline then canonicalises it */
    const char *concept = indicator_canonical(name);
    CHECK_STR(x->canonical, concept ? concept : name);
    CHECK_STR(x->value, value);
    CHECK_STR(x->unit, unit);
    if (isnan(amount))
        CHECK(isnan(x->amount));
    else
        CHECK(fabs(x->amount - amount) <= fabs(amount) * 1e-9);
    CHECK_STR(x->change, change);
    CHECK_STR(indicator_period_format(x->period_from, x->period_to, per,
                                      sizeof per), period);
    CHECK_STR(indicator_kind_name(x->kind), kind);
    CHECK_STR(x->note, note);
    CHECK_INT(x->line, 3);
    CHECK(x->end > x->start && x->table == -1);
}

static void one(const char *heading, const char *body, size_t count,
                size_t i, const char *name, const char *value,
                const char *unit, double amount, const char *change,
                const char *period, const char *kind, const char *note)
{
    doc *d = parse(heading, body);
    CHECK_INT(d->nindicators, count);
    want(d, i, name, value, unit, amount, change, period, kind, note);
    doc_free(d);
}

static void statements(void)
{
    one(REVIEW, "全年地区生产总值1277.93亿元,增长4.8%。", 1, 0, "地区生产总值",
        "1277.93", "亿元", 1277.93e8, "+4.8%", "2023", "actual", "");
    one(REVIEW, "一般公共预算实现收入57.89亿元,同比增长8.3%。", 1, 0,
        "一般公共预算收入", "57.89", "亿元", 57.89e8, "+8.3%", "2023",
        "actual", "");
    one(REVIEW, "全区实有各类市场主体约14.52万户。", 1, 0, "实有各类市场主体",
        "14.52", "万户", 145200, "", "2023", "actual", "约");
    one(REVIEW, "工业增加值下降0.3个百分点。", 1, 0, "工业增加值", "", "",
        NAN, "-0.3个百分点", "2023", "actual", "");
    one(REVIEW, "外资企业数增长2.4倍。", 1, 0, "外资企业数", "", "", NAN,
        "+2.4倍", "2023", "actual", "");
    one(PLAN, "数字经济核心产业营收6800亿元左右、增长超20%。", 1, 0,
        "数字经济核心产业营收", "6800", "亿元", 6800e8, "+20%", "2024",
        "target", "左右;超");
}

static void targets(void)
{
    doc *d = parse(PLAN, "主要预期目标是:地区生产总值增长5%以上;固定资产投资"
                         "完成560亿元以上,力争达到635亿元。");
    CHECK_INT(d->nindicators, 3);
    want(d, 0, "地区生产总值", "", "", NAN, "+5%", "2024", "target", "以上");
    want(d, 1, "固定资产投资", "560", "亿元", 560e8, "", "2024", "target",
         "以上");
    want(d, 2, "固定资产投资", "635", "亿元", 635e8, "", "2024", "target",
         "力争");
    doc_free(d);
    one(REVIEW, "预计全年地区生产总值增长5%左右。", 1, 0, "地区生产总值", "",
        "", NAN, "+5%", "2023", "expected", "左右");
    one(REVIEW, "到2025年,城市道路网密度达到6公里/平方公里。", 1, 0,
        "城市道路网密度", "6", "公里/平方公里", 6, "", "2025", "target", "");
    /* a lead word after the subject: the subject is the name */
    one(PLAN, "地区生产总值力争增长5%。", 1, 0, "地区生产总值", "", "", NAN,
        "+5%", "2024", "target", "力争");
    one(PLAN, "地区生产总值确保增长5%。", 1, 0, "地区生产总值", "", "", NAN,
        "+5%", "2024", "target", "");
    one(REVIEW, "社会消费品零售总额预计完成84亿元。", 1, 0, "社会消费品零售总额",
        "84", "亿元", 84e8, "", "2023", "expected", "");
    one(PLAN, "全区旅游人数力争突破370万人次。", 1, 0, "旅游人数", "370",
        "万人次", 3.7e6, "", "2024", "target", "力争");
    /* floors and ceilings are notes, not comparisons */
    one(PLAN, "地区生产总值增长不低于5%。", 1, 0, "地区生产总值", "", "", NAN,
        "+5%", "2024", "target", "不低于");
    one(PLAN, "居民消费价格涨幅不高于3%。", 1, 0, "居民消费价格涨幅", "3", "%", 3,
        "", "2024", "target", "不高于");
    one(PLAN, "地区生产总值增长不超过5%。", 1, 0, "地区生产总值", "", "", NAN,
        "+5%", "2024", "target", "不超过");
    /* 高于 and 低于 still compare */
    one(REVIEW, "地区生产总值增长4.8%,高于全市0.2个百分点。", 1, 0, "地区生产总值",
        "", "", NAN, "+4.8%", "2023", "actual", "");
}

static void forms(void)
{
    one(REVIEW, "国内生产总值达到３３．５万亿元。", 1, 0, "国内生产总值", "33.5",
        "万亿元", 3.35e13, "", "2023", "actual", "");
    one(REVIEW, "居民消费价格上涨率为４.６％。", 1, 0, "居民消费价格上涨率",
        "4.6", "%", 4.6, "", "2023", "actual", "");
    one(REVIEW, "研发投入强度为百分之十三点四。", 1, 0, "研发投入强度", "13.4",
        "%", 13.4, "", "2023", "actual", "");
    one(REVIEW, "城镇新增就业一千二百万人。", 1, 0, "城镇新增就业", "1200",
        "万人", 1.2e7, "", "2023", "actual", "");
    one(REVIEW, "财政支出三万亿元。", 1, 0, "财政支出", "3", "万亿元", 3e12,
        "", "2023", "actual", "");
    one(REVIEW, "项目投资1,100万元。", 1, 0, "项目投资", "1100", "万元", 1.1e7,
        "", "2023", "actual", "");
    one(REVIEW, "群众满意率达八成以上。", 1, 0, "群众满意率", "8", "成", 80, "",
        "2023", "actual", "以上");
    one(REVIEW, "城乡居民人均可支配收入分别增长5.1%和6.9%。", 2, 0,
        "城镇居民人均可支配收入", "", "", NAN, "+5.1%", "2023", "actual", "");
    one(REVIEW, "城乡居民人均可支配收入分别增长5.1%和6.9%。", 2, 1,
        "农村居民人均可支配收入", "", "", NAN, "+6.9%", "2023", "actual", "");
    one(REVIEW, "城乡居民收入翻一番。", 1, 0, "城乡居民收入", "", "", NAN,
        "+1倍", "2023", "actual", "翻番");
    one(PLAN, "地区生产总值增长6.5%－7%。", 1, 0, "地区生产总值", "", "", NAN,
        "+6.5-7%", "2024", "target", "");
    one(PLAN, "城镇调查失业率控制在4.5%—5%。", 1, 0, "城镇调查失业率", "4.5-5",
        "%", 4.5, "",
        "2024", "target", "");
    one(REVIEW, "三次产业结构为0.4:27.8:71.8。", 1, 0, "三次产业结构",
        "0.4:27.8:71.8", ":", NAN, "", "2023", "actual", "");
}

/* An expected indicator. */
typedef struct row {
    const char *name, *value, *unit;
    double amount;
    const char *change, *period, *kind, *note;
} row;

/* body (under REVIEW) gives exactly the two indicators a and b. */
static void pair(const char *body, row a, row b)
{
    doc *d = parse(REVIEW, body);
    CHECK_INT(d->nindicators, 2);
    want(d, 0, a.name, a.value, a.unit, a.amount, a.change, a.period, a.kind,
         a.note);
    want(d, 1, b.name, b.value, b.unit, b.amount, b.change, b.period, b.kind,
         b.note);
    doc_free(d);
}

static void lists(void)
{
    pair("PM2.5、PM10平均浓度分别下降8%、14.6%。",
         (row){"PM2.5平均浓度", "", "", NAN, "-8%", "2023", "actual", ""},
         (row){"PM10平均浓度", "", "", NAN, "-14.6%", "2023", "actual", ""});
    pair("专利申请量和授权量累计分别达4.4万件、1.48万件,年均增长59.1%、16.2%。",
         (row){"专利申请量", "4.4", "万件", 44000, "+59.1%", "2023", "actual",
               "累计;年均"},
         (row){"授权量", "1.48", "万件", 14800, "+16.2%", "2023", "actual",
               "累计;年均"});
    pair("规模以上工业企业达7.6万家、增加值增长3%。",
         (row){"规模以上工业企业", "7.6", "万家", 76000, "", "2023", "actual",
               ""},
         (row){"规模以上工业增加值", "", "", NAN, "+3%", "2023", "actual", ""});
    pair("粮食播种面积3320万亩、产量1285万吨以上。",
         (row){"粮食播种面积", "3320", "万亩", 3.32e7, "", "2023", "actual", ""},
         (row){"粮食产量", "1285", "万吨", 1.285e7, "", "2023", "actual",
               "以上"});
    pair("“十三五”时期,国内生产总值从54万亿元增加到82.7万亿元。",
         (row){"国内生产总值", "54", "万亿元", 5.4e13, "", "2015", "actual", ""},
         (row){"国内生产总值", "82.7", "万亿元", 8.27e13, "", "2020", "actual",
               ""});
    pair("年度投资计划完成率113.7%,财政收入累计完成351.75亿元,比上年增加"
         "12.5亿元,增长3.7%。",
         (row){"年度投资计划完成率", "113.7", "%", 113.7, "", "2023", "actual",
               ""},
         (row){"财政收入", "351.75", "亿元", 351.75e8, "+3.7%", "2023",
               "actual", "累计;+12.5亿元"});
    /* a base in quotes (比“十二五”时期) is no period for what follows:
     * the from–to pair after it is 2015 and 2020 */
    doc *d = parse(REVIEW, "“十三五”时期,财政收入比“十二五”时期增加123.74亿元,"
                           "其中一般公共预算收入从45.74亿元提高到51.02亿元。");
    CHECK_INT(d->nindicators, 3);
    want(d, 1, "一般公共预算收入", "45.74", "亿元", 45.74e8, "", "2015",
         "actual", "");
    want(d, 2, "一般公共预算收入", "51.02", "亿元", 51.02e8, "", "2020",
         "actual", "");
    doc_free(d);
    one(REVIEW, "2016—2020年累计完成地区生产总值5009.66亿元,年均增长3.4%。", 1,
        0, "地区生产总值", "5009.66", "亿元", 5009.66e8, "+3.4%", "2016-2020",
        "actual", "累计;年均");
}

/* Numbers that are no indicators give nothing. */
/* Names on reports the gold files do not have (city reports): 分别 inside
 * the name, a count of examples (…等N个Y), a threshold of what is counted
 * next, one-character scope words that start a word, an elided subject's
 * total. */
static void names(void)
{
    pair("省、市重点建设项目分别完成投资309亿元、529亿元。",
         (row){"省重点建设项目投资", "309", "亿元", 309e8, "", "2023", "actual",
               ""},
         (row){"市重点建设项目投资", "529", "亿元", 529e8, "", "2023", "actual",
               ""});
    one(REVIEW, "信维电科MLCC、三立诚PCB等131个重点产业项目实现投产。", 1, 0,
        "重点产业项目", "131", "个", 131, "", "2023", "actual", "");
    one(REVIEW, "新增规模工业企业152家、年产值过十亿元企业12家。", 2, 1,
        "年产值过十亿元企业", "12", "家", 12, "", "2023", "actual", "");
    one(REVIEW, "累计到位资金265亿元。", 1, 0, "到位资金", "265", "亿元", 265e8,
        "", "2023", "actual", "累计");
    one(REVIEW, "共受理法律援助案件911件。", 1, 0, "受理法律援助案件", "911",
        "件", 911, "", "2023", "actual", "");
    one(REVIEW, "共建示范园区1个。", 1, 0, "共建示范园区", "1", "个", 1, "",
        "2023", "actual", "");
    one(REVIEW, "新增经营主体2.9万户、总数达到41.8万户。", 2, 1, "经营主体总数",
        "41.8", "万户", 418000, "", "2023", "actual", "");
}

/* Footnote marks glue onto neither a name nor a value. */
static void footnotes(void)
{
    one(REVIEW, "新建农村“三路”[8]631公里。", 1, 0, "新建农村“三路”", "631",
        "公里", 631, "", "2023", "actual", "");
    one(REVIEW, "新建农村公路［12］631公里。", 1, 0, "新建农村公路", "631",
        "公里", 631, "", "2023", "actual", "");
    one(REVIEW, "新增城镇就业14.4万个[8]，成效明显。", 1, 0, "新增城镇就业",
        "14.4", "万个", 144000, "", "2023", "actual", "");
    one(REVIEW, "培育高新技术企业①80家。", 1, 0, "培育高新技术企业", "80", "家",
        80, "", "2023", "actual", "");
    one(REVIEW, "地区生产总值增长5.1%①。", 1, 0, "地区生产总值", "", "", NAN,
        "+5.1%", "2023", "actual", "");
    one(REVIEW, "研发投入²增长12%[13]。", 1, 0, "研发投入", "", "", NAN, "+12%",
        "2023", "actual", "");
}

static void not_indicators(void)
{
    /* a number inside a quoted name */
    doc *q = parse(REVIEW, "出台“稳增长17条”,落实“民营经济20条”。");
    CHECK_INT(q->nindicators, 0);
    doc_free(q);
    doc *d = parse(REVIEW, "根据荔府〔2021〕4号文件,在第十四个五年规划的第一年,"
                           "2023年3月5日召开会议,热线020-81234567和12345,"
                           "实施1310工程和百千万工程,排名全市第一,3.网格化管理。");
    CHECK_INT(d->nindicators, 0);
    doc_free(d);
}

static void bad_input(void)
{
    doc *d = parse(REVIEW, "这是一段没有任何数字的文字。");
    CHECK_INT(d->nindicators, 0);
    doc_free(d);
    /* 40 digits: kept as written, the amount a finite double */
    d = parse(REVIEW, "资金1234567890123456789012345678901234567890元。");
    CHECK_INT(d->nindicators, 1);
    if (d->nindicators) {
        CHECK_STR(d->indicators[0].value,
                  "1234567890123456789012345678901234567890");
        CHECK(isfinite(d->indicators[0].amount) &&
              d->indicators[0].amount > 1.2e39 &&
              d->indicators[0].amount < 1.3e39);
    }
    doc_free(d);
    /* broken units: no crash, sensible values */
    d = parse(REVIEW, "收入57.89亿元元,增长%4.8,投资5亿,人口1.2亿,比重%%,"
                      "面积3平方,产值百分之,增速5个百分。");
    CHECK(d->nindicators <= 8);
    for (size_t i = 0; i < d->nindicators; i++)
        CHECK(*d->indicators[i].value || *d->indicators[i].change);
    doc_free(d);
    /* 5,000 numbers in one paragraph: linear, every one read */
    sbuf b = {0};
    for (int i = 0; i < 5000; i++)
        sbuf_printf(&b, "指标%d达到%d.5亿元,", i, i);
    sbuf_adds(&b, "完。");
    clock_t t0 = clock();
    d = parse(REVIEW, b.p);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(d->nindicators, 5000);
    CHECK(secs < 5);
    printf("5000 numbers: %.3f s\n", secs);
    doc_free(d);
    sbuf_free(&b);
    /* cancelled: the stage gives up */
    cancel_flag up;
    atomic_init(&up, 1);
    d = doc_new("t.txt", "t.txt");
    CHECK_INT(pipeline_text(d, "增长5%\n", 8, 1, &up), -1);
    doc_free(d);
}

/* A report in traditional script is read through its simplified folding
 * (the word lists are simplified) and its names come back as written. */
static void traditional(void)
{
    const char *heading = "一、2023年工作回顧";
    doc *d = parse(heading, "全區實現地區生產總值1277.93億元，增長4.8%；"
                            "規模以上工業企業達7.6萬家、增加值增長3%。"
                            "城鄉居民人均可支配收入分別增長4.4%、5.6%。");
    CHECK_INT(d->meta.script, DOC_SCRIPT_HANT);
    CHECK_INT(d->nindicators, 5);
    want(d, 0, "地區生產總值", "1277.93", "亿元", 1277.93e8, "+4.8%", "2023",
         "actual", "");
    want(d, 1, "規模以上工業企業", "7.6", "万家", 76000, "", "2023", "actual",
         "");
    want(d, 2, "規模以上工業增加值", "", "", NAN, "+3%", "2023", "actual",
         "");
    want(d, 3, "城鎮居民人均可支配收入", "", "", NAN, "+4.4%", "2023",
         "actual", "");
    want(d, 4, "農村居民人均可支配收入", "", "", NAN, "+5.6%", "2023",
         "actual", "");
    doc_free(d);
}

int main(void)
{
    statements();
    targets();
    forms();
    lists();
    names();
    footnotes();
    not_indicators();
    bad_input();
    traditional();
    return check_done();
}
