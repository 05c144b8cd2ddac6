/* test_strs.c — the span tests of model/strs.h: starts, ends, has, at
 * the edges (empty span, empty literal, literal longer than the span,
 * a multi-byte literal cut short). */
#include "check.h"
#include "strs.h"

int main(void)
{
    const char *s = "附件1：单位";
    size_t n = strlen(s);
    CHECK(strs_starts(s, n, "附件"));
    CHECK(strs_starts(s, n, s));
    CHECK(strs_starts(s, n, ""));
    CHECK(!strs_starts(s, n, "附表"));
    CHECK(!strs_starts(s, 5, "附件"));    /* 件 cut after two of its bytes */
    CHECK(strs_starts(s, 6, "附件"));
    CHECK(!strs_starts("", 0, "附"));
    CHECK(strs_ends(s, n, "单位"));
    CHECK(strs_ends(s, n, ""));
    CHECK(!strs_ends(s, n, "单"));
    CHECK(!strs_ends("位", 3, "单位"));  /* the literal is longer */
    CHECK(strs_has(s, n, "1："));
    CHECK(strs_has(s, n, "位"));
    CHECK(!strs_has(s, n - 3, "位"));     /* only s[0..n) is searched */
    CHECK(!strs_has(s, n, "。"));
    CHECK(strs_has(s, n, ""));
    return check_done();
}
