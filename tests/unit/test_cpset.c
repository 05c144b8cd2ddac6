/* test_cpset.c — model/cpset: the characters added are in the set and
 * no others (neighbours, ASCII, the ends of the BMP), code points above
 * U+FFFF never are; the set a scan sees is the set built; cpset_skip
 * stops where decoding would first find a member. */
#include <string.h>

#include "check.h"
#include "cpset.h"
#include "utf8.h"

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
    /* cpset_skip: ASCII and three-byte characters outside the set are
     * skipped one by one, even beside a member in its 64-code-point
     * block; a member, another lead byte, a short tail stop it */
    static cpset h;
    cpset_add_chars(&h, "亿a");
    const char *t = "我们坚持发展亿人";
    size_t tn = strlen(t);
    CHECK_INT(cpset_skip(&h, t, 0, tn), 18); /* stops at 亿 */
    CHECK_INT(cpset_skip(&h, t, 21, tn), 24); /* 人 U+4EBA: in 亿's block */
    CHECK_INT(cpset_skip(&h, "中b文a", 0, 8), 7); /* stops at a */
    CHECK_INT(cpset_skip(&h, "中\xe4\xb8", 0, 5), 3); /* cut character */
    CHECK_INT(cpset_skip(&h, "\xed\x9f\xbf", 0, 3), 0); /* ED: decode it */
    CHECK_INT(cpset_skip(&h, "b\xc3\xa9", 0, 3), 1); /* two bytes: too */
    /* Where it stops, a member or what it does not read: the same as
     * decoding character by character up to the first member. */
    static const char *const mixed[] = {"发展a亿", "\xe0\xa4\x80x", "1，2。亿"};
    for (size_t k = 0; k < sizeof mixed / sizeof *mixed; k++) {
        size_t mn = strlen(mixed[k]), i = 0, at = cpset_skip(&h, mixed[k], 0, mn);
        while (i < at) {
            uint32_t cp;
            i += utf8_decode(mixed[k] + i, mn - i, &cp);
            CHECK(!cpset_has(&h, cp));
        }
        CHECK_INT(i, at);
    }
    return check_done();
}
