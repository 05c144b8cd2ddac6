/* test_canonical.c — unit tests of model/canonical.c: names to concepts
 * (synonyms, traditional script, full-width and case, scope words in
 * front, rate and measure words behind, names that must stay apart), the
 * compiled table written folded, and indicators_canonicalize on a doc. */
#include <math.h>
#include <string.h>

#include "canonical.h"
#include "check.h"
#include "doc.h"

static void test_synonyms(void)
{
    CHECK_STR(indicator_canonical("地区生产总值"), "地区生产总值");
    CHECK_STR(indicator_canonical("生产总值"), "地区生产总值");
    CHECK_STR(indicator_canonical("GDP"), "地区生产总值");
    CHECK_STR(indicator_canonical("国内生产总值"), "地区生产总值");
    CHECK_STR(indicator_canonical("规上工业增加值"), "规模以上工业增加值");
    CHECK_STR(indicator_canonical("规模以上工业增加值"), "规模以上工业增加值");
    CHECK_STR(indicator_canonical("全社会固定资产投资"), "固定资产投资");
    CHECK_STR(indicator_canonical("社会消费品零售额"), "社会消费品零售总额");
    CHECK_STR(indicator_canonical("城镇常住居民人均可支配收入"), "城镇居民人均可支配收入");
    CHECK_STR(indicator_canonical("农民人均可支配收入"), "农村居民人均可支配收入");
    CHECK_STR(indicator_canonical("调查失业率"), "城镇调查失业率");
    CHECK_STR(indicator_canonical("CPI"), "居民消费价格");
    CHECK_STR(indicator_canonical("外贸进出口总额"), "进出口总额");
    CHECK_STR(indicator_canonical("研发投入强度"), "R&D投入强度");
    CHECK_STR(indicator_canonical("全社会研发投入强度"), "R&D投入强度");
    CHECK_STR(indicator_canonical("公共财政预算收入"), "一般公共预算收入");
    CHECK_STR(indicator_canonical("新增商事主体"), "新登记市场主体");
}

static void test_folding(void)
{
    CHECK_STR(indicator_canonical("地區生產總值"), "地区生产总值");
    CHECK_STR(indicator_canonical("規模以上工業增加值"), "规模以上工业增加值");
    CHECK_STR(indicator_canonical("ＧＤＰ"), "地区生产总值");
    CHECK_STR(indicator_canonical("gdp"), "地区生产总值");
    CHECK_STR(indicator_canonical("R&D 投入强度"), "R&D投入强度");
    CHECK_STR(indicator_canonical("每千常住人口执业（助理）医师数"), "每千人口执业(助理)医师数");
    CHECK_STR(indicator_canonical("每千人口拥有 3 岁以下婴幼儿托位数"), "每千人口拥有3岁以下婴幼儿托位数");
    CHECK_STR(indicator_canonical("新增“四上”企业"), "新增\"四上\"企业");
    CHECK_STR(indicator_canonical("ＰＭ２．５平均浓度"), "PM2.5平均浓度");
}

static void test_scope_and_rates(void)
{
    canon_match m;
    CHECK_STR(indicator_canonical("全市地区生产总值"), "地区生产总值");
    CHECK_STR(indicator_canonical("全市全年地区生产总值"), "地区生产总值");
    CHECK_STR(indicator_canonical("全國國內生產總值"), "地区生产总值");
    CHECK_STR(indicator_canonical("我省一般公共预算收入"), "一般公共预算收入");
    CHECK_STR(indicator_canonical("累计新增就业人数"), "城镇新增就业");
    CHECK_STR(indicator_canonical("實現地區生產總值"), "地区生产总值");
    CHECK_STR(indicator_canonical("全年实现一般公共预算收入"), "一般公共预算收入");
    CHECK(indicator_canonical_match("地区生产总值增速", &m));
    CHECK_STR(m.canonical, "地区生产总值");
    CHECK_INT(m.rate, 1);
    CHECK(indicator_canonical_match("地区生产总值年均增长", &m) && m.rate == 1);
    CHECK_STR(m.canonical, "地区生产总值");
    CHECK(indicator_canonical_match("社会消费品零售总额年均增长率", &m) && m.rate == 1);
    CHECK_STR(m.canonical, "社会消费品零售总额");
    CHECK(indicator_canonical_match("单位GDP能耗下降", &m) && m.rate == -1);
    CHECK_STR(m.canonical, "单位地区生产总值能耗");
    CHECK(indicator_canonical_match("居民消费价格涨幅", &m) && m.rate == 1);
    CHECK_STR(m.canonical, "居民消费价格");
    CHECK(indicator_canonical_match("地区生产总值", &m) && m.rate == 0);
    CHECK_STR(indicator_canonical("固定资产投资累计额"), "固定资产投资");
    CHECK_STR(indicator_canonical("全社会固定资产投资累计总额"), "固定资产投资");
    CHECK_STR(indicator_canonical("高新技术企业数量"), "高新技术企业");
    CHECK_STR(indicator_canonical("固定资产投资额增速"), "固定资产投资");
}

static void test_apart(void)
{
    canon_match m;
    CHECK_STR(indicator_canonical("人均地区生产总值"), "人均地区生产总值");
    CHECK_STR(indicator_canonical("服务业增加值占地区生产总值比重"),
              "服务业增加值占地区生产总值比重");
    CHECK_STR(indicator_canonical("户籍人口城镇化率"), "户籍人口城镇化率");
    CHECK_STR(indicator_canonical("新增高新技术企业"), "新增高新技术企业");
    CHECK(indicator_canonical("地区生产") == NULL);
    CHECK(indicator_canonical("全市") == NULL);
    CHECK(indicator_canonical("增速") == NULL);
    CHECK(indicator_canonical("") == NULL);
    CHECK(indicator_canonical("琶洲试验区营收") == NULL);
    CHECK(!indicator_canonical_match("城乡居民人均可支配收入", &m));
    CHECK(m.canonical == NULL && m.rate == 0);
}

/* Every name of the compiled table is its own key: the file is written
 * folded, sorted, each name of one concept; there are 50 concepts and
 * more. */
static void test_table(void)
{
    size_t bad = 0, unsorted = 0;
    for (size_t i = 0; i < canon_data.n; i++) {
        const char *k = canon_data.entries[i].key;
        sbuf b = {0};
        indicator_name_key(k, strlen(k), &b);
        bad += strcmp(b.p, k) != 0;
        sbuf_free(&b);
        unsorted += i && strcmp(canon_data.entries[i - 1].key, k) >= 0;
        bad += canon_data.entries[i].concept >= canon_data.nconcepts;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(unsorted, 0);
    CHECK(canon_data.nconcepts >= 50);
    CHECK(canon_data.n >= 3 * canon_data.nconcepts);
    for (size_t c = 0; c < canon_data.nconcepts; c++)
        bad += strcmp(indicator_canonical(canon_data.concepts[c]), canon_data.concepts[c]) != 0;
    CHECK_INT(bad, 0);
}

static void test_canonicalize(void)
{
    doc *d = doc_new("x.txt", "x.txt");
    d->nindicators = 3;
    d->indicators = arena_alloc(&d->mem, 3 * sizeof *d->indicators);
    const char *names[] = {"生產總值", "琶洲试验区营收", ""};
    for (size_t i = 0; i < 3; i++)
        d->indicators[i] = (indicator){.name = names[i], .canonical = names[i],
                                       .value = "", .unit = "", .change = "",
                                       .note = "", .amount = NAN};
    indicators_canonicalize(d);
    CHECK_STR(d->indicators[0].canonical, "地区生产总值");
    CHECK_STR(d->indicators[1].canonical, "琶洲试验区营收");
    CHECK_STR(d->indicators[2].canonical, "");
    doc_free(d);
}

int main(void)
{
    test_synonyms();
    test_folding();
    test_scope_and_rates();
    test_apart();
    test_table();
    test_canonicalize();
    return check_done();
}
