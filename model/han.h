/* han.h — which code points are Han characters: one set of ranges for
 * the whole program (pinyin, annotations, metadata, repair, the search
 * index) and for tools/gen_tables, which asks ICU about exactly these.
 * Header-only and free of other headers, so the build-time tool can
 * include it without linking the model.
 *
 * The set is Unicode's Script=Han, by blocks:
 *   U+2E80–2FDF   CJK Radicals Supplement, Kangxi Radicals (PDF text
 *                 often has ⽅ ⽂ for 方 文; ICU reads them)
 *   U+3005 々, U+3007 〇, U+3021–3029 (Hangzhou numerals), U+3038–303B
 *   U+3400–4DBF   CJK Unified Ideographs Extension A
 *   U+4E00–9FFF   CJK Unified Ideographs
 *   U+F900–FAFF   CJK Compatibility Ideographs
 *   U+16FE2–16FE3, U+16FF0–16FF1  the Han marks of Ideographic Symbols
 *   U+20000–3FFFF planes 2 and 3, which Unicode gives to ideographs only:
 *                 Extensions B–I, Compatibility Ideographs Supplement, and
 *                 the extensions still to come.
 * On assigned code points it is exactly ICU 72's Script=Han (Unicode 15;
 * tests/unit/test_han.c holds the ranges against ICU); unassigned code
 * points inside these blocks count as Han too. Not Han: Yijing hexagrams
 * (U+4DC0–4DFF is Common: ䷀ is excluded), CJK punctuation 。、「」,
 * kana, bopomofo, hangul, full-width forms, ideographic description
 * characters. */
#ifndef BAOGAO_HAN_H
#define BAOGAO_HAN_H

#include <stdint.h>

enum { HAN_MIN = 0x2E80, HAN_MAX = 0x3FFFF }; /* every Han code point */

/* True when cp is a Han character (see above). */
static inline int han_is(uint32_t cp)
{
    if (cp >= 0x4E00 && cp <= 0x9FFF) /* the common case first */
        return 1;
    if (cp < HAN_MIN || cp > HAN_MAX)
        return 0;
    if (cp >= 0x20000)
        return 1;
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           cp <= 0x2FDF || cp == 0x3005 || cp == 0x3007 ||
           (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B) ||
           (cp >= 0x16FE2 && cp <= 0x16FE3) || (cp >= 0x16FF0 && cp <= 0x16FF1);
}

#endif
