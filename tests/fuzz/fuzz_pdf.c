/* fuzz_pdf.c — libFuzzer target for the PDF reader (read_pdf,
 * src/parse/read_pdf.h) and its layout stages (pdf_layout.h). The first
 * byte chooses what the rest is:
 *   0 mod 3  the bytes of a PDF as they come (poppler's parser, the
 *            reader's refusals);
 *   1 mod 3  a page's content stream, put in a well-formed one-page PDF
 *            here (a standard font, xref offsets right), so mutations
 *            reach the text operators and the layout;
 *   2 mod 3  glyphs placed by the bytes themselves (9 bytes each: a
 *            character from a small alphabet of Chinese, Latin, digits
 *            and marks, x, y, width, height, flags, one of 4 fonts), up
 *            to 8 pages, into
 *            pdf_rows_build, pdf_furniture_mark and pdf_paras_write
 *            directly (no poppler: the layout's own corners).
 * Checked: a refusal says why and gives no text; a success gives UTF-8
 * without NUL whose text through pipeline_text keeps the invariants of
 * fuzz_doc.h; the layout marks no more rows than it has and writes no
 * more paragraphs than rows. */
#include <stdio.h>

#include "fuzz_doc.h"
#include "format.h"
#include "pdf_layout.h"
#include "pipeline.h"
#include "reader.h"
#include "sbuf.h"

/* A one-page PDF whose page draws content[0..n) with Helvetica as F1. */
static void one_page(const char *content, size_t n, sbuf *b)
{
    size_t off[6];
    sbuf_adds(b, "%PDF-1.4\n");
    off[1] = b->len;
    sbuf_adds(b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    off[2] = b->len;
    sbuf_adds(b, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    off[3] = b->len;
    sbuf_adds(b, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n");
    off[4] = b->len;
    sbuf_printf(b, "4 0 obj\n<< /Length %zu >>\nstream\n", n);
    sbuf_add(b, content, n);
    sbuf_adds(b, "\nendstream\nendobj\n");
    off[5] = b->len;
    sbuf_adds(b, "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
    size_t xref = b->len;
    sbuf_adds(b, "xref\n0 6\n0000000000 65535 f \n");
    for (int i = 1; i <= 5; i++)
        sbuf_printf(b, "%010zu 00000 n \n", off[i]);
    sbuf_printf(b, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
}

static void read_bytes(const char *p, size_t n)
{
    reader_out out;
    const char *err = NULL;
    int rc = format_read(FORMAT_PDF, p, n, &out, &err);
    if (rc < 0) {
        fuzz_require(err && *err, "read_pdf: a refusal without its reason");
        return;
    }
    fuzz_require(utf8_valid(out.text.p, out.text.len), "read_pdf: text not UTF-8");
    fuzz_require(!out.text.len || !memchr(out.text.p, '\0', out.text.len),
                 "read_pdf: a NUL in the text");
    for (size_t i = 0; i < out.nhints; i++)
        fuzz_require_utf8(out.hints[i].value, "read_pdf: a hint not UTF-8");
    doc *d = doc_new("fuzz.pdf", "fuzz");
    pipeline_text(d, out.text.p ? out.text.p : "", out.text.len, 1, NULL);
    fuzz_check_doc(d);
    doc_free(d);
    reader_out_free(&out);
}

static const uint32_t alphabet[] = {
    0x4E00, 0x4E8C, 0x4E09, 0x3001, 0x3002, 0xFF08, 0xFF09, 0x7B2C, 0x7AE0, 0x8282,
    0x53D1, 0x5C55, 0x62A5, 0x544A, 0x5E74, 0x589E, 0x957F, 0x4EBF, 0x5143, 0xFF1B,
    '0', '1', '2', '5', '9', '.', '%', '-', '|', '(', ')', 'a', 'G', 'P', 0x2022, 0x2013};

static void layout(const uint8_t *p, size_t n)
{
    pdf_rows r = {0};
    pdf_glyph g[1024];
    size_t pages = 0;
    while (n && pages < 8) {
        size_t k = 0;
        while (n >= 9 && k < sizeof g / sizeof *g) {
            if (p[0] == 0xFF) { /* a page break */
                p++, n--;
                break;
            }
            float x = (float)p[1] * 2.4f, y = (float)p[2] * 3.3f;
            float w = (float)(p[3] % 40) + 0.5f, h = (float)(p[4] % 40) + 0.5f;
            g[k++] = (pdf_glyph){alphabet[p[0] % (sizeof alphabet / sizeof *alphabet)],
                                 x, y, x + w, y + h, (uint32_t)(p[6] & 3),
                                 (uint8_t)(p[5] & 1)};
            p += 9, n -= 9;
        }
        if (n < 9)
            n = 0;
        if (k)
            pdf_rows_build(&r, g, k, 595, 842);
        pages++;
    }
    size_t marked = pdf_furniture_mark(&r);
    fuzz_require(marked <= r.nrows, "pdf_furniture_mark: more marks than rows");
    sbuf out = {0};
    size_t tables = 0;
    size_t paras = pdf_paras_write(&r, &out, &tables);
    fuzz_require(paras + tables <= r.nrows, "pdf_paras_write: more blocks than rows");
    fuzz_require(utf8_valid(out.p, out.len), "pdf_paras_write: text not UTF-8");
    doc *d = doc_new("fuzz.pdf", "fuzz");
    pipeline_text(d, out.p ? out.p : "", out.len, 1, NULL);
    fuzz_check_doc(d);
    doc_free(d);
    sbuf_free(&out);
    pdf_rows_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size)
        return 0;
    const char *p = (const char *)data + 1;
    size_t n = size - 1;
    switch (data[0] % 3) {
    case 0:
        read_bytes(p, n);
        break;
    case 1: {
        sbuf pdf = {0};
        one_page(p, n, &pdf);
        read_bytes(pdf.p, pdf.len);
        sbuf_free(&pdf);
        break;
    }
    default:
        layout(data + 1, n);
        break;
    }
    return 0;
}
