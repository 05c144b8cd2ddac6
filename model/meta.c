/* meta.c — the names of a report's kind and script (see meta.h). */
#include "meta.h"

#include <string.h>

const char *doc_kind_name(doc_kind k)
{
    static const char *const names[DOC_NKINDS] = {
        [DOC_KIND_OTHER] = "other",
        [DOC_KIND_WORK_REPORT] = "work-report",
        [DOC_KIND_PLAN_EXECUTION] = "plan-execution",
        [DOC_KIND_FIVE_YEAR_PLAN] = "five-year-plan",
        [DOC_KIND_BUDGET] = "budget",
        [DOC_KIND_STATISTICAL_COMMUNIQUE] = "statistical-communique",
    };
    return (unsigned)k < DOC_NKINDS ? names[k] : names[DOC_KIND_OTHER];
}

const char *doc_kind_label(doc_kind k)
{
    static const char *const labels[DOC_NKINDS] = {
        [DOC_KIND_OTHER] = "报告",
        [DOC_KIND_WORK_REPORT] = "政府工作报告",
        [DOC_KIND_PLAN_EXECUTION] = "计划执行情况",
        [DOC_KIND_FIVE_YEAR_PLAN] = "五年规划纲要",
        [DOC_KIND_BUDGET] = "预算执行",
        [DOC_KIND_STATISTICAL_COMMUNIQUE] = "统计公报",
    };
    return labels[(unsigned)k < DOC_NKINDS ? k : DOC_KIND_OTHER];
}

const char *doc_script_name(doc_script s)
{
    static const char *const names[DOC_NSCRIPTS] = {
        [DOC_SCRIPT_UNKNOWN] = "",
        [DOC_SCRIPT_HANS] = "Hans",
        [DOC_SCRIPT_HANT] = "Hant",
    };
    return (unsigned)s < DOC_NSCRIPTS ? names[s] : "";
}

const char *meta_region_short(const char *region)
{
    const char *city = region ? strstr(region, "市") : NULL;
    return city && city[3] ? city + 3 : (region && *region ? region : "—");
}
