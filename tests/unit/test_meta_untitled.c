/* test_meta_untitled.c — unit tests of the metadata of reports without a
 * title line, or with a spaced one (src/parse/meta_years.c,
 * meta_delivery.c, meta_kind.c, meta_title.c). The years: the delivery
 * line after each kind of dash or a bracket, the national congress
 * session, the year reviewed plus one, the file name, in that order of
 * trust. The kind: a work report by its salutation and its speaker or its
 * review and plan, a statistical communique by its sections and notes,
 * titles written with spaces between their characters, the kind a file
 * name names. Every report is made here from a template, three or more
 * variants per rule, with the near misses that must not count. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "meta_impl.h"
#include "pipeline.h"

/* A report read from s as the file path. */
static doc *parse_as(const char *path, const char *s)
{
    doc *d = doc_new(path, path);
    pipeline_text(d, s, strlen(s), 1, NULL);
    return d;
}

static void check_meta(const char *path, const char *s, const char *kind,
                       int year, int reviews, int plans, int line)
{
    doc *d = parse_as(path, s);
    check_str_at(doc_kind_name(d->meta.kind), kind, __FILE__, line, "kind");
    check_int_at(d->meta.year, year, __FILE__, line, "year");
    check_int_at(d->meta.reviews_from, reviews, __FILE__, line, "reviews_from");
    check_int_at(d->meta.reviews_to, reviews, __FILE__, line, "reviews_to");
    check_int_at(d->meta.plans_from, plans, __FILE__, line, "plans_from");
    check_int_at(d->meta.plans_to, plans, __FILE__, line, "plans_to");
    doc_free(d);
}

#define CHECK_META(path, s, kind, y, r, p) \
    check_meta((path), (s), (kind), (y), (r), (p), __LINE__)

/* The body of a work report with no year in its headings. */
static const char BODY[] = "各位代表：\n\n现在，我代表区人民政府向大会报告工作。\n\n"
                           "一、过去一年工作回顾\n\n全区经济稳步发展。\n\n"
                           "二、今年工作安排\n\n今年要抓好以下工作。\n";

/* The delivery line, after every dash a publisher uses or in brackets,
 * gives the year, over a file name that says another. */
static void test_date_lines(void)
{
    static const char *const open[] = {"——", "----", "--", "—", "－－", "―――", "（", "",
                                       NULL};
    static const char *const close[] = {"", "", "", "", "", "", "）", "", NULL};
    static const int years[] = {2012, 2019, 2024};
    char buf[1024];
    for (int i = 0; open[i]; i++)
        for (int k = 0; k < 3; k++) {
            snprintf(buf, sizeof buf,
                     "政府工作报告\n\n%s%d年%d月%d日在某区第十七届人民代表大会第%s次会议上%s\n\n%s",
                     open[i], years[k], 1 + k, 10 + k, k == 0 ? "一" : "四", close[i], BODY);
            CHECK_META("2001年报告.txt", buf, "work-report", years[k], years[k] - 1,
                       years[k]);
        }
    /* a date with 于, a date alone on the head's line, a signature date */
    CHECK_META("t.txt", "政府工作报告\n\n——2023年2月1日于区人民代表大会\n\n各位代表：\n",
               "work-report", 2023, 2022, 2023);
    CHECK_META("t.txt", "政府工作报告\n\n（2021年1月6日）\n\n各位代表：\n", "work-report",
               2021, 2020, 2021);
    CHECK_META("t.txt", "关于预算执行情况的报告\n\n各位代表：\n\n区财政局\n\n2018年1月5日\n",
               "budget", 2018, 2017, 2018);
    /* dates in Han numerals: 〇, ○ or 零 for zero, months and days to 31 */
    static const char *const han[] = {"二〇二四年一月十日", "二○一二年二月二十九日",
                                      "二零一九年十二月三十一日", "一九五四年九月十五日",
                                      NULL};
    static const int han_years[] = {2024, 2012, 2019, 1954};
    for (int i = 0; han[i]; i++) {
        snprintf(buf, sizeof buf, "政府工作报告\n\n——%s在某区人民代表大会上\n\n%s", han[i],
                 BODY);
        CHECK_META("2001年报告.txt", buf, "work-report", han_years[i], han_years[i] - 1,
                   han_years[i]);
        snprintf(buf, sizeof buf, "政府工作报告\n\n（%s）\n\n%s", han[i], BODY);
        CHECK_META("t.txt", buf, "work-report", han_years[i], han_years[i] - 1, han_years[i]);
    }
    /* not dates: a month past 12, a day past 31, a year of three digits */
    CHECK_META("t.txt", "政府工作报告\n\n——二〇二四年十三月十日在区人民代表大会上\n\n各位代表：\n",
               "work-report", 0, 0, 0);
    CHECK_META("t.txt", "政府工作报告\n\n——二〇二四年一月三十二日在区人民代表大会上\n\n各位代表：\n",
               "work-report", 0, 0, 0);
    CHECK_META("t.txt", "政府工作报告\n\n——二〇二年一月十日在区人民代表大会上\n\n各位代表：\n",
               "work-report", 0, 0, 0);
    /* a date inside a sentence is not a delivery line */
    CHECK_META("t.txt", "政府工作报告\n\n各位代表：\n\n自2020年3月1日起施行新条例。\n",
               "work-report", 0, 0, 0);
}

/* The national congress's session gives the year when no date does; a
 * local congress's does not. */
static void test_sessions(void)
{
    CHECK_INT(meta_congress_session_year(11, 3), 2010);
    CHECK_INT(meta_congress_session_year(14, 2), 2024);
    CHECK_INT(meta_congress_session_year(5, 1), 1978);
    CHECK_INT(meta_congress_session_year(2, 3), 1962);
    CHECK_INT(meta_congress_session_year(3, 1), 1964);
    CHECK_INT(meta_congress_session_year(3, 2), 0);
    CHECK_INT(meta_congress_session_year(0, 1), 0);
    CHECK_INT(meta_congress_session_year(12, 6), 0);
    static const char *const forms[] = {"——在第%s届全国人民代表大会第%s次会议上\n",
                                        "在%s届全国人大%s次会议上\n",
                                        "（在第%s届全国人民代表大会第%s次会议上）\n",
                                        "第%s届全国人民代表大会第%s次会议\n", NULL};
    static const struct {
        const char *congress, *session;
        int year;
    } s[] = {{"十一", "三", 2010}, {"十四", "二", 2024}, {"九", "五", 2002}, {"十", "一", 2003}};
    char buf[1024], line[256];
    for (int f = 0; forms[f]; f++)
        for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
            snprintf(line, sizeof line, forms[f], s[i].congress, s[i].session);
            snprintf(buf, sizeof buf, "政府工作报告\n\n%s\n%s", line, BODY);
            CHECK_META("t.txt", buf, "work-report", s[i].year, s[i].year - 1, s[i].year);
        }
    /* a local congress names no year; a session mentioned in the body
     * (贯彻十四届全国人大一次会议精神) is not the delivery's */
    CHECK_META("t.txt", "政府工作报告\n\n——在第十七届人民代表大会第四次会议上\n\n各位代表：\n",
               "work-report", 0, 0, 0);
    CHECK_META("t.txt", "政府工作报告\n\n各位代表：\n\n我们贯彻十四届全国人大一次会议精神。\n",
               "work-report", 0, 0, 0);
    /* in traditional characters, as Hong Kong or Taiwan copies print it */
    CHECK_META("t.txt", "政府工作報告\n\n——在第十三屆全國人民代表大會第五次會議上\n",
               "work-report", 2022, 2021, 2022);
    /* the date wins over the session */
    CHECK_META("t.txt", "政府工作报告\n\n——2011年3月5日在第十一届全国人民代表大会第三次会议上\n",
               "work-report", 2011, 2010, 2011);
}

/* The year reviewed, from a heading or the paragraph that opens the
 * review, plus one. */
static void test_reviewed_year(void)
{
    static const int years[] = {2011, 2017, 2023};
    char buf[1024];
    for (int k = 0; k < 3; k++) {
        int y = years[k];
        snprintf(buf, sizeof buf, "各位代表：\n\n一、%d年工作回顾\n\n经济稳步发展。\n\n二、主要目标\n", y);
        CHECK_META("t.txt", buf, "work-report", y + 1, y, y + 1);
        snprintf(buf, sizeof buf,
                 "各位代表：\n\n一、过去一年工作回顾\n\n%d年是极不平凡的一年。\n\n"
                 "二、今年工作安排\n\n%d年是关键之年。\n", y, y + 1);
        CHECK_META("t.txt", buf, "work-report", y + 1, y, y + 1);
        /* 益阳's shape: the first character lost, headings without markers */
        snprintf(buf, sizeof buf,
                 "位代表：\n\n现在，我代表市人民政府，向大会作工作报告，请予审议。\n\n"
                 "奋力完成%d年高质量发展的各项任务\n\n%d年，经济回升向好。\n\n"
                 "全力实现%d年高质量发展的奋斗目标\n\n今年工作的总体要求是稳中求进。\n",
                 y, y, y + 1);
        CHECK_META("t.txt", buf, "work-report", y + 1, y, y + 1);
    }
    /* a text of no known kind: nothing made up from its paragraphs */
    CHECK_META("t.txt", "会议纪要\n\n2023年，会议讨论了三件事。\n", "other", 0, 0, 0);
}

/* Headings without markers, once the structure stage finds them (益阳's
 * 奋力完成2023年…各项任务 / 全力实现2024年…奋斗目标): the year before them
 * is looked back on, the one with the goal planned for. */
static void test_unmarked_headings(void)
{
    static const char *const shapes[] = {
        "奋力完成%d年高质量发展的各项任务\n全力实现%d年高质量发展的奋斗目标\n",
        "回顾%d年工作\n%d年主要目标和重点任务\n",
        "%d年工作回顾\n%d年重点任务\n", NULL};
    char buf[256];
    for (int i = 0; shapes[i]; i++)
        for (int y = 2019; y <= 2025; y += 3) {
            meta_view v;
            memset(&v, 0, sizeof v);
            sbuf_adds(&v.head, "");
            sbuf_adds(&v.tail, "");
            snprintf(buf, sizeof buf, shapes[i], y, y + 1);
            sbuf_adds(&v.headings, buf);
            doc_meta m;
            memset(&m, 0, sizeof m);
            m.kind = DOC_KIND_WORK_REPORT;
            meta_years_find("", 0, &v, &m);
            CHECK_INT(m.year, y + 1);
            CHECK_INT(m.reviews_from, y);
            CHECK_INT(m.plans_from, y + 1);
            meta_view_free(&v);
        }
}

/* The file name, when the text names no year at all; four digits inside
 * a word or a hash are not a year; a row of an export has no name. */
static void test_file_name(void)
{
    static const char *const names[] = {"2025年西藏政府工作报告.docx", "reports/2012.txt",
                                        "2019-工作报告.txt", "dir.2000/2016_report.html",
                                        NULL};
    static const int years[] = {2025, 2012, 2019, 2016};
    for (int i = 0; names[i]; i++)
        CHECK_META(names[i], BODY, "work-report", years[i], years[i] - 1, years[i]);
    CHECK_META("000_5fb2019a1fb0.txt", BODY, "work-report", 0, 0, 0);
    CHECK_META("a2019.txt", BODY, "work-report", 0, 0, 0);
    doc *d = doc_new("2020年.csv", "2020年.csv#3");
    pipeline_text(d, BODY, strlen(BODY), 1, NULL);
    CHECK_INT(d->meta.year, 0);
    doc_free(d);
    /* the text's year wins over the name's */
    CHECK_META("2025年报告.txt", "政府工作报告\n\n——2024年1月10日在区人民代表大会上\n",
               "work-report", 2024, 2023, 2024);
}

static void check_kind(const char *path, const char *s, const char *kind, int line)
{
    doc *d = parse_as(path, s);
    check_str_at(doc_kind_name(d->meta.kind), kind, __FILE__, line, "kind");
    doc_free(d);
}

#define CHECK_KIND(path, s, kind) check_kind((path), (s), (kind), __LINE__)

/* 各位代表： (or its variants) and the government delivering its report:
 * a work report with no title; another speaker, another report. */
static void test_salutation(void)
{
    static const char *const hello[] = {"各位代表：", "位代表：", "各位主任、委员：",
                                        "各位代表、同志们：", NULL};
    static const char *const speaker[] = {
        "现在，我代表市人民政府，向大会作工作报告，请予审议。",
        "下面，我代表行署作工作报告，请各位主任、委员提出意见。",
        "现在，我代表州人民政府向大会报告工作，请予审议。",
        "我代表区政府向大会作政府工作报告。", NULL};
    char buf[1024];
    for (int h = 0; hello[h]; h++)
        for (int s = 0; speaker[s]; s++) {
            snprintf(buf, sizeof buf, "%s\n\n%s\n\n全市经济稳中有进，一般公共预算收入增长6%%。\n",
                     hello[h], speaker[s]);
            CHECK_KIND("t.txt", buf, "work-report");
        }
    /* the review and the plan of a year's work, without a speaker */
    for (int h = 0; hello[h]; h++) {
        snprintf(buf, sizeof buf, "%s\n\n一、2023年工作回顾\n\n经济稳中有进。\n\n"
                 "二、2024年主要目标和重点任务\n\n今年要稳中求进。\n", hello[h]);
        CHECK_KIND("t.txt", buf, "work-report");
    }
    /* near misses: no salutation; a standing committee, a court speaking;
     * a review without a plan; a budget delivered on the government's behalf */
    CHECK_KIND("t.txt", "现在，我代表市人民政府，向大会作工作报告。\n\n经济稳中有进。\n",
               "other");
    CHECK_KIND("t.txt", "各位代表：\n\n现在，我代表市人大常委会向大会报告工作。\n", "other");
    CHECK_KIND("t.txt", "各位代表：\n\n我代表市中级人民法院向大会报告工作。\n", "other");
    CHECK_KIND("t.txt", "各位代表：\n\n一、2023年工作回顾\n\n经济稳中有进。\n", "other");
    CHECK_KIND("t.txt", "各位代表：\n\n受市人民政府委托，现将2023年预算执行情况报告如下。\n",
               "budget");
    CHECK_KIND("t.txt", "各位代表：\n\n受市人民政府委托，现将2023年国民经济和社会发展计划"
               "执行情况报告如下。\n", "plan-execution");
    CHECK_KIND("t.txt", "各位代表：\n\n受市政府委托，报告2023年市级决算。\n", "budget");
}

/* A communique without its title: 一、综合 first, then its sections or
 * its notes. */
static void test_communique(void)
{
    static const char *const rest[] = {"二、农业\n\n粮食增产。\n\n三、工业和建筑业\n\n工业增长。\n",
                                       "二、固定资产投资\n\n投资增长。\n\n三、国内贸易\n\n消费增长。\n",
                                       "二、金融\n\n存款增长。\n\n注释：\n\n[1]本公报数据为初步统计数。\n",
                                       "二、对外经济\n\n出口增长。\n\n三、人民生活和社会保障\n\n收入增长。\n",
                                       NULL};
    char buf[1024];
    for (int i = 0; rest[i]; i++) {
        snprintf(buf, sizeof buf, "一、综合\n\n2023年，全市地区生产总值增长5%%。\n\n%s", rest[i]);
        doc *d = parse_as("t.txt", buf);
        CHECK_STR(doc_kind_name(d->meta.kind), "statistical-communique");
        CHECK_INT(d->meta.reviews_from, 2023); /* its first paragraph's year */
        CHECK_INT(d->meta.year, 2024);
        CHECK_INT(d->meta.plans_from, 0);
        doc_free(d);
    }
    /* 综合 with nothing of a communique after it; 综合 not first */
    CHECK_KIND("t.txt", "一、综合\n\n情况良好。\n\n二、其他\n\n无。\n", "other");
    CHECK_KIND("t.txt", "一、概况\n\n情况良好。\n\n二、综合\n\n三、农业\n\n四、工业\n", "other");
    /* named in the title or the head */
    CHECK_KIND("t.txt", "2023年某市国民经济和社会发展统计公报\n\n一、综合\n", "statistical-communique");
}

static void check_title(const char *s, const char *title, const char *kind, int line)
{
    doc *d = parse_as("t.txt", s);
    check_str_at(d->meta.title, title, __FILE__, line, "title");
    check_str_at(doc_kind_name(d->meta.kind), kind, __FILE__, line, "kind");
    doc_free(d);
}

#define CHECK_TITLE(s, title, kind) check_title((s), (title), (kind), __LINE__)

/* Titles with spaces between their characters are read as their words. */
static void test_spaced_titles(void)
{
    CHECK_TITLE("政 府 工 作 报 告\n\n各位代表：\n", "政府工作报告", "work-report");
    CHECK_TITLE("政　府　工　作　报　告\n\n各位代表：\n", "政府工作报告", "work-report");
    CHECK_TITLE("政  府  工  作  報  告\n\n各位代表：\n", "政府工作報告", "work-report");
    CHECK_TITLE("行 政 長 官 2019年 施 政 報 告\n\n1. 我今年的施政報告。\n",
                "行政長官2019年施政報告", "work-report");
    CHECK_TITLE("关 于 2023 年 预 算 执 行 情 况 的 报 告\n\n各位代表：\n",
                "关于2023年预算执行情况的报告", "budget");
    /* a spaced line that names no kind is no title */
    CHECK_TITLE("全 面 建 设 现 代 化\n\n各位代表：\n", "", "other");
}

/* The kind a file name names, when the text tells none; the text's own
 * wins. */
static void test_kind_file_name(void)
{
    static const char *const names[] = {"2025年西藏政府工作报告.docx", "x/2024年政府工作报告.txt",
                                        "2023年统计公报.txt", "关于2023年预算执行情况.txt", NULL};
    static const char *const kinds[] = {"work-report", "work-report",
                                        "statistical-communique", "budget"};
    for (int i = 0; names[i]; i++)
        CHECK_KIND(names[i], "经济稳中有进。\n", kinds[i]);
    CHECK_KIND("2023年统计公报.txt", "政府工作报告\n\n各位代表：\n", "work-report");
    CHECK_KIND("报告.txt", "经济稳中有进。\n", "other");
}

int main(void)
{
    test_date_lines();
    test_sessions();
    test_reviewed_year();
    test_unmarked_headings();
    test_file_name();
    test_salutation();
    test_communique();
    test_spaced_titles();
    test_kind_file_name();
    return check_done();
}
