/* stage_bench.c — times the decode stage, the text stages after it
 * (lines, escapes, running, unwrap, clean, repair, repeats) and the
 * structure stage separately over
 * the files named on the command line, so ./run bench can compare decode
 * with iconv and say what structure adds. Prints
 * "bytes decode_seconds text_seconds structure_seconds". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "clean.h"
#include "decode.h"
#include "escapes.h"
#include "lines.h"
#include "repair.h"
#include "repeats.h"
#include "running.h"
#include "structure.h"
#include "unwrap.h"
#include "../unit/slurp.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The stages as pipeline.c runs them, into d; adds each one's time. */
static void run_stages(doc *d, const char *buf, size_t n, double t[3])
{
    arena a, b, c;
    arena_init(&a);
    arena_init(&b);
    arena_init(&c);
    decoded dec;
    const char *err;
    double t0 = now();
    int ok = decode_bytes(buf, n, &a, &dec, NULL, &err) == 0;
    double t1 = now();
    if (ok) {
        text lines = lines_split(dec.utf8, dec.len, 1, &b, &d->stats, NULL);
        text esc = escapes_run(&lines, &c, &d->stats, NULL);
        text run = running_run(&esc, &c, &d->stats, NULL);
        text unwrapped = unwrap_run(&run, &c, &d->stats, NULL);
        text clean = clean_run(&unwrapped, &a, &d->stats, NULL);
        text repaired = repair_run(&clean, &b, &d->stats, NULL);
        d->clean = repeats_run(&repaired, &d->mem, &d->stats, NULL);
    }
    double t2 = now();
    if (ok)
        structure_run(d);
    double t3 = now();
    arena_free(&a);
    arena_free(&b);
    arena_free(&c);
    t[0] += t1 - t0;
    t[1] += t2 - t1;
    t[2] += t3 - t2;
}

int main(int argc, char **argv)
{
    double t[3] = {0, 0, 0};
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *buf = slurp(argv[i], &n);
        if (!buf)
            continue;
        doc *d = doc_new(argv[i], argv[i]);
        run_stages(d, buf, n, t);
        total += n;
        doc_free(d);
        free(buf);
    }
    printf("%zu %.3f %.3f %.3f\n", total, t[0], t[1], t[2]);
    return 0;
}
