/* meta_years.c — the years of a report: the one it was delivered or
 * issued in (its delivery line, the congress session, its signature date:
 * meta_delivery.c; else the year it reviews plus one; else the file
 * name), the years it reviews and plans (2023年工作回顾, 二、2024年工作安排,
 * a first paragraph 2023年，…, a five-year plan's number), and what
 * follows from its kind where the text says nothing (see meta_impl.h). */
#include <string.h>

#include "cn_numeral.h"
#include "marker.h"
#include "meta_impl.h"
#include "strs.h"

enum { YEAR_WINDOW_CPS = 20 }; /* how far after 2023年 a keyword may be */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t meta_year_window(const char *f, size_t n, size_t i)
{
    size_t cps = 0, k = i;
    while (k < n && f[k] != '\n' && !meta_year_at(f, n, k)) {
        if (((unsigned char)f[k] & 0xC0) != 0x80 && cps++ == YEAR_WINDOW_CPS)
            break;
        k++;
    }
    return k;
}

static int span_start(int plan)
{
    if (plan <= 2)
        return plan == 1 ? 1953 : 1958;
    return 1966 + 5 * (plan - 3);
}

/* The number of the five-year plan the folded text names: 第十四个五年
 * or “十四五”; the highest one named, or 0. */
static int five_year_number(const char *f, size_t n)
{
    int best = 0;
    for (size_t i = 0; i + 3 <= n; i++) {
        if (memcmp(f + i, "五", 3) != 0)
            continue;
        size_t j = i, tail = i + 3;
        if (j >= 3 && memcmp(f + j - 3, "个", 3) == 0 && strs_starts(f + tail, n - tail, "年"))
            j -= 3;
        else if (!(strs_starts(f + tail, n - tail, "”") || strs_starts(f + tail, n - tail, "\"") ||
                   strs_starts(f + tail, n - tail, "规划") || strs_starts(f + tail, n - tail, "时期")))
            continue;
        size_t k = j; /* back over the numerals before it (up to three) */
        while (k >= 3 && j - k < 9 && cn_numeral_span(f + k - 3, 3) == 3)
            k -= 3;
        int v = 0;
        if (k < j && marker_ordinal(f + k, j - k, &v) != j - k)
            v = 0;
        best = v > best && v <= 30 ? v : best;
    }
    return best;
}

static const char *const REVIEW_WORDS[] = {"回顾", "执行情况", "完成情况",
                                           "总结", "工作情况", NULL};
static const char *const PLAN_WORDS[] = {"安排", "草案", "工作任务", "主要任务",
                                         "目标任务", "建议", "预期目标", "主要目标",
                                         "重点任务", "奋斗目标", NULL};
/* Said just before a year, they look back on it: 奋力完成2023年…任务. */
static const char *const REVIEW_BEFORE[] = {"完成", "回顾", NULL};

static int any_before(const char *f, size_t i, const char *const *words)
{
    for (; *words; words++) {
        size_t k = strlen(*words);
        if (i >= k && memcmp(f + i - k, *words, k) == 0)
            return 1;
    }
    return 0;
}

static void set_span(int *from, int *to, int a, int b)
{
    if (!*from) {
        *from = a;
        *to = b;
    }
}

/* 一、2023年工作回顾 reviews 2023; 二、2024年工作安排 plans 2024; so do
 * 2023年…计划执行情况 and 2024年…计划草案 in a title, 完成2023年… and
 * 实现2024年…奋斗目标 in a heading without a marker. */
static void years_from_lines(const char *f, size_t n, doc_meta *m)
{
    for (size_t i = 0; i + 7 <= n; i++) {
        int y = meta_year_at(f, n, i);
        if (!y || !strs_starts(f + i + 4, n - i - 4, "年"))
            continue;
        size_t w = meta_year_window(f, n, i + 7);
        if (any_before(f, i, REVIEW_BEFORE) ||
            meta_has_any(f + i + 7, w - i - 7, REVIEW_WORDS))
            set_span(&m->reviews_from, &m->reviews_to, y, y);
        else if (meta_has_any(f + i + 7, w - i - 7, PLAN_WORDS))
            set_span(&m->plans_from, &m->plans_to, y, y);
    }
}

/* A five-year plan plans the span its number names (十四五: 2021-2025)
 * and reviews the one before. */
static void five_year_spans(const char *title, size_t tn, const meta_view *v,
                            doc_meta *m)
{
    int plan = five_year_number(title, tn);
    if (!plan)
        plan = five_year_number(v->head.p, v->head.len);
    if (!plan)
        return;
    int from = span_start(plan);
    set_span(&m->plans_from, &m->plans_to, from, from + 4);
    if (plan > 1) {
        int before = span_start(plan - 1);
        set_span(&m->reviews_from, &m->reviews_to, before, from - 1);
    }
}

/* The first year a title names (海珠区2023年政府工作报告), or 0. */
static int first_year(const char *f, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++)
        if (meta_year_at(f, n, i))
            return meta_year_at(f, n, i);
    return 0;
}

/* The year a line of the folded text opens with as its subject
 * (2023年,… / 2011年是…): in a report's first blocks, the year it looks
 * back on (过去一年工作回顾, then 2011年是…); only one before `before`
 * when that is known (the plans of 2024年是… come later); 0 if none. */
static int opening_year(const char *f, size_t n, int before)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && f[i - 1] != '\n')
            continue;
        int y = meta_year_at(f, n, i);
        size_t k = i + 4;
        if (y && strs_starts(f + k, n - k, "年") &&
            (strs_starts(f + k + 3, n - k - 3, ",") || strs_starts(f + k + 3, n - k - 3, "是")) &&
            (!before || y < before))
            return y;
    }
    return 0;
}

/* The year the file's name gives (2025年西藏政府工作报告, 2012): four digits
 * not inside a word, or 0. */
static int name_year(const meta_view *v)
{
    const char *f = v->name.p;
    size_t n = v->name.len;
    for (size_t i = 0; i + 4 <= n; i++) {
        int y = meta_year_at(f, n, i);
        int left_ok = i == 0 || !is_alnum(f[i - 1]);
        int right_ok = i + 4 == n || !is_alnum(f[i + 4]);
        if (y && left_ok && right_ok)
            return y;
    }
    return 0;
}

/* Fills what the text left open from what is known: a report is
 * delivered in the year it plans for, and reviews the year before; the
 * title's year, else the file name's, when nothing else tells. */
static void years_fallback(const char *title, size_t tn, const meta_view *v,
                           doc_meta *m)
{
    if (!m->year)
        m->year = m->plans_from   ? m->plans_from
                  : m->reviews_to ? m->reviews_to + 1
                                  : first_year(title, tn);
    if (!m->year)
        m->year = name_year(v);
    if (!m->year || m->kind == DOC_KIND_FIVE_YEAR_PLAN ||
        m->kind == DOC_KIND_OTHER)
        return;
    set_span(&m->reviews_from, &m->reviews_to, m->year - 1, m->year - 1);
    if (m->kind != DOC_KIND_STATISTICAL_COMMUNIQUE)
        set_span(&m->plans_from, &m->plans_to, m->year, m->year);
}

void meta_years_find(const char *title, size_t tn, meta_view *v,
                     doc_meta *m)
{
    if (m->kind == DOC_KIND_FIVE_YEAR_PLAN) {
        five_year_spans(title, tn, v, m);
    } else if (m->kind == DOC_KIND_STATISTICAL_COMMUNIQUE) {
        /* 2023年…统计公报: about 2023, issued the year after */
        int y = first_year(title, tn);
        set_span(&m->reviews_from, &m->reviews_to, y, y);
    } else {
        years_from_lines(title, tn, m);
        years_from_lines(v->headings.p, v->headings.len, m);
    }
    m->year = meta_date_line_year(v->head.p, v->head.len);
    if (!m->year)
        m->year = meta_session_year(v->head.p, v->head.len);
    if (!m->year) { /* a signature date: the tail is read only now */
        const sbuf *tail = meta_view_tail(v);
        m->year = meta_date_line_year(tail->p, tail->len);
    }
    if (!m->reviews_from && m->kind != DOC_KIND_FIVE_YEAR_PLAN &&
        m->kind != DOC_KIND_OTHER) {
        int y = opening_year(v->head.p, v->head.len, m->year);
        set_span(&m->reviews_from, &m->reviews_to, y, y);
    }
    years_fallback(title, tn, v, m);
}
