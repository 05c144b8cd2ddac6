/* test_csv.c — unit tests of src/parse/csv: export detection, column lookup
 * and the RFC 4180 reader (quotes, "" escapes, embedded newlines and the
 * line each field starts on). */
#include <string.h>

#include "check.h"
#include "csv.h"

#define MAX_ROWS 8
#define MAX_FIELDS 8

/* What the callback saw: copies of every field and its line. */
typedef struct seen {
    size_t rows, header_n;
    char header[MAX_FIELDS][64];
    size_t n[MAX_ROWS];
    char f[MAX_ROWS][MAX_FIELDS][256];
    size_t len[MAX_ROWS][MAX_FIELDS];
    uint32_t line[MAX_ROWS][MAX_FIELDS];
    int unterminated;  /* fields whose s[n] was not NUL */
    long full_text;  /* csv_column(header, "full_text") */
    size_t stop_after;
} seen;

static int collect(void *ctx, const csv_row *header, const csv_row *row)
{
    seen *s = ctx;
    if (s->rows == 0) {
        s->header_n = header->n;
        for (size_t k = 0; k < header->n && k < MAX_FIELDS; k++)
            snprintf(s->header[k], sizeof s->header[k], "%s", header->f[k].s);
        s->full_text = csv_column(header, "full_text");
    }
    if (s->rows < MAX_ROWS) {
        size_t r = s->rows;
        s->n[r] = row->n;
        for (size_t k = 0; k < row->n && k < MAX_FIELDS; k++) {
            const csv_field *f = &row->f[k];
            s->len[r][k] = f->n;
            s->line[r][k] = f->line;
            /* Fields are NUL-terminated at n. */
            s->unterminated += f->s[f->n] != '\0';
            snprintf(s->f[r][k], sizeof s->f[r][k], "%.*s", (int)f->n, f->s);
        }
    }
    s->rows++;
    return s->stop_after && s->rows >= s->stop_after;
}

static size_t parse(const char *text, seen *s)
{
    memset(s, 0, sizeof *s);
    s->full_text = -2;
    return csv_parse(text, strlen(text), collect, s);
}

static void test_is_export(void)
{
#define EXPORT(lit) csv_is_export((lit), strlen(lit))
    CHECK(EXPORT("id,full_text,title\n1,x,y\n"));
    CHECK(EXPORT("ID,Full_Text\n"));
    CHECK(EXPORT("\"full_text\",url"));
    CHECK(EXPORT("url,FULL_TEXT"));
    CHECK(!EXPORT("full_text\nabc,def"));        /* no comma in line 1 */
    CHECK(!EXPORT("a,b\nfull_text,c\n"));        /* not in the first line */
    CHECK(!EXPORT("id,text,title\n"));
    CHECK(!EXPORT("全年地区生产总值1277.93亿元，增长4.8%。\n"));
    CHECK(!EXPORT(""));
    CHECK(!EXPORT("a,full_tex"));
#undef EXPORT
}

static void test_column(void)
{
    csv_field f[] = {{"id", 2, 1}, {"Full_Text", 9, 1}, {"title", 5, 1},
                     {"URL", 3, 1}};
    csv_row header = {f, 4};
    CHECK_INT(csv_column(&header, "id"), 0);
    CHECK_INT(csv_column(&header, "full_text"), 1);
    CHECK_INT(csv_column(&header, "FULL_TEXT"), 1);
    CHECK_INT(csv_column(&header, "title"), 2);
    CHECK_INT(csv_column(&header, "url"), 3);
    CHECK_INT(csv_column(&header, "full"), -1);
    CHECK_INT(csv_column(&header, "missing"), -1);
    csv_row empty = {NULL, 0};
    CHECK_INT(csv_column(&empty, "id"), -1);
}

static void test_quoted(void)
{
    static const char text[] =
        "id,Full_Text,title\n"                           /* line 1 */
        "1,\"第一段,含逗号\n"                            /* line 2 */
        "第二行 \"\"引号\"\"\",标题\n"                   /* line 3 */
        "2,plain,\"\"\n"                                 /* line 4 */
        "3,\"a\n\nb\",\"c\nd\"\n";                       /* lines 5-8 */
    seen s;
    CHECK_INT(parse(text, &s), 3);
    CHECK_INT(s.header_n, 3);
    CHECK_STR(s.header[1], "Full_Text");
    CHECK_INT(s.full_text, 1);

    CHECK_INT(s.n[0], 3);
    CHECK_STR(s.f[0][0], "1");
    CHECK_STR(s.f[0][1], "第一段,含逗号\n第二行 \"引号\"");
    CHECK_STR(s.f[0][2], "标题");
    CHECK_INT(s.line[0][0], 2);
    CHECK_INT(s.line[0][1], 2);
    CHECK_INT(s.line[0][2], 3);      /* starts after the embedded newline */

    CHECK_INT(s.n[1], 3);
    CHECK_STR(s.f[1][1], "plain");
    CHECK_STR(s.f[1][2], "");        /* "" is an empty field */
    CHECK_INT(s.len[1][2], 0);
    CHECK_INT(s.line[1][0], 4);
    CHECK_INT(s.line[1][2], 4);

    CHECK_STR(s.f[2][1], "a\n\nb");
    CHECK_STR(s.f[2][2], "c\nd");
    CHECK_INT(s.line[2][0], 5);
    CHECK_INT(s.line[2][1], 5);
    CHECK_INT(s.line[2][2], 7);
}

/* Every field the callback gets is NUL-terminated at its length. */
static void test_nul_terminated(void)
{
    seen s;
    parse("id,full_text,title\n1,\"a,b\",c\n2,\"\"\"x\"\"\",y\n", &s);
    CHECK_INT(s.rows, 2);
    CHECK_INT(s.unterminated, 0);
    parse("a,b\n\"c\nd\",\n", &s);
    CHECK_INT(s.unterminated, 0);
    parse("a,b\n1,\"long\"\n2,\"\"\n", &s);
    CHECK_INT(s.rows, 2);
    CHECK_INT(s.len[1][1], 0);
    CHECK_INT(s.unterminated, 0);
}

static void test_line_ends(void)
{
    seen s;
    /* CRLF rows, no newline after the last. */
    CHECK_INT(parse("a,b\r\n1,2\r\n3,4", &s), 2);
    CHECK_STR(s.f[0][1], "2");
    CHECK_STR(s.f[1][0], "3");
    CHECK_STR(s.f[1][1], "4");
    CHECK_INT(s.line[1][0], 3);
    /* CRLF inside a quoted field is kept; the lines still count. */
    CHECK_INT(parse("a,b\r\n\"x\r\ny\",z\r\nq,r\r\n", &s), 2);
    CHECK_STR(s.f[0][0], "x\r\ny");
    CHECK_INT(s.line[0][1], 3);
    CHECK_INT(s.line[1][0], 4);
    /* Blank lines are no rows, but they count as lines. */
    CHECK_INT(parse("a,b\n\n1,2\n\n", &s), 1);
    CHECK_INT(s.line[0][0], 3);
    /* Empty fields. */
    CHECK_INT(parse("a,b,c\n,,\n", &s), 1);
    CHECK_INT(s.n[0], 3);
    CHECK(s.len[0][0] == 0 && s.len[0][1] == 0 && s.len[0][2] == 0);
    /* A header alone has no data rows. */
    CHECK_INT(parse("id,full_text\n", &s), 0);
    CHECK_INT(parse("", &s), 0);
}

static void test_unterminated(void)
{
    seen s;
    /* An unterminated quote runs to the end, commas and newlines included. */
    CHECK_INT(parse("id,full_text\n1,\"abc,def\nghi\n", &s), 1);
    CHECK_INT(s.n[0], 2);
    CHECK_STR(s.f[0][1], "abc,def\nghi\n");
    CHECK_INT(s.line[0][1], 2);
    CHECK_INT(parse("id,full_text\n\"x", &s), 1);
    CHECK_INT(s.n[0], 1);
    CHECK_STR(s.f[0][0], "x");
}

static void test_stop(void)
{
    seen s;
    memset(&s, 0, sizeof s);
    s.stop_after = 1;
    static const char text[] = "a\n1\n2\n3\n";
    size_t rows = csv_parse(text, strlen(text), collect, &s);
    CHECK_INT(s.rows, 1);
    CHECK_INT(rows, 1);
    CHECK_STR(s.f[0][0], "1");
}

int main(void)
{
    test_is_export();
    test_column();
    test_quoted();
    test_nul_terminated();
    test_line_ends();
    test_unterminated();
    test_stop();
    return check_done();
}
