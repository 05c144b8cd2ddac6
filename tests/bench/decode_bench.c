/* decode_bench.c — times the decode stage alone (bytes → UTF-8) over the
 * files named on the command line, for the ratio against iconv that
 * ./run bench reports. Prints "bytes seconds". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "decode.h"

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0, k;
    char *buf = xmalloc(cap);
    while ((k = fread(buf + len, 1, cap - len, f)) > 0) {
        len += k;
        if (len == cap)
            buf = xrealloc(buf, cap *= 2);
    }
    fclose(f);
    *n = len;
    return buf;
}

int main(int argc, char **argv)
{
    double seconds = 0;
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *buf = slurp(argv[i], &n);
        if (!buf)
            continue;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        arena a;
        arena_init(&a);
        decoded d;
        const char *err;
        decode_bytes(buf, n, &a, &d, &err);
        arena_free(&a);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        seconds += (double)(t1.tv_sec - t0.tv_sec) +
                   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        total += n;
        free(buf);
    }
    printf("%zu %.3f\n", total, seconds);
    return 0;
}
