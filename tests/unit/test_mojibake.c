/* test_mojibake.c — unit tests of src/parse/mojibake: the 14 heading lines
 * of sample 001 whose start is GBK read one byte late must come back as
 * their marker and title; clean text stays as it is.
 *
 * Usage: test_mojibake GOLD_TSV DATA_TXT
 *   GOLD_TSV  tests/gold/001_2cdd38cdf6c8a87a.mojibake.tsv
 *   DATA_TXT  tests/data/001_2cdd38cdf6c8a87a.txt */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotations.h"
#include "check.h"
#include "doc.h"
#include "gbk.h"
#include "mojibake.h"
#include "sbuf.h"
#include "strs.h"
#include "unitab.h"
#include "utf8.h"

/* The whole file at path into b; 0 when it cannot be read. */
static int read_file(const char *path, sbuf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("cannot open %s\n", path);
        return 0;
    }
    char buf[8192];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0)
        sbuf_add(b, buf, k);
    fclose(f);
    sbuf_reserve(b, 0);
    return 1;
}

/* Line no (1-based, split on '\n') of s[0..n): pointer and length. */
static const char *nth_line(const char *s, size_t n, unsigned long no,
                            size_t *len)
{
    const char *p = s, *end = s + n;
    for (unsigned long i = 1; i < no; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* Splits line s[0..n) on tabs into at most max NUL-terminated fields of
 * the copy in b; returns the field count. */
static size_t split_tabs(const char *s, size_t n, sbuf *b, char **f,
                         size_t max)
{
    b->len = 0;
    sbuf_add(b, s, n);
    size_t k = 0;
    char *p = b->p;
    while (k < max) {
        f[k++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return k;
}

/* s with full-width forms folded to half-width, into b (reset first). */
static const char *fold(const char *s, sbuf *b)
{
    b->len = 0;
    sbuf_reserve(b, 0);
    b->p[0] = '\0';
    for (size_t i = 0, n = strlen(s); i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        sbuf_addcp(b, unitab_halfwidth(cp));
    }
    return b->p;
}

enum { COL_LINE, COL_MARKER, COL_GARBLED, COL_TITLE, COL_INFERRED, COL_NOTE,
       NCOLS = 7 };

/* Every gold row: the repaired line starts with marker + inferred title. */
static void test_gold_lines(gbk *g, const char *tsv_path,
                            const char *data_path)
{
    sbuf tsv = {0}, data = {0}, row = {0}, want = {0}, halfwidth = {0};
    sbuf repaired = {0}, stripped = {0};
    if (!CHECK(read_file(tsv_path, &tsv)) ||
        !CHECK(read_file(data_path, &data)))
        goto out;
    size_t rows = 0, partial_rows = 0;
    for (unsigned long no = 2;; no++) {
        size_t len;
        const char *l = nth_line(tsv.p, tsv.len, no, &len);
        if (!l || !len)
            break;
        char *f[NCOLS];
        if (!CHECK_INT(split_tabs(l, len, &row, f, NCOLS), NCOLS))
            continue;
        rows++;
        unsigned long line = strtoul(f[COL_LINE], NULL, 10);
        int partial = strcmp(f[COL_NOTE], "partial") == 0;
        partial_rows += (size_t)partial;

        /* The real line, without its indentation. */
        size_t n;
        const char *s = nth_line(data.p, data.len, line, &n);
        if (!CHECK(s != NULL))
            continue;
        while (n && *s == ' ')
            s++, n--;
        /* The gold's garbled run is what the file holds at this point. */
        if (!CHECK(strs_starts(s, n, f[COL_GARBLED])))
            printf("  line %lu does not start with the garbled run\n", line);

        doc_stats st;
        memset(&st, 0, sizeof st);
        repaired.len = 0;
        size_t budget = 1000;
        size_t runs = mojibake_repair_line(g, s, n, 1, 1, &budget, &repaired,
                                           &st);
        CHECK(runs >= 1);
        CHECK(budget < 1000);
        stripped.len = 0;
        annotations_strip(repaired.p, repaired.len, &stripped);

        want.len = 0;
        sbuf_adds(&want, fold(f[COL_MARKER], &halfwidth));
        sbuf_adds(&want, f[COL_INFERRED]);
        if (!CHECK(strs_starts(stripped.p, stripped.len, want.p))) {
            printf("  line %lu (%s)\n  want prefix: %s\n  got:         ",
                   line, f[COL_NOTE], want.p);
            fwrite(stripped.p, 1, stripped.len < 200 ? stripped.len : 200,
                   stdout);
            putchar('\n');
        }
        /* The title ends where the heading sentence ends. */
        const char *rest = stripped.p + want.len;
        CHECK(stripped.len >= want.len &&
              (strs_starts(rest, stripped.len - want.len, "。") ||
               strs_starts(rest, stripped.len - want.len, ";")));
        /* The counts say how the heading's run was recovered. (Other
         * damage later in these lines is not what this test is about.) */
        if (partial)
            CHECK(st.mojibake_inferred >= 1);
        else
            CHECK(st.mojibake_repaired >= 1);
    }
    CHECK_INT(rows, 14);
    CHECK_INT(partial_rows, 5);
out:
    sbuf_free(&tsv);
    sbuf_free(&data);
    sbuf_free(&row);
    sbuf_free(&want);
    sbuf_free(&halfwidth);
    sbuf_free(&repaired);
    sbuf_free(&stripped);
}

/* Lines without mojibake come back byte for byte. */
static void test_clean_lines(gbk *g)
{
    static const char *const same[] = {
        "What? 好",
        "What?好的",
        "Is it 2024? 是的。",
        "全年地区生产总值1277.93亿元，增长4.8%。",
        "",
        "?",
        "??",
    };
    sbuf out = {0};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        doc_stats st;
        memset(&st, 0, sizeof st);
        out.len = 0;
        size_t budget = 1000;
        size_t runs = mojibake_repair_line(g, same[i], strlen(same[i]), 1, 1,
                                           &budget, &out, &st);
        CHECK_INT(runs, 0);
        if (!CHECK_MEM(out.p, out.len, same[i]))
            printf("  (input %zu)\n", i);
        CHECK(st.mojibake_repaired + st.mojibake_inferred +
                  st.mojibake_partial + st.mojibake_unrecoverable == 0);
    }
    /* The line is appended to what out holds. */
    out.len = 0;
    sbuf_adds(&out, "前");
    doc_stats st;
    memset(&st, 0, sizeof st);
    size_t budget = 10;
    mojibake_repair_line(g, "What? 好", strlen("What? 好"), 1, 1, &budget,
                         &out, &st);
    CHECK_STR(out.p, "前What? 好");
    CHECK_INT(budget, 9); /* one '?' tried */
    sbuf_free(&out);
}

/* The budget bounds the '?' tried; with none left a line stays as it is. */
static void test_budget(gbk *g)
{
    /* Line 26 of sample 001 without its pinyin: "?。ǘ<U+E46A>┛v…". */
    static const char garbled[] = "?\xE3\x80\x82\xC7\x98\xEE\x91\xAA\xE2\x94\x9B"
                                  "v深推進粵港澳大灣區建設";
    sbuf out = {0};
    doc_stats st;
    memset(&st, 0, sizeof st);
    size_t budget = 0;
    size_t runs = mojibake_repair_line(g, garbled, strlen(garbled), 1, 1,
                                       &budget, &out, &st);
    CHECK_INT(runs, 0);
    CHECK_INT(budget, 0);
    CHECK_MEM(out.p, out.len, garbled);

    budget = 1;
    out.len = 0;
    runs = mojibake_repair_line(g, garbled, strlen(garbled), 1, 1, &budget,
                                &out, &st);
    CHECK_INT(runs, 1);
    CHECK_INT(budget, 0);
    CHECK_STR(out.p, "(二)縱深推進粵港澳大灣區建設");
    CHECK_INT(st.mojibake_repaired, 1);

    /* Many '?' in one line: no more tries than the budget allows. */
    static char many[4001];
    memset(many, '?', 4000);
    budget = 100;
    out.len = 0;
    mojibake_repair_line(g, many, 4000, 1, 1, &budget, &out, &st);
    CHECK_INT(budget, 0);
    CHECK_MEM(out.p, out.len, many);
    sbuf_free(&out);
}

/* A small xorshift generator: the same lines on every run. */
static uint64_t rnd(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Some text of what damaged reports hold: common and rare Han, traditional
 * forms, pinyin in parentheses, ASCII, full-width forms, CJK punctuation,
 * box drawing, private use, '?' and spaces. */
static void random_text(uint64_t *x, size_t chars, sbuf *out)
{
    static const char *const pool[] = {
        "经", "济", "發", "展", "區", "建", "设", "(jīng)", "(jì)", "(qū)",
        "a", "Z", "7", "@", "~", "?", " ", "，", "。", "（", "）", "“",
        "ㄒ", "┤", "\xEE\x91\xAA", "\xE7\x9F\xA7", "鍗", "鏂", "锛",
        "€", "ǘ", "v", ")", "!", "。ㄒ唬┤", "亦", "\x1A",
    };
    enum { NPOOL = sizeof pool / sizeof pool[0] };
    for (size_t i = 0; i < chars; i++)
        sbuf_adds(out, pool[rnd(x) % NPOOL]);
}

/* GBK text read one byte late: random Chinese and ASCII encoded, its first
 * byte lost, decoded again, after a '?' (as sample 001's lines are). */
static void shifted_text(gbk *g, uint64_t *x, size_t chars, sbuf *out)
{
    unsigned char bytes[512];
    size_t k = 0;
    while (k + 2 <= sizeof bytes && chars--) {
        unsigned r = (unsigned)(rnd(x) % 100);
        if (r < 8)
            bytes[k++] = (unsigned char)('a' + r);
        else if (r < 12)
            bytes[k++] = ' ';
        else if (r < 20) { /* punctuation row: A1A1… */
            bytes[k++] = 0xA1;
            bytes[k++] = (unsigned char)(0xA1 + rnd(x) % 30);
        } else { /* GB2312 level 1 */
            bytes[k++] = (unsigned char)(0xB0 + rnd(x) % 40);
            bytes[k++] = (unsigned char)(0xA1 + rnd(x) % 94);
        }
    }
    sbuf_adds(out, "?");
    if (k > 1)
        gbk_decode(g, bytes + 1, k - 1, out);
}

/* The repair's one walk over a run scores every candidate as decoding
 * each on its own does: the same output and counts as the reference on
 * 20,000 made-up lines, damaged and not. */
static void test_fast_matches_reference(gbk *g)
{
    uint64_t x = 0x9E3779B97F4A7C15u;
    sbuf line = {0}, fast = {0}, slow = {0};
    size_t failed = 0, repaired = 0;
    for (int t = 0; t < 20000; t++) {
        line.len = 0;
        if (t % 2)
            random_text(&x, 1 + rnd(&x) % 60, &line);
        if (t % 3)
            shifted_text(g, &x, 1 + rnd(&x) % 80, &line);
        if (t % 5 == 0)
            random_text(&x, rnd(&x) % 20, &line);
        doc_stats a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        size_t ba = 1000, bb = 1000;
        fast.len = slow.len = 0;
        int fold = t % 4 != 0, trad = t % 7 == 0;
        size_t ra = mojibake_repair_line(g, line.p, line.len, fold, trad, &ba,
                                         &fast, &a);
        size_t rb = mojibake_repair_line_reference(g, line.p, line.len, fold,
                                                   trad, &bb, &slow, &b);
        repaired += ra;
        if (ra != rb || fast.len != slow.len ||
            memcmp(fast.p, slow.p, fast.len) || memcmp(&a, &b, sizeof a)) {
            if (failed++ < 3)
                printf("  line %d differs: %.*s\n", t, (int)line.len, line.p);
        }
    }
    CHECK_INT(failed, 0);
    CHECK(repaired > 2000); /* the damaged lines were repaired, not passed by */
    sbuf_free(&line);
    sbuf_free(&fast);
    sbuf_free(&slow);
}

static uint32_t cp_of(const char *s)
{
    uint32_t cp;
    utf8_decode(s, strlen(s), &cp);
    return cp;
}

static void test_plausibility(gbk *g)
{
    CHECK(mojibake_plausibility(g, cp_of("经")) > 0);
    CHECK(mojibake_plausibility(g, cp_of("經")) > 0);  /* traditional form */
    CHECK(mojibake_plausibility(g, cp_of("。")) > 0);
    CHECK(mojibake_plausibility(g, cp_of("┤")) < 0);   /* box drawing */
    CHECK(mojibake_plausibility(g, cp_of("ㄒ")) < 0);  /* bopomofo */
    CHECK(mojibake_plausibility(g, 0xE7ED) < 0);       /* private use */
    CHECK(mojibake_plausibility(g, 0xFFFD) < 0);
    CHECK(mojibake_plausibility(g, '?') < 0);
}

static void test_gbk(gbk *g)
{
    unsigned char b[2] = {0, 0};
    CHECK_INT(gbk_encode(g, cp_of("经"), b), 2);
    CHECK(b[0] == 0xBE && b[1] == 0xAD);
    CHECK_INT(gbk_encode(g, 'A', b), 1);
    CHECK(b[0] == 'A');
    CHECK_INT(gbk_encode(g, 0x1F600, b), 0);          /* no GBK form */
    CHECK_INT(gbk_encode(g, 0xE7ED, b), 2);           /* windows-936 PUA */
    CHECK(b[0] == 0xA9 && b[1] == 0x8F);
    sbuf out = {0};
    static const unsigned char ok[] = {0xBE, 0xAD, 0xBC, 0xC3, 'x'};
    CHECK_INT(gbk_decode(g, ok, sizeof ok, &out), 0);
    CHECK_MEM(out.p, out.len, "经济x");
    out.len = 0;
    static const unsigned char bad[] = {'a', 0x81, 0x7F, 'b'};
    CHECK_INT(gbk_decode(g, bad, sizeof bad, &out), 1);
    CHECK_MEM(out.p, out.len, "a\uFFFD\x7F" "b");
    out.len = 0;
    static const unsigned char cut[] = {'a', 0xA1}; /* lead without trail */
    CHECK_INT(gbk_decode(g, cut, sizeof cut, &out), 1);
    CHECK_MEM(out.p, out.len, "a\uFFFD");
    sbuf_free(&out);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s GOLD_MOJIBAKE_TSV DATA_TXT\n", argv[0]);
        return 2;
    }
    gbk *g = gbk_open();
    if (!CHECK(g != NULL))
        return check_done();
    test_gold_lines(g, argv[1], argv[2]);
    test_clean_lines(g);
    test_fast_matches_reference(g);
    test_budget(g);
    test_plausibility(g);
    test_gbk(g);
    gbk_close(g);
    return check_done();
}
