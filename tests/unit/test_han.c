/* test_han.c — model/han.h against ICU: on every assigned code point,
 * han_is agrees with Script=Han; named cases on either side of the
 * edges (radicals, 〇, the extensions, Yijing hexagrams, punctuation). */
#include <stdio.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "check.h"
#include "han.h"

static int icu_han(UChar32 cp)
{
    UErrorCode err = U_ZERO_ERROR;
    return uscript_getScript(cp, &err) == USCRIPT_HAN && U_SUCCESS(err);
}

/* Every assigned code point: one check for the lot, the first few that
 * disagree printed. */
static void test_against_icu(void)
{
    unsigned long wrong = 0, han = 0, outside = 0;
    for (UChar32 cp = 0; cp <= 0x10FFFF; cp++) {
        if (!u_isdefined(cp))
            continue;
        int want = icu_han(cp);
        han += (unsigned long)want;
        if (han_is((uint32_t)cp) != want && wrong++ < 8)
            printf("U+%04X: han_is %d, ICU Script=Han %d\n", (unsigned)cp,
                   han_is((uint32_t)cp), want);
        outside += want && ((uint32_t)cp < HAN_MIN || (uint32_t)cp > HAN_MAX);
    }
    CHECK_INT(wrong, 0);
    CHECK_INT(outside, 0);
    CHECK(han > 90000); /* ICU 72 (Unicode 15) has 98,408 */
}

static void test_cases(void)
{
    CHECK(han_is(0x4E00));  /* 一 */
    CHECK(han_is(0x9FFF));
    CHECK(han_is(0x3400));  /* Extension A */
    CHECK(han_is(0x4DBF));
    CHECK(!han_is(0x4DC0)); /* ䷀ a Yijing hexagram */
    CHECK(han_is(0xF900));  /* 豈 compatibility */
    CHECK(han_is(0x20000)); /* 𠀀 Extension B */
    CHECK(han_is(0x31350)); /* Extension H */
    CHECK(han_is(0x2F45));  /* ⽅ Kangxi radical */
    CHECK(han_is(0x3007));  /* 〇 */
    CHECK(han_is(0x3005));  /* 々 */
    CHECK(!han_is(0x3006)); /* 〆 is Common */
    CHECK(!han_is(0x3001)); /* 、 */
    CHECK(!han_is(0x300C)); /* 「 */
    CHECK(!han_is(0x2FF0)); /* ⿰ ideographic description */
    CHECK(!han_is(0x30AB)); /* カ */
    CHECK(!han_is(0xFF21)); /* Ａ */
    CHECK(!han_is('A'));
    CHECK(!han_is(0x40000));
    CHECK(!han_is(0x16FE0)); /* the Tangut iteration mark */
}

int main(void)
{
    test_against_icu();
    test_cases();
    return check_done();
}
