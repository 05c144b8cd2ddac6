/* test_lines.c — unit tests of parse stage 2a (src/parse/lines): LF, CRLF,
 * lone CR and CR CR LF each end one line; counts in doc_stats; origins. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "doc.h"
#include "lines.h"

typedef struct split_result {
    size_t nlines;
    char joined[512];   /* the lines joined by '|' */
    char origins[256];  /* the origins joined by ',' */
    doc_stats st;
} split_result;

static void split(const char *s, size_t n, uint32_t first, split_result *r)
{
    arena a;
    arena_init(&a);
    memset(r, 0, sizeof *r);
    text t = lines_split(s, n, first, &a, &r->st, NULL);
    r->nlines = t.nlines;
    for (size_t i = 0; i < t.nlines; i++) {
        size_t len;
        const char *l = text_line(&t, i, &len);
        if (i) {
            strcat(r->joined, "|");
            strcat(r->origins, ",");
        }
        strncat(r->joined, l, len);
        snprintf(r->origins + strlen(r->origins),
                 sizeof r->origins - strlen(r->origins), "%u",
                 (unsigned)t.origin[i]);
    }
    check_at(t.bytes[t.len] == '\0' && t.off[t.nlines] == t.len, __FILE__,
             __LINE__, "text is terminated");
    arena_free(&a);
}

/* Splits a literal (from line 1) and checks lines, CRLF and lone CR counts. */
static void check_lines(const char *s, size_t n, const char *want_joined,
                        size_t want_lines, size_t crlf, size_t lone_cr,
                        int line)
{
    split_result r;
    split(s, n, 1, &r);
    check_str_at(r.joined, want_joined, __FILE__, line, "lines");
    check_int_at((long long)r.nlines, (long long)want_lines, __FILE__, line,
                 "nlines");
    check_int_at((long long)r.st.lines_in, (long long)want_lines, __FILE__,
                 line, "st.lines_in");
    check_int_at((long long)r.st.crlf, (long long)crlf, __FILE__, line,
                 "st.crlf");
    check_int_at((long long)r.st.lone_cr, (long long)lone_cr, __FILE__, line,
                 "st.lone_cr");
}

#define CHECK_LINES(lit, joined, nlines, crlf, lone_cr) \
    check_lines((lit), sizeof(lit) - 1, (joined), (nlines), (crlf), \
                (lone_cr), __LINE__)

static void test_line_ends(void)
{
    CHECK_LINES("", "", 0, 0, 0);
    CHECK_LINES("a", "a", 1, 0, 0);
    CHECK_LINES("a\nb\n", "a|b", 2, 0, 0);
    CHECK_LINES("a\nb", "a|b", 2, 0, 0);
    CHECK_LINES("a\r\nb\r\n", "a|b", 2, 2, 0);
    CHECK_LINES("a\rb\r", "a|b", 2, 0, 2);
    CHECK_LINES("a\r\r\nb", "a|b", 2, 1, 0);       /* CR CR LF is one end */
    CHECK_LINES("a\r\r\nb\r\r\n", "a|b", 2, 2, 0);
    CHECK_LINES("a\r\nb\nc\rd", "a|b|c|d", 4, 1, 1);
    CHECK_LINES("a\r\rb", "a||b", 3, 0, 2);        /* two lone CRs */
    CHECK_LINES("a\n\rb", "a||b", 3, 0, 1);        /* LF then lone CR */
    CHECK_LINES("a\n\r\nb", "a||b", 3, 1, 0);
    CHECK_LINES("a\r\n\r\nb", "a||b", 3, 2, 0);
    CHECK_LINES("a\r\r\r\nb", "a||b", 3, 1, 1);    /* CR, then CR CR LF */
    CHECK_LINES("\n", "", 1, 0, 0);
    CHECK_LINES("\r\n", "", 1, 1, 0);
    CHECK_LINES("\r", "", 1, 0, 1);
    CHECK_LINES("\n\n", "|", 2, 0, 0);
    CHECK_LINES("全年\r\n增长", "全年|增长", 2, 1, 0);
}

/* No empty line is made up after the last line end, whatever it is. */
static void test_no_trailing_empty_line(void)
{
    CHECK_LINES("a\n", "a", 1, 0, 0);
    CHECK_LINES("a\r\n", "a", 1, 1, 0);
    CHECK_LINES("a\r", "a", 1, 0, 1);
    CHECK_LINES("a\r\r\n", "a", 1, 1, 0);
    CHECK_LINES("a\r\r", "a|", 2, 0, 2);           /* but a blank line stays */
    CHECK_LINES("a\n\n", "a|", 2, 0, 0);
}

static void test_origins(void)
{
    split_result r;
    split("a\nb\r\nc\rd\r\r\ne", strlen("a\nb\r\nc\rd\r\r\ne"), 1, &r);
    CHECK_STR(r.joined, "a|b|c|d|e");
    CHECK_STR(r.origins, "1,2,3,4,5");

    /* A CSV field starting on line 40 of its file. */
    split("x\r\n\r\ny\n", 7, 40, &r);
    CHECK_STR(r.joined, "x||y");
    CHECK_STR(r.origins, "40,41,42");
    CHECK_INT(r.st.lines_in, 3);
    CHECK_INT(r.st.crlf, 2);

    /* Only n bytes count. */
    split("ab\ncd", 4, 1, &r);
    CHECK_STR(r.joined, "ab|c");
}

/* Counts add up in a doc_stats shared by several calls. */
static void test_stats_accumulate(void)
{
    arena a;
    arena_init(&a);
    doc_stats st;
    memset(&st, 0, sizeof st);
    lines_split("a\r\nb", 4, 1, &a, &st, NULL);
    lines_split("c\rd\r\n", 5, 1, &a, &st, NULL);
    CHECK_INT(st.crlf, 2);
    CHECK_INT(st.lone_cr, 1);
    arena_free(&a);
}

int main(void)
{
    test_line_ends();
    test_no_trailing_empty_line();
    test_origins();
    test_stats_accumulate();
    return check_done();
}
