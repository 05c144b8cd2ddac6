/* size_preload.c — an LD_PRELOAD library that makes fstat lie about the
 * size of one file: SIZE_PRELOAD_PATH (as /proc/self/fd shows it) gets
 * SIZE_PRELOAD_DELTA bytes added, so the loader meets a file that grew
 * (a negative delta: more bytes than fstat said) or shrank (a positive
 * one) between its fstat and its read, every time. fifo_race.sh uses it.
 * Not installed, never linked into baogao. */
#undef _FILE_OFFSET_BITS /* fstat and fstat64 each by its own name */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Adds the delta to st when fd is the file named in the environment. */
static void adjust(int fd, struct stat *st)
{
    const char *target = getenv("SIZE_PRELOAD_PATH");
    const char *delta = getenv("SIZE_PRELOAD_DELTA");
    char link[64], path[4096];
    if (!target || !delta || !S_ISREG(st->st_mode))
        return;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return;
    path[n] = '\0';
    if (strcmp(path, target) == 0)
        st->st_size += atoll(delta);
}

/* libc's function of that name, st adjusted after it. */
static int real_fstat(const char *name, int fd, void *st)
{
    int (*fn)(int, void *);
    *(void **)&fn = dlsym(RTLD_NEXT, name);
    int r = fn ? fn(fd, st) : -1;
    if (r == 0)
        adjust(fd, st);
    return r;
}

int fstat(int fd, struct stat *st)
{
    return real_fstat("fstat", fd, st);
}

/* The same layout as struct stat where off_t is 64 bits (x86-64, arm64). */
int fstat64(int fd, struct stat64 *st)
{
    return real_fstat("fstat64", fd, st);
}
