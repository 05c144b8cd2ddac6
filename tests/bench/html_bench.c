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

/* Times format_read over the files; adds their bytes and the text made. */
static double time_reader(int repeat, char **files, int n, size_t *in,
                          size_t *out)
{
    double total = 0;
    for (int r = 0; r < repeat; r++)
        for (int i = 0; i < n; i++) {
            size_t len;
            char *buf = slurp(files[i], &len);
            if (!buf)
                continue;
            reader_out ro;
            const char *err;
            double t0 = bench_now();
            int rc = format_read(format_detect(files[i], buf, len), buf, len,
                                 &ro, &err);
            total += bench_now() - t0;
            *in += len;
            if (rc == 0) {
                *out += ro.text.len;
                reader_out_free(&ro);
            }
            free(buf);
        }
    return total;
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
    size_t in = 0, out = 0;
    double reader = time_reader(repeat, pages, npages, &in, &out);
    double whole = bench_parse_files(repeat, pages, npages, drop_doc);
    double plain = bench_parse_files(repeat, texts, ntexts, drop_doc);
    printf("%zu %zu %.3f %.3f %zu %.3f\n", in, out, reader, whole,
           bytes_of(repeat, texts, ntexts), plain);
    return 0;
}
