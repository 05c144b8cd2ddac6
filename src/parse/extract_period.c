/* extract_period.c — the period and kind a number refers to, from its
 * context: years and plan periods (十三五 → 2016-2020, computed from the
 * plan number), section titles (2023年工作回顾 → actual 2023; 主要目标 →
 * target), and the document's reviewed and planned years as the
 * fallback. */
#include <string.h>

#include "extract_impl.h"
#include "strs.h"

/* Four digits at s[i] as a year 1900–2100 (not part of a longer run). */
static size_t four_digits(const char *s, size_t n, size_t i, int *year)
{
    int v = 0;
    size_t at = i;
    for (int d = 0; d < 4; d++) {
        size_t k = ex_digit_at(s, n, at);
        if (!k)
            return 0;
        v = v * 10 + (k == 1 ? s[at] - '0' : (unsigned char)s[at + 2] - 0x90);
        at += k;
    }
    if (ex_digit_at(s, n, at) || v < 1900 || v > 2100)
        return 0;
    *year = v;
    return at - i;
}

size_t ex_year_at(const char *s, size_t n, size_t i, int *from, int *to)
{
    int y;
    size_t k = four_digits(s, n, i, &y);
    if (!k || (i > 0 && ex_digit_at(s, n, i - 1)))
        return 0;
    size_t at = i + k;
    *from = *to = y;
    static const char *const dash[] = {"—", "–", "－", "-", "~", "～", "至"};
    for (size_t d = 0; d < sizeof dash / sizeof *dash; d++) {
        size_t dl = strlen(dash[d]);
        int y2;
        size_t k2;
        if (ex_at(s, n, at, dash[d]) &&
            (k2 = four_digits(s, n, at + dl, &y2)) && y2 > y) {
            *to = y2;
            at += dl + k2;
            break;
        }
    }
    if (ex_at(s, n, at, " "))
        at++;
    if (!ex_at(s, n, at, "年")) {
        *from = *to = 0;
        return 0;
    }
    return at + 3 - i;
}

/* The digit 一…九 at s[i] (3 bytes), or 0. */
static int han_digit(const char *s, size_t n, size_t i)
{
    static const char *const d[] = {"一", "二", "三", "四", "五",
                                    "六", "七", "八", "九"};
    for (int k = 0; k < 9; k++)
        if (ex_at(s, n, i, d[k]))
            return k + 1;
    return 0;
}

size_t ex_plan_at(const char *s, size_t n, size_t i, int *from, int *to)
{
    size_t at = i;
    int q = ex_at(s, n, at, "“") || ex_at(s, n, at, "\"");
    if (q)
        at += ex_at(s, n, at, "“") ? 3 : 1;
    int num = 0;
    if (ex_at(s, n, at, "十")) {
        num = 10;
        at += 3;
        int d = han_digit(s, n, at);
        if (d && d != 5 && ex_at(s, n, at + 3, "五")) {
            num += d;
            at += 3;
        }
    } else if ((num = han_digit(s, n, at)) != 0 && num != 5) {
        at += 3;
    }
    if (!num || !ex_at(s, n, at, "五"))
        return 0;
    at += 3;
    int closed = ex_at(s, n, at, "”") || ex_at(s, n, at, "\"");
    size_t after = at + (closed ? (ex_at(s, n, at, "”") ? 3 : 1) : 0);
    static const char *const follow[] = {"时期", "期间", "末", "以来",
                                         "期末", "初"};
    /* “十四五”规划 names a document, not a period */
    if (ex_at(s, n, after, "规划") || ex_at(s, n, after, "计划") ||
        ex_at(s, n, after, "纲要"))
        return 0;
    int ok = q && closed;
    for (size_t f = 0; !ok && f < sizeof follow / sizeof *follow; f++)
        ok = ex_at(s, n, after, follow[f]);
    if (!ok || num > 20)
        return 0;
    *from = num == 1 ? 1953 : num == 2 ? 1958 : 1966 + 5 * (num - 3);
    *to = *from + 4;
    return after - i;
}

size_t ex_period_at(const char *s, size_t n, size_t i, int *f, int *t)
{
    unsigned char c = (unsigned char)s[i];
    if ((c >= '0' && c <= '9') || c == 0xEF)
        return ex_year_at(s, n, i, f, t);
    if (c == '"' || ex_at(s, n, i, "“") || ex_at(s, n, i, "十"))
        return ex_plan_at(s, n, i, f, t);
    return 0;
}

/* Fills what a title says of the period (first year or plan in it) and
 * kind, where c does not have them yet. */
static void title_context(const char *t, ex_ctx *c)
{
    size_t n = strlen(t);
    if (!c->year && !c->span_from) {
        for (size_t i = 0; i < n; i++) {
            int f, to;
            if (ex_period_at(t, n, i, &f, &to)) {
                if (f == to)
                    c->year = f;
                else
                    c->span_from = f, c->span_to = to;
                break;
            }
        }
    }
    if (c->kind >= 0)
        return;
    static const char *const actual[] = {"回顾", "执行情况", "成就", "完成情况",
                                         "成绩", "总结", "成效"};
    static const char *const target[] = {"安排", "建议", "目标", "计划", "任务",
                                         "要求", "展望", "思路", "规划", "草案"};
    for (size_t k = 0; k < sizeof actual / sizeof *actual; k++)
        if (strs_has(t, n, actual[k])) {
            c->kind = IND_ACTUAL;
            return;
        }
    for (size_t k = 0; k < sizeof target / sizeof *target; k++)
        if (strs_has(t, n, target[k])) {
            c->kind = IND_TARGET;
            return;
        }
}

ex_ctx ex_period_section(const doc *d, size_t offset, ex_ctx *titles)
{
    ex_ctx c = {0, 0, 0, -1};
    int trail[16];
    size_t depth = section_path(d, offset, trail, 16);
    for (size_t i = depth; i-- > 0;) {
        ex_ctx *t = &titles[trail[i]];
        if (t->kind == -2) { /* not read yet */
            *t = (ex_ctx){0, 0, 0, -1};
            title_context(d->sections[trail[i]].title, t);
        }
        if (!c.year && !c.span_from)
            c.year = t->year, c.span_from = t->span_from,
            c.span_to = t->span_to;
        if (c.kind < 0)
            c.kind = t->kind;
    }
    const doc_meta *m = &d->meta;
    if (c.kind < 0)
        c.kind = m->kind == DOC_KIND_FIVE_YEAR_PLAN && !c.year &&
                         !c.span_from && m->plans_from
                     ? IND_TARGET
                     : IND_ACTUAL;
    if (!c.year && !c.span_from) {
        int f = c.kind == IND_ACTUAL ? m->reviews_from : m->plans_from;
        int t = c.kind == IND_ACTUAL ? m->reviews_to : m->plans_to;
        if (f && f == t)
            c.year = f;
        else if (f)
            c.span_from = f, c.span_to = t;
    }
    return c;
}

void ex_period_resolve(const ex_ctx *c, int span_value, int from_value,
                       int *pfrom, int *pto)
{
    if (c->year && !(span_value && c->span_from)) {
        *pfrom = *pto = c->year;
    } else if (c->span_from) {
        if (span_value)
            *pfrom = c->span_from, *pto = c->span_to;
        else if (from_value)
            *pfrom = *pto = c->span_from - 1;
        else
            *pfrom = *pto = c->span_to;
    } else {
        *pfrom = *pto = 0;
    }
}
