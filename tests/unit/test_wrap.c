/* test_wrap.c — unit tests of ui/wrap: chosen cases (kinsoku, spaces,
 * hard breaks, runs wider than the line, odd widths around double-width
 * characters), then every paragraph of the sample corpus at widths 20,
 * 39, 40, 41, 79, 80 and 81 in both ambiguous-width modes, then a 1 MB
 * paragraph: each line fits, the lines give back the paragraph but for
 * spaces dropped at breaks, every break is one libunistring allows and
 * kinsoku too, or a cut in a run with no such break (the one exception),
 * and lines are filled greedily.
 *
 * Usage: test_wrap DATA_DIR   (tests/data: its *.txt files are read) */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unilbrk.h>

#include "cells.h"
#include "check.h"
#include "wrap.h"
#include "slurp.h"

typedef struct line {
    size_t a, b;
} line;

typedef struct lines {
    line *v;
    size_t n, cap;
} lines;

/* Wraps s[0..n) into ls (window: flags computed at a time, 0 default). */
static void wrap_all(const char *s, size_t n, int cols, int amb,
                     size_t window, lines *ls)
{
    wrap w;
    line l;
    wrap_init(&w, s, n, cols, amb);
    if (window)
        w.window = window;
    ls->n = 0;
    while (wrap_next(&w, &l.a, &l.b)) {
        if (ls->n == ls->cap) {
            ls->cap = ls->cap ? 2 * ls->cap : 64;
            ls->v = xrealloc(ls->v, ls->cap * sizeof *ls->v);
        }
        ls->v[ls->n++] = l;
    }
}

/* The lines of s joined by '|', in a static buffer. */
static const char *joined(const char *s, int cols, int amb)
{
    static char out[4096];
    static lines ls;
    size_t o = 0;
    wrap_all(s, strlen(s), cols, amb, 0, &ls);
    for (size_t k = 0; k < ls.n && o + 1 < sizeof out; k++) {
        size_t len = ls.v[k].b - ls.v[k].a;
        if (k)
            out[o++] = '|';
        if (len > sizeof out - 1 - o)
            len = sizeof out - 1 - o;
        memcpy(out + o, s + ls.v[k].a, len);
        o += len;
    }
    out[o] = '\0';
    return out;
}

static void test_kinsoku(void)
{
    CHECK_STR(joined("中文，中文。", 4, 0), "中|文，|中|文。");
    CHECK_STR(joined("中文，中文。", 5, 0), "中|文，|中|文。");
    CHECK_STR(joined("中文，中文。", 6, 0), "中文，|中文。");
    CHECK_STR(joined("甲乙丙（丁戊）", 8, 0), "甲乙丙|（丁戊）");
    CHECK_STR(joined("甲乙“丙丁”戊", 6, 0), "甲乙|“丙丁”|戊");
    CHECK_STR(joined("甲乙丙丁……戊", 10, 0), "甲乙丙丁……|戊");
    CHECK_STR(joined("甲乙丙丁……戊", 9, 0), "甲乙丙|丁……戊");
    CHECK_STR(joined("甲乙丙丁》戊", 8, 0), "甲乙丙|丁》戊");
    CHECK_STR(joined("甲乙丙丁、戊", 8, 0), "甲乙丙|丁、戊");
    CHECK_STR(joined("增长4.8%，达到1277.93亿元", 12, 0),
              "增长4.8%，达|到1277.93亿|元");
    CHECK_STR(joined("增长4.8%，达到1277.93亿元", 11, 0),
              "增长4.8%，|达到1277.93|亿元");
    /* with ambiwide, “ and ” take 2 cells */
    CHECK_STR(joined("甲“乙”丙", 6, 0), "甲“乙”|丙");
    CHECK_STR(joined("甲“乙”丙", 6, 1), "甲|“乙”|丙");
    /* not between Latin letters: libunistring's rule stands */
    CHECK_STR(joined("ab “cd” ef", 4, 0), "ab|“cd”|ef");
    CHECK_STR(joined("甲“cd”乙", 4, 0), "甲“c|d”乙");
    CHECK_STR(joined("foo (bar) baz, qux.", 8, 0), "foo|(bar)|baz,|qux.");
}

static void test_spaces(void)
{
    CHECK_STR(joined("hello world", 5, 0), "hello|world");
    CHECK_STR(joined("hello world", 6, 0), "hello|world");
    CHECK_STR(joined("hello world", 7, 0), "hello|world");
    CHECK_STR(joined("hello   world  ", 7, 0), "hello|world  ");
    CHECK_STR(joined("hello   world   ", 5, 0), "hello|world");
    CHECK_STR(joined("  indented text", 10, 0), "  indented|text");
    CHECK_STR(joined("      中文", 4, 0), "    |中文");
    CHECK_STR(joined("", 10, 0), "");
    CHECK_INT(wrap_count("", 0, 10, 0), 1);
    CHECK_INT(wrap_count("   ", 3, 2, 0), 1);
}

static void test_hard_breaks(void)
{
    CHECK_STR(joined("abc\ndef", 20, 0), "abc\n|def");
    CHECK_STR(joined("abc\r\ndef", 20, 0), "abc\r\n|def");
    CHECK_STR(joined("a\n  b", 20, 0), "a\n|  b");   /* indentation kept */
    CHECK_STR(joined("abc\n", 20, 0), "abc\n");
    CHECK_STR(joined("ab\xE2\x80\xA8" "cd", 20, 0), "ab\xE2\x80\xA8|cd");
}

static void test_long_runs(void)
{
    CHECK_STR(joined("aaaaaaaaaa", 4, 0), "aaaa|aaaa|aa");
    CHECK_STR(joined("中中中", 3, 0), "中|中|中");
    CHECK_STR(joined("中中中", 1, 0), "中|中|中");      /* cols taken as 2 */
    CHECK_STR(joined("a中中", 2, 0), "a|中|中");
    CHECK_STR(joined("（一）全力拼經濟", 6, 0), "（一）|全力拼|經濟");
    /* （一） does not fit in 4: cut (the exception), at a character */
    CHECK_STR(joined("（一）全力", 4, 0), "（一|）全|力");
    /* a cut moves back to keep ， off the line start when it can */
    CHECK_STR(joined("abcdefgh，", 8, 0), "abcdefg|h，");
    CHECK_STR(joined("，，，，，", 4, 0), "，，|，，|，");
    /* a mark stays with its base */
    CHECK_STR(joined("ae\xCC\x81" "e\xCC\x81" "e", 2, 0),
              "ae\xCC\x81|e\xCC\x81" "e");
    /* controls are cells too (shown as placeholders) */
    CHECK_STR(joined("\x1B[31mred\x1B[0m", 5, 0), "\x1B[31m|red\x1B|[0m");
}

/* A paragraph as the checker sees it: libunistring's break flags for
 * the whole of it, and where its display units start. */
typedef struct para {
    const char *s;
    size_t n;
    char *ref;          /* u8_possible_linebreaks over s[0..n) */
    unsigned char *unit; /* unit[i]: a unit (cells_measure) starts at i */
} para;

static void para_init(para *pa, const char *s, size_t n)
{
    pa->s = s;
    pa->n = n;
    pa->ref = xrealloc(NULL, n);
    pa->unit = xrealloc(NULL, n + 1);
    u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", pa->ref);
    memset(pa->unit, 0, n + 1);
    for (size_t i = 0, len; i < n; i += len) {
        pa->unit[i] = 1;
        cells_measure(s, n, i, 0, &len, NULL);
    }
    pa->unit[n] = 1;
}

static void para_free(para *pa)
{
    free(pa->ref);
    free(pa->unit);
}

/* Is s[i..j) all spaces? */
static int spaces_only(const char *s, size_t i, size_t j)
{
    for (; i < j; i++)
        if (s[i] != ' ')
            return 0;
    return 1;
}

/* The start of the unit before byte e (e > 0, a unit start). */
static size_t unit_before(const para *pa, size_t e)
{
    size_t i = e - 1;
    while (i > 0 && !pa->unit[i])
        i--;
    return i;
}

static uint32_t cp_at(const para *pa, size_t i)
{
    uint32_t cp = 0;
    size_t len;
    if (i < pa->n)
        cells_measure(pa->s, pa->n, i, 0, &len, &cp);
    return cp;
}

static int width_at(const para *pa, size_t i)
{
    size_t len;
    return i < pa->n ? cells_measure(pa->s, pa->n, i, 0, &len, NULL) : 0;
}

/* The start of the last unit with width before byte e (e > 0), or e
 * when there is none. */
static size_t drawn_before(const para *pa, size_t e)
{
    for (size_t i = e; i > 0;) {
        i = unit_before(pa, i);
        if (width_at(pa, i) > 0)
            return i;
    }
    return e;
}

/* The last character drawn before byte e, spaces skipped, back to a (0:
 * none). */
static uint32_t last_before(const para *pa, size_t a, size_t e)
{
    while (e > a) {
        size_t i = drawn_before(pa, e);
        if (i == e || i < a)
            return 0;
        if (pa->s[i] != ' ')
            return cp_at(pa, i);
        e = i;
    }
    return 0;
}

/* The marks wrap.h keeps off line starts and line ends (the test's own
 * list, as the issue gives it, plus the ASCII and bracket kin). */
static int in_list(const char *marks, uint32_t cp)
{
    size_t n = strlen(marks);
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t m;
        cells_measure(marks, n, i, 0, &len, &m);
        if (m == cp)
            return 1;
    }
    return 0;
}

static int forbidden_start(uint32_t cp)
{
    return in_list("，。、；：？！）」』】》…”’］｝〕〉〗〙〛．‥﹐﹑﹒"
                   ",.;:?!)]}", cp);
}

static int forbidden_end(uint32_t cp)
{
    return in_list("（「『【《“‘［｛〔〈〖〘〚([{", cp);
}

/* Unicode 15.1 LB19a, which wrap.c adds: a break before byte b, in a
 * line from a, before an opening quote or after a closing one, between
 * two wide characters (of the same line: wrap.c looks no further back). */
static int quote_break(const para *pa, size_t a, size_t b)
{
    uint32_t cp = cp_at(pa, b);
    size_t len, i1 = drawn_before(pa, b);
    size_t i2 = i1 < b ? drawn_before(pa, i1) : b;
    cells_measure(pa->s, pa->n, b, 0, &len, NULL);
    int open = (cp == 0x201C || cp == 0x2018) && i1 < b && i1 >= a &&
               width_at(pa, i1) == 2 && width_at(pa, b + len) == 2;
    uint32_t prev = i1 < b && i1 >= a ? cp_at(pa, i1) : 0;
    int close = (prev == 0x201D || prev == 0x2019) && i2 < i1 && i2 >= a &&
                width_at(pa, i2) == 2 && width_at(pa, b) == 2;
    return open || close;
}

/* A break before byte b of a line starting at a that the rules allow:
 * libunistring's, the quote rule, and kinsoku. */
static int allowed(const para *pa, size_t a, size_t b)
{
    if (b <= a || b >= pa->n || !pa->unit[b])
        return 0;
    if (pa->ref[b] != UC_BREAK_POSSIBLE &&
        !(pa->ref[b] == UC_BREAK_PROHIBITED && quote_break(pa, a, b)))
        return 0;
    return !forbidden_start(cp_at(pa, b)) &&
           !forbidden_end(last_before(pa, a, b));
}

/* Does the line [a, b) end with a mandatory break character? */
static int ends_hard(const para *pa, size_t a, size_t b)
{
    return b > a && pa->ref[unit_before(pa, b)] == UC_BREAK_MANDATORY;
}

/* Where the line from a could end at the earliest past b: the next
 * allowed break, the end of a hard break, or the end of the text. */
static size_t next_end(const para *pa, size_t a, size_t b)
{
    for (size_t c = b; c < pa->n; c++) {
        if (!pa->unit[c])
            continue;
        if (c > b && allowed(pa, a, c))
            return c;
        if (pa->ref[c] == UC_BREAK_MANDATORY) {
            size_t len;
            cells_measure(pa->s, pa->n, c, 0, &len, NULL);
            return c + len;
        }
    }
    return pa->n;
}

/* What check_para found over many paragraphs. */
typedef struct stats {
    size_t paras, lines, cuts, kinsoku_exceptions;
    unsigned bad;
} stats;

static void fail(stats *st, const char *what, const char *s, size_t a,
                 size_t b, int cols)
{
    if (st->bad++ < 10) {
        printf("wrap at %d: %s: ", cols, what);
        check_print_quoted(s + a, b - a > 200 ? 200 : b - a);
        putchar('\n');
    }
}

/* One line of ls, k > 0, against the line before it. */
static void check_break(const para *pa, const lines *ls, size_t k, int cols,
                        int amb, stats *st)
{
    const char *s = pa->s;
    size_t la = ls->v[k - 1].a, lb = ls->v[k - 1].b, a = ls->v[k].a;
    if (!spaces_only(s, lb, a))
        fail(st, "bytes lost between lines", s, lb, a, cols);
    if (ends_hard(pa, la, lb))
        return;
    if (allowed(pa, la, a)) {
        /* greedy: the next piece would not have fitted on the line */
        size_t c = next_end(pa, la, a), e = c;
        while (e > a && s[e - 1] == ' ')
            e--;
        if (cells_width(s + la, e - la, amb) <= cols && c < pa->n)
            fail(st, "line not filled", s, la, c, cols);
        return;
    }
    /* a cut: only in a run with no allowed break */
    st->cuts++;
    for (size_t c = la + 1; c < a; c++)
        if (allowed(pa, la, c)) {
            fail(st, "cut where a break was allowed", s, la, a, cols);
            break;
        }
    if (forbidden_start(cp_at(pa, a)) || forbidden_end(last_before(pa, la, lb)))
        st->kinsoku_exceptions++;
}

/* Wraps one paragraph into ls and checks every line. */
static void check_para(const char *s, size_t n, int cols, int amb,
                       size_t window, lines *ls, stats *st)
{
    para pa;
    para_init(&pa, s, n);
    wrap_all(s, n, cols, amb, window, ls);
    st->paras++;
    st->lines += ls->n;
    if (ls->n == 0 || ls->v[0].a != 0)
        fail(st, "no first line at 0", s, 0, n, cols);
    for (size_t k = 0; k < ls->n; k++) {
        size_t a = ls->v[k].a, b = ls->v[k].b;
        if (a > b || b > n || (a == b && n > 0) || !pa.unit[a] ||
            !pa.unit[b]) {
            fail(st, "bad range", s, a, b > n ? n : b, cols);
            continue;
        }
        if (cells_width(s + a, b - a, amb) > (cols < 2 ? 2 : cols))
            fail(st, "line too wide", s, a, b, cols);
        /* a mark may begin a line after a hard break or dropped spaces
         * (with nothing to sit on, cells.c drops it), never after a cut */
        if (a < n && b > a && width_at(&pa, a) == 0 && k > 0 &&
            !allowed(&pa, ls->v[k - 1].a, a) && s[a - 1] != ' ' &&
            !ends_hard(&pa, ls->v[k - 1].a, ls->v[k - 1].b))
            fail(st, "cut before a zero-width unit", s, a, b, cols);
        if (k > 0)
            check_break(&pa, ls, k, cols, amb, st);
    }
    if (ls->n && !spaces_only(s, ls->v[ls->n - 1].b, n))
        fail(st, "bytes lost at the end", s, ls->v[ls->n - 1].b, n, cols);
    para_free(&pa);
}

/* Reads a whole file; NULL when it cannot. */
static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The paths of the *.txt files in dir, sorted; their number in *count. */
static char **sample_paths(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    char **v = NULL;
    size_t n = 0;
    struct dirent *e;
    if (!d) {
        printf("cannot open %s\n", dir);
        *count = 0;
        return NULL;
    }
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        v = xrealloc(v, (n + 1) * sizeof *v);
        v[n] = xrealloc(NULL, strlen(dir) + len + 2);
        sprintf(v[n], "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    qsort(v, n, sizeof *v, by_name);
    *count = n;
    return v;
}

static const int widths[] = {20, 39, 40, 41, 79, 80, 81};

/* Every paragraph (line) of one sample file at every width, both modes. */
static void test_sample(const char *path, stats *st)
{
    size_t n;
    char *text = slurp(path, &n);
    lines ls = {0};
    if (!CHECK(text != NULL))
        return;
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++)
        for (int amb = 0; amb <= 1; amb++) {
            unsigned before = st->bad;
            for (size_t a = 0, b; a < n; a = b + 1) {
                const char *nl = memchr(text + a, '\n', n - a);
                b = nl ? (size_t)(nl - text) : n;
                check_para(text + a, b - a, widths[w], amb, 0, &ls, st);
            }
            if (!CHECK_INT(st->bad - before, 0))
                printf("  in %s at %d%s\n", path, widths[w],
                       amb ? " (ambiwide)" : "");
        }
    free(ls.v);
    free(text);
}

static void test_samples(const char *dir)
{
    size_t count;
    char **paths = sample_paths(dir, &count);
    stats st = {0};
    CHECK(count >= 5);
    for (size_t k = 0; k < count; k++) {
        test_sample(paths[k], &st);
        free(paths[k]);
    }
    free(paths);
    printf("samples: %zu paragraphs wrapped, %zu lines, %zu cuts in runs "
           "wider than the line, %zu of them against kinsoku\n",
           st.paras, st.lines, st.cuts, st.kinsoku_exceptions);
    CHECK(st.lines > st.paras);
}

/* All the samples as one paragraph, repeated to at least min bytes. */
static char *big_paragraph(const char *dir, size_t min, size_t *len)
{
    size_t count, n = 0, cap = min + (1 << 20);
    char **paths = sample_paths(dir, &count);
    char *big = xrealloc(NULL, cap);
    for (int round = 0; n < min && count; round++)
        for (size_t k = 0; k < count && n < min; k++) {
            size_t fn;
            char *t = slurp(paths[k], &fn);
            for (size_t i = 0; t && i < fn && n < cap; i++)
                if (t[i] != '\n' && t[i] != '\r')
                    big[n++] = t[i];
            free(t);
        }
    for (size_t k = 0; k < count; k++)
        free(paths[k]);
    free(paths);
    *len = n;
    return big;
}

static int same_lines(const lines *x, const lines *y)
{
    if (x->n != y->n)
        return 0;
    return memcmp(x->v, y->v, x->n * sizeof *x->v) == 0;
}

/* A 1 MB paragraph: right, the same whatever the window, and linear. */
static void test_big(const char *dir)
{
    size_t n;
    char *s = big_paragraph(dir, 1 << 20, &n);
    lines small = {0}, dflt = {0};
    stats st = {0};
    CHECK(n >= 1 << 20);
    check_para(s, n, 80, 0, 0, &dflt, &st);
    CHECK_INT(st.bad, 0);
    size_t lines80 = dflt.n;
    wrap_all(s, n, 80, 0, 1024, &small);
    CHECK(same_lines(&small, &dflt));
    wrap_all(s, n, 39, 1, 3001, &small);
    wrap_all(s, n, 39, 1, 0, &dflt);
    CHECK(same_lines(&small, &dflt));
    clock_t t0 = clock();
    size_t count = wrap_count(s, n, 80, 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    t0 = clock();
    int width = cells_width(s, n, 0);
    double wsecs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("1 MB paragraph: %zu lines at 80 in %.3f s; width %d in %.3f s\n",
           count, secs, width, wsecs);
    CHECK_INT(count, lines80);
    /* A timing is reported, never asserted (shared, noisy machines). */
    free(small.v);
    free(dflt.v);
    free(s);
}

/* Hostile paragraphs: one endless run, a row of closing marks, a base
 * with many marks, long space runs, controls and invalid bytes. */
static void test_hostile(void)
{
    size_t n = 300000;
    char *s = xrealloc(NULL, n + 8);
    lines ls = {0};
    stats st = {0};
    memset(s, 'a', n);
    check_para(s, n, 80, 0, 0, &ls, &st);
    CHECK_INT(ls.n, (n + 79) / 80);
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(s + i, "，", 3);
    check_para(s, n, 41, 0, 0, &ls, &st);
    CHECK_INT(ls.n, (n / 3 + 19) / 20);
    s[0] = 'a';
    for (size_t i = 1; i + 2 <= n; i += 2)
        memcpy(s + i, "\xCC\x81", 2);
    check_para(s, n - 1, 20, 0, 1024, &ls, &st);
    CHECK_INT(ls.n, 1);
    for (size_t i = 0; i < n; i++)
        s[i] = i % 5000 < 4000 ? ' ' : (char)('a' + i % 26);
    check_para(s, n, 40, 0, 1024, &ls, &st);
    for (size_t i = 0; i < n; i++)
        s[i] = (char)((i * 7919u) % 251u);
    check_para(s, n, 40, 1, 2048, &ls, &st);
    CHECK_INT(st.bad, 0);
    free(ls.v);
    free(s);
}

/* Random paragraphs of the pieces that matter (ideographs, closing and
 * opening marks, quotes, spaces, Latin, digits, marks, controls) at
 * random widths, in both modes, with small windows. */
static void test_random_mix(void)
{
    static const char *piece[] = {
        "中", "文", "国", "，", "。", "、", "“", "”", "‘", "’", "（", "）",
        "《", "》", "…", "—", " ", "  ", "a", "bc", "1", "2.5", "%", "(",
        ")", ",", "\xCC\x81", "\x1B", "\n", "\xE2\x80\xAE", "\xFF", "😀",
    };
    size_t npiece = sizeof piece / sizeof piece[0];
    char *s = xrealloc(NULL, 40000);
    lines ls = {0};
    stats st = {0};
    srand(14);
    for (int round = 0; round < 200; round++) {
        size_t n = 0, want = (size_t)(rand() % 30000);
        while (n < want) {
            const char *p = piece[(size_t)rand() % npiece];
            memcpy(s + n, p, strlen(p));
            n += strlen(p);
        }
        size_t window = 1024 + (size_t)(rand() % 4096);
        check_para(s, n, 2 + rand() % 40, round % 2, window, &ls, &st);
    }
    CHECK_INT(st.bad, 0);
    printf("random: %zu lines, %zu cuts, %zu of them against kinsoku\n",
           st.lines, st.cuts, st.kinsoku_exceptions);
    free(ls.v);
    free(s);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: test_wrap DATA_DIR\n", stderr);
        return 2;
    }
    test_kinsoku();
    test_spaces();
    test_hard_breaks();
    test_long_runs();
    test_samples(argv[1]);
    test_big(argv[1]);
    test_hostile();
    test_random_mix();
    return check_done();
}
