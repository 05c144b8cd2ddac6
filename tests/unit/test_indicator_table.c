/* test_indicator_table.c — the Indicators view's rows (ui/indicator_table.c)
 * over documents whose indicators are written here: the cells of one
 * report and of every report (the report column), comparing by each
 * column (numbers as numbers, the rows without one last, periods by
 * year), the filter typed as a search query (traditional, pinyin initials
 * and full, ANDed terms, exclusions, year:), the source range for Enter,
 * and the CSV of the rows shown read back field by field (quoting, the
 * path and unit columns, the display script). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canonical.h"
#include "check.h"
#include "indicator_table.h"
#include "list.h"
#include "script.h"

/* An indicator of d: name, value, unit, amount, change, period, kind,
 * note; clean-text range [start, end). */
static void add(doc *d, const char *name, const char *value, const char *unit,
                double amount, const char *change, int from, int to,
                indicator_kind kind, const char *note, uint32_t start,
                uint32_t end)
{
    d->indicators = realloc(d->indicators,
                            (d->nindicators + 1) * sizeof *d->indicators);
    d->indicators[d->nindicators++] = (indicator){
        name, name, value, unit, amount, change, from, to, kind, note,
        1, start, end, -1, -1, -1};
}

static doc *docs[3];

static void make_docs(void)
{
    docs[0] = doc_new("/reports/a.txt", "/reports/a.txt");
    docs[0]->meta.region = "广州市荔湾区";
    docs[0]->meta.year = 2023;
    add(docs[0], "地区生产总值", "1277.93", "亿元", 1.27793e11, "+4.8%", 2023,
        2023, IND_ACTUAL, "", 10, 17);
    add(docs[0], "固定资产投资", "540.3", "亿元", 5.403e10, "+10.5%", 2023,
        2023, IND_ACTUAL, "", 40, 45);
    add(docs[0], "城镇调查失业率", "5.5", "%", 5.5, "", 2024, 2024, IND_TARGET,
        "以内", 80, 83);
    add(docs[0], "规模以上工业增加值", "", "", NAN, "-0.3个百分点", 2016,
        2020, IND_ACTUAL, "年均", 90, 105);
    docs[1] = doc_new("/other/b.txt", "/other/b.txt");
    docs[1]->meta.region = "廣州市海珠區";
    docs[1]->meta.year = 2022;
    docs[1]->meta.script = DOC_SCRIPT_HANT;
    add(docs[1], "地區生產總值", "2,000", "亿元", 2e11, "+2.1%", 2022, 2022,
        IND_EXPECTED, "左右;\"约\"", 5, 10);
    /* 荔湾 2023 again, in traditional characters: the same GDP. */
    docs[2] = doc_new("/reports/c.txt", "/reports/c.txt");
    docs[2]->meta.region = "荔灣區";
    docs[2]->meta.year = 2023;
    add(docs[2], "地區生產總值", "1277.93", "億元", 1.27793e11, "+4.8%", 2023,
        2023, IND_ACTUAL, "", 20, 27);
}

static void test_cells(void)
{
    itab t = {0};
    itab_reset(&t, ITAB_ONE, (const doc *const *)docs, 2);
    itab_add_doc(&t, 0);
    CHECK_INT(t.nrows, 4);
    CHECK_INT(t.ncols, 6);
    CHECK_STR(itab_title(&t, 0), "name");
    CHECK_STR(itab_cell(&t, 0, 0), "地区生产总值");
    CHECK_STR(itab_cell(&t, 0, 1), "1277.93亿元");
    CHECK_STR(itab_cell(&t, 0, 2), "+4.8%");
    CHECK_STR(itab_cell(&t, 0, 3), "2023");
    CHECK_STR(itab_cell(&t, 0, 4), "actual");
    CHECK_STR(itab_cell(&t, 2, 4), "target");
    CHECK_STR(itab_cell(&t, 2, 5), "以内");
    CHECK_STR(itab_cell(&t, 3, 1), "");
    CHECK_STR(itab_cell(&t, 3, 3), "2016-2020");
    CHECK_STR(itab_cell(&t, 9, 0), ""); /* no such row */
    size_t d, s, e;
    CHECK(itab_source(&t, 1, 0, &d, &s, &e));
    CHECK(d == 0 && s == 40 && e == 45);
    CHECK(!itab_source(&t, 4, 0, &d, &s, &e));
    itab_reset(&t, ITAB_ALL, (const doc *const *)docs, 2);
    itab_add_doc(&t, 0);
    itab_add_doc(&t, 1);
    CHECK_INT(t.nrows, 5);
    CHECK_STR(itab_title(&t, 0), "report");
    CHECK_STR(itab_cell(&t, 0, 0), "荔湾区 2023");
    CHECK_STR(itab_cell(&t, 4, 0), "海珠區 2022 繁");
    CHECK_STR(itab_cell(&t, 4, 5), "expected");
    itab_free(&t);
}

/* Rows sorted by column k, ascending: the row indices in order. */
static void sorted(itab *t, int k, size_t *out)
{
    for (size_t i = 0; i < t->nrows; i++)
        out[i] = i;
    for (size_t i = 1; i < t->nrows; i++) /* insertion: stable */
        for (size_t j = i; j > 0 && itab_key(t, out[j - 1], k) >
                                        itab_key(t, out[j], k);
             j--) {
            size_t x = out[j];
            out[j] = out[j - 1];
            out[j - 1] = x;
        }
}

static void test_compare(void)
{
    itab t = {0};
    size_t o[5];
    itab_reset(&t, ITAB_ALL, (const doc *const *)docs, 2);
    itab_add_doc(&t, 0);
    itab_add_doc(&t, 1);
    sorted(&t, 2, o); /* value by amount: 5.5% 540.3亿 1277.93亿 2000亿, none */
    CHECK_INT(o[0], 2);
    CHECK_INT(o[1], 1);
    CHECK_INT(o[2], 0);
    CHECK_INT(o[3], 4);
    CHECK_INT(o[4], 3);
    sorted(&t, 3, o); /* change as a number: -0.3 +2.1 +4.8 +10.5, none */
    CHECK_INT(o[0], 3);
    CHECK_INT(o[1], 4);
    CHECK_INT(o[2], 0);
    CHECK_INT(o[3], 1);
    CHECK_INT(o[4], 2);
    sorted(&t, 4, o); /* period: 2016-2020, 2022, 2023 ×2, 2024 */
    CHECK_INT(o[0], 3);
    CHECK_INT(o[1], 4);
    CHECK_INT(o[4], 2);
    sorted(&t, 5, o); /* kind: actual ×3, target, expected */
    CHECK_INT(o[3], 2);
    CHECK_INT(o[4], 4);
    sorted(&t, 0, o); /* report: in corpus order */
    CHECK_INT(o[4], 4);
    CHECK_INT(itab_key(&t, 0, 9), 0); /* no such column */
    CHECK(itab_key(&t, 3, 2) == LIST_KEY_NONE); /* no value */
    CHECK(itab_key(&t, 0, 6) == LIST_KEY_NONE); /* no note */
    sorted(&t, 1, o); /* names in byte order: 固 地 地 城 规 */
    CHECK_INT(o[0], 1);
    CHECK_INT(o[1], 0);
    CHECK_INT(o[4], 3);
    sorted(&t, 6, o); /* notes: 以内 左右… 年均, then the empty ones */
    CHECK_INT(o[0], 2);
    CHECK_INT(o[1], 4);
    CHECK_INT(o[2], 3);
    itab_free(&t);
}

/* The rows passing filter f, as a bit mask. */
static unsigned passing(itab *t, const char *f)
{
    if (itab_set_filter(t, f, NULL) != 0)
        return 0xFFFF;
    unsigned m = 0;
    for (size_t i = 0; i < t->nrows; i++)
        m |= (unsigned)itab_match(t, i) << i;
    return m;
}

static void test_filter(void)
{
    itab t = {0};
    itab_reset(&t, ITAB_ALL, (const doc *const *)docs, 2);
    itab_add_doc(&t, 0);
    itab_add_doc(&t, 1);
    CHECK_INT(passing(&t, ""), 0x1F);
    CHECK_INT(passing(&t, "生产总值"), 0x11);   /* 地區生產總值 too */
    CHECK_INT(passing(&t, "生產總值"), 0x11);   /* typed traditional */
    CHECK_INT(passing(&t, "dqsczz"), 0x11);     /* pinyin initials */
    CHECK_INT(passing(&t, "touzi"), 0x02);      /* full pinyin */
    CHECK_INT(passing(&t, "gd"), 0x02);         /* as it is typed: g, gd */
    CHECK_INT(passing(&t, "地区 总值"), 0x11);  /* ANDed */
    CHECK_INT(passing(&t, "总值 -地区"), 0x00);
    CHECK_INT(passing(&t, "-总值"), 0xFFFF);    /* nothing to look for */
    CHECK_INT(passing(&t, "总值 year:2022"), 0x10); /* search's filters */
    CHECK_INT(passing(&t, "region:海珠"), 0xFFFF);  /* a filter alone is no query */
    CHECK_INT(passing(&t, "值 region:海珠"), 0x10);
    /* Which filters only narrow the one before (typing on). */
    static const struct { const char *from, *to; int narrower; } steps[] = {
        {"", "地", 1},          {"地", "地区", 1},       {"地区", "地", 0},
        {"g", "gd", 0},         /* two letters: pinyin too, more rows */
        {"gd", "gdz", 1},       {"地区", "地区 总", 0},  {"-地", "-地区", 1},
        {"总值 -地", "总值 -地区", 0}, {"总值 year:202", "总值 year:2023", 0},
        {"地 区", "地区 区", 1}, {"地区", "", 0},
    };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        int narrower = -1;
        itab_set_filter(&t, steps[i].from, NULL);
        itab_set_filter(&t, steps[i].to, &narrower);
        if (narrower != steps[i].narrower)
            printf("  from \"%s\" to \"%s\"\n", steps[i].from, steps[i].to);
        CHECK_INT(narrower, steps[i].narrower);
    }
    /* Rows added after a filter is set are folded as they come. */
    itab_set_filter(&t, "dqsczz", NULL);
    itab_add_doc(&t, 1);
    CHECK(itab_match(&t, 5));
    itab_free(&t);
}

/* The CSV of rows order[0..n) in script, as a string. */
static char *csv(itab *t, const size_t *order, size_t n, int script)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(itab_write_csv(t, order, n, script, f), 0);
    fclose(f);
    return buf;
}

static void test_csv(void)
{
    itab t = {0};
    itab_reset(&t, ITAB_ONE, (const doc *const *)docs, 2);
    itab_add_doc(&t, 1);
    size_t one = 0;
    char *s = csv(&t, &one, 1, SCRIPT_ORIGINAL);
    CHECK_STR(s, "name,value,unit,change,period,kind,note\r\n"
                 "地區生產總值,\"2,000\",亿元,+2.1%,2022,expected,"
                 "\"左右;\"\"约\"\"\"\r\n");
    free(s);
    s = csv(&t, &one, 1, SCRIPT_SIMPLIFIED); /* as shown: the script applied */
    CHECK(strstr(s, "\r\n地区生产总值,") != NULL);
    free(s);
    itab_reset(&t, ITAB_ALL, (const doc *const *)docs, 2);
    itab_add_doc(&t, 0);
    itab_add_doc(&t, 1);
    size_t order[] = {3, 0};
    s = csv(&t, order, 2, SCRIPT_ORIGINAL);
    CHECK_STR(s, "path,report,name,value,unit,change,period,kind,note\r\n"
                 "/reports/a.txt,荔湾区 2023,规模以上工业增加值,,,"
                 "-0.3个百分点,2016-2020,actual,年均\r\n"
                 "/reports/a.txt,荔湾区 2023,地区生产总值,1277.93,亿元,+4.8%,"
                 "2023,actual,\r\n");
    free(s);
    s = csv(&t, order, 0, SCRIPT_ORIGINAL); /* nothing shown: the header */
    CHECK_STR(s, "path,report,name,value,unit,change,period,kind,note\r\n");
    free(s);
    itab_free(&t);
}

/* The row of t whose cell k is s, or -1. */
static int row_with(itab *t, int k, const char *s)
{
    for (size_t r = 0; r < t->nrows; r++)
        if (strcmp(itab_cell(t, r, k), s) == 0)
            return (int)r;
    return -1;
}

/* t's rows: the groups of its documents. */
static void add_groups(itab *t)
{
    indicator_groups g;
    CHECK_INT(indicator_groups_build(&g, t->docs, t->ndocs, NULL),
              IND_GROUPING_DONE);
    itab_add_groups(t, &g);
}

/* Groups: one row per region × concept × period × kind, the values side
 * by side, ✓ when two reports agree, ≠ when they conflict. */
static void test_groups(void)
{
    itab t = {0};
    itab_reset(&t, ITAB_GROUPS, (const doc *const *)docs, 3);
    add_groups(&t);
    CHECK_INT(t.ncols, 6);
    CHECK_STR(itab_title(&t, 0), "region");
    CHECK_STR(itab_title(&t, 5), "values");
    CHECK_INT(t.nrows, 5); /* 荔湾 GDP (two reports), 海珠 GDP, three alone */
    int lw = row_with(&t, 5, "1277.93亿元 +4.8% · 1277.93億元 +4.8%");
    CHECK(lw >= 0);
    if (lw >= 0) {
        CHECK_STR(itab_cell(&t, (size_t)lw, 0), "荔湾区");
        CHECK_STR(itab_cell(&t, (size_t)lw, 2), "2023");
        CHECK_STR(itab_cell(&t, (size_t)lw, 3), "actual");
        CHECK_STR(itab_cell(&t, (size_t)lw, 4), "✓");
        size_t d, st, e;
        CHECK(itab_source(&t, (size_t)lw, 1, &d, &st, &e)); /* the second */
        CHECK(d == 2 && st == 20 && e == 27);
        CHECK(itab_source(&t, (size_t)lw, 2, &d, &st, &e)); /* round again */
        CHECK(d == 0 && st == 10);
    }
    int hz = row_with(&t, 0, "海珠區");
    CHECK(hz >= 0 && strcmp(itab_cell(&t, (size_t)hz, 4), "") == 0);
    CHECK_INT(passing(&t, "dqsczz"), (1u << lw) | (1u << hz));
    CHECK_INT(passing(&t, "dqsczz 海珠"), 1u << hz); /* the region too */
    size_t order[] = {(size_t)lw};
    char *s = csv(&t, order, 1, SCRIPT_SIMPLIFIED);
    CHECK_STR(s, "region,name,period,kind,agreement,values\r\n"
                 "荔湾区,地区生产总值,2023,actual,agree,"
                 "1277.93亿元 +4.8% · 1277.93亿元 +4.8%\r\n");
    free(s);
    /* A changed number: the two reports conflict. */
    docs[2]->indicators[0].value = "1300";
    docs[2]->indicators[0].amount = 1.3e11;
    itab_reset(&t, ITAB_GROUPS, (const doc *const *)docs, 3);
    add_groups(&t);
    lw = row_with(&t, 5, "1277.93亿元 +4.8% · 1300億元 +4.8%");
    CHECK(lw >= 0 && strcmp(itab_cell(&t, (size_t)lw, 4), "≠") == 0);
    itab_free(&t);
}

/* ---- sorting many generated rows ---------------------------------------- */

enum { GEN_DOCS = 24, GEN_EACH = 130 };

static const char *const gen_names[] = {
    "地区生产总值", "地區生產總值", "固定资产投资", "规模以上工业增加值",
    "城镇调查失业率", "社会消费品零售总额", "一般公共预算收入", "进出口总额",
    "粮食产量", "PM2.5平均浓度", "常住人口", "居民人均可支配收入"};
static const char *const gen_changes[] = {
    "", "+4.8%", "-0.3个百分点", "+10.5%", "+2.4倍", "+4.8%", "-1%", "", "+0.5%"};
static const char *const gen_notes[] = {"", "以上", "左右", "年均", "以内;力争",
                                        "", "累计"};
static const char *const gen_regions[] = {"广州市荔湾区", "荔湾区", "海珠区",
                                          "", "越秀区"};

static uint64_t gen_state = 0x9E3779B97F4A7C15ull;

static unsigned gen(unsigned n)
{
    gen_state ^= gen_state << 13;
    gen_state ^= gen_state >> 7;
    gen_state ^= gen_state << 17;
    return (unsigned)(gen_state % n);
}

#define PICK(a) (a)[gen(sizeof (a) / sizeof *(a))]

/* GEN_DOCS documents of GEN_EACH indicators each, their strings in their
 * arenas; values repeat, some are missing, periods unknown now and then. */
static void make_many(doc **out)
{
    for (int d = 0; d < GEN_DOCS; d++) {
        doc *x = out[d] = doc_new("/gen/r.txt", "r.txt");
        x->meta.region = PICK(gen_regions);
        x->meta.year = 2020 + d % 5;
        x->indicators = arena_alloc(&x->mem, GEN_EACH * sizeof *x->indicators);
        x->nindicators = GEN_EACH;
        for (int i = 0; i < GEN_EACH; i++) {
            char value[32] = "";
            double amount = NAN;
            if (gen(6)) {
                amount = gen(4) ? (double)gen(50) * 1.5 : (double)gen(1u << 30) / 7;
                snprintf(value, sizeof value, "%g", amount);
            }
            int from = gen(8) ? 2016 + (int)gen(10) : 0;
            const char *name = PICK(gen_names);
            x->indicators[i] = (indicator){
                name, name, arena_strndup(&x->mem, value, strlen(value)),
                *value ? "亿元" : "", amount, PICK(gen_changes), from,
                from && !gen(4) ? from + 4 : from, (indicator_kind)gen(3),
                PICK(gen_notes), (uint32_t)i + 1, 0, 1, -1, -1, -1};
        }
        indicators_canonicalize(x);
    }
}

static itab *ref_t;
static int ref_col, ref_desc;

/* Compares a and b, NAN (none) last either way. */
static int by_number(double a, double b, int desc, int *none)
{
    *none = isnan(a) - isnan(b);
    if (isnan(a) || isnan(b))
        return 0;
    return desc ? (a < b) - (a > b) : (a > b) - (a < b);
}

static int by_text(const char *a, const char *b, int none_empty, int desc,
                   int *none)
{
    *none = none_empty ? !*a - !*b : 0;
    if (*none || (none_empty && !*a))
        return 0;
    int c = strcmp(a, b);
    c = (c > 0) - (c < 0);
    return desc ? -c : c;
}

static int by_int(long long a, long long b, int desc)
{
    int c = (a > b) - (a < b);
    return desc ? -c : c;
}

static int by_period(int af, int at, int bf, int bt, int desc, int *none)
{
    *none = (af <= 0) - (bf <= 0);
    if (af <= 0 || bf <= 0)
        return 0;
    int c = by_int(af, bf, 0);
    c = c ? c : by_int(at, bt, 0);
    return desc ? -c : c;
}

/* The plain reference of rows x and y by what the cells say. */
static int ref_cells(size_t x, size_t y, int *none)
{
    const indicator *a = itab_indicator(ref_t, x), *b = itab_indicator(ref_t, y);
    int col = ref_t->cols[ref_col], desc = ref_desc;
    *none = 0;
    if (ref_t->mode == ITAB_GROUPS) {
        const indicator_group *g = itab_group(ref_t, x), *h = itab_group(ref_t, y);
        switch (col) {
        case ICOL_REGION: return by_text(g->region, h->region, 0, desc, none);
        case ICOL_NAME: return by_text(g->canonical, h->canonical, 0, desc, none);
        case ICOL_PERIOD:
            return by_period(g->period_from, g->period_to, h->period_from,
                             h->period_to, desc, none);
        case ICOL_KIND: return by_int(g->kind, h->kind, desc);
        case ICOL_AGREE: return by_int(h->agreement, g->agreement, desc);
        default: return by_number(a->amount, b->amount, desc, none);
        }
    }
    switch (col) {
    case ICOL_REPORT: return by_int((long long)itab_doc(ref_t, x),
                                    (long long)itab_doc(ref_t, y), desc);
    case ICOL_NAME: return by_text(a->name, b->name, 0, desc, none);
    case ICOL_VALUE: return by_number(a->amount, b->amount, desc, none);
    case ICOL_CHANGE: {
        double p = *a->change ? strtod(a->change, NULL) : NAN,
               q = *b->change ? strtod(b->change, NULL) : NAN;
        return by_number(p, q, desc, none);
    }
    case ICOL_PERIOD:
        return by_period(a->period_from, a->period_to, b->period_from,
                         b->period_to, desc, none);
    case ICOL_KIND: return by_int(a->kind, b->kind, desc);
    default: return by_text(a->note, b->note, 1, desc, none);
    }
}

static int ref_compare(const void *p, const void *q)
{
    size_t x = *(const size_t *)p, y = *(const size_t *)q;
    int none, c = ref_cells(x, y, &none);
    c = none ? none : c;
    return c ? c : (x > y) - (x < y);
}

static size_t gen_count(void *ctx) { return ((itab *)ctx)->nrows; }
static void gen_row(void *ctx, size_t i, role base, list_row *r)
{
    (void)ctx; (void)i; (void)base; (void)r;
}
static uint64_t gen_key(void *ctx, size_t i, int col)
{
    return itab_key(ctx, i, col);
}

/* The list's order of t by every column, both ways, twice (the second
 * time from the orders kept), is the reference sort's. */
static void check_orders(itab *t)
{
    list l = {0};
    list_source s = {.ctx = t, .count = gen_count, .row = gen_row,
                     .key = gen_key};
    size_t *want = malloc(t->nrows * sizeof *want);
    list_refresh(&l, &s);
    ref_t = t;
    for (int round = 0; round < 2; round++)
        for (int k = 0; k < t->ncols; k++)
            for (int desc = 0; desc < 2; desc++) {
                list_sort(&l, &s, k, desc);
                for (size_t i = 0; i < t->nrows; i++)
                    want[i] = i;
                ref_col = k;
                ref_desc = desc;
                qsort(want, t->nrows, sizeof *want, ref_compare);
                int same = l.n == t->nrows;
                for (size_t i = 0; same && i < t->nrows; i++)
                    same = l.order[i] == want[i];
                if (!same)
                    printf("  mode %d, by %s%s\n", t->mode, itab_title(t, k),
                           desc ? ", descending" : "");
                CHECK(same);
            }
    free(want);
    list_free(&l);
}

static void test_many_sorted(void)
{
    doc *gen_docs[GEN_DOCS];
    make_many(gen_docs);
    itab t = {0};
    itab_reset(&t, ITAB_ALL, (const doc *const *)gen_docs, GEN_DOCS);
    for (size_t d = 0; d < GEN_DOCS; d++)
        itab_add_doc(&t, d);
    CHECK_INT(t.nrows, GEN_DOCS * GEN_EACH);
    check_orders(&t);
    itab_reset(&t, ITAB_GROUPS, (const doc *const *)gen_docs, GEN_DOCS);
    add_groups(&t);
    CHECK(t.nrows > 100);
    check_orders(&t);
    itab_free(&t);
    for (int d = 0; d < GEN_DOCS; d++) {
        gen_docs[d]->meta.region = NULL;
        doc_free(gen_docs[d]);
    }
}

int main(void)
{
    make_docs();
    test_cells();
    test_compare();
    test_filter();
    test_csv();
    test_groups();
    test_many_sorted();
    for (int i = 0; i < 3; i++) {
        free(docs[i]->indicators);
        docs[i]->indicators = NULL;
        docs[i]->meta.region = NULL;
        doc_free(docs[i]);
    }
    return check_done();
}
