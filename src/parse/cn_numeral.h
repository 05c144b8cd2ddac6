/* cn_numeral.h — Chinese numerals: writing 1–999 (一, 十一, 一百零五) and
 * reading the numbers of report text (一千零一万, 三点一四, 1.2万, １，１００). */
#ifndef BAOGAO_CN_NUMERAL_H
#define BAOGAO_CN_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

/* Writes n (1–999) as a Chinese numeral into buf (at least 24 bytes) and
 * returns buf; n outside that range gives its decimal digits. */
char *cn_numeral(int n, char *buf);

/* How a number was written: the bits of cn_number.form. */
enum cn_form {
    CN_FORM_ASCII = 1u << 0,   /* ASCII digits 0–9 */
    CN_FORM_WIDE = 1u << 1,    /* fullwidth digits ０–９ */
    CN_FORM_HAN = 1u << 2,     /* 小写 digits 〇 零 一 … 九, 两 (兩, ○) */
    CN_FORM_DAXIE = 1u << 3,   /* 大写 壹 … 玖 拾 佰 仟 (貳 參 叄 陸) */
    CN_FORM_RUN = 1u << 4,     /* Han digits read one by one: 二〇二五 */
    CN_FORM_UNITS = 1u << 5,   /* 十 百 千 (拾 佰 仟) */
    CN_FORM_MYRIADS = 1u << 6, /* 万 亿 (萬 億) */
    CN_FORM_POINT = 1u << 7,   /* a decimal point: . ． 点 點 */
    CN_FORM_GROUPS = 1u << 8   /* thousands separators: , ， */
};

/* Significant digits a number keeps exactly; later ones are read but make
 * the number capped. */
#define CN_NUMERAL_KEEP 18

/* A number read from text. */
typedef struct cn_number {
    double value;    /* the number; always finite (saturates at DBL_MAX) */
    int64_t integer; /* the value exactly when exact, else 0 */
    int exact;       /* 1: a whole number that integer holds exactly (below
                      * 2^63, no digit dropped; 1.2万 = 12000 is whole) */
    int capped;      /* 1: digits were dropped (past CN_NUMERAL_KEEP) or the
                      * value saturated; value is then approximate */
    int decimals;    /* digits after the point as written: 1277.93 → 2,
                      * 1.2万 → 1, 4.50 → 2, 三点一四 → 2; 0 without one */
    int scale;       /* 4, 8 or 12 when the number ends in 万, 亿 or 万亿
                      * that multiply all before them (1277.93亿 → 8,
                      * 两千万 → 4, but 五亿六千万 → 0), else 0 */
    size_t head;     /* bytes before that 万/亿 (1277.93亿 → 7): the
                      * number as written is s[0..head) and the magnitude
                      * s[head..len); the whole length when scale is 0 */
    unsigned form;   /* CN_FORM_* bits: what the number was written with */
} cn_number;

/* True when cp can be a character of a number: a digit (ASCII,
 * fullwidth, Han, 大写, ○), 十 百 千 (拾 佰 仟), 万 亿 (萬 億), a point
 * (. ． 点 點) or a separator (, ，). Thread-safe; no allocation. */
int cn_numeral_glyph(uint32_t cp);

/* Reads the number at the start of s[0..n) (UTF-8; never past s[n-1]) and
 * returns the bytes it spans, with *out filled; returns 0 and zeroes *out
 * when s does not start with a number. No allocation; cannot fail.
 *
 * Read:
 *   Arabic digits, ASCII or fullwidth (one script a number), with a point
 *   (. or ．) that has a digit after it, and thousands separators (, or ，,
 *   one kind a number) after a first group of 1–3 digits, each followed by
 *   exactly three digits and no fourth: 4.5, 1,100, 12,345.6, ４．５,
 *   １，１００; but 1，2 reads 1 and 1,1000 reads 1.
 *   Han digits 〇/零 一 … 九, 两/兩 (not before 十, not one by one),
 *   ○ (U+25CB) as 〇 except first, and 大写 壹 贰/貳 叁/參/叄 肆 伍 陆/陸
 *   柒 捌 玖 (also words: 队伍 reads 伍 — callers decide where to read).
 *   Units 十 百 千 (拾 佰 仟) and magnitudes 万 亿 (萬 億; 万亿 = 10^12):
 *   十五, 一十五, 一百零五, 一千零一万一千零一, 五亿六千万, 一亿零一.
 *   零 marks a gap; a last digit right after 百 or a higher unit (no 零)
 *   counts one place lower: 一百一 = 110, 三万五 = 35000, 两千三 = 2300.
 *   Digit by digit, two or more Han digits without units: 一七二零 = 1720,
 *   二〇二五 = 2025.
 *   点/點 with Han digits after it: 三点一四, 零点五, 二十三点五, 十点五.
 *   Arabic digits with units and magnitudes: 1.2万, 3万4000, 100万三千,
 *   2.5亿, 3.5千万 (a digit part after a unit must be below it).
 *
 * Left to callers (not read): signs (-3, 负三: also ranges 1-2月), percent
 * (5%: reads 5; 百分之五: refused), fractions (三分之一 reads 三), 第,
 * units of measure, 廿 卅 兆, and where a number starts (张三 reads 三).
 * 点 after Arabic digits is not a point (3点 is 3 o'clock: reads 3).
 *
 * Refused (returns 0): a start that is no number — 百 千 万 亿 with no
 * digit before them (百姓, 千万, 万一, 亿万), 点, ○, a point, a separator;
 * and approximate or garbled digits anywhere in the number: two digit
 * parts with no unit between them (十五六 "15 or 16", 两三, 一两, 三5, 5三,
 * 十四五) and a digit-by-digit run beside a unit (三四十, 七八百, 三五万).
 * Bare 万亿 (突破万亿), 千亿级 and 每千人 are refused with the rest: the
 * caller that knows the word before them may read them as 一万亿 etc.
 *
 * Anything else malformed stops the reading at the longest valid prefix:
 * 十十 → 十, 三点 → 三, 4. → 4, 一亿亿 → 一亿, 一千零 → 一千,
 * 三万四万 → 三万四, 一百一千 → 一百一, 3万40000 → 3万, 1.2万3 → 1.2万,
 * 1.2.3 → 1.2.
 *
 * Bounds: a run of digits is read whole, however long, so that a caller
 * never splits one; CN_NUMERAL_KEEP significant digits and as many
 * fraction places are kept, later integer digits count only as powers of
 * ten and later fraction digits are dropped, and the number is capped;
 * value saturates at DBL_MAX (a 400-digit run: capped, DBL_MAX). */
size_t cn_numeral_read(const char *s, size_t n, cn_number *out);

/* Bytes of the run of numeral characters at the start of s[0..n) — digits
 * of any script (○ too), 十 百 千 万 亿 and their 大写 and traditional
 * forms, 点 點 — or 0. A caller scanning text steps over this run where
 * cn_numeral_read refuses (else 十五六 would read on as 五六 = 56). */
size_t cn_numeral_span(const char *s, size_t n);

#endif
