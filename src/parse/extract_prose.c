/* extract_prose.c — statements of quantity in prose: a name, a verb, a
 * value with its unit, the growth that goes with it, qualifiers (约 超
 * 以上 力争 年均 累计), distributive 分别 lists, elided subjects (…企业
 * 达7.6万家、增加值增长3%), from–to pairs, and their period and kind. */
#include <stdio.h>
#include <string.h>
#include <threads.h>

#include "cn_numeral.h"
#include "cpset.h"
#include "extract_impl.h"
#include "strs.h"
#include "utf8.h"

#define MAXW 16

typedef ex_word word;
#define W EX_W

/* Words cut off the end of a name, innermost last; note: kept as a note. */
static const struct {
    word w;
    int note, distribute;
} tailw[] = {
    {W("超过"), 1, 0}, {W("不少于"), 1, 0}, {W("不低于"), 1, 0},
    {W("不超过"), 1, 0}, {W("约"), 1, 0}, {W("近"), 1, 0}, {W("超"), 1, 0},
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

/* Attribute words: a clause naming only one of them takes its subject
 * from the clause before (…企业达7.6万家、增加值增长3%). */
static const char *const attrw[] = {"增加值", "产值", "总产值", "营收",
                                    "营业收入", "产量", "利润", "税收",
                                    "总额", "面积", "投资", "总数", "总量"};
static const char *const categw[] = {"播种面积", "企业", "单位", "面积",
                                     "数量", "总数"};

/* Characters a numeral may start with (百 for 百分之); the Han and 大写
 * digits among them, which alone are words (一批, 三大, 队伍) unless a
 * numeral goes on or 成/倍 follow. */
#define HAN_DIGITS "〇零一二三四五六七八九两兩壹贰貳叁參叄肆伍陆陸柒捌玖"
static const char numeral_chars[] =
    HAN_DIGITS "十拾百0123456789０１２３４５６７８９";

/* The characters the scan of a paragraph stops at: boundaries (strong
 * punctuation and 、), the first characters of the kind words and of
 * periods (mark_words), 翻 (doubling), 和 及 与 (which join numbers
 * like 、 when between two: 分别增长5.1%和6.9%) and numeral starts. Any other
 * character is stepped over: none of them can start anything. */
static const char stop_chars[] = "，,：:；;。！？!?、" "预力争确目安" "\"“"
                                 "翻" "和及与";

/* The sets the scans test every character against, built once from the
 * lists above: numerals, Han digits, the stops of a paragraph's scan,
 * the first characters of scope words, of lead and comparison words and
 * the last ones of tail words. */
static cpset numeral_set, han_digit_set, stop_set, scope_first, tail_last,
    lead_first;
static once_flag sets_once = ONCE_FLAG_INIT;

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
    cpset_add_chars(&numeral_set, numeral_chars);
    cpset_add_chars(&han_digit_set, HAN_DIGITS);
    cpset_add_chars(&stop_set, numeral_chars);
    cpset_add_chars(&stop_set, stop_chars);
    add_firsts(&scope_first, scopew, sizeof scopew / sizeof *scopew);
    add_firsts(&lead_first, cmpw, sizeof cmpw / sizeof *cmpw);
    add_firsts(&lead_first, leadw, sizeof leadw / sizeof *leadw);
    for (size_t w = 0; w < sizeof tailw / sizeof *tailw; w++) {
        uint32_t cp;
        ex_cp_before(tailw[w].w.s, tailw[w].w.n, &cp);
        cpset_add(&tail_last, cp);
    }
}

static int is_strong(uint32_t cp)
{
    return cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':' ||
           cp == 0xFF1B || cp == ';' || cp == 0x3002 || cp == 0xFF01 ||
           cp == 0xFF1F || cp == '!' || cp == '?';
}

static int ends_sentence(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' ||
           cp == '?';
}

/* Span of a name being cut: s[a..b). */
typedef struct span {
    const char *s;
    size_t a, b;
} span;

/* True when p ends with the word w (last bytes compared first: most
 * candidates differ there). */
static inline int ends_word(const span *p, word w)
{
    return p->b - p->a >= w.n && p->s[p->b - 1] == w.s[w.n - 1] &&
           (w.n < 2 || p->s[p->b - 2] == w.s[w.n - 2]) &&
           !memcmp(p->s + p->b - w.n, w.s, w.n);
}

/* True when p starts with the word w. */
static inline int starts_word(const span *p, word w)
{
    return ex_word_at(p->s, p->b, p->a, w);
}

/* The same for a literal. */
#define ends_with(p, lit) ends_word(p, (word)W(lit))
#define starts_with(p, lit) starts_word(p, (word)W(lit))

static size_t find_last(const span *p, const char *w)
{
    size_t k = strlen(w), best = (size_t)-1;
    const char *at = p->s + p->a, *end = p->s + p->b;
    const char *hit;
    while ((hit = memmem(at, (size_t)(end - at), w, k)) != NULL) {
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

/* What cutting a clause's words gives. */
typedef struct cut {
    const char *notes[MAXW];
    size_t nnotes;
    int distribute, growth, sign, absolute_ok, from, compare;
} cut;

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

/* One pass over clause p: a comparison word (高于…) marks c, and the name
 * starts after the last lead word (力争, 带动…). */
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
                if (ex_word_at(p->s, p->b, i, cmpw[w]))
                    c->compare = 1;
            for (size_t w = 0; w < sizeof leadw / sizeof *leadw; w++)
                if (ex_word_at(p->s, p->b, i, leadw[w]))
                    start = i + leadw[w].n;
        }
        i += len;
    }
    p->a = start > p->b ? p->b : start;
}

/* The name of a clause s[a..b) into out (span in the text, or a joined
 * copy in buf); the cut words into c. */
static span clause_name(const char *s, size_t a, size_t b, cut *c,
                        int *tfrom, int *tto, char *buf, size_t cap,
                        const char **joined)
{
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

/* State of one sentence. */
typedef struct sent {
    ex_sink *k;
    const ex_ctx *sec;
    int year, span_from, span_to; /* the sentence's own period */
    int expected, target, lizheng;
    long last;                    /* index of the last indicator, or -1 */
    const char *subject;          /* its name */
    long group;                   /* first of a 分别 list, or -1 */
    const char *names[MAXW];      /* the 分别 subjects */
    size_t nnames, gi, gchange;
    cut lead;                     /* the words cut off the list's clause */
    int lead_growth;              /* the list is of changes */
    cut gcut;                     /* the words of its changes' clause */
    int last_change;              /* the last token was a growth */
    int last_sign;                /* and its sign */
} sent;

static const char *keep(ex_sink *k, span p, const char *joined)
{
    return joined ? ex_str(k, joined, strlen(joined))
                  : ex_str(k, p.s + p.a, p.b - p.a);
}

/* Splits a 分别 subject list (PM2.5、PM10平均浓度; 申请量和授权量) into
 * st->names, the last one's shared tail given to the others; 城乡X is
 * 城镇X and 农村X. */
static void split_names(sent *st, const char *s, span p)
{
    size_t starts[MAXW], ends[MAXW], n = 0, a = p.a;
    static const char *const sep[] = {"、", "和", "及", "与"};
    for (size_t i = p.a; i < p.b && n + 1 < MAXW;) {
        size_t hit = 0;
        for (size_t w = 0; w < 4 && !hit; w++)
            if (ex_at(s, p.b, i, sep[w]))
                hit = 3;
        if (hit) {
            starts[n] = a, ends[n++] = i;
            i += hit;
            a = i;
        } else {
            i++;
        }
    }
    starts[n] = a, ends[n++] = p.b;
    if (n == 1 && p.b - p.a > 6 && ex_at(s, p.b, p.a, "城乡")) {
        /* 城乡居民人均可支配收入分别增长a、b: 城镇… and 农村… */
        static const char *const side[] = {"城镇", "农村"};
        for (size_t i = 0; i < 2; i++) {
            sbuf b = {0};
            sbuf_adds(&b, side[i]);
            sbuf_add(&b, s + p.a + 6, p.b - p.a - 6);
            st->names[i] = ex_str(st->k, b.p, b.len);
            sbuf_free(&b);
        }
        st->nnames = 2;
        return;
    }
    /* the shared tail: after the last part's leading ASCII run, or after
     * as many characters as the longest other part (≤ 3) */
    size_t la = starts[n - 1], tail = la;
    while (tail < p.b && (unsigned char)s[tail] < 0x80)
        tail++;
    if (tail == la) {
        size_t longest = 0;
        for (size_t i = 0; i + 1 < n; i++)
            if (ends[i] - starts[i] > longest)
                longest = ends[i] - starts[i];
        tail = longest <= 9 && la + longest < p.b ? la + longest : la;
    }
    for (size_t i = 0; i < n; i++) {
        sbuf b = {0};
        sbuf_add(&b, s + starts[i], ends[i] - starts[i]);
        if (i + 1 < n && tail > la)
            sbuf_add(&b, s + tail, p.b - tail);
        st->names[i] = ex_str(st->k, b.p, b.len);
        sbuf_free(&b);
    }
    st->nnames = n;
}

/* An elided subject: an attribute word after a subject with a category
 * word (规模以上工业企业 + 增加值 → 规模以上工业增加值). */
static const char *with_subject(sent *st, const char *name)
{
    if (!st->subject || !*name)
        return name;
    int attr = 0;
    for (size_t w = 0; w < sizeof attrw / sizeof *attrw; w++)
        attr |= !strcmp(name, attrw[w]);
    if (!attr)
        return name;
    size_t sl = strlen(st->subject);
    if (!strcmp(name, "总数") || !strcmp(name, "总量")) {
        /* 新增经营主体2.9万户、总数41.8万户: 经营主体总数 */
        const char *subj = st->subject;
        if (!strncmp(subj, "新增", 6) || !strncmp(subj, "新建", 6))
            subj += 6, sl -= 6;
        sbuf b = {0};
        sbuf_add(&b, subj, sl);
        sbuf_adds(&b, name);
        const char *r = ex_str(st->k, b.p, b.len);
        sbuf_free(&b);
        return r;
    }
    for (size_t w = 0; w < sizeof categw / sizeof *categw; w++) {
        size_t cl = strlen(categw[w]);
        if (sl > cl && !memcmp(st->subject + sl - cl, categw[w], cl)) {
            sbuf b = {0};
            sbuf_add(&b, st->subject, sl - cl);
            sbuf_adds(&b, name);
            const char *r = ex_str(st->k, b.p, b.len);
            sbuf_free(&b);
            return r;
        }
    }
    return name;
}

/* True when a change is a rate (%, 个百分点, 倍, 成), not an amount. */
static int rate_text(const char *ch)
{
    size_t n = strlen(ch);
    return strs_ends(ch, n, "%") || strs_ends(ch, n, "‰") ||
           strs_ends(ch, n, "个百分点") || strs_ends(ch, n, "倍") ||
           strs_ends(ch, n, "成");
}

/* The change text: sign, value, unit. */
static const char *change_text(ex_sink *k, int sign, const ex_num *x)
{
    char buf[sizeof x->value + sizeof x->unit + 2];
    snprintf(buf, sizeof buf, "%s%s%s", sign < 0 ? "-" : "+", x->value,
             x->unit);
    return ex_str(k, buf, strlen(buf));
}

/* Kind and period of a new indicator. */
static void place(sent *st, indicator *x, int tfrom, int tto, int span_value,
                  int from_value)
{
    ex_ctx c = *st->sec;
    if (st->span_from)
        c.year = 0, c.span_from = st->span_from, c.span_to = st->span_to;
    if (st->year)
        c.year = st->year;
    if (tfrom && tfrom == tto)
        c.year = tfrom;
    else if (tfrom)
        c.year = 0, c.span_from = tfrom, c.span_to = tto;
    ex_period_resolve(&c, span_value, from_value, &x->period_from,
                      &x->period_to);
    x->kind = st->expected ? IND_EXPECTED
              : st->target ? IND_TARGET
                           : (indicator_kind)c.kind;
    int year = st->k->d->meta.year;
    if (x->kind == IND_ACTUAL && year && x->period_from > year)
        x->kind = IND_TARGET;
}

/* At s[i] (code point cp), the words that set the sentence's kind (预计,
 * 力争, 目标…) and its period (a year, a span, a plan: not after 比/较/
 * 是/于/由/从, which make a base). Returns the bytes of a period read, else
 * 0. Called for every character, in order: it looks only where one of
 * them can start. */
static size_t mark_words(sent *st, const char *s, size_t n, size_t i,
                         uint32_t cp)
{
    switch (cp) {
    case 0x9884: /* 预 */
        if (ex_at(s, n, i, "预计"))
            st->expected = 1;
        else if (ex_at(s, n, i, "预期"))
            st->target = 1;
        return 0;
    case 0x529B: /* 力 */
        if (ex_at(s, n, i, "力争"))
            st->lizheng = st->target = 1;
        else if (ex_at(s, n, i, "力求"))
            st->target = 1;
        return 0;
    case 0x4E89: /* 争 */
    case 0x786E: /* 确 */
    case 0x76EE: /* 目 */
    case 0x5B89: /* 安 */
        if (ex_at(s, n, i, "争取") || ex_at(s, n, i, "确保") ||
            ex_at(s, n, i, "目标") || ex_at(s, n, i, "安排"))
            st->target = 1;
        return 0;
    default:
        break;
    }
    int f, t;
    size_t k = (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
                       cp == '"' || cp == 0x201C || cp == 0x5341
                   ? ex_period_at(s, n, i, &f, &t)
                   : 0;
    if (!k)
        return 0;
    uint32_t b;
    size_t q = ex_cp_before(s, i, &b);
    if ((b == 0x201C || b == '"') && i > q) /* 比“十二五”: the word before */
        ex_cp_before(s, i - q, &b);
    if (b == 0x6BD4 || b == 0x8F83 || b == 0x662F || b == 0x4E8E ||
        b == 0x7531 || b == 0x4ECE) /* 比 较 是 于 由 从 */
        return k;
    if (f == t)
        st->year = f, st->span_from = st->span_to = 0;
    else
        st->span_from = f, st->span_to = t, st->year = 0;
    return k;
}

/* True when the quantity x is part of a quoted name (出台“稳增长17条”):
 * a “ opened in its clause (from sa) and closed right after it. */
static int quoted(const char *s, size_t n, size_t sa, const ex_num *x)
{
    uint32_t cp;
    ex_cp_at(s, n, x->next, &cp);
    if (cp != 0x201D) /* ” */
        return 0;
    for (size_t i = x->start; i > sa;) {
        i -= ex_cp_before(s, i, &cp);
        if (cp == 0x201D)
            return 0;
        if (cp == 0x201C) /* “ */
            return 1;
    }
    return 0;
}

/* True when the quantity ending at s[at] is a threshold of the thing
 * counted next (年产值过十亿元企业12家, 亿元以上项目30个): a category word
 * right after it, then a number. */
static int modifies_next(const char *s, size_t n, size_t at)
{
    static const word cat[] = {W("企业"), W("项目"), W("工程"), W("园区"),
                               W("楼宇"), W("产业集群")};
    for (size_t w = 0; w < sizeof cat / sizeof *cat; w++)
        if (ex_word_at(s, n, at, cat[w])) {
            uint32_t cp;
            ex_cp_at(s, n, at + cat[w].n, &cp);
            return cpset_has(&numeral_set, cp);
        }
    return 0;
}

/* Verbs that end the noun a count is of (…等131个重点产业项目实现投产). */
static const word verbw[] = {
    W("实现"), W("完成"), W("建成"), W("开工"), W("投产"), W("竣工"),
    W("落地"), W("获"), W("入选"), W("通过"), W("纳入"), W("列入"), W("被"),
    W("达到"), W("全面"), W("顺利"), W("成功"), W("有序"), W("加快"),
    W("开展"), W("参与"), W("来"), W("在"), W("的"), W("共"), W("已"),
    W("超"), W("基本"), W("启动"), W("进入"), W("走"), W("及早"), W("投入"),
    W("相继"), W("陆续"), W("全部"), W("均"), W("封顶"), W("完工"),
    W("动工"), W("集中"), W("正式"), W("率先"),
};

/* For a name that only lists examples (信维电科MLCC、三立诚PCB等 131个
 * …): the noun after the quantity at s[at], up to a boundary or a verb;
 * name when there is none (or it is too long to be a noun). */
static const char *noun_after(ex_sink *k, const char *s, size_t n, size_t at,
                              const char *name)
{
    size_t e = at;
    while (e < n) {
        uint32_t cp;
        size_t len = ex_cp_at(s, n, e, &cp);
        if (is_strong(cp) || cp == 0x3001 || cpset_has(&numeral_set, cp))
            break;
        int verb = 0;
        for (size_t w = 0; w < sizeof verbw / sizeof *verbw && !verb; w++)
            verb = ex_word_at(s, n, e, verbw[w]);
        if (verb)
            break;
        e += len;
    }
    span t = {s, at, e};
    while (ends_with(&t, "和") || ends_with(&t, "及") || ends_with(&t, "与"))
        t.b -= 3;
    if (t.b - t.a < 6 || t.b - t.a > 36)
        return name;
    return ex_str(k, s + t.a, t.b - t.a);
}

/* One quantity x whose clause is s[wa..x->start) (weak) and s[sa..) (to
 * the last strong boundary). Returns 0 when x is part of the name of the
 * next one (a quoted name, a threshold: the clause goes on), else 1. */
static int token(sent *st, const char *s, size_t len, size_t wa, size_t sa,
                 const ex_num *x, int forced_growth, uint32_t line,
                 size_t base)
{
    if (quoted(s, len, sa, x) || modifies_next(s, len, x->next))
        return 0; /* part of the next name */
    ex_sink *k = st->k;
    cut c = {0};
    int tfrom = 0, tto = 0;
    char buf[512];
    const char *joined;
    int continued = wa == x->start;
    span p = clause_name(s, wa, x->start, &c, &tfrom, &tto, buf, sizeof buf,
                         &joined);
    if (c.compare)
        return 1;
    if (forced_growth)
        c.growth = 1, c.sign = 1;
    if (continued) {
        c.growth = st->last_change;
        c.sign = st->last_sign;
        c.absolute_ok = 1;
    }
    int growth = c.growth && (x->rate || c.absolute_ok);
    st->last_sign = c.sign ? c.sign : 1;
    const char *name = keep(k, p, joined);
    size_t nl = strlen(name);
    if (nl > 3 && !strcmp(name + nl - 3, "等"))
        name = noun_after(k, s, len, x->next, name);
    if (c.distribute) {
        cut c2 = {0};
        int f2, t2;
        const char *j2;
        char b2[512];
        span q = clause_name(s, sa, x->start, &c2, &f2, &t2, b2, sizeof b2,
                             &j2);
        if (j2)
            split_names(st, j2, (span){j2, 0, strlen(j2)});
        else
            split_names(st, s, q);
        st->gi = st->gchange = 0;
        name = st->names[0];
        st->group = (long)k->n;
        st->lead = c;
        st->lead_growth = growth;
    } else if (continued && st->group >= 0 && st->gi + 1 < st->nnames &&
               growth == st->lead_growth) {
        name = st->names[++st->gi];
        c = st->lead;
        c.distribute = 0;
    } else if (growth && !st->lead_growth && !*name && st->group >= 0 &&
               st->nnames > 1 &&
               st->gchange < st->nnames &&
               st->group + (long)st->gchange < (long)k->n) {
        /* 分别达A、B，年均增长a、b: the changes in the same order */
        if (st->gchange == 0)
            st->gcut = c;
        else
            c.nnotes = st->gcut.nnotes,
            memcpy(c.notes, st->gcut.notes, sizeof c.notes);
        indicator *g = &k->v[st->group + (long)st->gchange++];
        if (!*g->change) {
            g->change = change_text(k, c.sign, x);
            for (size_t i = 0; i < c.nnotes; i++)
                ex_note_add(k, &g->note, c.notes[i]);
            ex_note_add(k, &g->note, x->tail);
            st->last_change = 1;
            return 1;
        }
    } else if (!continued) {
        st->group = -1;
    }
    if (!*name && st->subject)
        name = st->subject;
    else
        name = wa > sa ? with_subject(st, name) : name;
    if (!*name)
        return 1;
    indicator *target = NULL;
    if (growth && st->last >= 0) {
        indicator *l = &k->v[st->last];
        if (!strcmp(l->name, name)) {
            if (!*l->change) {
                target = l;
            } else if (x->rate && !rate_text(l->change)) {
                /* a rate after an absolute increase: the rate is the
                 * change, the increase a note */
                ex_note_add(k, &l->note, l->change);
                target = l;
            }
        }
    }
    if (target) {
        target->change = change_text(k, c.sign, x);
        for (size_t i = 0; i < c.nnotes; i++)
            ex_note_add(k, &target->note, c.notes[i]);
        ex_note_add(k, &target->note, x->tail);
        if (!target->value[0])
            target->start = (uint32_t)(base + x->start),
            target->end = (uint32_t)(base + x->end);
        st->last_change = 1;
        return 1;
    }
    indicator *n = ex_sink_add(k);
    if (!n)
        return 1;
    n->name = name;
    if (st->lizheng)
        ex_note_add(k, &n->note, "力争");
    int span_value = 0;
    for (size_t i = 0; i < c.nnotes; i++) {
        ex_note_add(k, &n->note, c.notes[i]);
        span_value |= !strcmp(c.notes[i], "累计") ||
                      !strcmp(c.notes[i], "年均");
    }
    if (forced_growth)
        ex_note_add(k, &n->note, "翻番");
    ex_note_add(k, &n->note, x->tail);
    if (growth) {
        n->change = change_text(k, c.sign, x);
    } else {
        n->value = ex_str(k, x->value, strlen(x->value));
        n->unit = ex_str(k, x->unit, strlen(x->unit));
        n->amount = x->amount;
    }
    n->line = line;
    n->start = (uint32_t)(base + x->start);
    n->end = (uint32_t)(base + x->end);
    place(st, n, tfrom, tto, span_value || strs_has(name, strlen(name), "累计"),
          c.from);
    st->last = (long)(n - k->v);
    st->subject = name;
    st->last_change = growth;
    return 1;
}

/* 翻一番 / 翻两番 at s[i]: a growth of 1, 3 or 7 times; bytes or 0. */
static size_t doubling(const char *s, size_t n, size_t i, ex_num *x)
{
    static const struct {
        const char *s, *v;
    } f[] = {{"翻一番", "1"}, {"翻两番", "3"}, {"翻二番", "3"},
             {"翻三番", "7"}, {"翻番", "1"}};
    for (size_t w = 0; w < sizeof f / sizeof *f; w++)
        if (ex_at(s, n, i, f[w].s)) {
            memset(x, 0, sizeof *x);
            strcpy(x->value, f[w].v);
            strcpy(x->unit, "倍");
            x->rate = x->ok = 1;
            x->start = i;
            x->end = x->next = i + strlen(f[w].s);
            return x->end - i;
        }
    return 0;
}



/* The state at the start of a sentence. */
static sent fresh_sentence(ex_sink *k, const ex_ctx *c)
{
    sent st;
    memset(&st, 0, sizeof st);
    st.k = k;
    st.sec = c;
    st.last = st.group = -1;
    st.last_sign = 1;
    return st;
}

void ex_prose_paragraph(ex_sink *k, const char *s, size_t n, size_t base,
                        uint32_t line, const ex_ctx *c)
{
    call_once(&sets_once, sets_build);
    sent st = fresh_sentence(k, c);
    size_t weak = 0, strong = 0, prev = 0;
    for (size_t i = 0; i < n && !k->full;) {
        i = cpset_skip(&stop_set, s, i, n);
        if (i >= n)
            break;
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        if (!cpset_has(&stop_set, cp)) {
            i += len;
            continue;
        }
        if (is_strong(cp) || cp == 0x3001 /* 、 */) {
            weak = i + len;
            if (is_strong(cp))
                strong = i + len;
            if (cp == 0xFF1B || cp == ';')
                st.lizheng = st.target = 0;
            if (ends_sentence(cp)) {
                st = fresh_sentence(k, c);
                prev = i + len;
            }
            i += len;
            continue;
        }
        if (cp == 0x548C || cp == 0x53CA || cp == 0x4E0E) { /* 和 及 与 */
            uint32_t next = 0;
            if (i == prev && i > 0 && i + len < n)
                utf8_decode(s + i + len, n - i - len, &next);
            if (cpset_has(&numeral_set, next))
                weak = i + len; /* between two numbers: a list */
            i += len;
            continue;
        }
        mark_words(&st, s, n, i, cp);
        if (cpset_has(&han_digit_set, cp)) { /* a lone Han digit: a word */
            uint32_t next = 0;
            if (i + len < n)
                utf8_decode(s + i + len, n - i - len, &next);
            if (!cn_numeral_glyph(next) && next != 0x6210 /* 成 */ &&
                next != 0x500D /* 倍 */) {
                i += len;
                continue;
            }
        }
        ex_num x;
        int forced = 0;
        size_t step = cp == 0x7FFB /* 翻 */ ? doubling(s, n, i, &x) : 0;
        if (step)
            forced = 1;
        else if (cpset_has(&numeral_set, cp))
            step = ex_number_read(s, n, i, &x);
        if (!step) {
            i += len;
            continue;
        }
        if (x.ok && token(&st, s, n, weak > prev ? weak : prev,
                          strong > prev ? strong : prev, &x, forced, line,
                          base))
            prev = x.next;
        i += step;
    }
}
