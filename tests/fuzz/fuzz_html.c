/* fuzz_html.c — libFuzzer target for the saved-page readers
 * (src/parse/read_html.c, read_mhtml.c) through the reader seam
 * (format_read): the first byte picks HTML or MHTML and whether the
 * extension hint is .html, the rest is the file. Checks: format_detect
 * and format_sniff agree on what content alone says; a read gives valid
 * UTF-8 with no NUL, hints with a key and a value, blocks no more than
 * lines; a refusal says why. */
#include "format.h"
#include "fuzz.h"
#include "utf8.h"

static void check_out(const reader_out *r)
{
    fuzz_require(utf8_valid(r->text.p ? r->text.p : "", r->text.len),
                 "html: text not UTF-8");
    fuzz_require(!r->text.len || memchr(r->text.p, '\0', r->text.len) == NULL,
                 "html: NUL in the text");
    size_t lines = 0;
    for (size_t i = 0; i < r->text.len; i++)
        lines += r->text.p[i] == '\n';
    fuzz_require(r->st.blocks <= lines, "html: more blocks than lines");
    fuzz_require(r->encoding && *r->encoding, "html: no encoding");
    for (size_t i = 0; i < r->nhints; i++)
        fuzz_require(r->hints[i].key && r->hints[i].value, "html: a hint of nothing");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size)
        return 0;
    unsigned pick = data[0];
    const char *p = (const char *)data + 1;
    size_t n = size - 1;
    doc_format sniffed = format_sniff(p, n);
    doc_format detected = format_detect(pick & 2 ? "x.html" : "x", p, n);
    fuzz_require(sniffed == FORMAT_TEXT || detected == sniffed,
                 "html: the extension overrode the content");
    reader_out r;
    const char *err = NULL;
    if (format_read(pick & 1 ? FORMAT_MHTML : FORMAT_HTML, p, n, &r, &err) == 0) {
        check_out(&r);
        reader_out_free(&r);
    } else {
        fuzz_require(err && *err, "html: refused without a reason");
    }
    return 0;
}
