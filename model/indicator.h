/* indicator.h — the numbers a report states, as data: an indicator is a
 * name, a value with its unit (and the amount it comes to), a change, the
 * period it refers to and its kind (an outcome, a target, an estimate),
 * with where it was said. src/parse/extract.c finds them; the corpus-level
 * questions (grouping by concept, agreement between reports) are in
 * model/indicators.h. */
#ifndef BAOGAO_INDICATOR_H
#define BAOGAO_INDICATOR_H

#include <stddef.h>
#include <stdint.h>

typedef enum indicator_kind {
    IND_ACTUAL,   /* a reported outcome */
    IND_TARGET,   /* a goal, a plan, a budget allocation (目标, 预期, 力争, 安排) */
    IND_EXPECTED  /* an estimate or forecast (预计) */
} indicator_kind;

/* One indicator. Strings are UTF-8 in the document's arena, never NULL
 * ("" when absent). */
typedef struct indicator {
    const char *name;      /* the noun phrase as written, without scope words
                              (全区, 全市, 全省, 全年, 全国) and verbs */
    const char *canonical; /* the concept (assets' synonym table: 生产总值 =
                              地区生产总值), else the name */
    const char *value;     /* the number as stated, in ASCII digits: ３３．５ →
                              "33.5", 百分之十三点四 → "13.4"; a 万 or 亿 stays
                              in the unit; "" when only a change is given */
    const char *unit;      /* as stated, NFKC ("亿元", "%", "万人"); "" exactly
                              when value is "" */
    double amount;         /* value × the unit's multiplier in the base unit
                              (33.5万亿元 → 3.35e13 元; 13.4% → 13.4); NAN
                              when there is no value */
    const char *change;    /* signed as stated: "+4.8%", "-0.3个百分点",
                              "+2.4倍"; "" for none */
    int period_from;       /* the years the value refers to: one year when */
    int period_to;         /* from == to, a span (2016-2020) else; 0 unknown */
    indicator_kind kind;
    const char *note;      /* qualifiers and remarks, ';'-separated in text
                              order (以上;左右;力争;年均;累计; a 表注); "" */
    uint32_t line;         /* 1-based line of the original file */
    uint32_t start, end;   /* clean-text bytes of the number stated (the
                              value's, else the change's), for highlighting */
    int section;           /* index in doc->sections of the section it is
                              in, or -1 */
    int table, row;        /* the table and row it came from (indices in
                              doc->tables and its rows), or -1, -1 in prose */
} indicator;

/* "actual", "target", "expected". */
const char *indicator_kind_name(indicator_kind k);

/* The kind named s (as indicator_kind_name prints it); 0 when s names
 * none. */
int indicator_kind_parse(const char *s, indicator_kind *k);

/* The period as text into buf: "2023", "2016-2020", or "" when unknown.
 * Returns buf. */
char *indicator_period_format(int from, int to, char *buf, size_t len);

/* x's number as one text into buf: its value and unit (560亿元), else its
 * change (+5%); none when x is NULL or states neither. Returns buf. */
char *indicator_number_text(const indicator *x, const char *none, char *buf,
                            size_t len);

/* Reads a period as indicator_period_format writes it ("2023",
 * "2016-2020"; also "2016—2020" and "2016~2020"); 0 when s is not one. */
int indicator_period_parse(const char *s, int *from, int *to);

#endif
