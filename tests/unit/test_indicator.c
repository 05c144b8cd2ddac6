/* test_indicator.c — unit tests of model/indicator.c: kind names both
 * ways, periods as text and back (one year, a span, other dashes,
 * malformed ones refused). */
#include "check.h"
#include "indicator.h"

static void test_kinds(void)
{
    indicator_kind k;
    CHECK_STR(indicator_kind_name(IND_ACTUAL), "actual");
    CHECK_STR(indicator_kind_name(IND_TARGET), "target");
    CHECK_STR(indicator_kind_name(IND_EXPECTED), "expected");
    CHECK(indicator_kind_parse("target", &k) && k == IND_TARGET);
    CHECK(indicator_kind_parse("expected", &k) && k == IND_EXPECTED);
    CHECK(!indicator_kind_parse("Target", &k));
    CHECK(!indicator_kind_parse("", &k));
}

static void test_periods(void)
{
    char buf[32];
    int a = 0, b = 0;
    CHECK_STR(indicator_period_format(2023, 2023, buf, sizeof buf), "2023");
    CHECK_STR(indicator_period_format(2016, 2020, buf, sizeof buf), "2016-2020");
    CHECK_STR(indicator_period_format(0, 0, buf, sizeof buf), "");
    CHECK(indicator_period_parse("2023", &a, &b) && a == 2023 && b == 2023);
    CHECK(indicator_period_parse("2016-2020", &a, &b) && a == 2016 && b == 2020);
    CHECK(indicator_period_parse("2021—2025", &a, &b) && a == 2021 && b == 2025);
    CHECK(indicator_period_parse("2021~2025", &a, &b) && a == 2021 && b == 2025);
    CHECK(!indicator_period_parse("2025-2021", &a, &b));
    CHECK(!indicator_period_parse("202", &a, &b));
    CHECK(!indicator_period_parse("2023年", &a, &b));
    CHECK(!indicator_period_parse("2016-20", &a, &b));
    CHECK(!indicator_period_parse("", &a, &b));
}

int main(void)
{
    test_kinds();
    test_periods();
    return check_done();
}
