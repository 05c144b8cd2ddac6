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
    test_budget(g);
    test_plausibility(g);
    test_gbk(g);
    gbk_close(g);
    return check_done();
}
