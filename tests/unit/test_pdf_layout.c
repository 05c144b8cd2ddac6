/* test_pdf_layout.c — the PDF reader's layout stages (pdf_layout.h) on
 * glyphs placed by hand: spaces, cells, rows, columns, furniture,
 * paragraphs, tables and page breaks. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pdf_layout.h"
#include "utf8.h"

/* A page under construction. */
typedef struct page {
    pdf_glyph g[4096];
    size_t n;
} page;

/* The font the glyphs put next are set in. */
static uint32_t font;

/* Places s on one text line from x at the top y, each character em high
 * and advancing em (wide) or em/2 (ASCII) plus gap; a ' ' in s is a space
 * the library wrote (its advance: space). */
static void put(page *p, const char *s, float x, float y, float em, float gap,
                float space)
{
    size_t n = strlen(s);
    int first = 1;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp == ' ') { /* the library's space: only its advance counts */
            x += space;
            continue;
        }
        float adv = cp < 0x80 ? em / 2 : em;
        p->g[p->n++] = (pdf_glyph){cp, x, y, x + adv, y + em, font, (uint8_t)first};
        x += adv + gap;
        first = 0;
    }
}

/* The text of r's row i, cells joined by '|'. */
static const char *row_str(const pdf_rows *r, size_t i)
{
    static char buf[1024];
    size_t k = 0;
    const pdf_row *x = &r->row[i];
    for (uint32_t c = x->cell0; c < x->cell0 + x->ncells; c++) {
        if (c > x->cell0)
            buf[k++] = '|';
        memcpy(buf + k, r->text.p + r->cell[c].off, r->cell[c].len);
        k += r->cell[c].len;
    }
    buf[k] = '\0';
    return buf;
}

static void test_spaces(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    put(&p, "行 政 長 官 2019年 施 政", 100, 100, 24, 0, 3.6f); /* letter-spaced title */
    put(&p, "珍惜香港 共建家園", 100, 150, 40, 0, 27);         /* a word space */
    put(&p, "GDP growth 1 100 人", 100, 200, 12, 0, 3); /* Latin words, digits */
    put(&p, "ab", 100, 250, 12, 0, 0);
    put(&p, "cd", 100 + 12 + 4, 250, 12, 0, 0);                /* a gap, no space char */
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    CHECK_INT(r.nrows, 4);
    CHECK_STR(row_str(&r, 0), "行政長官2019年施政");
    CHECK_STR(row_str(&r, 1), "珍惜香港|共建家園"); /* 0.7 em: two cells */
    CHECK_STR(row_str(&r, 2), "GDP growth 1 100人"); /* none beside a wide one */
    CHECK_STR(row_str(&r, 3), "ab cd");
    pdf_rows_free(&r);
}

static void test_rows_and_cells(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    /* The library gives the paragraph number and the row's text as two
     * lines on one baseline, the text first. */
    put(&p, "我今天發表任內的第三份", 136, 192, 14, 0, 0);
    put(&p, "1.", 93, 190, 24, 0, 0);
    put(&p, "任期中段", 93, 215, 14, 0, 0);
    /* A contents row: the title, then the paragraphs far right. */
    put(&p, "(一) 前言", 70, 300, 18, 0, 20);
    put(&p, "1–9", 490, 300, 18, 0, 0);
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    CHECK_INT(r.nrows, 3);
    CHECK_STR(row_str(&r, 0), "1.|我今天發表任內的第三份");
    CHECK(r.row[0].em > 13 && r.row[0].em < 15); /* the text's size, not the number's */
    CHECK_STR(row_str(&r, 1), "任期中段");
    CHECK_STR(row_str(&r, 2), "(一)|前言|1–9");
    pdf_rows_free(&r);
}

static void test_columns(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    put(&p, "全页标题", 257, 40, 20, 0, 0); /* centred: across the gutter */
    for (int i = 0; i < 10; i++) {
        char l[64], rr[64];
        snprintf(l, sizeof l, "左栏第%d行文字内容较长一些", i);
        snprintf(rr, sizeof rr, "右栏第%d行文字内容较长一些", i);
        /* Interleaved as a library reading straight across would give. */
        put(&p, l, 50, 100 + 20.0f * (float)i, 14, 0, 0);
        put(&p, rr, 370, 100 + 20.0f * (float)i, 14, 0, 0);
    }
    put(&p, "全页脚注", 273, 400, 12, 0, 0);
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    CHECK_INT(r.nrows, 22);
    CHECK_STR(row_str(&r, 0), "全页标题");
    CHECK(strstr(row_str(&r, 1), "左栏第0行") != NULL);
    CHECK(strstr(row_str(&r, 10), "左栏第9行") != NULL);
    CHECK(strstr(row_str(&r, 11), "右栏第0行") != NULL);
    CHECK_INT(r.row[11].column, 2);
    CHECK_STR(row_str(&r, 21), "全页脚注");
    pdf_rows_free(&r);

    /* A table of short cells on the same rows is one column, read across. */
    page t = {.n = 0};
    pdf_rows r2 = {0};
    for (int i = 0; i < 12; i++) {
        char a[32];
        snprintf(a, sizeof a, "指标%d", i);
        put(&t, a, 50, 100 + 20.0f * (float)i, 12, 0, 0);
        put(&t, "12.5", 400, 100 + 20.0f * (float)i, 12, 0, 0);
    }
    pdf_rows_build(&r2, t.g, t.n, 595, 842);
    CHECK_INT(r2.nrows, 12);
    CHECK_STR(row_str(&r2, 0), "指标0|12.5");
    pdf_rows_free(&r2);
}

/* Five pages with a running head (but on the first), a page number at
 * the foot, body rows between. */
static void five_pages(pdf_rows *r)
{
    for (int pg = 0; pg < 5; pg++) {
        page p = {.n = 0};
        if (pg == 0)
            put(&p, "某某市政府工作报告", 150, 40, 22, 0, 0);
        else
            put(&p, "某某市政府工作报告", 200, 30, 9, 0, 0);
        for (int i = 0; i < 6; i++)
            put(&p, "各位代表，现在我代表市人民政府向大会报告工作请予审议", 60,
                150 + 24.0f * (float)i, 16, 0, 0);
        char num[16];
        snprintf(num, sizeof num, "- %d -", pg + 1);
        put(&p, num, 280, 800, 10, 0, 3);
        pdf_rows_build(r, p.g, p.n, 595, 842);
    }
}

static void test_furniture(void)
{
    pdf_rows r = {0};
    five_pages(&r);
    CHECK_INT(r.npages, 5);
    CHECK_INT(pdf_furniture_mark(&r), 9); /* 4 heads, 5 numbers */
    CHECK(!r.row[0].furniture);             /* the title stays */
    size_t kept = 0;
    for (size_t i = 0; i < r.nrows; i++)
        kept += !r.row[i].furniture;
    CHECK_INT(kept, 31);
    pdf_rows_free(&r);

    /* Two pages: numbers alone are enough; a head twice is not. */
    pdf_rows r2 = {0};
    for (int pg = 0; pg < 2; pg++) {
        page p = {.n = 0};
        put(&p, "页眉文字", 200, 30, 9, 0, 0);
        put(&p, "正文一行，内容。", 60, 300, 16, 0, 0);
        put(&p, pg ? "2" : "1", 290, 800, 10, 0, 0);
        pdf_rows_build(&r2, p.g, p.n, 595, 842);
    }
    CHECK_INT(pdf_furniture_mark(&r2), 2);
    pdf_rows_free(&r2);
}

static void test_paragraphs(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    /* A paragraph with a first-line indent, a full row, a short last row;
     * a heading; a paragraph whose rows hang under its marker's text; a
     * paragraph running to the page's foot. */
    put(&p, "一、总体要求", 60, 80, 16, 0, 0);
    put(&p, "今年工作的总体要求是坚持稳中", 92, 110, 16, 0, 0);   /* indented, to 316 */
    put(&p, "求进工作总基调完整准确全面贯彻", 60, 134, 16, 0, 0); /* 60..300+ */
    put(&p, "新发展理念。", 60, 158, 16, 0, 0);
    put(&p, "(1) 大幅增加过渡性房屋项目合共提供", 60, 200, 16, 0, 10);
    put(&p, "以纾缓居住环境。", 92, 224, 16, 0, 0);
    put(&p, "全年地区生产总值增长百分之五", 92, 270, 16, 0, 0);
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    page q = {.n = 0};
    put(&q, "左右，城镇新增就业五万人。", 60, 80, 16, 0, 0);
    pdf_rows_build(&r, q.g, q.n, 595, 842);
    sbuf out = {0};
    size_t tables = 9;
    size_t paras = pdf_paras_write(&r, &out, &tables);
    sbuf_addc(&out, '\0');
    CHECK_STR(out.p, "一、总体要求\n\n"
                     "今年工作的总体要求是坚持稳中求进工作总基调完整准确全面贯彻新发展理念。\n\n"
                     "(1) 大幅增加过渡性房屋项目合共提供以纾缓居住环境。\n\n"
                     "全年地区生产总值增长百分之五\n\n"
                     "左右，城镇新增就业五万人。\n");
    CHECK_INT(paras, 5);
    CHECK_INT(tables, 0);
    sbuf_free(&out);
    pdf_rows_free(&r);
}

static void test_tables(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    put(&p, "指标", 60, 100, 12, 0, 0);
    put(&p, "2024年", 250, 100, 12, 0, 0);
    put(&p, "增长", 420, 100, 12, 0, 0);
    put(&p, "地区生产总值", 60, 120, 12, 0, 0);
    put(&p, "5|6.2", 250, 120, 12, 0, 0);
    put(&p, "5.2%", 430, 120, 12, 0, 0);
    put(&p, "进出口", 60, 140, 12, 0, 0);
    put(&p, "8.1%", 430, 140, 12, 0, 0);     /* an empty middle cell */
    /* A bulleted list is not a table. */
    put(&p, "•", 60, 200, 12, 0, 0);
    put(&p, "推进乡村振兴", 100, 200, 12, 0, 0);
    put(&p, "•", 60, 220, 12, 0, 0);
    put(&p, "建设美丽城市", 100, 220, 12, 0, 0);
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    sbuf out = {0};
    size_t tables = 0;
    pdf_paras_write(&r, &out, &tables);
    sbuf_addc(&out, '\0');
    CHECK_STR(out.p, "| 指标 | 2024年 | 增长 |\n| --- | --- | --- |\n"
                     "| 地区生产总值 | 5\\|6.2 | 5.2% |\n| 进出口 |  | 8.1% |\n\n"
                     "• 推进乡村振兴\n\n• 建设美丽城市\n");
    CHECK_INT(tables, 1);
    sbuf_free(&out);
    pdf_rows_free(&r);
}

static void test_fonts(void)
{
    page p = {.n = 0};
    pdf_rows r = {0};
    /* A full row, then one flush left in another font (a bold title under
     * a breadcrumb): two paragraphs; in the same font, one. */
    put(&p, "您现在的位置是首页政务公开规划计划", 60, 100, 16, 0, 0);
    font = 7;
    put(&p, "关于印发荔湾区规划纲要的通知", 60, 124, 16, 0, 0);
    put(&p, "各街道办事处，各有关单位：现印发给你们。", 60, 200, 16, 0, 0);
    put(&p, "请认真贯彻执行。", 60, 224, 16, 0, 0);
    font = 0;
    pdf_rows_build(&r, p.g, p.n, 595, 842);
    sbuf out = {0};
    pdf_paras_write(&r, &out, NULL);
    sbuf_addc(&out, '\0');
    CHECK_STR(out.p, "您现在的位置是首页政务公开规划计划\n\n关于印发荔湾区规划纲要的通知\n\n"
                     "各街道办事处，各有关单位：现印发给你们。请认真贯彻执行。\n");
    sbuf_free(&out);
    pdf_rows_free(&r);
}

int main(void)
{
    test_spaces();
    test_rows_and_cells();
    test_columns();
    test_furniture();
    test_paragraphs();
    test_tables();
    test_fonts();
    return check_done();
}
