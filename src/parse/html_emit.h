/* html_emit.h — the text of a page's chosen part as the text stages read
 * it: a paragraph per block with a blank line after it, <br> a line
 * break, h1–h4 lines of their own, data tables as markdown pipe tables
 * (the tables stage reads those), white space collapsed as a browser
 * shows it. */
#ifndef BAOGAO_HTML_EMIT_H
#define BAOGAO_HTML_EMIT_H

#include <libxml/tree.h>

#include "reader.h"
#include "sbuf.h"

/* Appends the text of node (an element, or a text node) and everything
 * under it to out->text, counting blocks, headings and tables in out->st
 * and marking each h1–h4 line a heading of its level
 * (reader_out_heading). The tree must be bounded in depth (read_html
 * prunes it). Cannot fail. */
void html_emit(const xmlNode *node, reader_out *out);

/* The text of node's subtree on one line, white space collapsed, into
 * out (replacing what it held). Cannot fail. */
void html_emit_line(const xmlNode *node, sbuf *out);

#endif
