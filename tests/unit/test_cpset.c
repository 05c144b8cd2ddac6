/* test_cpset.c — model/cpset: the characters added are in the set and
 * no others (neighbours, ASCII, the ends of the BMP), code points above
 * U+FFFF never are; the set a scan sees is the set built. */
#include <string.h>

#include "check.h"
#include "cpset.h"

int main(void)
{
    static cpset s; /* zeroed: empty */
    CHECK(!cpset_has(&s, 0));
    CHECK(!cpset_has(&s, 0x4E00));
    cpset_add_chars(&s, "一亿%，");
    CHECK(cpset_has(&s, 0x4E00)); /* 一 */
    CHECK(cpset_has(&s, 0x4EBF)); /* 亿 */
    CHECK(cpset_has(&s, '%'));
    CHECK(cpset_has(&s, 0xFF0C)); /* ， */
    CHECK(!cpset_has(&s, 0x4E01)); /* neighbours */
    CHECK(!cpset_has(&s, 0x4DFF));
    CHECK(!cpset_has(&s, '$'));
    CHECK(!cpset_has(&s, '&'));
    cpset_add(&s, 0xFFFF);
    cpset_add(&s, 0);
    CHECK(cpset_has(&s, 0xFFFF));
    CHECK(cpset_has(&s, 0));
    cpset_add(&s, 0x20000); /* above the BMP: ignored */
    CHECK(!cpset_has(&s, 0x20000));
    CHECK(!cpset_has(&s, 0x10000));
    CHECK(!cpset_has(&s, 0x110000));
    int n = 0;
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        n += cpset_has(&s, cp);
    CHECK_INT(n, 6);
    /* cpset_skip: Han text of blocks without a member is skipped whole;
     * a member, a character of its block, ASCII, a short tail stop it */
    static cpset h;
    cpset_add_chars(&h, "亿");
    const char *t = "我们坚持发展亿人";
    size_t tn = strlen(t);
    CHECK_INT(cpset_skip(&h, t, 0, tn), 18); /* stops at 亿 */
    CHECK_INT(cpset_skip(&h, t, 21, tn), 21); /* 人 U+4EBA: in 亿's block */
    CHECK_INT(cpset_skip(&h, "中a文", 0, 7), 3);
    CHECK_INT(cpset_skip(&h, "中\xe4\xb8", 0, 5), 3); /* cut character */
    CHECK_INT(cpset_skip(&h, "\xed\x9f\xbf", 0, 3), 0); /* ED: decode it */
    return check_done();
}
