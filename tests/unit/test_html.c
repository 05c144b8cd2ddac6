/* test_html.c — unit tests of html_clean_line (src/parse/html): comments on
 * one line and across lines, tags, block tags as line breaks, entities, and
 * '<' / '&' that start no markup. */
#include <string.h>

#include "check.h"
#include "doc.h"
#include "html.h"
#include "sbuf.h"

static sbuf out;

/* Cleans s with state hs and stats st; returns the text (out reset first). */
static const char *clean(const char *s, html_state *hs, doc_stats *st)
{
    sbuf_reserve(&out, 0);
    out.len = 0;
    out.p[0] = '\0';
    html_clean_line(s, strlen(s), hs, &out, st);
    return out.p;
}

/* Cleans one line with fresh state; the stats of the call stay in last. */
static doc_stats last;
static const char *clean1(const char *s)
{
    html_state hs = {0};
    memset(&last, 0, sizeof last);
    return clean(s, &hs, &last);
}

static void test_comments(void)
{
    CHECK_STR(clean1("a<!-- x -->b"), "ab");
    CHECK_INT(last.html_comments, 1);
    CHECK_STR(clean1("<!---->正文"), "正文");
    CHECK_STR(clean1("a<!-- <p>x</p> -->b<!--c-->d"), "abd");
    CHECK_INT(last.html_comments, 2);
    CHECK_INT(last.html_tags, 0);       /* tags inside a comment don't count */
    CHECK_STR(clean1("a --> b"), "a --> b"); /* no comment open: text */

    /* A comment spanning lines, carried by html_state. */
    html_state hs = {0};
    doc_stats st;
    memset(&st, 0, sizeof st);
    CHECK_STR(clean("正文<!-- start", &hs, &st), "正文");
    CHECK(hs.in_comment);
    CHECK_STR(clean("<p>middle</p>", &hs, &st), "");
    CHECK(hs.in_comment);
    CHECK_STR(clean("", &hs, &st), "");
    CHECK(hs.in_comment);
    CHECK_STR(clean("end --><b>续</b>", &hs, &st), "续");
    CHECK(!hs.in_comment);
    CHECK_STR(clean("after", &hs, &st), "after");
    CHECK_INT(st.html_comments, 1);
    CHECK_INT(st.html_tags, 2);
}

static void test_tags(void)
{
    CHECK_STR(clean1("<span>x</span>"), "x");
    CHECK_INT(last.html_tags, 2);
    CHECK_STR(clean1("<a href=\"http://x.cn/?a=1&b=2\">链接</a>"), "链接");
    CHECK_STR(clean1("<img src=x.png/>图"), "图");
    CHECK_STR(clean1("<!DOCTYPE html>"), "");
    CHECK_STR(clean1("<FONT size=3>大</FONT>"), "大");
    /* Block tags end the line. */
    CHECK_STR(clean1("a<br>b"), "a\nb");
    CHECK_STR(clean1("a<br/>b"), "a\nb");
    CHECK_STR(clean1("a<br />b"), "a\nb");
    CHECK_STR(clean1("a<BR>b"), "a\nb");
    CHECK_STR(clean1("段落</p>"), "段落\n");
    CHECK_STR(clean1("段落</P>"), "段落\n");
    CHECK_STR(clean1("<div class=\"c\">正文</div>"), "\n正文\n");
    CHECK_STR(clean1("一</li><li>二"), "一\n\n二");
    CHECK_STR(clean1("<td>1</td></tr>"), "1\n");
    CHECK_STR(clean1("<h1>标题</h1>"), "\n标题\n");
    CHECK_INT(last.html_tags, 2);
}

static void test_entities(void)
{
    CHECK_STR(clean1("a&nbsp;b"), "a\xC2\xA0" "b");
    CHECK_INT(last.html_entities, 1);
    CHECK_STR(clean1("R&amp;D"), "R&D");
    CHECK_STR(clean1("&#12288;&#12288;正文"), "\u3000\u3000正文");
    CHECK_INT(last.html_entities, 2);
    CHECK_STR(clean1("&#x3000;正文"), "\u3000正文");
    CHECK_STR(clean1("&#X3000;正文"), "\u3000正文");
    CHECK_STR(clean1("&ldquo;百千万工程&rdquo;"), "“百千万工程”");
    CHECK_STR(clean1("&lt;5%&gt;"), "<5%>");
    CHECK_STR(clean1("&mdash;&hellip;&middot;"), "—…·");
    CHECK_STR(clean1("&#65;&#x42;"), "AB");
    CHECK_STR(clean1("&amp;nbsp;"), "&nbsp;");  /* decoded once only */
}

/* '<' and '&' that start no markup are text. */
static void test_not_markup(void)
{
    static const char *const same[] = {
        "<5%", "增长<5%", "A&B", "R&D投入", "a < b", "a <b", "1<2>0",
        "&", "&;", "&#;", "&#x;", "&#12288", "&nbsp", "&unknown;", "& amp;",
        "<", "<>", "</>", "<<", "<!-", "< p>", "&#xZZ;", "x<y",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        if (!CHECK_STR(clean1(same[i]), same[i]))
            printf("  (input %zu)\n", i);
        CHECK(last.html_tags == 0 && last.html_entities == 0 &&
              last.html_comments == 0);
    }
}

/* A very long '<' run is not a tag: the scan gives up, text stays. */
static void test_long_lines(void)
{
    static char s[2100];
    /* 2000 bytes: '<' then letters, with a '>' only at the end. */
    s[0] = '<';
    s[1] = 'p';
    s[2] = ' ';
    memset(s + 3, 'x', 1996);
    s[1999] = '>';
    s[2000] = '\0';
    CHECK_STR(clean1(s), s);
    CHECK_INT(last.html_tags, 0);

    /* 2000 '<' characters. */
    memset(s, '<', 2000);
    s[2000] = '\0';
    CHECK_STR(clean1(s), s);
    CHECK_INT(last.html_tags, 0);

    /* A short tag after the long run still goes. */
    memset(s, '<', 2000);
    strcpy(s + 2000, "<b>x");
    const char *got = clean1(s);
    CHECK(strlen(got) == 2001 && got[2000] == 'x');
    CHECK_INT(last.html_tags, 1);
}

/* html_line_is_plain says yes exactly where html_clean_line copies the
 * line as it is: every line of the other tests, and these. */
static void test_plain(void)
{
    static const char *const lines[] = {"一、总体要求", "", "a < b", "R&D", "&nbsp;x",
                                        "<p>段</p>", "x -->", "无标记的一行。"};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        for (int in = 0; in < 2; in++) {
            html_state hs = {in}, copy = hs;
            doc_stats st = {0};
            const char *got = clean(lines[i], &hs, &st);
            int same = strcmp(got, lines[i]) == 0 && hs.in_comment == in;
            CHECK_INT(html_line_is_plain(lines[i], strlen(lines[i]), &copy),
                      same && !strchr(lines[i], '<') && !strchr(lines[i], '&') && !in);
        }
    html_state in_comment = {1};
    CHECK(!html_line_is_plain("plain", 5, &in_comment));
    CHECK(html_line_is_plain("plain", 5, &(html_state){0}));
}

int main(void)
{
    test_plain();
    test_comments();
    test_tags();
    test_entities();
    test_not_markup();
    test_long_lines();
    sbuf_free(&out);
    return check_done();
}
