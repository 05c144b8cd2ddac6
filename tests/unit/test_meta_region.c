/* test_meta_region.c — unit tests of the region stage
 * (src/parse/meta_region.c) through the pipeline on synthetic reports:
 * each step of the order of trust (a CSV column, 全国, the title page and
 * the speaker, the file name, the division named most often of the
 * speaker's kind), what resolves an ambiguous name, and what never is a
 * region. */
#include <string.h>

#include "check.h"
#include "pipeline.h"

/* The report text parsed as the file path; hints (key, value pairs,
 * NULL-ended) as a CSV export's columns. */
static doc *parse_as(const char *path, const char *s, const char *const *hints)
{
    doc *d = doc_new(path, path);
    size_t n = 0;
    while (hints && hints[2 * n])
        n++;
    d->hints = arena_alloc(&d->mem, (n ? n : 1) * sizeof *d->hints);
    for (size_t i = 0; i < n; i++)
        d->hints[i] = (doc_hint){hints[2 * i], hints[2 * i + 1]};
    d->nhints = n;
    pipeline_text(d, s, strlen(s), 1, NULL);
    return d;
}

/* Checks the region and code the pipeline finds in s as path. */
#define CHECK_REGION(path, s, hints, want, want_code)                          \
    do {                                                                      \
        doc *d_ = parse_as((path), (s), (hints));                             \
        CHECK_STR(d_->meta.region, (want));                                   \
        CHECK_INT(d_->meta.region_code, (want_code));                         \
        doc_free(d_);                                                         \
    } while (0)

static void test_title_page(void)
{
    CHECK_REGION("t.txt", "广州市荔湾区人民政府\n\n各位代表：\n\n现在报告工作。\n", NULL,
                 "广州市荔湾区", 440103);
    CHECK_REGION("t.txt", "2026年广东省政府工作报告\n\n各位代表：\n\n现在报告工作。\n", NULL,
                 "广东省", 44);
    CHECK_REGION("t.txt", "政 府 工 作 报 告\n\n（2024年1月31日在黔东南州第十五届人民代表大会"
                 "第四次会议上）\n\n州长  杨光杰\n\n各位代表：\n\n凯里市、榕江县发展加快。\n",
                 NULL, "黔东南苗族侗族自治州", 5226);
    /* traditional, folded */
    CHECK_REGION("t.txt", "廣州市荔灣區人民政府\n\n各位代表：\n\n現在報告工作。\n", NULL,
                 "广州市荔湾区", 440103);
    /* a 县 that became a 区, named as it was */
    CHECK_REGION("t.txt", "番禺县人民政府\n\n各位代表：\n\n现在报告工作。\n", NULL,
                 "番禺区", 440113);
}

static void test_speaker(void)
{
    CHECK_REGION("t.txt", "各位代表：\n\n现在，我代表海拉尔区人民政府向大会报告工作。\n", NULL,
                 "海拉尔区", 150702);
    /* 我代表市人民政府: the city, though a county is named more often */
    CHECK_REGION("t.txt", "位代表：\n\n现在，我代表市人民政府向大会作工作报告。\n\n"
                 "益阳经济增长，安化县、安化黑茶、安化县茶园、安化县旅游、益阳高铁、"
                 "湖南省委部署。\n", NULL, "益阳市", 4309);
    /* 我代表行署: a 盟 or 地区 */
    CHECK_REGION("t.txt", "各位主任、委员：\n\n下面，我代表行署作工作报告。\n\n"
                 "锡林浩特市、锡林浩特市、锡林浩特市建设加快，锡林郭勒草原、"
                 "锡林郭勒盟级项目，内蒙古自治区支持。\n", NULL, "锡林郭勒盟", 1525);
    /* 我代表国务院 */
    CHECK_REGION("t.txt", "各位代表：\n\n现在，我代表国务院，向大会报告政府工作。广东、"
                 "江苏、浙江挑大梁。\n", NULL, "全国", 0);
    CHECK_REGION("t.txt", "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会"
                 "第二次会议上\n\n各位代表：\n\n广东、广东、广东发展。\n", NULL, "全国", 0);
    /* a local report that names the national congress in its body */
    CHECK_REGION("t.txt", "各位代表：\n\n现在，我代表海珠区人民政府报告工作。\n\n"
                 "一、2023年工作回顾\n\n学习第十四届全国人民代表大会精神。\n", NULL,
                 "海珠区", 440105);
}

static void test_file_name(void)
{
    const char *plain = "各位代表：\n\n现在，我代表自治区人民政府向大会报告工作。\n";
    CHECK_REGION("/in/2025年西藏政府工作报告.txt", plain, NULL, "西藏自治区", 54);
    CHECK_REGION("/in/三亚.txt", "各位代表：\n\n现在，我代表市人民政府报告工作。\n", NULL,
                 "三亚市", 4602);
    /* the text's own statement wins over the name */
    CHECK_REGION("/in/三亚.txt", "各位代表：\n\n现在，我代表海拉尔区人民政府报告工作。\n",
                 NULL, "海拉尔区", 150702);
    /* a file name of the wrong kind is not taken */
    CHECK_REGION("/in/三亚.txt", "各位代表：\n\n现在，我代表区人民政府报告工作。荔湾区"
                 "荔湾区建设，广州发展。\n", NULL, "荔湾区", 440103);
}

static void test_hints(void)
{
    const char *report = "各位代表：\n\n现在，我代表海拉尔区人民政府报告工作。\n";
    static const char *const province[] = {"province", "湖南省", "year", "2024", NULL};
    static const char *const both[] = {"Province", "湖南", "city", "益阳", NULL};
    static const char *const unknown[] = {"region", "某某地方", NULL};
    static const char *const none[] = {"year", "2024", NULL};
    CHECK_REGION("e.csv", report, province, "湖南省", 43);
    CHECK_REGION("e.csv", report, both, "益阳市", 4309);
    CHECK_REGION("e.csv", report, unknown, "某某地方", 0);
    CHECK_REGION("e.csv", report, none, "海拉尔区", 150702);
}

static void test_frequency(void)
{
    /* ambiguous 朝阳区: the city the text names decides */
    CHECK_REGION("t.txt", "一、工作回顾\n\n朝阳区建设，朝阳区发展，朝阳区改革，长春市支持。\n",
                 NULL, "朝阳区", 220104);
    CHECK_REGION("t.txt", "一、工作回顾\n\n朝阳区建设，朝阳区发展，朝阳区改革，北京支持。\n",
                 NULL, "朝阳区", 110105);
    CHECK_REGION("t.txt", "一、工作回顾\n\n朝阳区建设，朝阳区发展，朝阳区改革。\n", NULL, "", 0);
    /* a county's short form counts beside its city, not alone */
    CHECK_REGION("t.txt", "一、工作回顾\n\n荔湾发展，荔湾改革，荔湾开放，广州支持。\n", NULL,
                 "荔湾区", 440103);
    CHECK_REGION("t.txt", "一、工作回顾\n\n深化合作，合作共赢，资源整合，资源节约，"
                 "平安建设，平安创建。\n", NULL, "", 0);
}

/* Named only past the first 8 KB: the wider read finds it. */
static void test_late_names(void)
{
    static char report[16384];
    size_t n = (size_t)snprintf(report, sizeof report, "一、工作回顾\n\n");
    for (int i = 0; n < 10000; i++)
        n += (size_t)snprintf(report + n, sizeof report - n, "第%d项工作稳步推进。", i);
    snprintf(report + n, sizeof report - n,
             "\n\n荔湾区建设，荔湾区发展，荔湾区改革，广州市支持。\n");
    CHECK_REGION("t.txt", report, NULL, "荔湾区", 440103);
}

static void test_never(void)
{
    CHECK_REGION("t.txt", "一、工作回顾\n\n行政区划调整，示范区建设，工业区扩容，促进区域协调，"
                 "服务区升级，开发区改革，城区更新，城区改造，新区建设，社区治理。\n", NULL,
                 "", 0);
    CHECK_REGION("t.txt", "我代表城区人民政府报告工作。\n", NULL, "", 0);
    /* 合作区 is not 合作市 become a 区 */
    CHECK_REGION("t.txt", "深汕合作区人民政府\n\n合作区建设，合作区发展。\n", NULL, "", 0);
    CHECK_REGION("t.txt", "我代表阳泉市城区人民政府报告工作。\n", NULL, "阳泉市城区", 140302);
    CHECK_REGION("t.txt", "\n", NULL, "", 0);
}

int main(void)
{
    test_title_page();
    test_speaker();
    test_file_name();
    test_hints();
    test_frequency();
    test_late_names();
    test_never();
    return check_done();
}
