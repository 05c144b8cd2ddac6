/* target_rule.h — whether a target was met: the rules of
 * assets/target_rules.tsv (compiled in by tools/gen_rules), the rule a
 * target's qualifier picks (以上, 左右, 以内, a range …), and the verdict
 * of an outcome against it. An indicator states a number as its amount
 * (a value with its unit: 560亿元, 5.5%) or as its change (+5%, −2.5%,
 * +0.3个百分点); a target and an outcome are compared on a field both
 * state, or a value in % against a change in % (a rate: 涨幅3%以内 against
 * 上涨0.2%). Model code: no ICU, no curses. */
#ifndef BAOGAO_TARGET_RULE_H
#define BAOGAO_TARGET_RULE_H

#include <stddef.h>

#include "indicator.h"

typedef enum target_cmp {
    TARGET_AT_LEAST, /* met when the actual is the target or more */
    TARGET_AT_MOST,  /* the target or less */
    TARGET_ABOUT,    /* within the tolerance of the target */
    TARGET_WITHIN    /* inside the target's range */
} target_cmp;

typedef struct target_rule {
    const char *word;  /* the qualifier ("" for the range and default rows) */
    target_cmp cmp;
    double points;     /* tolerance for a rate, in percentage points */
    double share;      /* tolerance for an amount, a share of the target */
    const char *says;  /* the rule in words, shown with each verdict */
} target_rule;

/* The table (target_rules_data.c, generated): rows in the file's order;
 * the range row and the default row by index. */
extern const target_rule target_rules[];
extern const size_t target_nrules, target_rule_range, target_rule_default;

typedef enum target_verdict {
    TARGET_UNKNOWN, /* no outcome, or none comparable with the target */
    TARGET_MET,
    TARGET_MISSED
} target_verdict;

/* "unknown", "met", "missed" ("unknown" out of range too). */
const char *target_verdict_name(target_verdict v);

/* The rule target t is judged by: the range row when t states a range
 * (4.5%—5%), else the row of the first word of t's note that has one,
 * else the default row. Never NULL. */
const target_rule *target_rule_of(const indicator *t);

/* What an indicator states, as numbers compared: its amount or its
 * change, the low and high ends (equal but for a range), in what unit. */
typedef enum target_field { TF_NONE, TF_AMOUNT, TF_CHANGE } target_field;

typedef struct target_number {
    target_field field;
    double lo, hi;
    int rate;          /* in % or 个百分点 (tolerance in points) */
    char family[16];   /* the unit without its magnitude (元, 吨, %, 个百分点,
                          倍): two numbers of one family compare */
} target_number;

/* The number x states in field f (TF_AMOUNT or TF_CHANGE) into *out;
 * returns 0 (out->field TF_NONE) when x states none there. */
int target_number_of(const indicator *x, target_field f, target_number *out);

/* The numbers target t and actual a are compared on, into *tn and *an:
 * the amounts when both state one of a family, else the changes when both
 * state one of a family, else a value in % against a change in %.
 * Returns 0 when they state nothing comparable. */
int target_numbers(const indicator *t, const indicator *a, target_number *tn,
                   target_number *an);

/* The figure of actual a that target t is judged on, as text into buf:
 * its change when the two compare on changes (a growth target: +5.3%),
 * else its value (indicator_number_text; none when a is NULL). */
char *target_actual_text(const indicator *t, const indicator *a, const char *none,
                         char *buf, size_t len);

/* The verdict of actual a on target t by rule r (target_rule_of(t) when
 * NULL): TARGET_UNKNOWN when a is NULL or nothing compares. A falling
 * target (a change below zero: 下降2.5%) is met by at_least when the
 * actual falls as much or more, by at_most when it falls as much or less.
 * An actual stated as a range counts as its middle. Cannot fail. */
target_verdict target_judge(const target_rule *r, const indicator *t,
                            const indicator *a);

#endif
