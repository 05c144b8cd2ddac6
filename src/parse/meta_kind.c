/* meta_kind.c — what kind of report a text is (doc_kind), by the
 * keywords its title, its first blocks or its top-level headings name
 * (see meta_impl.h). */
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
        const char *p = memmem(f, (size_t)(at - f), k, strlen(k));
        if (p && p < at) {
            at = p;
            best = kind_rules[i].kind;
        }
    }
    return best;
}

doc_kind meta_kind_find(const char *title, size_t tn, const meta_view *v)
{
    doc_kind k = meta_kind_named(title, tn);
    if (k == DOC_KIND_OTHER)
        k = kind_earliest(v->head.p, v->head.len);
    if (k == DOC_KIND_OTHER)
        k = meta_kind_named(v->headings.p, v->headings.len);
    return k;
}
