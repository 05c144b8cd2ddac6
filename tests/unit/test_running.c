/* test_running.c — unit tests of src/parse/running: page numbers of each
 * form in a rising sequence and running heads removed with the blank
 * lines around them; lone numbers, numbers out of sequence, close
 * repeats and sentences kept; a text without furniture handed back
 * uncopied. */
#include <string.h>

#include "check.h"
#include "running.h"

static arena mem;
static doc_stats st;

/* running_run over s; returns the result's bytes (st reset first). */
static const char *run(const char *s)
{
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(s, strlen(s), &mem);
    text out = running_run(&in, &mem, &st, NULL);
    return out.bytes;
}

/* pages of body lines, page i of them followed by furniture printed with
 * fmt (one %d, the page number), into b. */
static void paged(sbuf *b, int pages, int body, const char *fmt)
{
    b->len = 0;
    for (int p = 1; p <= pages; p++) {
        for (int l = 0; l < body; l++)
            sbuf_printf(b, "第%d页第%d行正文，全年增长。\n", p, l);
        if (p < pages)
            sbuf_printf(b, fmt, p);
    }
    sbuf_addc(b, '\0');
}

/* The same pages without furniture. */
static void plain(sbuf *b, int pages, int body)
{
    paged(b, pages, body, "");
}

static void check_removed(const char *fmt, size_t numbers, size_t heads)
{
    sbuf b = {0}, want = {0};
    paged(&b, 4, 10, fmt);
    plain(&want, 4, 10);
    CHECK_STR(run(b.p), want.p);
    CHECK_INT(st.page_numbers, numbers);
    CHECK_INT(st.running_heads, heads);
    sbuf_free(&b);
    sbuf_free(&want);
}

static void test_numbers(void)
{
    check_removed("- %d -\n", 3, 0);
    check_removed("\n—%d—\n\n", 3, 0);
    check_removed("  －%d－  \n", 3, 0);
    check_removed("第 %d 页\n", 3, 0);
    check_removed("第%d页，共4页\n", 3, 0);
    check_removed("%d/4\n", 3, 0);
    check_removed("Page %d of 4\n", 3, 0);
    check_removed("\f%d\n", 3, 0);
    check_removed("　　%d\n", 3, 0);
}

static void test_heads(void)
{
    sbuf b = {0}, want = {0};
    /* The title as a running head after each page number, a form feed
     * before it: every place but the top goes; so does a spaced copy. */
    for (int t = 0; t < 2; t++) {
        sbuf s = {0};
        sbuf_adds(&s, "2024年政府工作报告\n");
        paged(&b, 4, 10, t ? "%d\n\f政 府 工 作 报 告\n" : "%d\n\f2024年政府工作报告\n");
        sbuf_adds(&s, b.p);
        want.len = 0;
        sbuf_adds(&want, "2024年政府工作报告\n");
        plain(&b, 4, 10);
        sbuf_adds(&want, b.p);
        CHECK_STR(run(s.p), want.p);
        CHECK_INT(st.page_numbers, 3);
        CHECK_INT(st.running_heads, 3);
        sbuf_free(&s);
    }
    /* A head that is not the title, next to page numbers: removed. */
    check_removed("- %d -\n某某市人民政府\n", 3, 3);
    /* The title repeated at the top of each page without numbers. */
    sbuf s = {0};
    sbuf_adds(&s, "政府工作报告\n");
    paged(&b, 4, 10, "政府工作报告\n");
    sbuf_adds(&s, b.p);
    want.len = 0;
    sbuf_adds(&want, "政府工作报告\n");
    plain(&b, 4, 10);
    sbuf_adds(&want, b.p);
    CHECK_STR(run(s.p), want.p);
    CHECK_INT(st.running_heads, 3);
    sbuf_free(&s);
    sbuf_free(&b);
    sbuf_free(&want);
}

static void test_kept(void)
{
    sbuf b = {0};
    /* A lone bare number, two bare numbers, numbers out of order or too
     * close: content. */
    paged(&b, 2, 10, "%d\n");
    CHECK_STR(run(b.p), b.p);
    paged(&b, 3, 10, "%d\n");
    CHECK_STR(run(b.p), b.p);
    CHECK_INT(st.page_numbers, 0);
    const char *list = "1\n甲\n2\n乙\n3\n丙\n4\n";
    CHECK_STR(run(list), list);
    paged(&b, 4, 10, "- %d0 -\n"); /* 10, 20, 30: no pages */
    CHECK_STR(run(b.p), b.p);
    /* A slogan repeated without page numbers, and sentences: content. */
    paged(&b, 4, 10, "坚持稳中求进\n");
    CHECK_STR(run(b.p), b.p);
    paged(&b, 4, 10, "- %d -\n各位代表：\n");
    CHECK(strstr(run(b.p), "各位代表：") != NULL);
    CHECK_INT(st.page_numbers, 3);
    CHECK_INT(st.running_heads, 0);
    /* Nothing to remove: the input itself. */
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(list, strlen(list), &mem);
    text out = running_run(&in, &mem, &st, NULL);
    CHECK(out.bytes == in.bytes);
    sbuf_free(&b);
}

int main(void)
{
    arena_init(&mem);
    test_numbers();
    test_heads();
    test_kept();
    arena_free(&mem);
    return check_done();
}
