/* format.c — format detection by content and the table of readers (see
 * format.h). A new reader is one line of `formats` below. */
#include "format.h"

#include <string.h>
#include <strings.h>

#include "decode.h"
#include "read_docx.h"
#include "read_html.h"
#include "read_pdf.h"
#include "strs.h"

typedef struct format_info {
    const char *name;
    format_reader read; /* NULL: refused with `refusal` */
    const char *refusal;
} format_info;

static const format_info formats[FORMAT_NFORMATS] = {
    [FORMAT_TEXT] = {"text", NULL, "read as text"},
    [FORMAT_CSV] = {"csv", NULL, "read as text"},
    [FORMAT_HTML] = {"html", read_html, NULL},
    [FORMAT_MHTML] = {"mhtml", read_mhtml, NULL},
    [FORMAT_DOCX] = {"docx", docx_reader, NULL},
    [FORMAT_PDF] = {"pdf", read_pdf, NULL},
    [FORMAT_OLE2] = {"doc", NULL,
                     "old binary Word or WPS document (OLE2): format not "
                     "supported (save it as .docx)"},
    [FORMAT_OFD] = {"ofd", NULL, ".ofd (OFD): format not supported"},
    [FORMAT_ZIP] = {"zip", NULL,
                    "a zip archive, not a Word document: format not supported"},
};

const char *format_name(doc_format f)
{
    return (unsigned)f < FORMAT_NFORMATS ? formats[f].name : "?";
}

int format_is_text(doc_format f)
{
    return f == FORMAT_TEXT || f == FORMAT_CSV;
}

int format_is_unnamed_binary(const char *bytes, size_t n)
{
    return decode_is_binary(bytes, n) && format_is_text(format_sniff(bytes, n));
}

int format_is_report(doc_format f)
{
    return f == FORMAT_HTML || f == FORMAT_MHTML || f == FORMAT_DOCX ||
           f == FORMAT_PDF;
}

/* Case-insensitive memmem of the NUL-terminated needle (non-empty, its
 * first character ASCII) in s[0..n). strncasecmp only where the first
 * byte can match: it and the needle's agree but for bit 0x20 (all case
 * folding of an ASCII character does); a first character that is no
 * letter ('<' of every HTML mark) is found by memchr. */
static int has_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    unsigned first = (unsigned char)needle[0] | 0x20;
    if (k > n)
        return 0;
    if (first < 'a' || first > 'z') {
        for (const char *p = s; (p = memchr(p, needle[0], (size_t)(s + n - k + 1 - p)));
             p++)
            if (strncasecmp(p, needle, k) == 0)
                return 1;
        return 0;
    }
    for (size_t i = 0; i + k <= n; i++)
        if (((unsigned char)s[i] | 0x20) == first &&
            strncasecmp(s + i, needle, k) == 0)
            return 1;
    return 0;
}

/* The zip's kind by the entry names in its first and last bytes. */
static doc_format zip_kind(const char *head, size_t nhead, const char *tail,
                           size_t ntail)
{
    if (strs_has(head, nhead, "word/document.xml") ||
        strs_has(tail, ntail, "word/document.xml"))
        return FORMAT_DOCX;
    if (strs_has(head, nhead, "OFD.xml") || strs_has(tail, ntail, "OFD.xml"))
        return FORMAT_OFD;
    return FORMAT_ZIP;
}

/* True when the first KB (after a UTF-8 BOM and blanks) opens markup;
 * a UTF-16 page (its BOM) is looked at through its ASCII characters. */
static int html_markers(const char *b, size_t n)
{
    static const char *const marks[] = {"<!doctype html", "<html", "<head",
                                        "<body", "<meta charset",
                                        "<meta http-equiv"};
    char ascii[FORMAT_SNIFF];
    int le = n >= 2 && (unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE;
    int be = n >= 2 && (unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF;
    if (le || be) {
        size_t m = 0;
        for (size_t i = 2; i + 1 < n && m < sizeof ascii; i += 2) {
            unsigned char lo = (unsigned char)b[i + be], hi = (unsigned char)b[i + le];
            ascii[m++] = hi == 0 && lo < 0x80 ? (char)lo : '?';
        }
        b = ascii;
        n = m;
    }
    size_t k = n < FORMAT_SNIFF ? n : FORMAT_SNIFF;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (has_ci(b, k, marks[i]))
            return 1;
    return 0;
}

doc_format format_sniff_ends(const char *b, size_t n, const char *tail,
                             size_t ntail)
{
    static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    size_t k = n < FORMAT_SNIFF ? n : FORMAT_SNIFF;
    if (n >= 8 && memcmp(b, ole2, 8) == 0)
        return FORMAT_OLE2;
    if (n >= 4 && memcmp(b, "PK\3\4", 4) == 0)
        return zip_kind(b, n < FORMAT_ZIP_EDGE ? n : FORMAT_ZIP_EDGE, tail, ntail);
    if (strs_has(b, k, "%PDF-"))
        return FORMAT_PDF;
    if (has_ci(b, k, "MIME-Version:") && has_ci(b, k, "multipart/related"))
        return FORMAT_MHTML;
    if (html_markers(b, n))
        return FORMAT_HTML;
    return FORMAT_TEXT;
}

doc_format format_sniff(const char *b, size_t n)
{
    size_t ntail = n < FORMAT_ZIP_EDGE ? n : FORMAT_ZIP_EDGE;
    return format_sniff_ends(b, n, b + n - ntail, ntail);
}

/* True when path ends in one of the NULL-ended suffixes. */
static int ends_in(const char *path, const char *const *sfx)
{
    size_t n = strlen(path);
    for (; *sfx; sfx++) {
        size_t k = strlen(*sfx);
        if (n > k && strcasecmp(path + n - k, *sfx) == 0)
            return 1;
    }
    return 0;
}

doc_format format_detect(const char *path, const char *b, size_t n)
{
    static const char *const html[] = {".htm", ".html", ".shtml", NULL};
    static const char *const mhtml[] = {".mht", ".mhtml", NULL};
    doc_format f = format_sniff(b, n);
    size_t k = n < FORMAT_SNIFF ? n : FORMAT_SNIFF;
    if (f != FORMAT_TEXT || !path)
        return f;
    if (ends_in(path, mhtml) && has_ci(b, k, "Content-Type:"))
        return FORMAT_MHTML;
    if (ends_in(path, html) && memchr(b, '<', k))
        return FORMAT_HTML;
    return FORMAT_TEXT;
}

int format_read(doc_format f, const char *bytes, size_t n, reader_out *out,
                const char **err)
{
    reader_out_init(out);
    const format_info *fi = (unsigned)f < FORMAT_NFORMATS ? &formats[f] : NULL;
    if (!fi || !fi->read) {
        *err = fi ? fi->refusal : "unknown format";
        reader_out_free(out);
        return -1;
    }
    if (fi->read(bytes, n, out, err) != 0) {
        reader_out_free(out);
        return -1;
    }
    return 0;
}
