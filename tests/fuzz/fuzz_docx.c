/* fuzz_docx.c — libFuzzer target for the Word reader (docx_read,
 * src/parse/read_docx.h). The first byte chooses what the rest is:
 * even, the bytes of a package as they come (zip structure, libzip's
 * refusals, the limits); odd, up to three XML parts separated by NUL
 * bytes — word/document.xml, word/numbering.xml, word/styles.xml — put
 * in a well-formed zip (stored, CRCs right) here, so mutations reach the
 * XML walk, numbering and styles instead of dying at a CRC. Checked: a
 * refusal says why and gives no text; a success gives NUL-terminated
 * UTF-8 of the length it says, no more paragraphs than bytes, and its
 * text through pipeline_text keeps the document invariants of
 * fuzz_doc.h. */
#include <zlib.h>

#include "fuzz_doc.h"
#include "pipeline.h"
#include "read_docx.h"
#include "sbuf.h"

static void put16(sbuf *b, unsigned v)
{
    sbuf_addc(b, (char)(v & 0xFF));
    sbuf_addc(b, (char)(v >> 8 & 0xFF));
}

static void put32(sbuf *b, unsigned long v)
{
    put16(b, (unsigned)(v & 0xFFFF));
    put16(b, (unsigned)(v >> 16 & 0xFFFF));
}

/* A zip header (local 0x04034b50 or central 0x02014b50) of a stored entry. */
static void header(sbuf *b, int central, const char *name, const char *s, size_t n,
                   unsigned long offset)
{
    unsigned long crc = crc32(0, (const unsigned char *)s, (uInt)n);
    put32(b, central ? 0x02014b50 : 0x04034b50);
    if (central)
        put16(b, 20);
    put16(b, 20);
    put16(b, 0);
    put16(b, 0); /* stored */
    put32(b, 0);
    put32(b, crc);
    put32(b, (unsigned long)n);
    put32(b, (unsigned long)n);
    put16(b, (unsigned)strlen(name));
    put16(b, 0);
    if (central) {
        put16(b, 0);
        put16(b, 0);
        put16(b, 0);
        put32(b, 0);
        put32(b, offset);
    }
    sbuf_adds(b, name);
}

/* The parts in p[0..n), split at NUL bytes, as a stored zip into out. */
static void package(const char *p, size_t n, sbuf *out)
{
    static const char *const names[] = {"word/document.xml", "word/numbering.xml",
                                        "word/styles.xml"};
    const char *part[3];
    size_t len[3], k = 0;
    while (k < 3) {
        const char *z = memchr(p, '\0', n);
        size_t m = z ? (size_t)(z - p) : n;
        part[k] = p;
        len[k++] = m;
        if (!z)
            break;
        p += m + 1;
        n -= m + 1;
    }
    unsigned long off[3];
    for (size_t i = 0; i < k; i++) {
        off[i] = (unsigned long)out->len;
        header(out, 0, names[i], part[i], len[i], 0);
        sbuf_add(out, part[i], len[i]);
    }
    size_t cd = out->len;
    for (size_t i = 0; i < k; i++)
        header(out, 1, names[i], part[i], len[i], off[i]);
    size_t cd_size = out->len - cd;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, (unsigned)k);
    put16(out, (unsigned)k);
    put32(out, (unsigned long)cd_size);
    put32(out, (unsigned long)cd);
    put16(out, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size)
        return 0;
    const char *p = (const char *)data + 1;
    size_t n = size - 1;
    sbuf zip = {0};
    if (data[0] & 1) {
        package(p, n, &zip);
        p = zip.p;
        n = zip.len;
    }
    docx_out o;
    const char *err = NULL;
    int rc = docx_read(p, n, &o, &err);
    if (rc < 0) {
        fuzz_require(err && *err && o.text == NULL, "docx_read: a refusal without its reason");
    } else {
        fuzz_require(rc == 0 && o.text && o.text[o.n] == '\0' && strlen(o.text) == o.n,
                     "docx_read: text not NUL-terminated at its length");
        fuzz_require(utf8_valid(o.text, o.n), "docx_read: text not UTF-8");
        fuzz_require(o.stats.paragraphs <= o.n, "docx_read: more paragraphs than bytes");
        for (size_t i = 0; i < o.nhints; i++)
            fuzz_require_utf8(o.hints[i].value, "docx_read: a hint not UTF-8");
        doc *d = doc_new("fuzz.docx", "fuzz");
        pipeline_text(d, o.text, o.n, 1, NULL);
        fuzz_check_doc(d);
        doc_free(d);
    }
    docx_out_free(&o);
    sbuf_free(&zip);
    return 0;
}
