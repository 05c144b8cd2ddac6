/* format.h — what kind of file a report is (by its content first, its
 * name a hint) and the one contract of the readers that turn a format's
 * bytes into the UTF-8 text the text stages take (the reader seam; the
 * contract itself is reader.h). */
#ifndef BAOGAO_FORMAT_H
#define BAOGAO_FORMAT_H

#include <stddef.h>

#include "reader.h"

typedef enum doc_format {
    FORMAT_TEXT,  /* text or markdown: the text stages read it as it is */
    FORMAT_CSV,   /* a CSV export (told after decoding: see pipeline.c) */
    FORMAT_HTML,  /* a saved web page */
    FORMAT_MHTML, /* a web archive (MIME multipart/related) */
    FORMAT_DOCX,  /* a zip holding word/document.xml */
    FORMAT_PDF,   /* "%PDF-" in the first KB */
    FORMAT_OLE2,  /* old binary .doc / .wps: not supported */
    FORMAT_OFD,   /* a zip holding OFD.xml: not supported */
    FORMAT_ZIP,   /* another zip: not supported */
    FORMAT_NFORMATS
} doc_format;

/* How much of a file format_sniff looks at for markup and magic, and
 * how much of a zip's start and end for its entries' names. */
enum { FORMAT_SNIFF = 1024, FORMAT_ZIP_EDGE = 64 * 1024 };

/* The kind of file bytes[0..n) is by content alone: PDF, the zips (the
 * entry names looked for in the first and last 64 KB, where the local
 * and central headers name them), OLE2, MHTML and HTML (a doctype,
 * <html, <head, <body or <meta charset / http-equiv in the first KB,
 * after a BOM and blanks); FORMAT_TEXT for anything else. Cannot fail. */
doc_format format_sniff(const char *bytes, size_t n);

/* format_sniff from a file's first bytes (head[0..nhead), at least
 * FORMAT_SNIFF of them when the file has them) and its last ones
 * (tail[0..ntail), up to FORMAT_ZIP_EDGE: a zip's central directory), so
 * a loader needs not read a whole file to know it. Cannot fail. */
doc_format format_sniff_ends(const char *head, size_t nhead, const char *tail,
                             size_t ntail);

/* format_sniff with path's extension as a hint: a .htm/.html/.shtml
 * whose first KB has a tag is HTML without the markers above, a .mht or
 * .mhtml with MIME headers is MHTML. Never FORMAT_CSV (see above).
 * Cannot fail. */
doc_format format_detect(const char *path, const char *bytes, size_t n);

/* The format's name as doc->format, list and check show it ("text",
 * "csv", "html", "mhtml", "docx", "pdf", "doc", "ofd", "zip"; static). */
const char *format_name(doc_format f);

/* True when f has no reader in front of the text stages: its bytes are
 * decoded and read as text (FORMAT_TEXT, FORMAT_CSV). */
int format_is_text(doc_format f);

/* True when the first DECODE_BINARY_SAMPLE bytes of bytes[0..n) are
 * binary (decode_is_binary) and no format's magic says what they are:
 * such a file is refused as "binary data, not text", whatever its name. */
int format_is_unnamed_binary(const char *bytes, size_t n);

/* True when f is a format the loader picks in a folder by content alone
 * (a file without a report's extension): HTML, MHTML, docx, PDF. */
int format_is_report(doc_format f);

/* Runs f's reader over bytes[0..n) into *out (initialised here). Returns
 * 0, *out then the caller's to free with reader_out_free; or -1 with *err
 * a static message ("format not supported" for .doc, .wps, .ofd and
 * other zips; "not read yet" for a format without its reader), *out
 * holding nothing. Not for the text formats (format_is_text). */
int format_read(doc_format f, const char *bytes, size_t n, reader_out *out,
                const char **err);

#endif
