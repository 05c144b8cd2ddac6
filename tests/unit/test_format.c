/* test_format.c — unit tests of the reader seam (src/parse/format.c,
 * reader.c) and the HTML reader's parts: detection by content with the
 * extension a hint, the names, refusals with their reasons, the HTML
 * reader's text (paragraphs, <br>, headings, tables, white space,
 * furniture, the main block, hints), the declared charset, MHTML. */
#include <string.h>

#include "check.h"
#include "format.h"
#include "html_charset.h"

#define S(lit) lit, sizeof lit - 1

static void test_detect(void)
{
    CHECK_INT(format_sniff(S("%PDF-1.7\n...")), FORMAT_PDF);
    CHECK_INT(format_sniff(S("  \n%PDF-1.4")), FORMAT_PDF);
    /* A page saved as UTF-16 (its BOM), either byte order. */
    CHECK_INT(format_sniff(S("\xFF\xFE<\0h\0t\0m\0l\0>\0")), FORMAT_HTML);
    CHECK_INT(format_sniff(S("\xFE\xFF\0<\0!\0D\0O\0C\0T\0Y\0P\0E\0 \0h\0t\0m\0l")),
              FORMAT_HTML);
    CHECK_INT(format_sniff(S("\xFF\xFE\x00\x4E\x8C\x4E<\0b\0>\0")), FORMAT_TEXT);
    CHECK_INT(format_sniff(S("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest")), FORMAT_OLE2);
    CHECK_INT(format_sniff(S("PK\3\4....word/document.xml")), FORMAT_DOCX);
    CHECK_INT(format_sniff(S("PK\3\4....Doc_0/OFD.xml")), FORMAT_OFD);
    CHECK_INT(format_sniff(S("PK\3\4....xl/workbook.xml")), FORMAT_ZIP);
    CHECK_INT(format_sniff(S("\xEF\xBB\xBF<!DOCTYPE HTML PUBLIC>")), FORMAT_HTML);
    CHECK_INT(format_sniff(S("\n  <HTML><body>")), FORMAT_HTML);
    CHECK_INT(format_sniff(S("<meta charset=gbk><p>x")), FORMAT_HTML);
    CHECK_INT(format_sniff(S("MIME-Version: 1.0\nContent-Type: multipart/related;")),
              FORMAT_MHTML);
    CHECK_INT(format_sniff(S("一、总体要求 <p>残留的标签</p>")), FORMAT_TEXT);
    CHECK_INT(format_sniff(S("id,full_text\n1,x\n")), FORMAT_TEXT);
    /* the markers count in the first KB only */
    char late[2048];
    memset(late, 'x', sizeof late);
    memcpy(late + 1500, "<html>", 6);
    CHECK_INT(format_sniff(late, sizeof late), FORMAT_TEXT);
    memcpy(late + 1019, "<HeAd", 5); /* its last byte the KB's last */
    CHECK_INT(format_sniff(late, sizeof late), FORMAT_HTML);
    memcpy(late + 1019, "x<hea", 5); /* cut by the KB's end */
    CHECK_INT(format_sniff(late, sizeof late), FORMAT_TEXT);
    CHECK_INT(format_sniff(S("a < b <<htm <HTML")), FORMAT_HTML);
    CHECK_INT(format_sniff(S("<")), FORMAT_TEXT);
    /* the extension: a hint where content is silent */
    CHECK_INT(format_detect("a.html", S("<p>段落</p>")), FORMAT_HTML);
    CHECK_INT(format_detect("a.txt", S("<p>段落</p>")), FORMAT_TEXT);
    CHECK_INT(format_detect("a.htm", S("no tag at all")), FORMAT_TEXT);
    CHECK_INT(format_detect("a.mht", S("Content-Type: text/html\n\n<p>")), FORMAT_MHTML);
    CHECK_INT(format_detect("a.doc", S("PK\3\4word/document.xml")), FORMAT_DOCX);
    CHECK_INT(format_detect("a.txt", S("<!doctype html><p>x")), FORMAT_HTML);
    CHECK_INT(format_detect("a.pdf", S("plain text")), FORMAT_TEXT);
    /* a zip's entry named only in its tail (the central directory) */
    CHECK_INT(format_sniff_ends(S("PK\3\4...."), S("...word/document.xml")), FORMAT_DOCX);
    CHECK_STR(format_name(FORMAT_HTML), "html");
    CHECK_STR(format_name(FORMAT_OLE2), "doc");
    CHECK(format_is_text(FORMAT_CSV) && !format_is_text(FORMAT_HTML));
    CHECK(format_is_report(FORMAT_PDF) && !format_is_report(FORMAT_OLE2));
}

static void test_refusals(void)
{
    reader_out r;
    const char *err = NULL;
    CHECK_INT(format_read(FORMAT_DOCX, S("PK\3\4"), &r, &err), -1);
    CHECK(err && strstr(err, "zip") != NULL); /* the Word reader's reason */
    CHECK_INT(format_read(FORMAT_PDF, S("%PDF-"), &r, &err), -1);
    CHECK_STR(err, "damaged or truncated PDF: no %%EOF at its end"); /* the PDF reader's */
    CHECK_INT(format_read(FORMAT_PDF, S("%PDF-1.4\n1 0 obj\n%%EOF\n"), &r, &err), -1);
    CHECK(err && !strncmp(err, "damaged or truncated PDF: ", 26));
    CHECK_INT(format_read(FORMAT_OLE2, S("\xD0\xCF"), &r, &err), -1);
    CHECK(strstr(err, "format not supported") != NULL);
    CHECK_INT(format_read(FORMAT_OFD, S("PK"), &r, &err), -1);
    CHECK(strstr(err, "format not supported") != NULL);
    CHECK_INT(format_read(FORMAT_MHTML, S("MIME-Version: 1.0\n\nbody"), &r, &err), -1);
    CHECK_STR(err, "a web archive without a MIME boundary");
    CHECK_INT(format_read(FORMAT_MHTML, S("Content-Type: multipart/related; boundary=b\n\n--b\n"
                                          "Content-Type: image/png\n\nxx\n--b--\n"), &r, &err), -1);
    CHECK_STR(err, "a web archive without a text/html part");
}

/* The text the HTML reader makes of page (a literal), in buf. */
static const char *read_page(const char *page, size_t n, char *buf, size_t cap,
                             reader_out *r)
{
    const char *err = NULL;
    if (format_read(FORMAT_HTML, page, n, r, &err) != 0) {
        snprintf(buf, cap, "refused: %s", err);
        reader_out_init(r);
        return buf;
    }
    snprintf(buf, cap, "%s", r->text.p ? r->text.p : "");
    return buf;
}

static void test_html(void)
{
    char buf[4096];
    reader_out r;
    CHECK_STR(read_page(S("<html><body><div id=main><h1>标题</h1><p>第一段，\n足够长的文字在这里。</p>"
                          "<p>第二行<br>第三行 &amp; more&nbsp;&nbsp;x</p></div></body></html>"),
                        buf, sizeof buf, &r),
              "标题\n\n第一段，足够长的文字在这里。\n\n第二行\n第三行 & more x\n\n");
    CHECK_INT(r.st.headings, 1);
    CHECK_INT(r.st.blocks, 3);
    CHECK(r.nhints == 1 && !strcmp(r.hints[0].key, "title") && !strcmp(r.hints[0].value, "标题"));
    reader_out_free(&r);
    /* tables: a data table to markdown, a layout table to blocks */
    CHECK_STR(read_page(S("<body><div><p>这是一段足够长的正文文字。</p><table><tr><th>指标</th><th>数值</th></tr>"
                          "<tr><td>GDP|总量</td><td colspan=2>1 00</td></tr><tr><td>x</td></tr></table></div></body>"),
                        buf, sizeof buf, &r),
              "这是一段足够长的正文文字。\n\n| 指标 | 数值 | |\n|---|---|---|\n| GDP｜总量 | 1 00 | |\n| x | | |\n\n");
    CHECK_INT(r.st.tables, 1);
    reader_out_free(&r);
    CHECK_STR(read_page(S("<body><table><tr><td><p>版面表格里的一段足够长的正文。</p></td></tr></table></body>"),
                        buf, sizeof buf, &r),
              "版面表格里的一段足够长的正文。\n\n");
    CHECK_INT(r.st.tables, 0);
    reader_out_free(&r);
    /* furniture by name and by class/id, and the main block by density */
    CHECK_STR(read_page(S("<head><title>页</title><style>p{}</style></head><body>"
                          "<nav>导航导航导航导航导航导航导航导航</nav>"
                          "<div class=\"Share-Bar\">分享到分享到分享到分享到分享到</div>"
                          "<div class=links><a>链接一链接一链接一链接一</a><a>链接二链接二链接二链接二</a></div>"
                          "<div class=box><p>正文的第一段，有足够多的文字。</p><p>正文的第二段，也有足够多的文字。</p></div>"
                          "<script>document.write('正文之外')</script><footer>版权所有版权所有版权所有</footer></body>"),
                        buf, sizeof buf, &r),
              "正文的第一段，有足够多的文字。\n\n正文的第二段，也有足够多的文字。\n\n");
    CHECK_INT(r.st.dropped, 5); /* head, nav, the share bar, script, footer */
    CHECK(r.nhints == 1 && !strcmp(r.hints[0].key, "page_title"));
    reader_out_free(&r);
    /* a wrapper whose class says sidebar around the article is kept; a
     * navigation bar of as much text, all links, is not */
    char page[8192], want[4096];
    char para[1024] = "";
    for (int i = 0; i < 70; i++) /* 280 characters: 560 in the wrapper */
        strcat(para, "正文文字");
    snprintf(page, sizeof page, "<body><div class=\"wrap has-sidebar\"><p>%s</p><p>%s</p></div>"
             "<div class=navbar><a>%s</a></div></body>", para, para, para);
    snprintf(want, sizeof want, "%s\n\n%s\n\n", para, para);
    CHECK_STR(read_page(page, strlen(page), buf, sizeof buf, &r), want);
    CHECK_INT(r.st.dropped, 1);
    reader_out_free(&r);
    CHECK_STR(read_page(S("<html><body><div class=nav><a>只有导航</a></div></body></html>"),
                        buf, sizeof buf, &r), "");
    reader_out_free(&r);
}

static void test_charset(void)
{
    char name[48];
    CHECK(html_charset_declared(S("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"),
                                name, sizeof name));
    CHECK_STR(name, "GB18030");
    CHECK(html_charset_declared(S("<meta charset = 'big5-hkscs'>"), name, sizeof name));
    CHECK_STR(name, "big5-hkscs");
    CHECK(!html_charset_declared(S("<p>charset</p>"), name, sizeof name));
    /* a GBK page: 中文 in GBK is D6 D0 CE C4 */
    char buf[512];
    reader_out r;
    CHECK_STR(read_page(S("<meta charset=gbk><body><p>\xD6\xD0\xCE\xC4\xD6\xD0\xCE\xC4\xD6\xD0\xCE\xC4"
                          "\xD6\xD0\xCE\xC4\xD6\xD0\xCE\xC4</p></body>"), buf, sizeof buf, &r),
              "中文中文中文中文中文\n\n");
    CHECK_STR(r.encoding, "GB18030");
    reader_out_free(&r);
    /* valid UTF-8 outweighs a stale declaration */
    CHECK_STR(read_page(S("<meta charset=gb2312><body><p>这一页其实是UTF-8编码的文字。</p></body>"),
                        buf, sizeof buf, &r), "这一页其实是UTF-8编码的文字。\n\n");
    CHECK_STR(r.encoding, "UTF-8");
    reader_out_free(&r);
}

/* Reads the web archive arc[0..n) and checks its text is want. */
static void check_mhtml(const char *arc, size_t n, const char *want)
{
    reader_out r;
    const char *err = NULL;
    CHECK_INT(format_read(FORMAT_MHTML, arc, n, &r, &err), 0);
    CHECK_STR(r.text.p ? r.text.p : err, want);
    reader_out_free(&r);
}

static void test_mhtml(void)
{
    static const char qp[] =
        "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"--b\"\r\n\r\n"
        "----b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "<p>=E4=B8=AD=E6=96=87=E6=AE=B5=E8=90=BD=E4=B8=AD=E6=96=87=E6=AE=B5=E8=90=BD=\r\n"
        "=E4=B8=AD=E6=96=87</p>\r\n----b--\r\n";
    check_mhtml(S(qp), "中文段落中文段落中文\n\n");
    static const char b64[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=zz\n\n--zz\n"
        "Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n"
        "PGh0bWw+PGJvZHk+PHA+5Lit5paH5q616JC95Lit5paH5q616JC9PC9wPjwvYm9keT48L2h0bWw+\n--zz--\n";
    check_mhtml(S(b64), "中文段落中文段落\n\n");
}

int main(void)
{
    test_detect();
    test_refusals();
    test_html();
    test_charset();
    test_mhtml();
    return check_done();
}
