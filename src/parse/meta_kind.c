/* meta_kind.c — what kind of report a text is (doc_kind), by the
 * keywords its title, its first blocks or its top-level headings name;
 * without them, by how it opens (各位代表： and 我代表市人民政府…作工作报告,
 * or a review and a plan of a year's work: a work report), by the
 * sections of a statistical communique (一、综合 …, its 注释), by the file
 * name (see meta_impl.h). */
#include "meta_impl.h"

#include <string.h>

#include "strs.h"

typedef struct kind_rule {
    doc_kind kind;
    const char *keyword;
} kind_rule;

/* In order of precedence: a title naming two kinds is the first. */
static const kind_rule kind_rules[] = {
    {DOC_KIND_STATISTICAL_COMMUNIQUE, "统计公报"},
    {DOC_KIND_BUDGET, "预算执行"},
    {DOC_KIND_BUDGET, "预算草案"},
    {DOC_KIND_BUDGET, "预算的报告"},
    {DOC_KIND_BUDGET, "决算"},
    {DOC_KIND_FIVE_YEAR_PLAN, "五年规划"},
    {DOC_KIND_FIVE_YEAR_PLAN, "规划纲要"},
    {DOC_KIND_FIVE_YEAR_PLAN, "远景目标纲要"},
    {DOC_KIND_PLAN_EXECUTION, "计划执行情况"},
    {DOC_KIND_PLAN_EXECUTION, "计划安排"},
    {DOC_KIND_PLAN_EXECUTION, "计划草案"},
    {DOC_KIND_PLAN_EXECUTION, "计划的报告"},
    {DOC_KIND_WORK_REPORT, "政府工作报告"},
    {DOC_KIND_WORK_REPORT, "施政报告"}, /* Hong Kong's, Macao's */
};
enum { NKIND_RULES = sizeof kind_rules / sizeof kind_rules[0] };

doc_kind meta_kind_named(const char *f, size_t n)
{
    for (size_t i = 0; i < NKIND_RULES; i++)
        if (strs_has(f, n, kind_rules[i].keyword))
            return kind_rules[i].kind;
    return DOC_KIND_OTHER;
}

/* The kind whose keyword occurs earliest in the folded text, or
 * DOC_KIND_OTHER. */
static doc_kind kind_earliest(const char *f, size_t n)
{
    doc_kind best = DOC_KIND_OTHER;
    const char *at = f + n;
    for (size_t i = 0; i < NKIND_RULES; i++) {
        const char *k = kind_rules[i].keyword;
        const char *p = strs_find(f, (size_t)(at - f), k, strlen(k));
        if (p && p < at) {
            at = p;
            best = kind_rules[i].kind;
        }
    }
    return best;
}

enum {
    OPENING_LINES = 6,         /* title, date line, speaker, then the salutation */
    SALUTATION_MAX_BYTES = 48, /* 各位代表、各位委员、同志们: */
    SPEAKER_MAX_BYTES = 3 * 24 /* 我代表 … the government … */
};

/* True when one of the first lines of the folded head is a salutation to
 * the congress or its standing committee: 各位代表:, 位代表: (its first
 * character lost), 各位主任、委员:. */
static int opens_with_salutation(const char *f, size_t n)
{
    size_t i = 0;
    for (int k = 0; k < OPENING_LINES && i < n; k++) {
        size_t e = meta_line_end(f, n, i), len = e - i;
        if (len <= SALUTATION_MAX_BYTES && strs_ends(f + i, len, ":") &&
            (strs_has(f + i, len, "代表") || strs_has(f + i, len, "委员")))
            return 1;
        i = e + 1;
    }
    return 0;
}

static const char *const GOVERNMENTS[] = {"政府", "行署", "行政公署", "国务院", NULL};

/* True when the folded head has the government's speaker deliver the
 * report: 我代表市人民政府,向大会作工作报告 / 我代表行署作工作报告 / 我代表
 * 州人民政府向大会报告工作 (a congress's standing committee, a court or a
 * procuratorate delivering its own is not a government's). */
static int government_speaks(const char *f, size_t n)
{
    const char *end = f + n;
    for (const char *p = f; (p = strs_find(p, (size_t)(end - p), "我代表", 9)); p += 9) {
        const char *stop = strs_find(p, (size_t)(end - p), "。", 3);
        size_t len = stop ? (size_t)(stop - p) : (size_t)(end - p);
        size_t who = len < SPEAKER_MAX_BYTES ? len : SPEAKER_MAX_BYTES;
        int gov = 0;
        for (const char *const *g = GOVERNMENTS; *g && !gov; g++)
            gov = strs_has(p, who, *g);
        if (gov && (strs_has(p, len, "工作报告") || strs_has(p, len, "报告工作")))
            return 1;
    }
    return 0;
}

static const char *const REVIEW_CUES[] = {"工作回顾", "过去一年", "过去的一年",
                                          "一年来", "过去五年", NULL};
static const char *const PLAN_CUES[] = {"工作安排", "今年工作", "今年的工作",
                                        "主要目标", "预期目标", "重点任务",
                                        "奋斗目标", "总体要求", NULL};

/* A work report without a title nor a speaker: it opens with the
 * salutation, reviews a year's work and plans the next. */
static int reviews_and_plans(const meta_view *v)
{
    const char *h = v->head.p;
    size_t n = v->head.len;
    if (!opens_with_salutation(h, n))
        return 0;
    int reviews = meta_has_any(h, n, REVIEW_CUES) ||
                  meta_has_any(v->headings.p, v->headings.len, REVIEW_CUES);
    int plans = meta_has_any(h, n, PLAN_CUES) ||
                meta_has_any(v->headings.p, v->headings.len, PLAN_CUES);
    return reviews && plans;
}

/* The sections of a statistical communique after 一、综合. */
static const char *const COMMUNIQUE_SECTIONS[] = {
    "农业", "工业", "建筑业", "固定资产投资", "国内贸易", "对外经济", "对外贸易",
    "交通", "邮电", "旅游", "金融", "财政", "教育", "科学技术", "文化", "卫生",
    "体育", "人口", "人民生活", "社会保障", "资源", "环境", NULL};

/* A statistical communique without a title: its first top-level heading
 * is 一、综合, and more of its headings are the communique's sections or
 * its end has the 注释 (notes) of one. */
static int untitled_communique(meta_view *v)
{
    const char *f = v->headings.p;
    size_t n = v->headings.len;
    if (!n)
        return 0;
    size_t e = meta_line_end(f, n, 0), m = meta_top_marker(f, e);
    if (!m || e - m != strlen("综合") || memcmp(f + m, "综合", e - m) != 0)
        return 0;
    int sections = 0;
    for (size_t i = e + 1; i < n; i = meta_line_end(f, n, i) + 1) {
        size_t le = meta_line_end(f, n, i), lm = meta_top_marker(f + i, le - i);
        for (const char *const *s = COMMUNIQUE_SECTIONS; lm && *s; s++)
            if (strs_starts(f + i + lm, le - i - lm, *s)) {
                sections++;
                break;
            }
    }
    const sbuf *tail = meta_view_tail(v);
    const char *t = tail->p;
    size_t tn = tail->len;
    int notes = strs_starts(t, tn, "注释") || strs_has(t, tn, "\n注释");
    return sections >= 2 || notes;
}

/* The order of trust: the title, a government delivering its report, the
 * first keyword of the head, the headings, the review and plan, the
 * communique's sections, the file name. */
doc_kind meta_kind_find(const char *title, size_t tn, meta_view *v)
{
    doc_kind k = meta_kind_named(title, tn);
    if (k == DOC_KIND_OTHER && opens_with_salutation(v->head.p, v->head.len) &&
        government_speaks(v->head.p, v->head.len))
        k = DOC_KIND_WORK_REPORT;
    if (k == DOC_KIND_OTHER)
        k = kind_earliest(v->head.p, v->head.len);
    if (k == DOC_KIND_OTHER)
        k = meta_kind_named(v->headings.p, v->headings.len);
    if (k == DOC_KIND_OTHER && reviews_and_plans(v))
        k = DOC_KIND_WORK_REPORT;
    if (k == DOC_KIND_OTHER && untitled_communique(v))
        k = DOC_KIND_STATISTICAL_COMMUNIQUE;
    if (k == DOC_KIND_OTHER && v->name.len)
        k = meta_kind_named(v->name.p, v->name.len);
    return k;
}
