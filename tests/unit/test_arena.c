/* test_arena.c — the document arena: blocks of every size from a byte to
 * beyond a chunk, in a mixed order, are aligned, zeroed (arena_alloc),
 * never overlap (each filled with its own pattern, all checked after),
 * and survive the arena growing; strndup, adopt, and reuse after free;
 * xgrow, the growable arrays' one helper; xcalloc (zeroed, never NULL,
 * aborting on an overflowing size), xstrdup and xstrndup.
 * Run under ASan in CI, an overrun is also caught there. */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "check.h"

enum { BLOCKS = 2000 };

/* blocks blocks in a new arena (a young arena's chunks are small, so
 * many arenas of few blocks try every chunk size against every block). */
static void test_blocks(int blocks, unsigned seed)
{
    static unsigned char *p[BLOCKS];
    static size_t n[BLOCKS];
    arena a;
    arena_init(&a);
    size_t misaligned = 0, dirty = 0, total = 0;
    for (int i = 0; i < blocks; i++) {
        seed = seed * 1103515245 + 12345;
        /* mostly small, some around the chunk sizes, a few big */
        size_t sizes[] = {1 + seed % 64, 1 + seed % 5000, 4096, 16384, 16385,
                          1 + seed % 70000, 200000};
        n[i] = sizes[(seed >> 16) % 7];
        p[i] = i % 3 ? arena_alloc(&a, n[i]) : arena_alloc_uninit(&a, n[i]);
        misaligned += ((uintptr_t)p[i] % 16) != 0;
        if (i % 3)
            for (size_t k = 0; k < n[i]; k++)
                dirty += p[i][k] != 0;
        memset(p[i], i & 0xFF, n[i]);
        total += n[i];
    }
    size_t overlap = 0;
    for (int i = 0; i < blocks; i++)
        for (size_t k = 0; k < n[i]; k++)
            overlap += p[i][k] != (i & 0xFF);
    CHECK_INT(misaligned, 0);
    CHECK_INT(dirty, 0);
    CHECK_INT(overlap, 0);
    CHECK(a.used_total >= total);
    arena_free(&a);
    CHECK(a.head == NULL && a.used_total == 0);
    char *s = arena_strndup(&a, "报告", 3); /* reuse after free */
    CHECK_STR(s, "\xE6\x8A\xA5");
    char *own = xmalloc(100);
    CHECK(arena_adopt(&a, own) == own); /* freed with the arena (LSan) */
    arena_free(&a);
}

/* xgrow: room for one more, doubling, the elements kept. */
static void test_grow(void)
{
    int *v = NULL;
    size_t n = 0, cap = 0, moves = 0;
    for (int i = 0; i < 100000; i++) {
        size_t before = cap;
        v = xgrow(v, &cap, n, sizeof *v);
        moves += cap != before;
        v[n++] = i;
    }
    size_t wrong = 0;
    for (size_t i = 0; i < n; i++)
        wrong += v[i] != (int)i;
    CHECK_INT(wrong, 0);
    CHECK(cap >= n && cap < 2 * n + 16);
    CHECK(moves <= 14); /* 16 → 131072 by doubling */
    free(v);
}

/* True when xcalloc(n, size) aborts (run in a child, its message to
 * /dev/null). */
static int calloc_aborts(size_t n, size_t size)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 2);
        free(xcalloc(n, size));
        _exit(0);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return 0;
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

/* xcalloc, xstrdup, xstrndup: the copies and zeroing their contracts
 * promise; an element count times size that overflows aborts rather
 * than wrapping to a small block. */
static void test_copies(void)
{
    unsigned *z = xcalloc(1000, sizeof *z);
    size_t dirty = 0;
    for (size_t i = 0; i < 1000; i++)
        dirty += z[i] != 0;
    CHECK_INT(dirty, 0);
    free(z);
    void *empty = xcalloc(0, 8);
    CHECK(empty != NULL);
    free(empty);
    CHECK(calloc_aborts(SIZE_MAX / 2 + 1, 4));
    CHECK(calloc_aborts(SIZE_MAX, SIZE_MAX));
    CHECK(!calloc_aborts(3, 5));
    const char *src = "两会报告";
    char *d = xstrdup(src);
    CHECK_STR(d, src);
    CHECK(d != src);
    free(d);
    d = xstrdup("");
    CHECK_STR(d, "");
    free(d);
    d = xstrndup(src, 6); /* the first two characters */
    CHECK_STR(d, "两会");
    free(d);
    d = xstrndup("ab", 100); /* n beyond the NUL: stops at the NUL */
    CHECK_STR(d, "ab");
    free(d);
    d = xstrndup("abc", 0);
    CHECK_STR(d, "");
    free(d);
}

int main(void)
{
    test_grow();
    test_copies();
    test_blocks(BLOCKS, 1);
    for (unsigned seed = 2; seed < 300; seed++)
        test_blocks(1 + (int)(seed % 12), seed);
    return check_done();
}
