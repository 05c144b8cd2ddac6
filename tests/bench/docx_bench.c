/* docx_bench.c — the Word reader against the text path on the same
 * reports: for each pair "REPORT.docx REPORT.txt" on the command line
 * (the .txt holding the same text), REPEAT times each: docx_read alone,
 * docx_read then pipeline_text on its text (the whole docx path, as the
 * loader will run it), and pipeline_file on the .txt (the text path).
 * Prints one line:
 *   "pairs docx_bytes inflated_bytes text_bytes read_s docx_path_s text_path_s"
 * (seconds summed over the repeats, bytes of one pass). */
#include <stdio.h>
#include <stdlib.h>

#include "read_docx.h"
#include "rerun.h"

static void drop(void *ctx, doc *d)
{
    (void)ctx;
    doc_free(d);
}

int main(int argc, char **argv)
{
    if (argc < 4 || (argc - 2) % 2) {
        fprintf(stderr, "usage: docx_bench REPEAT A.docx A.txt [B.docx B.txt ...]\n");
        return 2;
    }
    int repeat = atoi(argv[1]);
    size_t docx_bytes = 0, inflated = 0, text_bytes = 0;
    double t_read = 0, t_docx = 0;
    for (int i = 2; i < argc; i += 2) {
        size_t n;
        char *buf = slurp(argv[i], &n);
        if (!buf) {
            perror(argv[i]);
            return 1;
        }
        for (int r = 0; r < repeat; r++) {
            docx_out o;
            const char *err;
            double t0 = bench_now();
            int rc = docx_read(buf, n, &o, &err);
            double t1 = bench_now();
            if (rc == 0) {
                doc *d = doc_new(argv[i], argv[i]);
                pipeline_text(d, o.text, o.n, 1, NULL);
                doc_free(d);
            } else {
                fprintf(stderr, "%s: %s\n", argv[i], err);
            }
            t_read += t1 - t0;
            t_docx += bench_now() - t0;
            if (!r) {
                docx_bytes += n;
                inflated += o.stats.inflated;
            }
            docx_out_free(&o);
        }
        free(buf);
        char *txt = slurp(argv[i + 1], &n);
        free(txt);
        text_bytes += txt ? n : 0;
    }
    char **txts = malloc((size_t)(argc / 2) * sizeof *txts);
    int ntxt = 0;
    for (int i = 3; i < argc; i += 2)
        txts[ntxt++] = argv[i];
    double t_text = bench_parse_files(repeat, txts, ntxt, drop);
    free(txts);
    printf("%d %zu %zu %zu %.4f %.4f %.4f\n", ntxt, docx_bytes, inflated, text_bytes,
           t_read, t_docx, t_text);
    return 0;
}
