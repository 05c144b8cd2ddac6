/* test_history.c — unit tests of the search history file (ui/history.c):
 * where it is (XDG_STATE_HOME when absolute, else HOME), its mode, a link
 * in its place never followed, entries of another instance merged, long
 * queries whole, the cap, and a failed write leaving the old file. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "history.h"

static char root[256];

/* The contents of file path (static buffer), or "" when unreadable. */
static const char *slurp_file(const char *path)
{
    static char buf[1 << 16];
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    buf[n] = '\0';
    return buf;
}

static void path_of(char *buf, size_t len, const char *rel)
{
    snprintf(buf, len, "%s/%s", root, rel);
}

static void test_place_and_mode(void)
{
    char state[300], file[320];
    path_of(state, sizeof state, "state");
    setenv("XDG_STATE_HOME", state, 1);
    history h = {0};
    history_begin(&h);
    CHECK_INT(h.n, 0);
    history_add(&h, "经济");
    history_add(&h, "gdzctz");
    history_add(&h, "经济"); /* again: once, as the newest */
    path_of(file, sizeof file, "state/baogao/history");
    CHECK_STR(slurp_file(file), "gdzctz\n经济\n");
    struct stat st;
    CHECK(stat(file, &st) == 0 && (st.st_mode & 0777) == 0600);
    CHECK(S_ISREG(st.st_mode));
    CHECK_STR(history_step(&h, -1), "经济");
    CHECK_STR(history_step(&h, -1), "gdzctz");
    CHECK(history_step(&h, -1) == NULL);
    CHECK_STR(history_step(&h, 1), "经济");
    CHECK_STR(history_step(&h, 1), "");
    history_free(&h);
    /* A relative XDG_STATE_HOME is ignored: HOME's .local/state. */
    char home[300];
    path_of(home, sizeof home, "home");
    setenv("XDG_STATE_HOME", "relative/state", 1);
    setenv("HOME", home, 1);
    history r = {0};
    history_begin(&r);
    history_add(&r, "营商环境");
    path_of(file, sizeof file, "home/.local/state/baogao/history");
    CHECK_STR(slurp_file(file), "营商环境\n");
    CHECK(access("relative", F_OK) != 0); /* nothing made in the cwd */
    history_free(&r);
}

static void test_link_and_merge(void)
{
    char state[300], file[320], target[320];
    path_of(state, sizeof state, "links");
    setenv("XDG_STATE_HOME", state, 1);
    history h = {0};
    history_add(&h, "first"); /* makes the folder */
    path_of(file, sizeof file, "links/baogao/history");
    path_of(target, sizeof target, "precious.txt");
    FILE *f = fopen(target, "w");
    fputs("not a history\n", f);
    fclose(f);
    unlink(file);
    CHECK(symlink(target, file) == 0);
    history other = {0};
    history_begin(&other);
    CHECK_INT(other.n, 0); /* a link is not read */
    history_add(&other, "second");
    CHECK_STR(slurp_file(target), "not a history\n"); /* never written through */
    struct stat st;
    CHECK(lstat(file, &st) == 0 && S_ISREG(st.st_mode));
    CHECK_STR(slurp_file(file), "second\n");
    /* Another instance's entries are kept: h adds after other wrote. */
    history_add(&h, "third");
    CHECK_STR(slurp_file(file), "second\nthird\n");
    history_free(&h);
    history_free(&other);
}

static void test_long_and_cap(void)
{
    char state[300], file[320];
    path_of(state, sizeof state, "cap");
    setenv("XDG_STATE_HOME", state, 1);
    history h = {0};
    char longq[3001];
    memset(longq, 'a', 3000);
    longq[3000] = '\0';
    history_add(&h, longq);
    char big[HISTORY_LINE_MAX + 2];
    memset(big, 'b', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    history_add(&h, big);     /* too long: not added */
    history_add(&h, "a\nb");  /* a newline: not added */
    history_add(&h, "");
    history_free(&h);
    history r = {0};
    history_begin(&r);
    CHECK_INT(r.n, 1);
    CHECK(r.n && strlen(r.q[0]) == 3000); /* whole, not split */
    char q[32];
    for (int i = 0; i < HISTORY_MAX + 20; i++) {
        snprintf(q, sizeof q, "q%d", i);
        history_add(&r, q);
    }
    CHECK_INT(r.n, HISTORY_MAX);
    snprintf(q, sizeof q, "q%d", HISTORY_MAX + 19);
    CHECK_STR(r.q[r.n - 1], q);
    history_free(&r);
    /* No temporary file is left behind. */
    path_of(file, sizeof file, "cap/baogao");
    char cmd[400];
    snprintf(cmd, sizeof cmd, "test $(ls -A '%s' | wc -l) -eq 1", file);
    CHECK(system(cmd) == 0);
}

int main(void)
{
    snprintf(root, sizeof root, "/tmp/baogao-test-history-%d", (int)getpid());
    mkdir(root, 0700);
    if (chdir(root) != 0)
        return 1;
    test_place_and_mode();
    test_link_and_merge();
    test_long_and_cap();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        printf("could not remove %s\n", root);
    return check_done();
}
