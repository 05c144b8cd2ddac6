/* test_repeats.c — unit tests of src/parse/repeats: repeated copies of a
 * report inside one file are dropped, short repeats stay, and the work is
 * linear on large texts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "repeats.h"

/* Runs repeats over s; the result's bytes are in *out (arena a). */
static size_t run(const char *s, arena *a, text *out)
{
    doc_stats st;
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(s, strlen(s), a);
    *out = repeats_run(&in, a, &st, NULL);
    return st.repeats_dropped;
}

/* A report of n numbered paragraphs, a blank line after each. */
static void report(sbuf *b, size_t n, const char *tag)
{
    for (size_t i = 0; i < n; i++)
        sbuf_printf(b, "%s第%zu段：全年地区生产总值增长百分之五以上，固定资产投资完成五百亿元。\n\n",
                    tag, i + 1);
}

static void test_no_repeats(void)
{
    arena a;
    arena_init(&a);
    sbuf b = {0};
    report(&b, 20, "");
    sbuf_addc(&b, '\0');
    text out;
    CHECK_INT(run(b.p, &a, &out), 0);
    CHECK_MEM(out.bytes, out.len, b.p);
    sbuf_free(&b);
    arena_free(&a);
}

/* Three copies, each behind the site title line a scraped page keeps: one
 * copy is left, with its title, as if the page held it once. */
static void test_three_copies(void)
{
    arena a;
    arena_init(&a);
    sbuf one = {0}, three = {0};
    sbuf_adds(&one, "荔湾区人民政府门户网站\n\n");
    report(&one, 12, "");
    for (int k = 0; k < 3; k++)
        sbuf_add(&three, one.p, one.len);
    sbuf_addc(&three, '\0');
    one.len -= 1; /* one blank line less at the very end */
    sbuf_addc(&one, '\0');
    text out;
    CHECK_INT(run(three.p, &a, &out), 2 * 13);
    CHECK_MEM(out.bytes, out.len, one.p);
    CHECK_INT(out.origin[0], 1);
    sbuf_free(&one);
    sbuf_free(&three);
    arena_free(&a);
}

/* A copy between different text keeps that text and one blank line at
 * each join. */
static void test_copy_in_the_middle(void)
{
    arena a;
    arena_init(&a);
    sbuf b = {0}, want = {0};
    report(&b, 8, "");
    sbuf_adds(&b, "打印本页\n\n");
    report(&b, 8, "");
    sbuf_adds(&b, "附：名词解释\n");
    sbuf_addc(&b, '\0');
    report(&want, 8, "");
    sbuf_adds(&want, "打印本页\n\n附：名词解释\n");
    sbuf_addc(&want, '\0');
    text out;
    CHECK_INT(run(b.p, &a, &out), 8);
    CHECK_MEM(out.bytes, out.len, want.p);
    CHECK_INT(out.origin[out.nlines - 1], 35); /* its line in the input */
    sbuf_free(&b);
    sbuf_free(&want);
    arena_free(&a);
}

/* A slogan, a heading, a table header repeated: too short to be a copy. */
static void test_short_repeats_stay(void)
{
    static const char s[] =
        "一、2023年工作回顾\n\n各位代表！\n\n| 指标 | 单位 |\n|---|---|\n\n"
        "正文第一段。\n\n一、2023年工作回顾\n\n各位代表！\n\n| 指标 | 单位 |\n|---|---|\n\n"
        "正文第二段。\n\n坚持稳中求进\n坚持稳中求进\n坚持稳中求进\n坚持稳中求进\n"
        "坚持稳中求进\n坚持稳中求进\n坚持稳中求进\n坚持稳中求进\n";
    arena a;
    arena_init(&a);
    text out;
    CHECK_INT(run(s, &a, &out), 0);
    CHECK_MEM(out.bytes, out.len, s);
    arena_free(&a);
}

/* Drops of a text made of a run of paragraphs, a line, the run again
 * and another line. */
static size_t run_twice(const char *para, size_t n)
{
    arena a;
    arena_init(&a);
    sbuf b = {0};
    for (int copy = 0; copy < 2; copy++) {
        for (size_t i = 0; i < n; i++)
            sbuf_printf(&b, "%s%zu\n", para, i);
        sbuf_adds(&b, copy ? "结尾\n" : "分隔\n");
    }
    sbuf_addc(&b, '\0');
    text out;
    size_t dropped = run(b.p, &a, &out);
    sbuf_free(&b);
    arena_free(&a);
    return dropped;
}

/* A copy is at least 6 paragraphs and 600 bytes long. */
static void test_threshold(void)
{
    static const char para[] = /* 126 bytes */
        "全年地区生产总值增长百分之五以上，固定资产投资完成五百亿元，社会消费品零售总额增长。";
    CHECK_INT(run_twice(para, 5), 0); /* over 600 bytes, but 5 */
    CHECK_INT(run_twice(para, 6), 6);
    CHECK_INT(run_twice("第", 100), 0);  /* 100 short lines: 490 bytes */
    CHECK_INT(run_twice("第条", 100), 100); /* 790 bytes */
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* 200,000 lines: 100 copies of a 2,000-paragraph report; then 200,000
 * short lines in blocks of the same 200 lines and a unique one, where
 * every try to match a block is long but under 600 bytes and fails. Both
 * fast. */
static void test_large(void)
{
    arena a;
    arena_init(&a);
    sbuf b = {0}, copy = {0};
    for (size_t i = 0; i < 2000; i++)
        sbuf_printf(&copy, "第%zu段：坚持稳中求进工作总基调，推动高质量发展。\n", i);
    for (int k = 0; k < 100; k++)
        sbuf_add(&b, copy.p, copy.len);
    sbuf_addc(&b, '\0');
    double t0 = seconds();
    text out;
    CHECK_INT(run(b.p, &a, &out), 99 * 2000);
    CHECK_INT(out.nlines, 2000);
    b.len = 0;
    for (size_t i = 0; i < 200000; i++)
        if (i % 201 == 200)
            sbuf_printf(&b, "u%zu\n", i);
        else
            sbuf_printf(&b, "%zu\n", i % 201);
    sbuf_addc(&b, '\0');
    CHECK_INT(run(b.p, &a, &out), 0);
    double t = seconds() - t0;
    /* A timing is reported, never asserted (shared, noisy machines). */
    printf("200,000-line texts: %.3f s\n", t);
    sbuf_free(&b);
    sbuf_free(&copy);
    arena_free(&a);
}

int main(void)
{
    test_no_repeats();
    test_three_copies();
    test_copy_in_the_middle();
    test_short_repeats_stay();
    test_threshold();
    test_large();
    return check_done();
}
