/* extract_name.c — the name of a quantity from the clause before it: lead
 * words (力争, 带动) and comparisons (高于) looked for, the period in it
 * taken out, scope words (全市, 今年) cut from the start, qualifiers and
 * verbs (超过, 达到, 增长, 比上年) from the end as notes and flags, a verb or
 * 分别 inside joined out (一般公共预算实现收入). See extract_name.h. */
#include <string.h>
#include <pthread.h>

#include "cpset.h"
#include "extract_impl.h"
#include "extract_name.h"
#include "strs.h"
#include "utf8.h"

#define MAXW EX_MAXW

typedef ex_word word;
#define W EX_W

/* Words cut off the end of a name, innermost last, the first that ends it
 * (so a word before the words it ends with: 不超过 before 超过); note: kept
 * as a note. */
static const struct {
    word w;
    int note, distribute;
} tailw[] = {
    {W("不超过"), 1, 0}, {W("超过"), 1, 0}, {W("不少于"), 1, 0},
    {W("不低于"), 1, 0}, {W("不高于"), 1, 0}, {W("约"), 1, 0}, {W("近"), 1, 0},
    {W("超"), 1, 0},
    /* a lead word after the subject (地区生产总值力争增长5%): cut with the
     * growth word it precedes; the sentence's kind has it already */
    {W("力争"), 0, 0}, {W("争取"), 0, 0}, {W("确保"), 0, 0}, {W("力求"), 0, 0},
    {W("预计"), 0, 0},
    {W("累计"), 1, 0}, {W("年均"), 1, 0}, {W("分别"), 0, 1},
    {W("增加到"), 0, 0}, {W("提高到"), 0, 0}, {W("下降到"), 0, 0},
    {W("降低到"), 0, 0}, {W("减少到"), 0, 0}, {W("增长到"), 0, 0},
    {W("提升到"), 0, 0}, {W("上升到"), 0, 0}, {W("扩大到"), 0, 0},
    {W("增至"), 0, 0}, {W("降至"), 0, 0}, {W("升至"), 0, 0},
    {W("控制在"), 0, 0}, {W("保持在"), 0, 0}, {W("稳定在"), 0, 0},
    {W("调整为"), 0, 0}, {W("达到了"), 0, 0}, {W("达到"), 0, 0},
    {W("达"), 0, 0}, {W("突破"), 0, 0}, {W("完成"), 0, 0}, {W("实现"), 0, 0},
    {W("共计"), 0, 0}, {W("合计"), 0, 0}, {W("总计"), 0, 0}, {W("共"), 0, 0},
    {W("为"), 0, 0}, {W("是"), 0, 0}, {W("有"), 0, 0}, {W("到"), 0, 0},
    {W("的"), 0, 0}, {W("(下同)"), 0, 0}, {W("（下同）"), 0, 0},
    {W("同比"), 0, 0}, {W("比上年同期"), 0, 0}, {W("比上年"), 0, 0},
    {W("比去年"), 0, 0}, {W("较上年"), 0, 0}, {W("较去年"), 0, 0},
    {W("了"), 0, 0}, {W(" "), 0, 0}, {W("　"), 0, 0},
};

/* Growth words (the number after them is a change) and their sign. */
static const struct {
    word w;
    int sign;
} groww[] = {
    {W("增长"), 1}, {W("增速"), 1}, {W("增幅"), 1}, {W("提高"), 1},
    {W("提升"), 1}, {W("上升"), 1}, {W("增加"), 1}, {W("扩大"), 1},
    {W("下降"), -1}, {W("降低"), -1}, {W("回落"), -1}, {W("减少"), -1},
    {W("下滑"), -1}, {W("降幅"), -1}, {W("收窄"), -1},
};

/* Words a name starts after (the last one in the clause wins). */
static const word leadw[] = {
    W("力争"), W("争取"), W("确保"), W("力求"), W("预计"), W("带动"), W("推动"),
    W("促进"), W("拉动"), W("其中"), W("安排"), W("累计实现"), W("带来"),
};

/* Scope and time words cut off the start of a name. */
static const word scopew[] = {
    W("全年度"), W("全区"), W("全市"), W("全省"), W("全年"), W("全国"),
    W("全县"), W("全州"), W("全镇"), W("全旗"), W("全盟"), W("我区"), W("我市"),
    W("我省"), W("我县"), W("今年"), W("当年"), W("年内"), W("年末"), W("年底"),
    W("其中"), W("“"), W("，"), W(","), W("、"), W(" "), W("　"), W("到"),
    W("在"), W("共"), W("时期"), W("期间"), W("以来"), W("末"),
};

/* Comparison words: a number after them compares, it is no indicator. */
static const word cmpw[] = {
    W("高于"), W("低于"), W("快于"), W("慢于"), W("高出"), W("低出"), W("超出"),
    W("领先"),
};

/* The sets the cuts test a name's ends against, built once from the lists
 * above: the first characters of scope words, of lead and comparison
 * words, the last ones of tail words; and numeral starts. */
static cpset scope_first, tail_last, lead_first, numeral_set;
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

/* Adds the first character of each of words[0..n) to set. */
static void add_firsts(cpset *set, const word *words, size_t n)
{
    for (size_t w = 0; w < n; w++) {
        uint32_t cp;
        utf8_decode(words[w].s, words[w].n, &cp);
        cpset_add(set, cp);
    }
}

static void sets_build(void)
{
    cpset_add_chars(&numeral_set, EX_NUMERAL_CHARS);
    add_firsts(&scope_first, scopew, sizeof scopew / sizeof *scopew);
    add_firsts(&lead_first, cmpw, sizeof cmpw / sizeof *cmpw);
    add_firsts(&lead_first, leadw, sizeof leadw / sizeof *leadw);
    for (size_t w = 0; w < sizeof tailw / sizeof *tailw; w++) {
        uint32_t cp;
        ex_cp_before(tailw[w].w.s, tailw[w].w.n, &cp);
        cpset_add(&tail_last, cp);
    }
}

static size_t find_last(const span *p, const char *w)
{
    size_t k = strlen(w), best = (size_t)-1;
    const char *at = p->s + p->a, *end = p->s + p->b;
    const char *hit;
    while ((hit = strs_find(at, (size_t)(end - at), w, k)) != NULL) {
        best = (size_t)(hit - p->s);
        at = hit + 1;
    }
    return best;
}

/* True when the one-character scope word w starts a word of the name
 * instead (到位资金, 在库企业, 共建园区): 到 and 在 are cut only before a
 * number (到2025年) or alone, 共 not before 建 享 同 治 有 (共建成:
 * cut). */
static int keeps_first(const span *p, word w)
{
    if (w.n != 3)
        return 0;
    uint32_t next, after;
    ex_cp_at(p->s, p->b, p->a + 3, &next);
    ex_cp_at(p->s, p->b, p->a + 6, &after);
    if (!strcmp(w.s, "到") || !strcmp(w.s, "在"))
        return next && !cpset_has(&numeral_set, next);
    return !strcmp(w.s, "共") &&
           ((next == 0x5EFA && after != 0x6210) || next == 0x4EAB ||
            next == 0x540C || next == 0x6CBB ||
            next == 0x6709); /* 建 (not 建成) 享 同 治 有 */
}

/* Cuts the leading scope and time words of p. */
static void cut_scope(span *p)
{
    for (int again = 1; again;) {
        uint32_t cp;
        if (p->b <= p->a || (ex_cp_at(p->s, p->b, p->a, &cp),
                             !cpset_has(&scope_first, cp)))
            return;
        again = 0;
        for (size_t w = 0; w < sizeof scopew / sizeof *scopew; w++)
            if (starts_word(p, scopew[w]) &&
                !(scopew[w].s[0] == '\xe2' && p->b - p->a > 3 &&
                  find_last(p, "”") != (size_t)-1) &&
                !keeps_first(p, scopew[w])) {
                p->a += scopew[w].n;
                again = 1;
            }
    }
}

/* Length of the footnote mark s[..end) ends with: [8] ［8］ (1 to 3
 * digits), ① … ⑳, or ¹ ² ³ ⁴ … ⁹ ⁰; 0 when none. */
static size_t footnote_before(const char *s, size_t a, size_t end)
{
    uint32_t cp;
    size_t k = ex_cp_before(s, end, &cp);
    if (end - a >= k && ((cp >= 0x2460 && cp <= 0x2473) || cp == 0xB9 ||
                         cp == 0xB2 || cp == 0xB3 ||
                         (cp >= 0x2070 && cp <= 0x2079)))
        return k;
    if (cp != ']' && cp != 0xFF3D)
        return 0;
    size_t i = end - k, digits = 0;
    while (i > a && s[i - 1] >= '0' && s[i - 1] <= '9' && digits < 3)
        i--, digits++;
    if (!digits)
        return 0;
    if (i > a && s[i - 1] == '[')
        return end - i + 1;
    return i - a >= 3 && !memcmp(s + i - 3, "\xEF\xBC\xBB", 3) ? end - i + 3 : 0;
}

/* Cuts the footnote marks p ends with (新建农村“三路”[8]631公里: the
 * name is 新建农村“三路”). */
static void cut_footnote(span *p)
{
    size_t k;
    while (p->b > p->a && (k = footnote_before(p->s, p->a, p->b)))
        p->b -= k;
}


/* Cuts the trailing qualifiers and verbs of p, notes into c (text
 * order). */
static void cut_tail(span *p, cut *c)
{
    const char *rev[MAXW];
    size_t nrev = 0;
    for (int again = 1; again && p->b > p->a;) {
        uint32_t cp;
        ex_cp_before(p->s, p->b, &cp);
        if (!cpset_has(&tail_last, cp))
            break;
        again = 0;
        for (size_t w = 0; w < sizeof tailw / sizeof *tailw; w++)
            if (ends_word(p, tailw[w].w)) {
                p->b -= tailw[w].w.n;
                if (tailw[w].note && nrev < MAXW)
                    rev[nrev++] = tailw[w].w.s;
                c->distribute |= tailw[w].distribute;
                again = 1;
                break;
            }
    }
    while (nrev && c->nnotes < MAXW)
        c->notes[c->nnotes++] = rev[--nrev];
}

/* Cuts a comparison base (比上年, 比“十二五”时期, 较2015年) off the end. */
static void cut_compare(span *p)
{
    size_t at = find_last(p, "比");
    size_t at2 = find_last(p, "较");
    if (at == (size_t)-1 || (at2 != (size_t)-1 && at2 > at))
        at = at2;
    if (at == (size_t)-1 || p->b - at > 30)
        return;
    uint32_t before, after;
    ex_cp_before(p->s, at, &before);
    ex_cp_at(p->s, p->b, at + 3, &after);
    if (before == 0x5360 /* 占 */ || after == 0x91CD /* 重 */ ||
        after == 0x4F8B /* 例 */ || after == 0x7387 /* 率 */)
        return;
    p->b = at;
}

/* True when s[a..b) is nothing but a growth word and the words cut after
 * it (增长, 增长超过, 达到): what follows a lead word that comes after the
 * subject (地区生产总值力争增长5%). */
static int only_growth(const char *s, size_t a, size_t b)
{
    if (a >= b)
        return 0; /* the number right after the lead word (推动25个…) */
    span r = {s, a, b};
    cut scratch = {0};
    cut_tail(&r, &scratch);
    for (size_t w = 0; w < sizeof groww / sizeof *groww; w++)
        if (ends_word(&r, groww[w].w)) {
            r.b -= groww[w].w.n;
            break;
        }
    cut_tail(&r, &scratch);
    return r.b <= r.a;
}

/* True when the comparison word at s[i] is negated (不低于, 不高于): a
 * floor or a ceiling, not a comparison. */
static int negated(const char *s, size_t i)
{
    return i >= 3 && memcmp(s + i - 3, "不", 3) == 0;
}

/* One pass over clause p: a comparison word (高于…) marks c, and the name
 * starts after the last lead word (力争, 带动…) unless only a growth word
 * follows it (the subject came before it). */
static void lead_words(span *p, cut *c)
{
    size_t start = p->a;
    for (size_t i = p->a; i < p->b;) {
        i = cpset_skip(&lead_first, p->s, i, p->b);
        if (i >= p->b)
            break;
        uint32_t cp;
        size_t len = utf8_decode(p->s + i, p->b - i, &cp);
        if (cpset_has(&lead_first, cp)) {
            for (size_t w = 0; w < sizeof cmpw / sizeof *cmpw; w++)
                if (ex_word_at(p->s, p->b, i, cmpw[w]) && !negated(p->s, i))
                    c->compare = 1;
            for (size_t w = 0; w < sizeof leadw / sizeof *leadw; w++)
                if (ex_word_at(p->s, p->b, i, leadw[w]) &&
                    !only_growth(p->s, i + leadw[w].n, p->b))
                    start = i + leadw[w].n;
        }
        i += len;
    }
    p->a = start > p->b ? p->b : start;
}

span ex_clause_name(const char *s, size_t a, size_t b, cut *c, int *tfrom,
                    int *tto, char *buf, size_t cap, const char **joined)
{
    pthread_once(&sets_once, sets_build);
    span p = {s, a, b};
    *joined = NULL;
    cut_footnote(&p);
    lead_words(&p, c);
    /* a year or plan in the clause: its own period */
    for (size_t i = p.a; i < p.b; i++) {
        unsigned char b0 = (unsigned char)s[i];
        if (!((b0 >= '0' && b0 <= '9') || b0 == 0xEF || b0 == '"' ||
              b0 == 0xE2 || b0 == 0xE5))
            continue; /* no year, span or plan starts here (ex_period_at) */
        int f, t;
        size_t k = ex_period_at(s, p.b, i, &f, &t);
        if (!k)
            continue;
        uint32_t cp;
        ex_cp_before(s, i, &cp);
        if (cp == 0x6BD4 || cp == 0x8F83 || cp == 0x662F || cp == 0x4E8E ||
            cp == 0x4E0E) { /* 比 较 是 于 与: a base */
            i += k - 1;
            continue;
        }
        *tfrom = f;
        *tto = t;
        span before = {s, p.a, i}, after = {s, i + k, p.b};
        cut_scope(&after);
        span bt = before;
        while (ends_with(&bt, "由") || ends_with(&bt, "从") ||
               ends_with(&bt, "到") || ends_with(&bt, "在") ||
               ends_with(&bt, "至"))
            bt.b -= 3, c->from |= ends_with(&before, "由") ||
                                  ends_with(&before, "从");
        cut_scope(&bt);
        if (bt.b > bt.a && after.b - after.a <= 6)
            p = bt;
        else
            p = after;
        break;
    }
    cut_scope(&p);
    for (int again = 1; again;) { /* 累计完成…, 年均新增… */
        again = 0;
        static const word lq[] = {W("累计"), W("年均")};
        for (size_t q = 0; q < 2; q++)
            if (starts_word(&p, lq[q]) && c->nnotes < MAXW) {
                c->notes[c->nnotes++] = lq[q].s;
                p.a += 6;
                again = 1;
            }
    }
    cut_scope(&p);
    cut_tail(&p, c);
    for (size_t w = 0; w < sizeof groww / sizeof *groww; w++)
        if (ends_word(&p, groww[w].w)) {
            /* 增加值 and the like are names, not growth */
            const char *g = groww[w].w.s;
            p.b -= groww[w].w.n;
            c->growth = 1;
            c->sign = groww[w].sign;
            c->absolute_ok = !strcmp(g, "增加") || !strcmp(g, "减少") ||
                             !strcmp(g, "增长") || !strcmp(g, "下降");
            cut_tail(&p, c);
            cut_compare(&p);
            cut_tail(&p, c);
            break;
        }
    cut_footnote(&p); /* 研发投入²增长12% */
    if (ends_with(&p, "从") || ends_with(&p, "由")) {
        p.b -= 3;
        c->from = 1;
    }
    cut_scope(&p);
    /* 分别 inside (省、市重点建设项目分别完成投资): a list; the name
     * without it, in buf */
    span q = p;
    size_t len = 0;
    size_t at = find_last(&p, "分别");
    if (at != (size_t)-1 && at > p.a && at + 6 < p.b && p.b - p.a < cap) {
        memcpy(buf, s + p.a, at - p.a);
        memcpy(buf + (at - p.a), s + at + 6, p.b - at - 6);
        len = p.b - p.a - 6;
        buf[len] = '\0';
        q = (span){buf, 0, len};
        c->distribute = 1;
        *joined = buf;
    }
    /* a verb inside: 一般公共预算实现收入 → 一般公共预算收入 */
    static const char *const mid[] = {"实现", "完成"};
    for (size_t m = 0; m < 2; m++) {
        at = find_last(&q, mid[m]);
        if (at == (size_t)-1)
            continue;
        static const char *const noun[] = {"率", "度", "值", "额", "量", "数"};
        int is_noun = 0; /* 完成率, 实现值: a noun, not a verb */
        for (size_t w = 0; w < 6; w++)
            is_noun |= ex_at(q.s, q.b, at + 6, noun[w]);
        if (is_noun)
            break;
        size_t la = at - q.a, lb = q.b - at - 6;
        if (*joined) { /* already a copy: cut in place */
            memmove(buf + at, buf + at + 6, lb + 1);
            len -= 6;
        } else if (!lb) {
            p.b = at;
        } else if (!la) {
            p.a = at + 6;
        } else if (la + lb < cap) {
            memcpy(buf, s + p.a, la);
            memcpy(buf + la, s + at + 6, lb);
            buf[la + lb] = '\0';
            *joined = buf;
        }
        break;
    }
    return p;
}
