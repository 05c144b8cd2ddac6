/* test_target_rule.c — targets against outcomes (model/target_rule.h,
 * model/compare_numbers.h) on the sample 000 (argv[1]; its 2024 plan says
 * 地区生产总值增长5%以上) and a doctored 2025-style copy of it (every year
 * one later, so its review states 2024's outcome): for every row of the
 * rule table (assets/target_rules.tsv) the target rewritten with that
 * row's qualifier and the copy's growth set once to meet it and once to
 * miss it — the verdicts and the rule shown are checked, and a row
 * without a case here fails; then the rule picked for notes, the numbers
 * read back (ranges, falls, rates across value and change), a falling
 * target, amounts of one family (560亿元 against 540.3亿元). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "edit.h"
#include "compare_numbers.h"
#include "pipeline.h"
#include "slurp.h"

/* How each qualifier is written into the target, and outcomes (growth in
 * %) that meet and miss it. */
static const struct {
    const char *word;   /* the table's word; "" for @range / @default */
    const char *target; /* replaces 地区生产总值增长5%以上 */
    const char *met, *missed;
    int range;          /* 1: the @range row, 0: a word's or @default */
} cases[] = {
    {"以上", "地区生产总值增长5%以上", "5.2", "4.8", 0},
    {"不低于", "地区生产总值增长不低于5%", "5", "4.9", 0},
    {"不少于", "地区生产总值增长不少于5%", "5.1", "4.9", 0},
    {"超过", "地区生产总值增长超过5%", "6", "4", 0},
    {"力争", "地区生产总值力争增长5%", "5.0", "4.8", 0},
    {"左右", "地区生产总值增长5%左右", "4.6", "4.4", 0},
    {"上下", "地区生产总值增长5%上下", "5.5", "5.6", 0},
    {"约", "地区生产总值增长约5%", "4.8", "5.8", 0},
    {"以内", "地区生产总值增长5%以内", "4.8", "5.2", 0},
    {"以下", "地区生产总值增长5%以下", "5", "5.1", 0},
    {"不超过", "地区生产总值增长不超过5%", "3", "5.3", 0},
    {"不高于", "地区生产总值增长不高于5%", "4.9", "5.4", 0},
    {"", "地区生产总值增长4.5%—5%", "4.7", "5.2", 1},
    {"", "地区生产总值增长5%", "5.3", "4.7", 0},
};

/* The check of A's 2024 地区生产总值 target given as a change, or NULL. */
static const target_check *gdp_check(const compare_numbers *c)
{
    for (size_t i = 0; i < c->ntargets; i++)
        if (!strcmp(c->targets[i].target->canonical, "地区生产总值") &&
            *c->targets[i].target->change && c->targets[i].target->period_from == 2024)
            return &c->targets[i];
    return NULL;
}

/* A (000 with the target as written) against B (the copy a year later
 * whose 2024 growth is growth): the verdict, the rule into *rule. */
static target_verdict judge_case(const char *report, const char *target,
                                 const char *growth, const target_rule **rule)
{
    char *a_text = edit_replace(report, "地区生产总值增长5%以上", target);
    char *later = edit_years_later(report), actual[64];
    snprintf(actual, sizeof actual, "全年地区生产总值1277.93亿元,增长%s%%", growth);
    char *b_text = edit_replace(later, "全年地区生产总值1277.93亿元,增长4.8%", actual);
    CHECK(a_text && b_text);
    target_verdict v = TARGET_UNKNOWN;
    *rule = NULL;
    if (a_text && b_text) {
        doc *a = edit_parse("a.txt", a_text), *b = edit_parse("b.txt", b_text);
        const doc *more[] = {b};
        compare_numbers c;
        compare_numbers_build(a, b, more, 1, &c);
        const target_check *k = gdp_check(&c);
        CHECK(k != NULL);
        if (k) {
            v = k->met;
            *rule = k->rule;
            CHECK(k->actual && k->actual_doc == 0 && k->actual->period_from == 2024);
        }
        compare_numbers_free(&c);
        doc_free(a);
        doc_free(b);
    }
    free(a_text);
    free(later);
    free(b_text);
    return v;
}

static void every_rule(const char *report)
{
    size_t ncases = sizeof cases / sizeof cases[0];
    for (size_t r = 0; r < target_nrules; r++) {
        const target_rule *row = &target_rules[r];
        size_t k = ncases;
        for (size_t i = 0; i < ncases && k == ncases; i++)
            if (!strcmp(cases[i].word, row->word) &&
                (*row->word || cases[i].range == (r == target_rule_range)))
                k = i;
        if (k == ncases) {
            printf("no case for the rule row '%s' (%s)\n", row->word, row->says);
            CHECK(k < ncases);
            continue;
        }
        const target_rule *got;
        CHECK_INT(judge_case(report, cases[k].target, cases[k].met, &got), TARGET_MET);
        CHECK(got == row);
        if (got != row)
            printf("  %s: rule '%s', want '%s'\n", cases[k].target,
                   got ? got->says : "(none)", row->says);
        CHECK_INT(judge_case(report, cases[k].target, cases[k].missed, &got),
                  TARGET_MISSED);
    }
}

/* An indicator with the fields the judge reads. */
static indicator ind(const char *value, const char *unit, double amount,
                     const char *change, const char *note)
{
    indicator x = {.name = "x", .canonical = "x", .value = value, .unit = unit,
                   .amount = amount, .change = change, .note = note,
                   .period_from = 2024, .period_to = 2024, .kind = IND_TARGET,
                   .section = -1, .table = -1, .row = -1};
    return x;
}

static void numbers(void)
{
    target_number n;
    indicator r = ind("", "", NAN, "+4.5-5%", "");
    CHECK(target_number_of(&r, TF_CHANGE, &n));
    CHECK(n.lo == 4.5 && n.hi == 5 && n.rate && !strcmp(n.family, "%"));
    CHECK(!target_number_of(&r, TF_AMOUNT, &n) && n.field == TF_NONE);
    indicator f = ind("", "", NAN, "-2.5%", "左右");
    CHECK(target_number_of(&f, TF_CHANGE, &n) && n.lo == -2.5 && n.hi == -2.5);
    indicator v = ind("4.5-5", "%", 4.5, "", "");
    CHECK(target_number_of(&v, TF_AMOUNT, &n) && n.lo == 4.5 && n.hi == 5);
    indicator big = ind("560", "亿元", 560e8, "", "以上");
    CHECK(target_number_of(&big, TF_AMOUNT, &n) && !strcmp(n.family, "元") && !n.rate);
    indicator pts = ind("", "", NAN, "+0.3个百分点", "");
    CHECK(target_number_of(&pts, TF_CHANGE, &n) && n.rate &&
          !strcmp(n.family, "个百分点"));
    /* the rule a note picks: its first word with a row; a range first */
    CHECK_STR(target_rule_of(&big)->word, "以上");
    indicator two = ind("", "", NAN, "+5%", "累计;左右;以上");
    CHECK_STR(target_rule_of(&two)->word, "左右");
    CHECK(target_rule_of(&r) == &target_rules[target_rule_range]);
    indicator none = ind("", "", NAN, "+5%", "年均");
    CHECK(target_rule_of(&none) == &target_rules[target_rule_default]);
    /* a falling target: 下降2.5%左右 met by −2.9%, missed by −3.1% (about
     * is either way); at least a fall of 3% (以上) met by −3.1%, missed by
     * −2.9% and by a rise */
    indicator a1 = ind("", "", NAN, "-2.9%", ""), a2 = ind("", "", NAN, "-3.1%", "");
    a1.kind = a2.kind = IND_ACTUAL;
    CHECK_INT(target_judge(NULL, &f, &a1), TARGET_MET);
    CHECK_INT(target_judge(NULL, &f, &a2), TARGET_MISSED);
    indicator fall3 = ind("", "", NAN, "-3%", "以上");
    CHECK_INT(target_judge(NULL, &fall3, &a2), TARGET_MET);
    CHECK_INT(target_judge(NULL, &fall3, &a1), TARGET_MISSED);
    indicator rise = ind("", "", NAN, "+1%", "");
    CHECK_INT(target_judge(NULL, &fall3, &rise), TARGET_MISSED);
    /* a rate: a value in % against a change in % (涨幅3%以内, 上涨0.2%) */
    indicator cpi = ind("3", "%", 3, "", "以内"), up = ind("", "", NAN, "+0.2%", "");
    CHECK_INT(target_judge(NULL, &cpi, &up), TARGET_MET);
    /* amounts of one family compare (亿元, 万元), of two do not */
    indicator got = ind("540.3", "亿元", 540.3e8, "", ""),
              wan = ind("5603000", "万元", 560.3e8, "", ""),
              tons = ind("600", "万吨", 600e4, "", "");
    CHECK_INT(target_judge(NULL, &big, &got), TARGET_MISSED);
    CHECK_INT(target_judge(NULL, &big, &wan), TARGET_MET);
    CHECK_INT(target_judge(NULL, &big, &tons), TARGET_UNKNOWN);
    CHECK_INT(target_judge(NULL, &big, NULL), TARGET_UNKNOWN);
    /* 左右 on an amount: within 2% */
    indicator about = ind("100", "亿元", 100e8, "", "左右"),
              in = ind("101.9", "亿元", 101.9e8, "", ""),
              out = ind("102.1", "亿元", 102.1e8, "", "");
    CHECK_INT(target_judge(NULL, &about, &in), TARGET_MET);
    CHECK_INT(target_judge(NULL, &about, &out), TARGET_MISSED);
    CHECK_STR(target_verdict_name(TARGET_MET), "met");
    CHECK_STR(target_verdict_name(TARGET_MISSED), "missed");
    CHECK_STR(target_verdict_name(TARGET_UNKNOWN), "unknown");
}

/* 000's other targets against the copy a year later: 固定资产投资 560亿元以上
 * against 540.3亿元 missed; 城镇新增就业 1.3万人以上 — the copy states it
 * (as 2024's) or not; every check's rule is the one its note picks. */
static void whole_report(const char *report)
{
    char *later = edit_years_later(report);
    doc *a = edit_parse("a.txt", report), *b = edit_parse("b.txt", later);
    const doc *more[] = {b};
    compare_numbers c;
    compare_numbers_build(a, b, more, 1, &c);
    int fai = 0;
    for (size_t i = 0; i < c.ntargets; i++) {
        const target_check *k = &c.targets[i];
        CHECK(k->target->kind == IND_TARGET && k->rule == target_rule_of(k->target));
        CHECK((k->met == TARGET_UNKNOWN) == (k->actual == NULL) ||
              k->met == TARGET_UNKNOWN);
        if (!strcmp(k->target->canonical, "固定资产投资") &&
            !strcmp(k->target->value, "560")) {
            fai = 1;
            CHECK(k->actual && !strcmp(k->actual->value, "540.3"));
            CHECK_INT(k->met, TARGET_MISSED);
        }
    }
    CHECK(fai);
    CHECK(gdp_check(&c) && gdp_check(&c)->met == TARGET_MISSED); /* 4.8 < 5 */
    compare_numbers_free(&c);
    doc_free(a);
    doc_free(b);
    free(later);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_target_rule 000.txt\n");
        return 2;
    }
    size_t n;
    char *report = slurp(argv[1], &n);
    CHECK(report != NULL);
    if (!report)
        return check_done();
    every_rule(report);
    numbers();
    whole_report(report);
    free(report);
    return check_done();
}
