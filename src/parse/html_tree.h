/* html_tree.h — what an element of a parsed page (libxml2's tree) is to
 * the HTML reader: inline, a block, a paragraph, a heading, a line break,
 * a table or a part of one; and the text a node holds. */
#ifndef BAOGAO_HTML_TREE_H
#define BAOGAO_HTML_TREE_H

#include <stddef.h>

#include <libxml/tree.h>

typedef enum html_kind {
    HTML_INLINE,  /* a, span, b, font, … and unknown elements */
    HTML_BLOCK,   /* div, section, article, ul, body, … */
    HTML_PARA,    /* p, li, pre, blockquote, dd, dt, h5, h6 … */
    HTML_HEADING, /* h1–h4 */
    HTML_BREAK,   /* br */
    HTML_TABLE,
    HTML_ROW,     /* tr */
    HTML_CELL,    /* td, th */
    HTML_SKIP     /* thead, tbody, tfoot, caption: table parts walked through */
} html_kind;

/* The kind of element e (an XML_ELEMENT_NODE). Cannot fail. */
html_kind html_kind_of(const xmlNode *e);

/* 1–4 for h1–h4, else 0. */
int html_heading_level(const xmlNode *e);

/* True when e's name is name (lower case, as libxml2's HTML parser
 * makes names). */
int html_is(const xmlNode *e, const char *name);

/* The characters (code points but white space) of UTF-8 s[0..n). */
size_t html_chars(const char *s, size_t n);

#endif
