/* test_text.c — unit tests of model/text, model/arena and model/sbuf: the
 * line builder, text_from_bytes, line origins, arena allocations of every
 * size and the growable buffer. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "sbuf.h"
#include "text.h"

/* Line i of t as a NUL-terminated copy in a static buffer. */
static const char *line_of(const text *t, size_t i)
{
    static char buf[4096];
    size_t n;
    const char *s = text_line(t, i, &n);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

/* The invariants every text keeps: bytes NUL-terminated, off[0] = 0,
 * off[nlines] = len, every line ends in '\n' and holds no other '\n'. */
static int text_ok(const text *t)
{
    if (!t->bytes || t->bytes[t->len] != '\0' || t->off[0] != 0 ||
        t->off[t->nlines] != t->len)
        return 0;
    for (size_t i = 0; i < t->nlines; i++) {
        if (t->off[i + 1] <= t->off[i] || t->bytes[t->off[i + 1] - 1] != '\n')
            return 0;
        size_t n;
        const char *s = text_line(t, i, &n);
        if (memchr(s, '\n', n))
            return 0;
    }
    return 1;
}

static void test_builder(void)
{
    arena a;
    arena_init(&a);
    text_builder tb;
    tb_init(&tb);
    tb_line(&tb, "\xE4\xB8\x80", 3, 5); /* 一 */
    tb_line(&tb, "", 0, 7);
    tb_append(&tb, "b", 1);             /* continues the empty line */
    tb_append(&tb, "cd", 2);
    tb_line(&tb, "tail", 2, 9);         /* only n bytes are copied */
    text t = tb_finish(&tb, &a);
    CHECK(text_ok(&t));
    CHECK_INT(t.nlines, 3);
    CHECK_MEM(t.bytes, t.len, "\xE4\xB8\x80\nbcd\nta\n");
    CHECK_INT(t.off[0], 0);
    CHECK_INT(t.off[1], 4);
    CHECK_INT(t.off[2], 8);
    CHECK_INT(t.off[3], 11);
    CHECK_STR(line_of(&t, 0), "\xE4\xB8\x80");
    CHECK_STR(line_of(&t, 1), "bcd");
    CHECK_STR(line_of(&t, 2), "ta");
    CHECK_INT(t.origin[0], 5);
    CHECK_INT(t.origin[1], 7);
    CHECK_INT(t.origin[2], 9);
    /* tb_finish resets the builder: it can be used again. */
    CHECK_INT(tb.nlines, 0);
    CHECK_INT(tb.bytes.len, 0);
    tb_line(&tb, "again", 5, 1);
    text u = tb_finish(&tb, &a);
    CHECK_INT(u.nlines, 1);
    CHECK_STR(line_of(&u, 0), "again");
    /* The first text lives on in the arena, untouched. */
    CHECK_STR(line_of(&t, 1), "bcd");
    arena_free(&a);
}

/* A line written in place (tb_line_open, appends, tb_line_close) is the
 * line tb_line copies: bytes, offsets and origin, among copied lines and
 * as an empty line. */
static void test_line_in_place(void)
{
    arena a;
    arena_init(&a);
    text_builder tb;
    tb_init(&tb);
    tb_line(&tb, "ab", 2, 1);
    sbuf *b = tb_line_open(&tb, 4);
    sbuf_add(b, "\xE4\xB8\x80", 3);
    sbuf_add(b, "xy", 2);
    tb_line_close(&tb);
    tb_line_open(&tb, 6);
    tb_line_close(&tb);
    tb_line(&tb, "z", 1, 8);
    text t = tb_finish(&tb, &a);
    CHECK(text_ok(&t));
    CHECK_INT(t.nlines, 4);
    CHECK_MEM(t.bytes, t.len, "ab\n\xE4\xB8\x80xy\n\nz\n");
    CHECK_STR(line_of(&t, 1), "\xE4\xB8\x80xy");
    CHECK_STR(line_of(&t, 2), "");
    CHECK_INT(t.origin[1], 4);
    CHECK_INT(t.origin[2], 6);
    CHECK_INT(t.origin[3], 8);
    arena_free(&a);
}

/* tb_lines copies a run of another text's lines (bytes, offsets,
 * origins) among lines made otherwise; an empty run adds nothing; a run
 * of many lines into a small builder grows it. */
static void test_lines_copied(void)
{
    arena a;
    arena_init(&a);
    text src = text_from_bytes("one\n\ntwo\n\xE4\xB8\x80\n", 13, &a);
    text_builder tb;
    tb_init(&tb);
    tb_line(&tb, "x", 1, 40);
    tb_lines(&tb, &src, 1, 4);
    tb_lines(&tb, &src, 2, 2);
    tb_line(&tb, "y", 1, 41);
    tb_lines(&tb, &src, 0, 1);
    text t = tb_finish(&tb, &a);
    CHECK(text_ok(&t));
    CHECK_INT(t.nlines, 6);
    CHECK_MEM(t.bytes, t.len, "x\n\ntwo\n\xE4\xB8\x80\ny\none\n");
    static const uint32_t origins[] = {40, 2, 3, 4, 41, 1};
    for (size_t i = 0; i < 6; i++)
        CHECK_INT(t.origin[i], origins[i]);
    sbuf big = {0};
    for (int i = 0; i < 5000; i++)
        sbuf_add(&big, "ab\n", 3);
    text many = text_from_bytes(big.p, big.len, &a);
    tb_line(&tb, "z", 1, 1);
    tb_lines(&tb, &many, 0, many.nlines);
    text u = tb_finish(&tb, &a);
    CHECK(text_ok(&u));
    CHECK_INT(u.nlines, 5001);
    CHECK_INT(u.origin[5000], 5000);
    CHECK_STR(line_of(&u, 4321), "ab");
    sbuf_free(&big);
    arena_free(&a);
}

static void test_builder_edges(void)
{
    arena a;
    arena_init(&a);
    text_builder tb;

    /* No lines at all. */
    tb_init(&tb);
    text t = tb_finish(&tb, &a);
    CHECK_INT(t.nlines, 0);
    CHECK_INT(t.len, 0);
    CHECK(text_ok(&t));
    CHECK_STR(t.bytes, "");

    /* tb_append with no line starts one, from original line 1. */
    tb_init(&tb);
    tb_append(&tb, "x", 1);
    tb_append(&tb, "y", 1);
    t = tb_finish(&tb, &a);
    CHECK_INT(t.nlines, 1);
    CHECK_STR(line_of(&t, 0), "xy");
    CHECK_INT(t.origin[0], 1);
    CHECK(text_ok(&t));

    /* Many lines: the builder grows; every origin stays with its line. */
    tb_init(&tb);
    char buf[32];
    for (uint32_t i = 0; i < 5000; i++) {
        int n = snprintf(buf, sizeof buf, "line %u", (unsigned)i);
        tb_line(&tb, buf, (size_t)n, i * 3 + 1);
    }
    t = tb_finish(&tb, &a);
    CHECK_INT(t.nlines, 5000);
    CHECK(text_ok(&t));
    size_t bad = 0;
    for (uint32_t i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "line %u", (unsigned)i);
        if (strcmp(line_of(&t, i), buf) != 0 || t.origin[i] != i * 3 + 1)
            bad++;
    }
    CHECK_INT(bad, 0);

    /* tb_free without tb_finish releases everything (ASan checks). */
    tb_init(&tb);
    tb_line(&tb, "dropped", 7, 1);
    tb_free(&tb);
    CHECK_INT(tb.nlines, 0);
    arena_free(&a);
}

/* text_from_bytes over a literal; checks the lines joined by '|'. */
static void check_split(const char *s, size_t n, size_t want_lines,
                        const char *want_joined, int line)
{
    arena a;
    arena_init(&a);
    text t = text_from_bytes(s, n, &a);
    check_at(text_ok(&t), __FILE__, line, "text invariants");
    check_int_at((long long)t.nlines, (long long)want_lines, __FILE__, line,
                 "nlines");
    char joined[256] = "";
    for (size_t i = 0; i < t.nlines; i++) {
        if (i)
            strcat(joined, "|");
        strcat(joined, line_of(&t, i));
    }
    check_str_at(joined, want_joined, __FILE__, line, "lines");
    int origins_ok = 1;
    for (size_t i = 0; i < t.nlines; i++)
        origins_ok &= t.origin[i] == i + 1;
    check_at(origins_ok, __FILE__, line, "origin[i] == i + 1");
    arena_free(&a);
}

#define CHECK_SPLIT(lit, nlines, joined) \
    check_split((lit), sizeof(lit) - 1, (nlines), (joined), __LINE__)

static void test_from_bytes(void)
{
    CHECK_SPLIT("", 0, "");
    CHECK_SPLIT("a", 1, "a");
    CHECK_SPLIT("a\n", 1, "a");          /* trailing '\n' starts no line */
    CHECK_SPLIT("a\nb", 2, "a|b");       /* a final line without '\n' counts */
    CHECK_SPLIT("a\nb\n", 2, "a|b");
    CHECK_SPLIT("\n", 1, "");
    CHECK_SPLIT("\n\n", 2, "|");
    CHECK_SPLIT("a\n\nb\n", 3, "a||b");
    CHECK_SPLIT("a\r\nb", 2, "a\r|b");   /* CR is not a line end here */

    /* Origins with blank lines in between, and a NUL inside a line. */
    arena a;
    arena_init(&a);
    static const char s[] = "x\n\n\ny\0z\n";
    text t = text_from_bytes(s, sizeof s - 1, &a);
    CHECK_INT(t.nlines, 4);
    CHECK_INT(t.origin[3], 4);
    size_t n;
    const char *l = text_line(&t, 3, &n);
    CHECK_INT(n, 3);
    CHECK(memcmp(l, "y\0z", 3) == 0);
    /* The text is a copy, not a view of the input. */
    CHECK(t.bytes != s);
    arena_free(&a);
}

static int is_aligned(const void *p)
{
    return ((uintptr_t)p & 15) == 0;
}

static int all_bytes(const unsigned char *p, size_t n, unsigned char v)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != v)
            return 0;
    return 1;
}

static void test_arena(void)
{
    arena a;
    arena_init(&a);
    CHECK(a.head == NULL);
    CHECK_INT(a.used_total, 0);

    /* Small allocations: aligned, zeroed, distinct. */
    unsigned char *p1 = arena_alloc(&a, 1);
    unsigned char *p2 = arena_alloc(&a, 3);
    unsigned char *p3 = arena_alloc(&a, 17);
    CHECK(is_aligned(p1) && is_aligned(p2) && is_aligned(p3));
    CHECK(all_bytes(p3, 17, 0));
    CHECK(p1 != p2 && p2 != p3);
    memset(p1, 0xAA, 1);
    memset(p2, 0xBB, 3);
    memset(p3, 0xCC, 17);
    CHECK(a.used_total >= 21);

    /* Big allocations get their own chunk; the small ones stay intact and
     * later small allocations still work. */
    size_t sizes[] = {16 * 1024 + 1, 64 * 1024, 64 * 1024 + 1,
                      3 * 1024 * 1024 + 7};
    unsigned char *big[4];
    for (size_t i = 0; i < 4; i++) {
        big[i] = arena_alloc(&a, sizes[i]);
        CHECK(is_aligned(big[i]));
        CHECK(all_bytes(big[i], sizes[i], 0));
        memset(big[i], (int)(0x10 + i), sizes[i]);
    }
    unsigned char *p4 = arena_alloc(&a, 40);
    CHECK(is_aligned(p4));
    CHECK(all_bytes(p4, 40, 0));
    memset(p4, 0xDD, 40);
    CHECK(all_bytes(p1, 1, 0xAA));
    CHECK(all_bytes(p2, 3, 0xBB));
    CHECK(all_bytes(p3, 17, 0xCC));
    for (size_t i = 0; i < 4; i++)
        CHECK(all_bytes(big[i], sizes[i], (unsigned char)(0x10 + i)));
    CHECK(a.used_total >= 21 + 40 + sizes[0] + sizes[1] + sizes[2] + sizes[3]);

    /* Many small allocations over several chunks. */
    enum { N = 5000, SZ = 100 };
    static unsigned char *many[N];
    for (size_t i = 0; i < N; i++) {
        many[i] = arena_alloc(&a, SZ);
        memset(many[i], (int)(i & 0xFF), SZ);
    }
    size_t bad = 0;
    for (size_t i = 0; i < N; i++)
        bad += !is_aligned(many[i]) ||
               !all_bytes(many[i], SZ, (unsigned char)(i & 0xFF));
    CHECK_INT(bad, 0);

    arena_free(&a);
    CHECK(a.head == NULL);
    CHECK_INT(a.used_total, 0);

    /* A big allocation first, on an empty arena, then small ones. */
    unsigned char *b = arena_alloc(&a, 100000);
    memset(b, 1, 100000);
    unsigned char *s = arena_alloc(&a, 8);
    CHECK(all_bytes(s, 8, 0));
    memset(s, 2, 8);
    CHECK(all_bytes(b, 100000, 1));
    unsigned char *b2 = arena_alloc(&a, 200000);
    CHECK(all_bytes(b2, 200000, 0));
    arena_free(&a);

    /* Zero-byte allocations are fine too. */
    CHECK(arena_alloc(&a, 0) != NULL);
    arena_free(&a);
}

static void test_strndup(void)
{
    arena a;
    arena_init(&a);
    CHECK_STR(arena_strndup(&a, "hello", 3), "hel");
    CHECK_STR(arena_strndup(&a, "hello", 5), "hello");
    CHECK_STR(arena_strndup(&a, "", 0), "");
    char *d = arena_strndup(&a, "a\0b", 3);
    CHECK(memcmp(d, "a\0b", 4) == 0);
    arena_free(&a);
}

static void test_sbuf(void)
{
    sbuf b = {0};
    sbuf_add(&b, "ab", 2);
    sbuf_addc(&b, 'c');
    sbuf_adds(&b, "de");
    CHECK_STR(b.p, "abcde");
    CHECK_INT(b.len, 5);
    sbuf_addcp(&b, 0x4E2D);    /* 中 */
    sbuf_addcp(&b, 0x1F600);
    sbuf_addcp(&b, 0xD800);    /* surrogate → U+FFFD */
    sbuf_addcp(&b, 0x110000);  /* beyond Unicode → U+FFFD */
    CHECK_STR(b.p,
              "abcde\xE4\xB8\xAD\xF0\x9F\x98\x80\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK_INT(b.len, 5 + 3 + 4 + 3 + 3);
    b.len = 0;
    sbuf_printf(&b, "%d-%s-%zu", 42, "x", (size_t)7);
    CHECK_STR(b.p, "42-x-7");
    sbuf_printf(&b, "%s", "");
    CHECK_STR(b.p, "42-x-7");
    CHECK_INT(b.len, 6);
    sbuf_add(&b, "", 0);
    CHECK_INT(b.len, 6);

    /* Growth far past the first allocation; NUL-terminated throughout. */
    b.len = 0;
    for (int i = 0; i < 10000; i++)
        sbuf_addc(&b, (char)('a' + i % 26));
    CHECK_INT(b.len, 10000);
    CHECK(b.cap > b.len);
    CHECK(b.p[10000] == '\0');
    CHECK(b.p[9999] == 'a' + 9999 % 26);
    char big[5000];
    memset(big, 'z', sizeof big);
    sbuf_add(&b, big, sizeof big);
    CHECK_INT(b.len, 15000);
    CHECK(b.p[15000] == '\0' && b.p[14999] == 'z');
    sbuf_printf(&b, "%5000s", "!");
    CHECK_INT(b.len, 20000);
    CHECK(b.p[19999] == '!' && b.p[20000] == '\0');
    sbuf_reserve(&b, 100000);
    CHECK(b.cap - b.len > 100000);

    sbuf_free(&b);
    CHECK(b.p == NULL);
    CHECK_INT(b.len, 0);
    CHECK_INT(b.cap, 0);
}

int main(void)
{
    test_builder();
    test_line_in_place();
    test_lines_copied();
    test_builder_edges();
    test_from_bytes();
    test_arena();
    test_strndup();
    test_sbuf();
    return check_done();
}
