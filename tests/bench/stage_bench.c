/* stage_bench.c — times the text stages (decode, lines, clean, repair,
 * repeats) and the structure stage separately over the files named on the
 * command line, so ./run bench can say what structure adds. Prints
 * "bytes text_seconds structure_seconds". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "clean.h"
#include "decode.h"
#include "lines.h"
#include "repair.h"
#include "repeats.h"
#include "structure.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

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

/* The text stages as pipeline.c runs them, into d. */
static void text_stages(doc *d, const char *buf, size_t n)
{
    arena a, b;
    arena_init(&a);
    arena_init(&b);
    decoded dec;
    const char *err;
    if (decode_bytes(buf, n, &a, &dec, &err) == 0) {
        text lines = lines_split(dec.utf8, dec.len, 1, &b, &d->stats);
        text clean = clean_run(&lines, &a, &d->stats);
        text repaired = repair_run(&clean, &b, &d->stats);
        d->clean = repeats_run(&repaired, &d->mem, &d->stats);
    }
    arena_free(&a);
    arena_free(&b);
}

int main(int argc, char **argv)
{
    double t_text = 0, t_structure = 0;
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *buf = slurp(argv[i], &n);
        if (!buf)
            continue;
        doc *d = doc_new(argv[i], argv[i]);
        double t0 = now();
        text_stages(d, buf, n);
        double t1 = now();
        structure_run(d);
        double t2 = now();
        t_text += t1 - t0;
        t_structure += t2 - t1;
        total += n;
        doc_free(d);
        free(buf);
    }
    printf("%zu %.3f %.3f\n", total, t_text, t_structure);
    return 0;
}
