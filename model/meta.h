/* meta.h — what a report is: title, region, kind, the year it was
 * delivered, the years it reviews and plans, its script. From the text,
 * not the file name (src/parse/meta_detect.h fills it). The one meta.h:
 * the parse side names its headers meta_detect.h (the stage) and
 * meta_impl.h (what its files share). */
#ifndef BAOGAO_META_H
#define BAOGAO_META_H

/* The kinds of report, by what the title or the first text names. */
typedef enum doc_kind {
    DOC_KIND_OTHER,          /* none of these (also before detection) */
    DOC_KIND_WORK_REPORT,    /* 政府工作报告 */
    DOC_KIND_PLAN_EXECUTION, /* 国民经济和社会发展计划执行情况, 计划草案 */
    DOC_KIND_FIVE_YEAR_PLAN, /* 五年规划纲要 */
    DOC_KIND_BUDGET,         /* 预算执行情况, 预算草案, 决算 */
    DOC_KIND_STATISTICAL_COMMUNIQUE, /* 统计公报 */
    DOC_NKINDS
} doc_kind;

/* The script a report is written in. */
typedef enum doc_script {
    DOC_SCRIPT_UNKNOWN, /* before detection */
    DOC_SCRIPT_HANS,    /* simplified */
    DOC_SCRIPT_HANT,    /* traditional */
    DOC_NSCRIPTS
} doc_script;

typedef struct doc_meta {
    const char *title;   /* the report's own title, or "" */
    const char *region;  /* as the report names it: 广州市荔湾区, or "" */
    doc_kind kind;
    int year;            /* delivered or issued; 0 unknown */
    int reviews_from, reviews_to; /* years looked back on; 0 unknown */
    int plans_from, plans_to;     /* years planned for; 0 unknown */
    doc_script script;
    unsigned region_code; /* GB/T 2260 code of region (model/divisions.h):
                             44, 4401, 440103; 0 unknown or 全国 */
} doc_meta;

/* The name every output prints for kind k: "work-report",
 * "plan-execution", "five-year-plan", "budget",
 * "statistical-communique", "other" (also for a value out of range).
 * Static strings. */
const char *doc_kind_name(doc_kind k);

/* The kind as a reader says it: 政府工作报告, 计划执行情况, 五年规划纲要,
 * 预算执行, 统计公报, 报告 for other (also out of range). Static strings. */
const char *doc_kind_label(doc_kind k);

/* The part of region that tells reports apart: what follows the city
 * (广州市荔湾区 → 荔湾区), else region itself, "—" when it is empty or
 * NULL. Points into region (or a literal). */
const char *meta_region_short(const char *region);

/* The name of script s: "Hans", "Hant" (ISO 15924), "" when unknown or
 * out of range. Static strings. */
const char *doc_script_name(doc_script s);

#endif
