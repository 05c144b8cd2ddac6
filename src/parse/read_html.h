/* read_html.h — the reader of saved web pages (reader.h's contract):
 * libxml2's HTML parser over the page in UTF-8, the furniture dropped by
 * markup (script, style, nav, header, footer, aside, form, iframe, and
 * elements whose class or id says nav, breadcrumb, share, related,
 * footer, sidebar, menu…), the article chosen by text density, its text
 * as html_emit writes it. */
#ifndef BAOGAO_READ_HTML_H
#define BAOGAO_READ_HTML_H

#include <stddef.h>

#include "reader.h"

/* Bounds: a page over READ_HTML_MAX bytes, or whose tree has over
 * READ_HTML_MAX_NODES nodes, is refused; elements deeper than
 * READ_HTML_MAX_DEPTH are replaced by their text (and counted as
 * dropped). libxml2 itself stops a page at 256 levels (without
 * HTML_PARSE_HUGE): what lies deeper is lost. */
#define READ_HTML_MAX ((size_t)256 << 20)
enum { READ_HTML_MAX_NODES = 4000000, READ_HTML_MAX_DEPTH = 200 };

/* A format_reader for a page: the charset from its BOM, its <meta> or
 * detection (html_charset_decode); the text of its main content block,
 * hint "title" (its first h1, else its <title>). Returns 0, or -1 with
 * *err set (too large, too many nodes, nothing libxml2 could parse). */
int read_html(const char *bytes, size_t n, reader_out *out, const char **err);

/* read_html with the charset a container declared (NULL: none). */
int read_html_in(const char *bytes, size_t n, const char *charset,
                 reader_out *out, const char **err);

/* A format_reader for a web archive (.mht, .mhtml): its first text/html
 * part, quoted-printable or base64 decoded, read by read_html_in with the
 * part's charset. Returns -1 with *err set when it has no such part. */
int read_mhtml(const char *bytes, size_t n, reader_out *out, const char **err);

#endif
