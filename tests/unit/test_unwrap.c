/* test_unwrap.c — unit tests of src/parse/unwrap: cell widths; a text cut
 * at a fixed width joined into its paragraphs (short lines, headings,
 * indents, blank lines and tables end them; a line cut in mid-word gets no
 * space, one cut at a space does); a text of paragraphs handed back
 * uncopied. */
#include <string.h>

#include "chars.h"
#include "check.h"
#include "unwrap.h"
#include "utf8.h"

static arena mem;
static doc_stats st;

static const char *run(const char *s)
{
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(s, strlen(s), &mem);
    text out = unwrap_run(&in, &mem, &st, NULL);
    return out.bytes;
}

static void test_cells(void)
{
    CHECK_INT(unwrap_cells("abc", 3, 100), 3);
    CHECK_INT(unwrap_cells("中文，ab", 11, 100), 8);
    CHECK_INT(unwrap_cells("　　一 \xC2\xA0", 12, 100), 6); /* indent counts, trailing not */
    CHECK_INT(unwrap_cells("中中中中中", 15, 4), 6); /* stops past max */
    /* Every code point, and every one cut short, between two letters
     * counts as chars_cells says (the table-free path for ASCII and
     * U+3000-U+9FFF included). */
    size_t wrong = 0;
    for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == ' ' || cp == '\t')
            continue;
        char in[8] = {'a'};
        size_t k = utf8_encode(cp, in + 1);
        in[1 + k] = 'b';
        if (cp == 0x3000 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
            cp == 0x202F || cp == 0x205F || cp == 0x1680)
            continue; /* a space: trimmed when last, so cut short differs */
        wrong += unwrap_cells(in, k + 2, 100) != (size_t)chars_cells(cp) + 2;
        wrong += k > 1 && unwrap_cells(in, k, 100) != 2; /* 'a' and U+FFFD */
    }
    CHECK_INT(wrong, 0);
}

/* The paragraph of n characters (全年增长百分之五。 repeated) cut at
 * width cells (20 characters for 40), into b. */
static void wrap_para(sbuf *b, const char *lead, size_t chars, size_t per_line)
{
    static const char *const cycle[] = {"全", "年", "增", "长", "百", "分",
                                        "之", "五", "，", "好", "。"};
    sbuf_adds(b, lead);
    size_t on_line = strlen(lead) / 3;
    for (size_t i = 0; i < chars; i++) {
        if (on_line == per_line) {
            sbuf_addc(b, '\n');
            on_line = 0;
        }
        sbuf_adds(b, cycle[i % 11]);
        on_line++;
    }
    sbuf_addc(b, '\n');
}

/* Six paragraphs of chars characters after lead, cut at 20 characters
 * (a heading line before the fourth when heading): joined back into
 * one line each, joins lines joined. */
static void check_joined(const char *lead, size_t chars, int heading,
                         size_t joins)
{
    sbuf b = {0}, want = {0};
    for (int p = 0; p < 6; p++) {
        if (p == 3 && heading) {
            sbuf_adds(&b, "二、2024年工作安排\n");
            sbuf_adds(&want, "二、2024年工作安排\n");
        }
        wrap_para(&b, lead, chars, 20);
        wrap_para(&want, lead, chars, 1000);
    }
    sbuf_addc(&b, '\0');
    sbuf_addc(&want, '\0');
    CHECK_STR(run(b.p), want.p);
    CHECK_INT(st.unwrapped, joins);
    sbuf_free(&b);
    sbuf_free(&want);
}

static void test_joins(void)
{
    check_joined("", 50, 1, 12);
    /* Indented: the indent opens paragraphs, even after a full line; the
     * joint drops nothing but line ends. */
    check_joined("　　", 58, 0, 12);
}

/* Lines of 40 cells, ASCII: cut in mid-word (full) or at a space. */
static void test_ascii(void)
{
    const char *full = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";
    sbuf b = {0};
    for (int i = 0; i < 12; i++)
        sbuf_adds(&b, full);
    sbuf_adds(&b, "bbbb aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \ncc\n");
    sbuf_addc(&b, '\0');
    const char *out = run(b.p);
    CHECK(strstr(out, "aaaabbbb aaa") != NULL);  /* mid-word: no space */
    CHECK(strstr(out, "aaa cc\n") != NULL);     /* at a space: one */
    CHECK_INT(st.unwrapped, 13);
    sbuf_free(&b);
}

static void test_ends(void)
{
    sbuf b = {0};
    /* A blank line and a table row end paragraphs; 一是 and a cut number
     * (地铁1 / 1、13号线) go on; a full heading line, then a body line in
     * mid-sentence, stays a heading. */
    for (int i = 0; i < 4; i++)
        wrap_para(&b, "", 45, 20);
    sbuf_adds(&b, "\n");
    wrap_para(&b, "", 39, 20);
    sbuf_adds(&b, "|表|头|\n");
    wrap_para(&b, "", 19, 20);
    sbuf_adds(&b, "一是全年增长百分之五好。\n");
    wrap_para(&b, "", 19, 20);
    sbuf_adds(&b, "1、13号线开通，全年增长百分之五好全年增长\n");
    sbuf_adds(&b, "（一）全力拼经济稳增长经济发展动能增强\n");
    sbuf_adds(&b, "全年增长百分之五好全年增长百分之五好全年\n");
    sbuf_adds(&b, "好。\n");
    wrap_para(&b, "", 22, 20);
    sbuf_adds(&b, "全年增长百分之五，好。全年增长百分之五。\n");
    sbuf_adds(&b, "Tags: 全年增长 百分之五 好全年 增长百分之\n");
    sbuf_adds(&b, "全年增长百分之五，好。全年增长百分之五。\n");
    sbuf_adds(&b, "?。ǘ┛v深推进全年增长百分之五好全年增长百分\n");
    wrap_para(&b, "", 19, 20);
    sbuf_adds(&b, "（二）百千万工程统筹推进\n");
    sbuf_adds(&b, "（三）百千万工程统筹推进区域协调发展迈向\n更高水平\n");
    sbuf_addc(&b, '\0');
    const char *out = run(b.p);
    CHECK(strstr(out, "，好。全\n\n全年") != NULL);          /* blank kept */
    CHECK(strstr(out, "百分\n|表|头|\n") != NULL);           /* table ends */
    CHECK(strstr(out, "\n全年增长百分之五，好。全年增长百分之五一是") != NULL);
    CHECK(strstr(out, "之五1、13号线") != NULL);
    CHECK(strstr(out, "动能增强\n全年") != NULL);            /* heading alone */
    /* Furniture and mojibake after a sentence: kept apart. */
    CHECK(strstr(out, "之五。\nTags:") != NULL);
    CHECK(strstr(out, "之五。\n?。ǘ┛v") != NULL);
    /* A whole heading line after a cut one is a heading; a full one's
     * short tail joins it. */
    CHECK(strstr(out, "之五\n（二）百千万工程统筹推进\n（三）百千万工程统筹推进区域协调发展迈向更高水平\n") != NULL);
    sbuf_free(&b);
}

static void test_not_wrapped(void)
{
    /* Paragraphs of every length: no width stands out. */
    sbuf b = {0};
    for (int p = 1; p <= 30; p++) {
        for (int i = 0; i < p * 3; i++)
            sbuf_adds(&b, "字");
        sbuf_adds(&b, "。\n");
    }
    sbuf_addc(&b, '\0');
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(b.p, strlen(b.p), &mem);
    text out = unwrap_run(&in, &mem, &st, NULL);
    CHECK(out.bytes == in.bytes);
    CHECK_INT(st.unwrapped, 0);
    /* Too few lines to tell. */
    const char *few = "全年增长百分之五好全年增长百分之五好全年\n全年增长百分之五好全年增长百分之五好全年\n";
    CHECK_STR(run(few), few);
    sbuf_free(&b);
}

/* Long lines (a paragraph each) before a wrapped part: the text is
 * wrapped while they are fewer than one line in twenty, whether the
 * count is decided early or at the end. */
static void check_long_first(size_t long_lines, int wrapped)
{
    sbuf b = {0};
    for (size_t i = 0; i < long_lines; i++) {
        for (int k = 0; k < 300; k++)
            sbuf_adds(&b, "字");
        sbuf_adds(&b, "。\n");
    }
    for (int p = 0; p < 30; p++)
        wrap_para(&b, "", 50, 20); /* 90 lines */
    sbuf_addc(&b, '\0');
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(b.p, strlen(b.p), &mem);
    text out = unwrap_run(&in, &mem, &st, NULL);
    CHECK_INT(out.bytes != in.bytes, wrapped);
    CHECK_INT(st.unwrapped > 0, wrapped);
    sbuf_free(&b);
}

static void test_long_lines(void)
{
    check_long_first(4, 1); /* 4 × 20 < 94 */
    check_long_first(5, 0); /* 5 × 20 ≥ 95 */
}

int main(void)
{
    arena_init(&mem);
    test_cells();
    test_joins();
    test_ascii();
    test_ends();
    test_not_wrapped();
    test_long_lines();
    arena_free(&mem);
    return check_done();
}
