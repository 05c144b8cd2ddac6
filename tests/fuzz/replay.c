/* replay.c — runs the fuzz target over every file named on the command
 * line (the saved corpus and crashers), so the normal suite, with or
 * without sanitizers, replays them without libFuzzer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "replay: cannot open %s\n", argv[i]);
            failed++;
            continue;
        }
        size_t cap = 1 << 16, n = 0;
        unsigned char *buf = xmalloc(cap);
        size_t k;
        while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
            n += k;
            if (n == cap)
                buf = xrealloc(buf, cap *= 2);
        }
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
        free(buf);
    }
    printf("%d checks, %d failed\n", argc - 1, failed);
    return failed != 0;
}
