/* test_json_check.c — the strict JSON reader of the fuzz targets
 * (tests/fuzz/json_check.c): what it takes, what it refuses (each rule of
 * its contract broken once) and the strings it hands over, decoded. */
#include <string.h>

#include "check.h"
#include "json_check.h"

static int ok(const char *s)
{
    return json_check(s, strlen(s), NULL, NULL);
}

typedef struct got {
    char all[256]; /* the strings seen, each followed by '|' */
    size_t n;
} got;

static void keep(void *ctx, const char *s, size_t n)
{
    got *g = ctx;
    if (g->n + n + 1 < sizeof g->all) {
        memcpy(g->all + g->n, s, n);
        g->n += n;
        g->all[g->n++] = '|';
        g->all[g->n] = '\0';
    }
}

static void test_valid(void)
{
    CHECK(ok("[]"));
    CHECK(ok(" {} \n"));
    CHECK(ok("[\n  {\"a\": 1, \"b\": null},\n  {\"c\": [true, false]}\n]\n"));
    CHECK(ok("-0.5e+10"));
    CHECK(ok("0"));
    CHECK(ok("\"\\ud83d\\ude00 \\u00e9 \\/ \\b\\f\\n\\r\\t\""));
    CHECK(ok("\"汉字 \xEF\xBF\xBD \x7F\"")); /* a U+FFFD written out; DEL */
    char deep[200] = "";
    for (int i = 0; i < 64; i++)
        strcat(deep, "[");
    for (int i = 0; i < 64; i++)
        strcat(deep, "]");
    CHECK(ok(deep));
}

static void test_invalid(void)
{
    CHECK(!ok(""));
    CHECK(!ok("[] []"));
    CHECK(!ok("[1,]"));
    CHECK(!ok("{\"a\" 1}"));
    CHECK(!ok("{1: 2}"));
    CHECK(!ok("[01]"));
    CHECK(!ok("[1.]"));
    CHECK(!ok("[1e]"));
    CHECK(!ok("[tru]"));
    CHECK(!ok("\"open"));
    CHECK(!ok("\"tab\there\""));         /* a raw control character */
    CHECK(!ok("\"\\x41\""));             /* no such escape */
    CHECK(!ok("\"\\u12g4\""));
    CHECK(!ok("\"\\ud83d\""));           /* a lone high surrogate */
    CHECK(!ok("\"\\ude00\\ud83d\""));    /* a low one first */
    CHECK(!ok("\"\xFF\""));              /* invalid UTF-8 */
    CHECK(!ok("\"\xE6\xB1\""));          /* a truncated character */
    CHECK(!ok("\"\xC0\xAF\""));          /* overlong */
    CHECK(!ok("\"\xED\xA0\x80\""));      /* a surrogate as UTF-8 */
    char deep[200] = "";
    for (int i = 0; i < 66; i++)
        strcat(deep, "[");
    for (int i = 0; i < 66; i++)
        strcat(deep, "]");
    CHECK(!ok(deep));
}

static void test_strings(void)
{
    got g = {{0}, 0};
    const char *s = "[{\"k\\\"ey\": \"v\\nw\", \"n\": 3, \"l\": [\"\\u6c49\", \"\"]}]";
    CHECK(json_check(s, strlen(s), keep, &g));
    CHECK_STR(g.all, "k\"ey|v\nw|n|l|汉||");
    got nul = {{0}, 0};
    CHECK(json_check("\"a\\u0000b\"", 10, keep, &nul));
    CHECK_INT(nul.n, 4);
    CHECK(memcmp(nul.all, "a\0b|", 4) == 0);
}

int main(void)
{
    test_valid();
    test_invalid();
    test_strings();
    return check_done();
}
