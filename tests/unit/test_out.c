/* test_out.c — the row writer (src/out.c): escaping in TSV, JSON and CSV,
 * nulls, numbers and booleans, the BOM, empty tables, columns shown in one
 * format only, nested rows, string lists, maps, and misuse aborting; the
 * escaping rule itself (out_escape in each spelling: every class of
 * character, lossless read-back of TSV's) , OUT_BYTES' NAME_bytes, and
 * out_error's messages. */
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "out.h"
#include "utf8.h"

/* What fill writes through a writer of cols in fmt (opened with
 * out_open_one when one is set); malloc'd. */
static char *render_as(out_format fmt, int bom, const out_columns *cols,
                       void (*fill)(out_writer *), int one)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    out_writer *w = (one ? out_open_one : out_open)(f, fmt, bom, cols);
    fill(w);
    out_close(w);
    fclose(f);
    return buf;
}

static char *render(out_format fmt, int bom, const out_columns *cols,
                    void (*fill)(out_writer *))
{
    return render_as(fmt, bom, cols, fill, 0);
}

#define EXPECT_AS(fmt, cols, fill, one, want)                                \
    do {                                                                     \
        char *got_ = render_as((fmt), 0, (cols), (fill), (one));             \
        CHECK_STR(got_, (want));                                             \
        free(got_);                                                          \
    } while (0)
#define EXPECT(fmt, bom, cols, fill, want)                                   \
    do {                                                                     \
        char *got_ = render((fmt), (bom), (cols), (fill));                   \
        CHECK_STR(got_, (want));                                             \
        free(got_);                                                          \
    } while (0)

/* --- escaping: one string column, one row per hard case --- */

static const out_column str_cols[] = {{"s", OUT_STR, OUT_IN_ALL, 0, NULL}};
static const out_columns str_columns = OUT_COLUMNS(str_cols);
static const char *const hard[] = {"plain", "a\tb", "l\nm", "r\rs", "b\\s",
                                   "q\"q", "c,c", "", "\x01\x7f", "汉字 ",
                                   "\"\r\n,"};

static void fill_hard(out_writer *w)
{
    for (size_t i = 0; i < sizeof hard / sizeof hard[0]; i++) {
        out_row_begin(w);
        out_str(w, hard[i]);
        out_row_end(w);
    }
}

static void test_escaping(void)
{
    EXPECT(OUT_TSV, 0, &str_columns, fill_hard,
           "s\nplain\na\\tb\nl\\nm\nr\\rs\nb\\\\s\nq\"q\nc,c\n\n\\x01\\x7f\n"
           "汉字 \n\"\\r\\n,\n");
    EXPECT(OUT_CSV, 0, &str_columns, fill_hard,
           "s\r\nplain\r\na\tb\r\n\"l\nm\"\r\n\"r\rs\"\r\nb\\s\r\n"
           "\"q\"\"q\"\r\n\"c,c\"\r\n\"\"\r\n\\x01\\x7f\r\n汉字 \r\n"
           "\"\"\"\r\n,\"\r\n");
    EXPECT(OUT_JSON, 0, &str_columns, fill_hard,
           "[\n  {\"s\": \"plain\"},\n  {\"s\": \"a\\tb\"},\n  {\"s\": \"l\\nm\"},"
           "\n  {\"s\": \"r\\rs\"},\n  {\"s\": \"b\\\\s\"},\n  {\"s\": \"q\\\"q\"},"
           "\n  {\"s\": \"c,c\"},\n  {\"s\": \"\"},\n  {\"s\": \"\\u0001\\u007f\"},"
           "\n  {\"s\": \"汉字 \"},\n  {\"s\": \"\\\"\\r\\n,\"}\n]\n");
}

/* --- scalars and nulls --- */

static const out_column scalar_cols[] = {
    {"name", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"n", OUT_INT, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
    {"x", OUT_NUM, OUT_IN_ALL | OUT_NULLABLE, 2, NULL},
    {"ok", OUT_BOOL, OUT_IN_ALL, 0, NULL},
    {"s", OUT_STR, OUT_IN_ALL | OUT_NULLABLE, 0, NULL},
};
static const out_columns scalar_columns = OUT_COLUMNS(scalar_cols);

static void fill_scalars(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "a");
    out_int(w, 42);
    out_num(w, 3.14159);
    out_bool(w, 1);
    out_str(w, "");
    out_row_end(w);
    out_row_begin(w);
    out_str(w, "b");
    out_null(w);
    out_null(w);
    out_bool(w, 0);
    out_null(w);
    out_row_end(w);
    out_row_begin(w);
    out_str(w, "c");
    out_int(w, -9223372036854775807LL - 1);
    out_num(w, -0.5);
    out_bool(w, 7);
    out_str(w, "x");
    out_row_end(w);
}

static void fill_nothing(out_writer *w)
{
    (void)w;
}

static void test_scalars(void)
{
    EXPECT(OUT_TSV, 0, &scalar_columns, fill_scalars,
           "name\tn\tx\tok\ts\na\t42\t3.14\ttrue\t\nb\t\t\tfalse\t\n"
           "c\t-9223372036854775808\t-0.50\ttrue\tx\n");
    EXPECT(OUT_CSV, 0, &scalar_columns, fill_scalars,
           "name,n,x,ok,s\r\na,42,3.14,true,\r\nb,,,false,\r\n"
           "c,-9223372036854775808,-0.50,true,x\r\n");
    EXPECT(OUT_JSON, 0, &scalar_columns, fill_scalars,
           "[\n  {\"name\": \"a\", \"n\": 42, \"x\": 3.14, \"ok\": true, \"s\": \"\"},"
           "\n  {\"name\": \"b\", \"n\": null, \"x\": null, \"ok\": false, \"s\": null},"
           "\n  {\"name\": \"c\", \"n\": -9223372036854775808, \"x\": -0.50, "
           "\"ok\": true, \"s\": \"x\"}\n]\n");
}

static const out_column short_cols[] = {
    {"x", OUT_NUM, OUT_IN_ALL, OUT_DIGITS_SHORT, NULL},
};
static const out_columns short_columns = OUT_COLUMNS(short_cols);

static void fill_short(out_writer *w)
{
    static const double v[] = {13.4, 1277.93e8, 3.35e13, 1e40, -0.3, 5};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        out_row_begin(w);
        out_num(w, v[i]);
        out_row_end(w);
    }
}

/* OUT_DIGITS_SHORT: 15 significant digits, no trailing zeros, an exponent
 * where the number is too long (JSON takes it as it is). */
static void test_short_numbers(void)
{
    EXPECT(OUT_TSV, 0, &short_columns, fill_short,
           "x\n13.4\n127793000000\n33500000000000\n1e+40\n-0.3\n5\n");
    EXPECT(OUT_JSON, 0, &short_columns, fill_short,
           "[\n  {\"x\": 13.4},\n  {\"x\": 127793000000},\n  {\"x\": 33500000000000},"
           "\n  {\"x\": 1e+40},\n  {\"x\": -0.3},\n  {\"x\": 5}\n]\n");
}

static void test_empty_and_bom(void)
{
    EXPECT(OUT_TSV, 0, &scalar_columns, fill_nothing, "name\tn\tx\tok\ts\n");
    EXPECT(OUT_CSV, 0, &scalar_columns, fill_nothing, "name,n,x,ok,s\r\n");
    EXPECT(OUT_JSON, 0, &scalar_columns, fill_nothing, "[]\n");
    EXPECT(OUT_CSV, 1, &scalar_columns, fill_nothing,
           "\xEF\xBB\xBFname,n,x,ok,s\r\n");
    EXPECT(OUT_CSV, 1, &scalar_columns, fill_scalars,
           "\xEF\xBB\xBFname,n,x,ok,s\r\na,42,3.14,true,\r\nb,,,false,\r\n"
           "c,-9223372036854775808,-0.50,true,x\r\n");
    /* The BOM is CSV's only. */
    EXPECT(OUT_TSV, 1, &scalar_columns, fill_nothing, "name\tn\tx\tok\ts\n");
    EXPECT(OUT_JSON, 1, &scalar_columns, fill_nothing, "[]\n");
}

/* --- columns of one format only --- */

static const out_column where_cols[] = {
    {"a", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"j", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"f", OUT_STR, OUT_IN_FLAT, 0, NULL},
    {"k", OUT_BOOL, OUT_IN_JSON | OUT_NULLABLE, 0, NULL},
};
static const out_columns where_columns = OUT_COLUMNS(where_cols);

static void fill_where(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "x");
    out_int(w, 1);
    out_str(w, "y,z");
    out_null(w);
    out_row_end(w);
}

static void test_where(void)
{
    EXPECT(OUT_TSV, 0, &where_columns, fill_where, "a\tf\nx\ty,z\n");
    EXPECT(OUT_CSV, 0, &where_columns, fill_where, "a,f\r\nx,\"y,z\"\r\n");
    EXPECT(OUT_JSON, 0, &where_columns, fill_where,
           "[\n  {\"a\": \"x\", \"j\": 1, \"k\": null}\n]\n");
}

/* --- nested rows and string lists --- */

static const out_column kid_cols[] = {
    {"k", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"v", OUT_STRS, OUT_IN_ALL, 0, NULL},
};
static const out_columns kid_columns = OUT_COLUMNS(kid_cols);
static const out_column parent_cols[] = {
    {"p", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"q", OUT_STR, OUT_IN_JSON, 0, NULL},
    {"kids", OUT_ROWS, OUT_IN_ALL, 0, &kid_columns},
};
static const out_columns parent_columns = OUT_COLUMNS(parent_cols);

static void kid(out_writer *w, long long k, const char *const *v, size_t n)
{
    out_row_begin(w);
    out_int(w, k);
    out_strs(w, v, n);
    out_row_end(w);
}

static void parent(out_writer *w, const char *p, const char *q)
{
    out_row_begin(w);
    out_str(w, p);
    out_str(w, q);
    out_rows_begin(w);
}

static void parent_end(out_writer *w)
{
    out_rows_end(w);
    out_row_end(w);
}

static void fill_nested(out_writer *w)
{
    static const char *const ab[] = {"a", "b"}, *const xy[] = {"x\ty", ""};
    parent(w, "P1", "Q1");
    kid(w, 1, ab, 2);
    kid(w, 2, NULL, 0);
    parent_end(w);
    parent(w, "P2", "Q2");
    parent_end(w);
    parent(w, "P,3", "Q3");
    kid(w, 3, xy, 2);
    parent_end(w);
}

static void test_nested(void)
{
    EXPECT(OUT_TSV, 0, &parent_columns, fill_nested,
           "p\tk\tv\nP1\t1\ta\tb\nP1\t2\nP,3\t3\tx\\ty\t\n");
    EXPECT(OUT_CSV, 0, &parent_columns, fill_nested,
           "p,k,v\r\nP1,1,a,b\r\nP1,2\r\n\"P,3\",3,x\ty,\r\n");
    EXPECT(OUT_JSON, 0, &parent_columns, fill_nested,
           "[\n  {\"p\": \"P1\", \"q\": \"Q1\", \"kids\": ["
           "\n    {\"k\": 1, \"v\": [\"a\", \"b\"]},"
           "\n    {\"k\": 2, \"v\": []}\n  ]},"
           "\n  {\"p\": \"P2\", \"q\": \"Q2\", \"kids\": []},"
           "\n  {\"p\": \"P,3\", \"q\": \"Q3\", \"kids\": ["
           "\n    {\"k\": 3, \"v\": [\"x\\ty\", \"\"]}\n  ]}\n]\n");
    EXPECT(OUT_JSON, 0, &parent_columns, fill_nothing, "[]\n");
    EXPECT(OUT_CSV, 0, &parent_columns, fill_nothing, "p,k,v\r\n");
}

/* --- maps: JSON only, left out when empty --- */

static const out_column map_cols[] = {
    {"id", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"hints", OUT_MAP, OUT_IN_JSON, 0, NULL},
};
static const out_columns map_columns = OUT_COLUMNS(map_cols);

static void fill_map(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "a");
    out_map_begin(w);
    out_map_end(w);
    out_row_end(w);
    out_row_begin(w);
    out_str(w, "b");
    out_map_begin(w);
    out_map_pair(w, "k", "v");
    out_map_pair(w, "q\"", "x\ny");
    out_map_end(w);
    out_row_end(w);
}

static void test_map(void)
{
    EXPECT(OUT_JSON, 0, &map_columns, fill_map,
           "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"hints\": "
           "{\"k\": \"v\", \"q\\\"\": \"x\\ny\"}}\n]\n");
    EXPECT(OUT_TSV, 0, &map_columns, fill_map, "id\na\nb\n");
    EXPECT(OUT_CSV, 0, &map_columns, fill_map, "id\r\na\r\nb\r\n");
}

/* --- objects, and one row as one object --- */

static const out_column side_cols[] = {
    {"title", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
};
static const out_columns side_columns = OUT_COLUMNS(side_cols);
static const out_column pair_cols[] = {
    {"status", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"a_line", OUT_INT, OUT_IN_FLAT, 0, NULL},
    {"a", OUT_OBJ, OUT_IN_JSON | OUT_NULLABLE, 0, &side_columns},
};
static const out_columns pair_columns = OUT_COLUMNS(pair_cols);
static const out_column whole_cols[] = {
    {"a", OUT_OBJ, OUT_IN_JSON, 0, &side_columns},
    {"pairs", OUT_ROWS, OUT_IN_ALL, 0, &pair_columns},
};
static const out_columns whole_columns = OUT_COLUMNS(whole_cols);

static void side(out_writer *w, const char *title, long long line)
{
    out_obj_begin(w);
    out_str(w, title);
    out_int(w, line);
    out_obj_end(w);
}

static void fill_whole(out_writer *w)
{
    out_row_begin(w);
    side(w, "报告\t", 1);
    out_rows_begin(w);
    out_row_begin(w);
    out_str(w, "same");
    out_int(w, 3);
    side(w, "一", 3);
    out_row_end(w);
    out_row_begin(w);
    out_str(w, "added");
    out_int(w, 0);
    out_null(w);
    out_row_end(w);
    out_rows_end(w);
    out_row_end(w);
}

static void test_objects(void)
{
    EXPECT_AS(OUT_JSON, &whole_columns, fill_whole, 1,
              "{\"a\": {\"title\": \"报告\\t\", \"line\": 1}, \"pairs\": ["
              "\n    {\"status\": \"same\", \"a\": {\"title\": \"一\", \"line\": 3}},"
              "\n    {\"status\": \"added\", \"a\": null}\n  ]}\n");
    EXPECT_AS(OUT_TSV, &whole_columns, fill_whole, 1,
              "status\ta_line\nsame\t3\nadded\t0\n");
    EXPECT_AS(OUT_CSV, &whole_columns, fill_whole, 1,
              "status,a_line\r\nsame,3\r\nadded,0\r\n");
    /* an array of such rows without out_open_one */
    EXPECT_AS(OUT_JSON, &whole_columns, fill_whole, 0,
              "[\n  {\"a\": {\"title\": \"报告\\t\", \"line\": 1}, \"pairs\": ["
              "\n    {\"status\": \"same\", \"a\": {\"title\": \"一\", \"line\": 3}},"
              "\n    {\"status\": \"added\", \"a\": null}\n  ]}\n]\n");
}

/* --- nested rows in JSON only, beside the flat ones --- */

static const out_column note_cols[] = {
    {"n", OUT_INT, OUT_IN_ALL, 0, NULL},
};
static const out_columns note_columns = OUT_COLUMNS(note_cols);
static const out_column extra_cols[] = {
    {"a", OUT_OBJ, OUT_IN_JSON, 0, &side_columns},
    {"pairs", OUT_ROWS, OUT_IN_ALL, 0, &pair_columns},
    {"notes", OUT_ROWS, OUT_IN_JSON, 0, &note_columns},
    {"more", OUT_ROWS, OUT_IN_JSON, 0, &note_columns},
};
static const out_columns extra_columns = OUT_COLUMNS(extra_cols);

static void notes(out_writer *w, int n)
{
    out_rows_begin(w);
    for (int k = 1; k <= n; k++) {
        out_row_begin(w);
        out_int(w, k);
        out_row_end(w);
    }
    out_rows_end(w);
}

static void fill_extra(out_writer *w)
{
    out_row_begin(w);
    side(w, "报告", 1);
    out_rows_begin(w);
    out_row_begin(w);
    out_str(w, "same");
    out_int(w, 3);
    side(w, "一", 3);
    out_row_end(w);
    out_rows_end(w);
    notes(w, 2);
    notes(w, 0);
    out_row_end(w);
}

static void test_json_rows(void)
{
    EXPECT_AS(OUT_JSON, &extra_columns, fill_extra, 1,
              "{\"a\": {\"title\": \"报告\", \"line\": 1}, \"pairs\": ["
              "\n    {\"status\": \"same\", \"a\": {\"title\": \"一\", \"line\": 3}}\n  ], "
              "\"notes\": [\n    {\"n\": 1},\n    {\"n\": 2}\n  ], \"more\": []}\n");
    /* the flat formats: the flat rows alone, the JSON-only rows dropped */
    EXPECT_AS(OUT_TSV, &extra_columns, fill_extra, 1, "status\ta_line\nsame\t3\n");
    EXPECT_AS(OUT_CSV, &extra_columns, fill_extra, 1, "status,a_line\r\nsame,3\r\n");
}

/* --- misuse is a bug: the writer aborts --- */

static void wrong_type(out_writer *w)
{
    out_row_begin(w);
    out_int(w, 1);
}

static void null_not_nullable(out_writer *w)
{
    out_row_begin(w);
    out_null(w);
}

static void row_short(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "name");
    out_row_end(w);
}

static void too_many(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "a");
    out_str(w, "b");
}

static void outside_row(out_writer *w)
{
    out_str(w, "a");
}

static void left_open(out_writer *w)
{
    out_row_begin(w);
}

static void not_finite(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "a");
    out_null(w);
    out_num(w, INFINITY);
}

static void object_short(out_writer *w)
{
    out_row_begin(w);
    out_obj_begin(w);
    out_str(w, "t");
    out_obj_end(w);
}

static const out_column bad_map_cols[] = {{"m", OUT_MAP, OUT_IN_ALL, 0, NULL}};
static const out_column bad_rows_cols[] = {
    {"kids", OUT_ROWS, OUT_IN_ALL, 0, &kid_columns},
    {"p", OUT_STR, OUT_IN_ALL, 0, NULL},
};
static const out_column bad_strs_cols[] = {
    {"v", OUT_STRS, OUT_IN_ALL, 0, NULL},
    {"p", OUT_STR, OUT_IN_ALL, 0, NULL},
};
static const out_column json_only_cols[] = {{"j", OUT_STR, OUT_IN_JSON, 0, NULL}};
static const out_column bad_bytes_cols[] = {{"n", OUT_INT, OUT_IN_ALL | OUT_BYTES, 0, NULL}};
static const out_column flat_obj_cols[] = {
    {"s", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"o", OUT_OBJ, OUT_IN_ALL, 0, &side_columns},
};
static const out_column rows_obj_cols[] = {
    {"s", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"o", OUT_OBJ, OUT_IN_JSON, 0, &parent_columns},
};
static const out_column two_rows_cols[] = { /* two flat nested rows */
    {"s", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"kids", OUT_ROWS, OUT_IN_ALL, 0, &kid_columns},
    {"more", OUT_ROWS, OUT_IN_ALL, 0, &kid_columns},
};
static const out_column flat_rows_cols[] = { /* nested rows only flat */
    {"s", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"kids", OUT_ROWS, OUT_IN_FLAT, 0, &kid_columns},
};
static const out_column json_rows_before_cols[] = { /* JSON-only rows, then
                                                       a flat column: fine */
    {"j", OUT_ROWS, OUT_IN_JSON, 0, &kid_columns},
    {"s", OUT_STR, OUT_IN_ALL, 0, NULL},
};
static const out_columns bad_schemas[] = {
    OUT_COLUMNS(bad_map_cols), OUT_COLUMNS(bad_rows_cols),
    OUT_COLUMNS(bad_strs_cols), OUT_COLUMNS(json_only_cols),
    OUT_COLUMNS(bad_bytes_cols), OUT_COLUMNS(flat_obj_cols),
    OUT_COLUMNS(rows_obj_cols), OUT_COLUMNS(two_rows_cols),
    OUT_COLUMNS(flat_rows_cols),
};
static const out_columns json_rows_before = OUT_COLUMNS(json_rows_before_cols);

/* Whether fill, run on a writer of cols in a child process, dies of
 * SIGABRT (its message to stderr is thrown away). */
static int aborts(const out_columns *cols, void (*fill)(out_writer *))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        FILE *null = fopen("/dev/null", "w");
        if (null)
            dup2(fileno(null), 2);
        char *got = render(OUT_TSV, 0, cols, fill);
        free(got);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void test_misuse(void)
{
    CHECK(aborts(&str_columns, wrong_type));
    CHECK(aborts(&str_columns, null_not_nullable));
    CHECK(aborts(&scalar_columns, row_short));
    CHECK(aborts(&str_columns, too_many));
    CHECK(aborts(&str_columns, outside_row));
    CHECK(aborts(&str_columns, left_open));
    CHECK(aborts(&scalar_columns, not_finite));
    for (size_t i = 0; i < sizeof bad_schemas / sizeof bad_schemas[0]; i++)
        CHECK(aborts(&bad_schemas[i], fill_nothing));
    /* and what is right does not abort */
    CHECK(!aborts(&scalar_columns, fill_scalars));
    CHECK(!aborts(&parent_columns, fill_nested));
    CHECK(!aborts(&whole_columns, fill_whole));
    CHECK(!aborts(&extra_columns, fill_extra));
    CHECK(!aborts(&json_rows_before, fill_nothing));
    CHECK(aborts(&whole_columns, object_short));
}

/* --- the escaping rule (out.h): every class of character --- */

/* out_escape of s spelt how; malloc'd. */
static char *escaped(const char *s, out_escaping how)
{
    sbuf b = {0};
    out_escape(&b, s, how);
    sbuf_addc(&b, '\0'); /* b.p set even for "" */
    return b.p;
}

#define ESCAPES(s, line, csv, json)                                          \
    do {                                                                     \
        char *l_ = escaped((s), OUT_ESC_LINE), *c_ = escaped((s), OUT_ESC_CSV), \
             *j_ = escaped((s), OUT_ESC_JSON);                               \
        CHECK_STR(l_, (line));                                               \
        CHECK_STR(c_, (csv));                                                \
        CHECK_STR(j_, (json));                                               \
        free(l_);                                                            \
        free(c_);                                                            \
        free(j_);                                                            \
    } while (0)

static void test_rule(void)
{
    ESCAPES("", "", "", "");
    ESCAPES("报告 2023.txt", "报告 2023.txt", "报告 2023.txt", "报告 2023.txt");
    /* OSC and CSI: ESC and BEL */
    ESCAPES("\x1b]2;PWNED\x07.txt", "\\x1b]2;PWNED\\x07.txt",
            "\\x1b]2;PWNED\\x07.txt", "\\u001b]2;PWNED\\u0007.txt");
    ESCAPES("\x1b[2J", "\\x1b[2J", "\\x1b[2J", "\\u001b[2J");
    ESCAPES("\x01\x1f\x7f", "\\x01\\x1f\\x7f", "\\x01\\x1f\\x7f",
            "\\u0001\\u001f\\u007f");
    /* tab, newline, CR, backslash, quote: each spelling's own */
    ESCAPES("a\tb\nc\rd\\e\"f", "a\\tb\\nc\\rd\\\\e\"f", "a\tb\nc\rd\\e\"\"f",
            "a\\tb\\nc\\rd\\\\e\\\"f");
    /* a raw C1 byte is invalid UTF-8; U+009B encoded is a C1 control */
    ESCAPES("\x9b" "1m", "\\x9b" "1m", "\\x9b" "1m", "\\ufffd" "1m");
    ESCAPES("\xc2\x9b" "1m", "\\u009b" "1m", "\\u009b" "1m", "\\u009b" "1m");
    ESCAPES("\xc2\x80\xc2\x9f", "\\u0080\\u009f", "\\u0080\\u009f", "\\u0080\\u009f");
    /* bidi controls, each end of each range */
    ESCAPES("\xd8\x9c\xe2\x80\x8e\xe2\x80\x8f", "\\u061c\\u200e\\u200f",
            "\\u061c\\u200e\\u200f", "\\u061c\\u200e\\u200f");
    ESCAPES("a\xe2\x80\xaa\xe2\x80\xae" "b", "a\\u202a\\u202eb", "a\\u202a\\u202eb",
            "a\\u202a\\u202eb");
    ESCAPES("\xe2\x81\xa6\xe2\x81\xa9", "\\u2066\\u2069", "\\u2066\\u2069",
            "\\u2066\\u2069");
    /* their neighbours are text: U+00A0, U+200D, U+2029, U+202F, U+2065, U+206A */
    const char *near = "\xc2\xa0\xe2\x80\x8d\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa";
    ESCAPES(near, near, near, near);
    /* invalid UTF-8: each byte in TSV, one U+FFFD per bad sequence in JSON;
     * U+FFFD itself is text */
    ESCAPES("\xff", "\\xff", "\\xff", "\\ufffd");
    ESCAPES("a\xe6\x96" "b", "a\\xe6\\x96" "b", "a\\xe6\\x96" "b", "a\\ufffd" "b");
    ESCAPES("\xed\xa0\x80", "\\xed\\xa0\\x80", "\\xed\\xa0\\x80",
            "\\ufffd\\ufffd\\ufffd");
    ESCAPES("\xc0\xaf", "\\xc0\\xaf", "\\xc0\\xaf", "\\ufffd\\ufffd");
    ESCAPES("\xef\xbf\xbd", "\xef\xbf\xbd", "\xef\xbf\xbd", "\xef\xbf\xbd");
    ESCAPES("\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80",
            "\xf0\x9f\x98\x80");
    /* a truncated sequence at the end */
    ESCAPES("中\xe6", "中\\xe6", "中\\xe6", "中\\ufffd");
}

static int hex(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

/* TSV's escapes read back (out.h): \\ \t \n \r \xHH \uHHHH; -1 for
 * anything else after a backslash. */
static int unescape(const char *s, sbuf *out)
{
    for (; *s; s++) {
        if (*s != '\\') {
            sbuf_addc(out, *s);
            continue;
        }
        char c = *++s;
        if (c == '\\' || c == 't' || c == 'n' || c == 'r') {
            sbuf_addc(out, c == '\\' ? '\\' : c == 't' ? '\t' : c == 'n' ? '\n' : '\r');
        } else if (c == 'x' && s[1] && s[2]) {
            sbuf_addc(out, (char)(hex(s[1]) * 16 + hex(s[2])));
            s += 2;
        } else if (c == 'u' && strlen(s) >= 5) {
            uint32_t cp = 0;
            for (int i = 1; i <= 4; i++)
                cp = cp * 16 + (uint32_t)hex(s[i]);
            sbuf_addcp(out, cp);
            s += 4;
        } else {
            return -1;
        }
    }
    return 0;
}

/* What the rule promises of an escaped string: valid UTF-8 with no C0
 * control (but those allowed), DEL, C1 or bidi control. */
static int printable(const char *s, const char *allowed)
{
    size_t n = strlen(s);
    if (!utf8_valid(s, n))
        return 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if ((cp < 0x20 && !strchr(allowed, (int)cp)) || (cp >= 0x7F && cp <= 0x9F) ||
            cp == 0x061C || cp == 0x200E || cp == 0x200F ||
            (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            return 0;
        i += k;
    }
    return 1;
}

/* Random byte strings (of the bytes hostile names are made of, and
 * text): TSV's escape reads back to the same bytes, and every spelling is
 * printable. */
static void test_rule_lossless(void)
{
    static const char *const parts[] = {"\x1b", "\x07", "\t", "\n", "\r", "\\",
        "\"", "\x7f", "\x9b", "\xc2\x9b", "\xe2\x80\xae", "\xd8\x9c", "\xff",
        "\xe6\x96", "\xef\xbf\xbd", "中", "a", "\\x1b", "\\u202e", ","};
    enum { NPARTS = sizeof parts / sizeof parts[0] };
    uint32_t seed = 12345;
    int lost = 0, shown = 0;
    for (int round = 0; round < 2000; round++) {
        sbuf in = {0}, back = {0};
        sbuf_addc(&in, '\0');
        in.len = 0;
        for (int i = 0; i < round % 12; i++) {
            seed = seed * 1103515245u + 12345u;
            sbuf_adds(&in, parts[(seed >> 16) % NPARTS]);
        }
        char *l = escaped(in.p, OUT_ESC_LINE), *c = escaped(in.p, OUT_ESC_CSV),
             *j = escaped(in.p, OUT_ESC_JSON);
        sbuf_addc(&back, '\0');
        back.len = 0;
        lost |= unescape(l, &back) != 0 || strcmp(back.p, in.p) != 0;
        shown |= !printable(l, "") || !printable(c, "\t\n\r") || !printable(j, "");
        free(l);
        free(c);
        free(j);
        sbuf_free(&in);
        sbuf_free(&back);
    }
    CHECK(!lost);
    CHECK(!shown);
}

/* --- OUT_BYTES: NAME_bytes where a file name is not UTF-8 --- */

static const out_column bytes_cols[] = {
    {"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"of", OUT_STR, OUT_IN_ALL | OUT_BYTES | OUT_NULLABLE, 0, NULL},
    {"title", OUT_STR, OUT_IN_ALL, 0, NULL},
};
static const out_columns bytes_columns = OUT_COLUMNS(bytes_cols);

static void fill_bytes(out_writer *w)
{
    out_row_begin(w);
    out_str(w, "d/\xff.txt");
    out_null(w);
    out_str(w, "\xff");
    out_row_end(w);
    out_row_begin(w);
    out_str(w, "d/报告.txt");
    out_str(w, "\x1b\x9b");
    out_str(w, "t");
    out_row_end(w);
}

static void test_bytes(void)
{
    EXPECT(OUT_JSON, 0, &bytes_columns, fill_bytes,
           "[\n  {\"path\": \"d/\\ufffd.txt\", \"path_bytes\": [100, 47, 255, 46, "
           "116, 120, 116], \"of\": null, \"title\": \"\\ufffd\"},\n"
           "  {\"path\": \"d/报告.txt\", \"of\": \"\\u001b\\ufffd\", "
           "\"of_bytes\": [27, 155], \"title\": \"t\"}\n]\n");
    EXPECT(OUT_TSV, 0, &bytes_columns, fill_bytes,
           "path\tof\ttitle\nd/\\xff.txt\t\t\\xff\nd/报告.txt\t\\x1b\\x9b\tt\n");
    EXPECT(OUT_CSV, 0, &bytes_columns, fill_bytes,
           "path,of,title\r\nd/\\xff.txt,,\\xff\r\nd/报告.txt,\\x1b\\x9b,t\r\n");
}

/* --- out_error: one line on stderr, %s escaped --- */

/* What fn prints on stderr; malloc'd. */
static char *stderr_of(void (*fn)(void))
{
    fflush(stderr);
    int saved = dup(2);
    FILE *t = tmpfile();
    if (saved < 0 || !t)
        return NULL;
    dup2(fileno(t), 2);
    fn();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    long n = ftell(t);
    char *buf = calloc(1, n > 0 ? (size_t)n + 1 : 1);
    rewind(t);
    if (buf && n > 0 && fread(buf, 1, (size_t)n, t) != (size_t)n)
        buf[0] = '\0';
    fclose(t);
    return buf;
}

static void say_hostile(void)
{
    out_error("%s: %s", "d/\x1b[2J\xe2\x80\xae\xff\n.txt", "No such file");
    out_error("%zu file%s, %d%% (%s)", (size_t)3, "s", -7, "");
}

static void say_badly(out_writer *w)
{
    (void)w;
    out_error("%x", 1u);
}

static void test_error(void)
{
    char *got = stderr_of(say_hostile);
    CHECK_STR(got, "baogao: d/\\x1b[2J\\u202e\\xff\\n.txt: No such file\n"
                   "baogao: 3 files, -7% ()\n");
    free(got);
    CHECK(aborts(&str_columns, say_badly));
}

int main(void)
{
    test_escaping();
    test_scalars();
    test_short_numbers();
    test_empty_and_bom();
    test_where();
    test_nested();
    test_map();
    test_objects();
    test_json_rows();
    test_misuse();
    test_rule();
    test_rule_lossless();
    test_bytes();
    test_error();
    return check_done();
}
