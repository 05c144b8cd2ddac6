/* test_escapes.c — unit tests of src/parse/escapes: each notation made
 * characters where the text uses it as a pattern, kept where prose only
 * mentions it, malformed and control escapes left alone, and a text
 * without escapes handed back uncopied. */
#include <string.h>

#include "check.h"
#include "escapes.h"

static arena mem;
static doc_stats st;
static text in_text;

/* escapes_run over s; returns the result's bytes (st reset first). */
static const char *run(const char *s)
{
    memset(&st, 0, sizeof st);
    in_text = text_from_bytes(s, strlen(s), &mem);
    text out = escapes_run(&in_text, &mem, &st, NULL);
    return out.bytes;
}

static void test_r_writer(void)
{
    /* R's write.table: every paragraph opens with <U+00A0>. */
    CHECK_STR(run("<U+00A0>各位代表：\n\n<U+00A0><U+00A0>现在，我代表市人民政府。\n"),
              "\xC2\xA0各位代表：\n\n\xC2\xA0\xC2\xA0现在，我代表市人民政府。\n");
    CHECK_INT(st.escapes, 3);
    /* Astral planes and lower-case hex; an escape inside a line once the
     * notation is a pattern. */
    CHECK_STR(run("<U+3000>甲<U+1F600>\n<U+3000>乙<u+3000><U+3000x>\n"),
              "\xE3\x80\x80甲\xF0\x9F\x98\x80\n\xE3\x80\x80乙<u+3000><U+3000x>\n");
    CHECK_INT(st.escapes, 3);
    /* Controls and surrogates are no characters: kept as written. */
    CHECK_STR(run("<U+3000>a<U+000A>\n<U+3000>b<U+D800>\n"),
              "\xE3\x80\x80" "a<U+000A>\n\xE3\x80\x80" "b<U+D800>\n");
}

static void test_json(void)
{
    CHECK_STR(run("\\u3000\\u3000第一段。\n\\u3000\\u3000第二段\\u00a0完。\n"),
              "\xE3\x80\x80\xE3\x80\x80第一段。\n\xE3\x80\x80\xE3\x80\x80第二段\xC2\xA0完。\n");
    CHECK_INT(st.escapes, 5);
    /* A surrogate pair is one character; a lone one stays. */
    CHECK_STR(run("\\u3000\\ud83d\\ude00\n\\u3000\\ud83d!\n"),
              "\xE3\x80\x80\xF0\x9F\x98\x80\n\xE3\x80\x80\\ud83d!\n");
    CHECK_STR(run("\\u3000a\n\\u3000\\u12\n"), "\xE3\x80\x80" "a\n\xE3\x80\x80\\u12\n");
}

static void test_double_html(void)
{
    /* &amp; before an entity goes wherever it is; R&amp;D is single. */
    CHECK_STR(run("全年&amp;nbsp;增长&amp;#12288;5%，&amp;#x3000;R&amp;D\n"),
              "全年\xC2\xA0增长\xE3\x80\x80" "5%，\xE3\x80\x80R&amp;D\n");
    CHECK_INT(st.escapes, 3);
    CHECK_STR(run("&amp;ldquo;十四五&amp;rdquo;\n"), "“十四五”\n");
    CHECK_STR(run("&amp;#10;x&amp;bogus;\n"), "&amp;#10;x&amp;bogus;\n");
    CHECK_INT(st.escapes, 0);
}

/* A text about the notation, a few mentions in prose: kept. */
static void test_prose_keeps(void)
{
    const char *s = "说明\n\n"
                    "R语言导出时会把不间断空格写成<U+00A0>，把全角空格写成<U+3000>。\n\n"
                    "读取时需要把<U+00A0>还原。JSON中的\\u3000也是如此。\n\n"
                    "其余段落照常。\n\n第五段。\n\n第六段。\n";
    CHECK_STR(run(s), s);
    CHECK_INT(st.escapes, 0);
    /* One line that opens with it is an example, not a pattern. */
    const char *one = "例如：\n<U+00A0>各位代表\n这是示例。\n第四行。\n第五行。\n";
    CHECK_STR(run(one), one);
    /* Spread over five lines and more in prose, it is the export's
     * pattern; on three it is not yet. */
    const char *three = "2035<U+00A0>年\n增长<U+00A0>5%\n达到<U+00A0>1\n";
    CHECK_STR(run(three), three);
    CHECK_STR(run("a<U+00A0>1\nb<U+00A0>2\nc<U+00A0>3\nd<U+00A0>4\ne<U+00A0>5\n"),
              "a\xC2\xA0" "1\nb\xC2\xA0" "2\nc\xC2\xA0" "3\nd\xC2\xA0" "4\ne\xC2\xA0" "5\n");
}

static void test_uncopied(void)
{
    const char *s = "一、2023年工作回顾\n\n全年地区生产总值增长5%。\n";
    memset(&st, 0, sizeof st);
    text in = text_from_bytes(s, strlen(s), &mem);
    text out = escapes_run(&in, &mem, &st, NULL);
    CHECK(out.bytes == in.bytes);
    CHECK_INT(out.nlines, in.nlines);
    /* Origins survive a rewrite. */
    const char *s2 = "<U+3000>a\n\n<U+3000>b\n";
    text in2 = text_from_bytes(s2, strlen(s2), &mem);
    text out2 = escapes_run(&in2, &mem, &st, NULL);
    CHECK_INT(out2.nlines, 3);
    CHECK_INT(out2.origin[2], 3);
}

int main(void)
{
    arena_init(&mem);
    test_r_writer();
    test_json();
    test_double_html();
    test_prose_keeps();
    test_uncopied();
    arena_free(&mem);
    return check_done();
}
