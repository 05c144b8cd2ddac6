/* check.h — the tiny test harness every unit test program includes.
 *
 *   CHECK(cond)              counts one check; prints file:line and the
 *                            expression when cond is false
 *   CHECK_STR(got, want)     NUL-terminated strings equal (NULL-safe)
 *   CHECK_MEM(got, n, want)  got[0..n) equals the string want
 *   CHECK_INT(got, want)     integers equal (printed on failure)
 *   check_done()             prints "N checks, M failed"; returns the exit
 *                            status for main (0 when nothing failed)
 *
 * Header-only: each test program is one translation unit, so the counters
 * are file-scope statics. Strings in failure messages are printed with
 * control and non-UTF-8-looking bytes escaped, so a mismatch in invisible
 * characters still shows. */
#ifndef BAOGAO_TEST_CHECK_H
#define BAOGAO_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_count, check_failed;

#define CHECK(cond) check_at((cond) != 0, __FILE__, __LINE__, #cond)
#define CHECK_STR(got, want) \
    check_str_at((got), (want), __FILE__, __LINE__, #got)
#define CHECK_MEM(got, n, want) \
    check_mem_at((got), (n), (want), __FILE__, __LINE__, #got)
#define CHECK_INT(got, want) \
    check_int_at((long long)(got), (long long)(want), __FILE__, __LINE__, \
                 #got " == " #want)

/* Prints s[0..n) quoted, escaping bytes a terminal would not show. */
static inline void check_print_quoted(const char *s, size_t n)
{
    if (!s) {
        fputs("(null)", stdout);
        return;
    }
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20 || c == 0x7F)
            printf("\\x%02X", c);
        else
            putchar(c);
    }
    putchar('"');
}

static inline int check_at(int ok, const char *file, int line,
                           const char *what)
{
    check_count++;
    if (!ok) {
        check_failed++;
        printf("%s:%d: check failed: %s\n", file, line, what);
    }
    return ok;
}

static inline int check_mem_at(const char *got, size_t n, const char *want,
                               const char *file, int line, const char *what)
{
    int ok = got && want && strlen(want) == n && memcmp(got, want, n) == 0;
    if (!got && !want)
        ok = 1;
    check_count++;
    if (!ok) {
        check_failed++;
        printf("%s:%d: check failed: %s\n  got:  ", file, line, what);
        check_print_quoted(got, got ? n : 0);
        fputs("\n  want: ", stdout);
        check_print_quoted(want, want ? strlen(want) : 0);
        putchar('\n');
    }
    return ok;
}

static inline int check_str_at(const char *got, const char *want,
                               const char *file, int line, const char *what)
{
    return check_mem_at(got, got ? strlen(got) : 0, want, file, line, what);
}

static inline int check_int_at(long long got, long long want,
                               const char *file, int line, const char *what)
{
    check_count++;
    if (got != want) {
        check_failed++;
        printf("%s:%d: check failed: %s (got %lld, want %lld)\n", file, line,
               what, got, want);
        return 0;
    }
    return 1;
}

/* Prints the summary; the result is main's exit status. */
static inline int check_done(void)
{
    printf("%d checks, %d failed\n", check_count, check_failed);
    return check_failed ? 1 : 0;
}

#endif
