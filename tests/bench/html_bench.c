/* html_bench.c — the HTML reader against the text path on the same
 * reports: html_bench REPEAT PAGE... -- TEXT... times format_read alone
 * over the pages (each REPEAT times), the whole pipeline over the pages
 * (reader and text stages) and the pipeline over the text files, and
 * prints "PAGE_BYTES TEXT_OUT_BYTES READER_S PAGES_S TEXT_BYTES TEXT_S"
 * (TEXT_OUT_BYTES: what the reader made of the pages). */
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "rerun.h"

static void drop_doc(void *ctx, doc *d)
{
    (void)ctx;
    doc_free(d);
}

/* The bytes read and the text made (time_read's ctx). */
typedef struct sizes {
    size_t in, out;
} sizes;

/* bench_each_file's step: format_read over one file, timed. */
static double time_read(const char *path, char *buf, size_t n, void *ctx)
{
    sizes *z = ctx;
    reader_out ro;
    const char *err;
    double t0 = bench_now();
    int rc = format_read(format_detect(path, buf, n), buf, n, &ro, &err);
    double t = bench_now() - t0;
    z->in += n;
    if (rc == 0) {
        z->out += ro.text.len;
        reader_out_free(&ro);
    }
    return t;
}

static size_t bytes_of(int repeat, char **files, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        size_t len;
        char *buf = slurp(files[i], &len);
        if (buf)
            total += len;
        free(buf);
    }
    return total * (size_t)repeat;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: html_bench REPEAT PAGE... -- TEXT...\n");
        return 2;
    }
    int repeat = atoi(argv[1]);
    int sep = 2;
    while (sep < argc && strcmp(argv[sep], "--") != 0)
        sep++;
    char **pages = argv + 2, **texts = argv + sep + 1;
    int npages = sep - 2, ntexts = sep < argc ? argc - sep - 1 : 0;
    sizes z = {0, 0};
    double reader = bench_each_file(repeat, pages, npages, time_read, &z);
    double whole = bench_parse_files(repeat, pages, npages, drop_doc);
    double plain = bench_parse_files(repeat, texts, ntexts, drop_doc);
    printf("%zu %zu %.3f %.3f %zu %.3f\n", z.in, z.out, reader, whole,
           bytes_of(repeat, texts, ntexts), plain);
    return 0;
}
