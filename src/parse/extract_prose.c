/* extract_prose.c — statements of quantity in prose: a name, a verb, a
 * value with its unit, the growth that goes with it, qualifiers (约 超
 * 以上 力争 年均 累计), distributive 分别 lists, elided subjects (…企业
 * 达7.6万家、增加值增长3%), from–to pairs, and their period and kind; the
 * name of each is cut from its clause by extract_name.c. */
#include <stdio.h>
#include <string.h>
#include <pthread.h>

#include "cn_numeral.h"
#include "cpset.h"
#include "extract_impl.h"
#include "extract_name.h"
#include "strs.h"
#include "utf8.h"

#define MAXW EX_MAXW

typedef ex_word word;
#define W EX_W

/* Attribute words: a clause naming only one of them takes its subject
 * from the clause before (…企业达7.6万家、增加值增长3%). */
static const char *const attrw[] = {"增加值", "产值", "总产值", "营收",
                                    "营业收入", "产量", "利润", "税收",
                                    "总额", "面积", "投资", "总数", "总量"};
static const char *const categw[] = {"播种面积", "企业", "单位", "面积",
                                     "数量", "总数"};

/* Characters a numeral may start with (extract_impl.h), and the Han and
 * 大写 digits among them, which alone are words (一批, 三大, 队伍) unless a
 * numeral goes on or 成/倍 follow. */
/* The characters the scan of a paragraph stops at: boundaries (strong
 * punctuation and 、), the first characters of the kind words and of
 * periods (mark_words), 翻 (doubling), 和 及 与 (which join numbers
 * like 、 when between two: 分别增长5.1%和6.9%) and numeral starts. Any other
 * character is stepped over: none of them can start anything. */
static const char stop_chars[] = "，,：:；;。！？!?、" "预力争确目安" "\"“"
                                 "翻" "和及与";

/* The sets the scan tests every character against, built once from the
 * lists above: numerals, Han digits, the stops of a paragraph's scan. */
static cpset numeral_set, han_digit_set, stop_set;
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static void sets_build(void)
{
    cpset_add_chars(&numeral_set, EX_NUMERAL_CHARS);
    cpset_add_chars(&han_digit_set, EX_HAN_DIGITS);
    cpset_add_chars(&stop_set, EX_NUMERAL_CHARS);
    cpset_add_chars(&stop_set, stop_chars);
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
    span p = ex_clause_name(s, wa, x->start, &c, &tfrom, &tto, buf, sizeof buf,
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
        span q = ex_clause_name(s, sa, x->start, &c2, &f2, &t2, b2, sizeof b2,
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
    pthread_once(&sets_once, sets_build);
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
