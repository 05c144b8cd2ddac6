/* replay.c — runs a fuzz target (the LLVMFuzzerTestOneInput it is linked
 * with) over the files named on the command line and every file in the
 * folders named there (a target's corpus and saved crashers), so the
 * normal suite, with or without sanitizers, replays them without
 * libFuzzer. A crasher aborts the program; the file it was is the last
 * name on stderr. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "sbuf.h"
#include "slurp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays one file; returns 1 when it cannot be read. */
static int replay_file(const char *path)
{
    size_t n;
    char *buf = slurp(path, &n);
    if (!buf) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        return 1;
    }
    fprintf(stderr, "replay: %s\n", path);
    LLVMFuzzerTestOneInput((const uint8_t *)buf, n);
    free(buf);
    return 0;
}

/* Replays every file of folder path in name order; counts them into *runs
 * and returns the number that could not be read (or 1: no folder). */
static int replay_dir(const char *path, int *runs)
{
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "replay: cannot open folder %s\n", path);
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') {
            names = xgrow(names, &cap, n, sizeof *names);
            names[n++] = xstrdup(e->d_name);
        }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    int failed = 0;
    sbuf p = {0};
    for (size_t i = 0; i < n; i++) {
        p.len = 0;
        sbuf_adds(&p, path);
        sbuf_addc(&p, '/');
        sbuf_adds(&p, names[i]);
        failed += replay_file(p.p);
        ++*runs;
        free(names[i]);
    }
    sbuf_free(&p);
    free(names);
    return failed;
}

int main(int argc, char **argv)
{
    int failed = 0, runs = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            failed += replay_dir(argv[i], &runs);
        } else {
            failed += replay_file(argv[i]);
            runs++;
        }
    }
    /* Nothing to replay (an empty folder) is a failure of its own. */
    int none = runs == 0;
    printf("%d checks, %d failed\n", runs + none, failed + none);
    return failed + none != 0;
}
