/* test_read_docx.c — the Word reader: numbering formats (docx_numfmt),
 * lists and their counters (docx_numbering), styles (docx_styles), and
 * docx_read over the real .docx samples given as arguments (the city
 * reports, whose text the shell test compares with their .txt; the
 * provincial reports, whose outline through pipeline_text must hold their
 * numbered headings), and over bytes that are no package. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "docx_numbering.h"
#include "docx_numfmt.h"
#include "docx_styles.h"
#include "pipeline.h"
#include "read_docx.h"
#include "slurp.h"

static void check_fmt(const char *fmt, long n, const char *want)
{
    sbuf b = {0};
    docx_numfmt(fmt, n, &b);
    sbuf_addc(&b, 0);
    CHECK_STR(b.p, want);
    sbuf_free(&b);
}

static void test_numfmt(void)
{
    check_fmt("decimal", 7, "7");
    check_fmt(NULL, 12, "12");
    check_fmt("chineseCounting", 1, "一");
    check_fmt("chineseCounting", 10, "十");
    check_fmt("chineseCounting", 11, "十一");
    check_fmt("chineseCountingThousand", 20, "二十");
    check_fmt("chineseCountingThousand", 105, "一百零五");
    check_fmt("chineseLegalSimplified", 12, "拾贰");
    check_fmt("ideographDigital", 105, "一〇五");
    check_fmt("ideographTraditional", 1, "甲");
    check_fmt("ideographTraditional", 11, "甲");
    check_fmt("ideographZodiac", 12, "亥");
    check_fmt("decimalEnclosedCircle", 1, "①");
    check_fmt("decimalEnclosedCircleChinese", 20, "⑳");
    check_fmt("decimalEnclosedCircle", 21, "21");
    check_fmt("decimalEnclosedParen", 2, "⑵");
    check_fmt("decimalFullWidth", 30, "３０");
    check_fmt("decimalZero", 3, "03");
    check_fmt("upperLetter", 1, "A");
    check_fmt("lowerLetter", 28, "bb");
    check_fmt("upperRoman", 1994, "MCMXCIV");
    check_fmt("lowerRoman", 4, "iv");
    check_fmt("none", 4, "");
    sbuf b = {0};
    CHECK_INT(docx_numfmt("ordinalText", 3, &b), 0);
    CHECK_MEM(b.p, b.len, "3");
    sbuf_free(&b);
}

static const char numbering_xml[] =
    "<w:numbering xmlns:w=\"" DOCX_W_NS "\">"
    "<w:abstractNum w:abstractNumId=\"4\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"decimal\"/><w:isLgl/><w:lvlText w:val=\"%1.%4\"/></w:lvl>"
    "<w:lvl w:ilvl=\"4\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xe2\x80\xa2\"/></w:lvl>"
    "<w:lvl w:ilvl=\"5\"><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlRestart w:val=\"0\"/>"
    "<w:lvlText w:val=\"%6\"/><w:suff w:val=\"nothing\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"4\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"4\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"99\"/></w:num>"
    "</w:numbering>";

/* The marker of the next paragraph (num, ilvl), or "-" for none. */
static void check_marker(docx_numbering *nb, long num, long ilvl, const char *want)
{
    sbuf b = {0};
    int got = docx_numbering_marker(nb, num, ilvl, &b);
    sbuf_addc(&b, 0);
    CHECK_STR(got ? b.p : "-", want);
    sbuf_free(&b);
}

static void test_numbering(void)
{
    char err[200];
    xmlDoc *x = docx_xml_read(numbering_xml, strlen(numbering_xml), "numbering.xml",
                              err, sizeof err);
    CHECK(x != NULL);
    docx_numbering nb;
    docx_numbering_load(&nb, x);
    xmlFreeDoc(x);
    CHECK_INT(nb.nlists, 2); /* num 3 names no abstract */
    check_marker(&nb, 1, 0, "一、");
    check_marker(&nb, 1, 1, "（一）");
    check_marker(&nb, 1, 1, "（二）");
    check_marker(&nb, 1, 2, "1. ");
    check_marker(&nb, 1, 5, "①");
    check_marker(&nb, 1, 0, "二、");
    check_marker(&nb, 1, 1, "（一）");   /* restarted under 二、 */
    check_marker(&nb, 1, 2, "1. ");
    check_marker(&nb, 1, 3, "2.1 ");     /* isLgl: 二 as 2 */
    check_marker(&nb, 1, 5, "②");        /* lvlRestart 0: never restarted */
    check_marker(&nb, 1, 4, "-");        /* a bullet */
    check_marker(&nb, 2, 0, "五、");     /* startOverride; its own counters */
    check_marker(&nb, 1, 0, "三、");
    check_marker(&nb, 3, 0, "-");
    check_marker(&nb, 0, 0, "-");
    check_marker(&nb, 1, 9, "-");
    docx_numbering_free(&nb);
    docx_numbering_load(&nb, NULL);
    check_marker(&nb, 1, 0, "-");
    docx_numbering_free(&nb);
}

static const char styles_xml[] =
    "<w:styles xmlns:w=\"" DOCX_W_NS "\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"标题 2\"/>"
    "<w:basedOn w:val=\"Heading1\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"sub\"/>"
    "<w:basedOn w:val=\"Heading1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Out\"><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"heading 1\"/></w:style>"
    "</w:styles>";

static void test_styles(void)
{
    char err[200];
    xmlDoc *x = docx_xml_read(styles_xml, strlen(styles_xml), "styles.xml", err, sizeof err);
    CHECK(x != NULL);
    docx_styles st;
    docx_styles_load(&st, x);
    xmlFreeDoc(x);
    CHECK_INT(st.n, 5); /* the character style left out */
    long num = -1, ilvl = -1;
    CHECK(docx_styles_numpr(&st, "Heading1", &num, &ilvl) && num == 1 && ilvl == 0);
    CHECK(docx_styles_numpr(&st, "H2", &num, &ilvl) && num == 1 && ilvl == 1);
    CHECK(docx_styles_numpr(&st, "Sub", &num, &ilvl) && num == 1 && ilvl == 0);
    CHECK(!docx_styles_numpr(&st, "Loop", &num, &ilvl));
    CHECK(!docx_styles_numpr(&st, "Nope", &num, &ilvl));
    CHECK(!docx_styles_numpr(&st, NULL, &num, &ilvl));
    CHECK_INT(docx_styles_heading(&st, "Heading1"), 1);
    CHECK_INT(docx_styles_heading(&st, "H2"), 2);
    CHECK_INT(docx_styles_heading(&st, "Sub"), 1);
    CHECK_INT(docx_styles_heading(&st, "Out"), 3);
    CHECK_INT(docx_styles_heading(&st, "Loop"), 0);
    CHECK_INT(docx_styles_heading(&st, "Strong"), 0);
    docx_styles_free(&st);
}

static void test_malformed_xml(void)
{
    char err[200];
    const char bad[] = "<w:document xmlns:w=\"" DOCX_W_NS "\"><w:body></w:document>";
    CHECK(docx_xml_read(bad, strlen(bad), "word/document.xml", err, sizeof err) == NULL);
    CHECK(strstr(err, "malformed XML in word/document.xml: line 1") == err);
    const char ent[] = "<!DOCTYPE d [<!ENTITY a \"AAAA\">]><d>&a;&a;</d>";
    xmlDoc *x = docx_xml_read(ent, strlen(ent), "e.xml", err, sizeof err);
    CHECK(x != NULL);
    /* The entity is not expanded: no text node holds its value. */
    const xmlNode *root = x ? xmlDocGetRootElement(x) : NULL;
    int texts = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
        texts += c->type == XML_TEXT_NODE;
    CHECK_INT(texts, 0);
    if (x)
        xmlFreeDoc(x);
}

static void test_not_a_package(void)
{
    docx_out o;
    const char *err;
    CHECK_INT(docx_read("", 0, &o, &err), -1);
    CHECK(strstr(err, "not a zip") != NULL);
    docx_out_free(&o);
    const char plain[] = "一、总体要求\n\n这不是压缩包。\n";
    CHECK_INT(docx_read(plain, strlen(plain), &o, &err), -1);
    CHECK(strstr(err, "not a zip") != NULL);
    CHECK(o.text == NULL && o.n == 0);
    docx_out_free(&o);
}

/* A sample through docx_read: the text, stats and hints; its outline
 * through pipeline_text must hold want_marker/want_title. */
static void test_sample(const char *path)
{
    size_t n;
    char *bytes = slurp(path, &n);
    CHECK(bytes != NULL);
    if (!bytes)
        return;
    docx_out o;
    const char *err = NULL;
    int rc = docx_read(bytes, n, &o, &err);
    free(bytes);
    CHECK_INT(rc, 0);
    if (rc) {
        fprintf(stderr, "%s: %s\n", path, err);
        docx_out_free(&o);
        return;
    }
    CHECK(o.n > 10000 && strlen(o.text) == o.n);
    CHECK(o.stats.paragraphs > 40 && o.stats.entries >= 11);
    CHECK(o.stats.inflated > o.n);
    CHECK(o.nhints >= 1 && !strcmp(o.hints[o.nhints - 1].key, "date") &&
          strlen(o.hints[o.nhints - 1].value) == 10);
    /* Paragraphs on lines of their own, a blank line between. */
    CHECK(strstr(o.text, "\n\n\n") == NULL && o.text[o.n - 1] == '\n');
    doc *d = doc_new(path, "sample");
    CHECK_INT(pipeline_text(d, o.text, o.n, 1, NULL), 0);
    int jilin = strstr(path, "吉林") != NULL, xizang = strstr(path, "西藏") != NULL;
    int found = 0, level2 = 0;
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        if (jilin && !strcmp(s->marker, "一、") && strstr(s->title, "2024年工作回顾"))
            found++;
        if (jilin && !strcmp(s->marker, "三、") && strstr(s->title, "政府自身建设"))
            found++;
        if (xizang && s->level == 1 && strstr(s->title, "2025年工作安排"))
            found += 2;
        level2 += s->level == 2 && s->marker[0];
    }
    if (jilin || xizang) {
        CHECK_INT(found, 2);
        CHECK_INT(level2, jilin ? 8 : 9);
    } else {
        CHECK(d->nsections >= 5);
    }
    doc_free(d);
    docx_out_free(&o);
}

int main(int argc, char **argv)
{
    test_numfmt();
    test_numbering();
    test_styles();
    test_malformed_xml();
    test_not_a_package();
    for (int i = 1; i < argc; i++)
        test_sample(argv[i]);
    CHECK(argc == 6);
    return check_done();
}
