/* test_out.c — the row writer (src/out.c): escaping in TSV, JSON and CSV,
 * nulls, numbers and booleans, the BOM, empty tables, columns shown in one
 * format only, nested rows, string lists, maps, and misuse aborting. */
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "out.h"

/* What fill writes through a writer of cols in fmt; malloc'd. */
static char *render(out_format fmt, int bom, const out_columns *cols,
                    void (*fill)(out_writer *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    out_writer *w = out_open(f, fmt, bom, cols);
    fill(w);
    out_close(w);
    fclose(f);
    return buf;
}

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
           "s\nplain\na\\tb\nl\\nm\nr\\rs\nb\\\\s\nq\"q\nc,c\n\n\x01\x7f\n"
           "汉字 \n\"\\r\\n,\n");
    EXPECT(OUT_CSV, 0, &str_columns, fill_hard,
           "s\r\nplain\r\na\tb\r\n\"l\nm\"\r\n\"r\rs\"\r\nb\\s\r\n"
           "\"q\"\"q\"\r\n\"c,c\"\r\n\"\"\r\n\x01\x7f\r\n汉字 \r\n"
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
static const out_columns bad_schemas[] = {
    OUT_COLUMNS(bad_map_cols), OUT_COLUMNS(bad_rows_cols),
    OUT_COLUMNS(bad_strs_cols), OUT_COLUMNS(json_only_cols),
};

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
}

int main(void)
{
    test_escaping();
    test_scalars();
    test_empty_and_bom();
    test_where();
    test_nested();
    test_map();
    test_misuse();
    return check_done();
}
