/* test_strset.c — model/strset.c: numbers in the order first seen, the
 * same string the same number (also after the table grows), ranks in
 * byte order, clearing. */
#include <stdio.h>

#include "check.h"
#include "strset.h"

int main(void)
{
    strset t = {0};
    CHECK_INT(strset_add(&t, "地区生产总值"), 0);
    CHECK_INT(strset_add(&t, "固定资产投资"), 1);
    CHECK_INT(strset_add(&t, ""), 2);
    char copy[] = "地区生产总值";
    CHECK_INT(strset_add(&t, copy), 0); /* by text, not by pointer */
    CHECK_INT(t.n, 3);
    const uint32_t *r = strset_rank(&t);
    CHECK_INT(r[2], 0); /* "" first */
    CHECK_INT(r[1], 1); /* 固 U+56FA before 地 U+5730 */
    CHECK_INT(r[0], 2);
    static char names[1000][8];
    for (int i = 0; i < 1000; i++) {
        snprintf(names[i], sizeof names[i], "n%03d", 999 - i);
        CHECK_INT(strset_add(&t, names[i]), 3 + i);
    }
    CHECK_INT(strset_add(&t, "固定资产投资"), 1); /* after growing */
    CHECK_INT(strset_add(&t, "n500"), 3 + 499);
    r = strset_rank(&t);
    CHECK_INT(r[3 + 999], 1); /* n000 right after "" */
    CHECK_INT(r[3], 1000);    /* n999 last of the n's */
    strset_clear(&t);
    CHECK_INT(strset_add(&t, "n500"), 0);
    CHECK_INT(strset_rank(&t)[0], 0);
    strset_free(&t);
    return check_done();
}
