/* test_strs.c — the span tests of model/strs.h: starts, ends, has, at
 * the edges (empty span, empty literal, literal longer than the span,
 * a multi-byte literal cut short); strs_find against memmem. */
#include <string.h> /* memmem, the reference (the build defines _GNU_SOURCE) */

#include "check.h"
#include "rnd.h"
#include "strs.h"

/* strs_find finds what memmem finds, at the same place: spans of 0 to
 * 99 bytes from a four-letter alphabet (matches and near misses
 * everywhere, at the first and last place too), literals of 0 to 6
 * bytes, every offset of the span in its buffer. */
static void test_find(void)
{
    static const char abc[] = {'a', 'b', '\xE4', '\x88'};
    char s[112], lit[8];
    size_t wrong = 0, found = 0;
    rnd_seed(5);
    for (int t = 0; t < 200000; t++) {
        size_t n = rnd() % 100, k = rnd() % 7, off = rnd() % 8;
        for (size_t i = 0; i < n; i++)
            s[off + i] = abc[rnd() % 4];
        for (size_t i = 0; i < k; i++)
            lit[i] = abc[rnd() % (t % 2 ? 2 : 4)];
        const char *want = memmem(s + off, n, lit, k), *got = strs_find(s + off, n, lit, k);
        wrong += got != want;
        found += want != NULL;
    }
    CHECK_INT(wrong, 0);
    CHECK(found > 50000 && found < 190000);
}

int main(void)
{
    test_find();
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
