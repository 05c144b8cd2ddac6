/* test_meta_order.c — unit tests of the Reports pane's keys and groups
 * (model/meta_order.h): 全国 first, a province before its prefectures and
 * each before its counties, named regions after the gazetteer's, unknown
 * region and year last (META_KEY_NONE); kinds in doc_kind's order with
 * other last; groups at the province and the prefecture level, a
 * municipality's district under its province, a division above the level
 * its own group. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "divisions.h"
#include "meta_order.h"

static doc_meta region(const char *name, unsigned code)
{
    return (doc_meta){.region = name, .region_code = code};
}

static uint64_t rkey(const char *name, unsigned code)
{
    doc_meta m = region(name, code);
    return meta_order_key(&m, META_BY_REGION);
}

/* Real codes of the gazetteer, in no order: provinces, prefectures,
 * counties, a municipality and its district. */
static const unsigned codes[] = {44, 4401, 440103, 440105, 4403, 15, 1507,
                                 150702, 1525, 43, 4309, 52, 5226, 11,
                                 110101, 65, 81};

static void region_keys(void)
{
    CHECK_INT(rkey("全国", 0), 0);
    CHECK(rkey("全国", 0) < rkey("北京市", 11));
    CHECK_INT(rkey("", 0), META_KEY_NONE);
    CHECK_INT(rkey(NULL, 0), META_KEY_NONE);
    /* a name the gazetteer does not know: after its codes, not unknown */
    uint64_t named = rkey("某某开发区", 0);
    CHECK(named != META_KEY_NONE);
    size_t n = sizeof codes / sizeof codes[0];
    for (size_t i = 0; i < n; i++) {
        const char *name = divisions_name(codes[i]);
        CHECK(name != NULL);
        uint64_t k = rkey(name, codes[i]);
        CHECK(k > rkey("全国", 0) && k < named);
        /* an enclosing division sorts before, and only one that encloses
         * it sorts between it and its enclosing one */
        for (size_t j = 0; j < n; j++) {
            if (i == j)
                continue;
            uint64_t kj = rkey(divisions_name(codes[j]), codes[j]);
            CHECK(kj != k);
            if (divisions_within(codes[i], codes[j]))
                CHECK(kj < k);
        }
    }
    /* the gazetteer's order: 内蒙古 before 湖南 before 广东 before 贵州 */
    CHECK(rkey("海拉尔区", 150702) < rkey("益阳市", 4309));
    CHECK(rkey("益阳市", 4309) < rkey("荔湾区", 440103));
    CHECK(rkey("荔湾区", 440103) < rkey("海珠区", 440105));
    CHECK(rkey("海珠区", 440105) < rkey("深圳市", 4403));
    CHECK(rkey("深圳市", 4403) < rkey("黔东南苗族侗族自治州", 5226));
}

static void year_and_kind_keys(void)
{
    doc_meta a = {.year = 2024}, b = {.year = 1954}, none = {0};
    CHECK_INT(meta_order_key(&a, META_BY_YEAR), 2024);
    CHECK(meta_order_key(&b, META_BY_YEAR) < meta_order_key(&a, META_BY_YEAR));
    CHECK_INT(meta_order_key(&none, META_BY_YEAR), META_KEY_NONE);
    uint64_t prev = 0;
    for (int k = DOC_KIND_WORK_REPORT; k < DOC_NKINDS; k++) {
        doc_meta m = {.kind = (doc_kind)k};
        uint64_t key = meta_order_key(&m, META_BY_KIND);
        CHECK(key > prev);
        prev = key;
    }
    doc_meta other = {.kind = DOC_KIND_OTHER};
    uint64_t ko = meta_order_key(&other, META_BY_KIND);
    CHECK(ko > prev && ko != META_KEY_NONE);
    CHECK_INT(meta_order_key(&a, META_NFIELDS), META_KEY_NONE);
    CHECK_STR(meta_field_name(META_BY_REGION), "region");
    CHECK_STR(meta_field_name(META_BY_YEAR), "year");
    CHECK_STR(meta_field_name(META_BY_KIND), "kind");
    CHECK_STR(meta_field_name(META_NFIELDS), "");
}

static unsigned group_code(const char *name, unsigned code, int level)
{
    doc_meta m = region(name, code);
    return meta_group_of(&m, level).code;
}

static void groups(void)
{
    CHECK_INT(group_code("荔湾区", 440103, 1), 44);
    CHECK_INT(group_code("荔湾区", 440103, 2), 4401);
    CHECK_INT(group_code("广州市", 4401, 2), 4401);
    CHECK_INT(group_code("广州市", 4401, 1), 44);
    CHECK_INT(group_code("广东省", 44, 2), 44); /* above the level: its own */
    CHECK_INT(group_code("海拉尔区", 150702, 2), 1507);
    CHECK_INT(group_code("东城区", 110101, 2), divisions_parent(110101));
    CHECK_INT(group_code("东城区", 110101, 1), 11);
    doc_meta lw = region("荔湾区", 440103), hz = region("海珠区", 440105),
             nat = region("全国", 0), none = region("", 0),
             a = region("甲开发区", 0), b = region("乙开发区", 0),
             hl = region("海拉尔区", 150702);
    meta_group glw = meta_group_of(&lw, 1), ghz = meta_group_of(&hz, 1),
               gnat = meta_group_of(&nat, 1), gnone = meta_group_of(&none, 1),
               ga = meta_group_of(&a, 1), gb = meta_group_of(&b, 1),
               ghl = meta_group_of(&hl, 1);
    CHECK_INT(meta_group_cmp(&glw, &ghz), 0);
    CHECK(meta_group_cmp(&gnat, &ghl) < 0);
    CHECK(meta_group_cmp(&ghl, &glw) < 0);
    CHECK(meta_group_cmp(&glw, &ga) < 0);
    CHECK(meta_group_cmp(&ga, &gb) != 0); /* named regions by name */
    CHECK_INT(meta_group_cmp(&ga, &ga), 0);
    CHECK(meta_group_cmp(&gb, &gnone) < 0);
    CHECK(meta_group_cmp(&gnone, &gnat) > 0);
    CHECK(ga.name != NULL && gnone.name == NULL && gnat.code == 0);
    CHECK(meta_region_unknown(&none) && !meta_region_unknown(&nat));
}

int main(void)
{
    region_keys();
    year_and_kind_keys();
    groups();
    return check_done();
}
