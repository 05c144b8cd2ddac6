/* docx_xml.h — the XML side of the Word reader: parsing a part of the
 * package safely (libxml2, no network, no entities, no DTD) and asking
 * WordprocessingML elements their name and w: attributes. */
#ifndef BAOGAO_DOCX_XML_H
#define BAOGAO_DOCX_XML_H

#include <stddef.h>

#include <libxml/tree.h>

/* The WordprocessingML main namespace (w:). */
#define DOCX_W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Parses the part `name` (for the message), s[0..n), without network
 * access, entity substitution, DTD loading or huge-text allowance.
 * Returns the tree (the caller xmlFreeDoc's it), or NULL with a message
 * naming the part and libxml2's first error written into err[0..errsz)
 * ("malformed XML in word/document.xml: line 3: …"). Thread-safe (libxml2
 * is initialised once, on the first call). */
xmlDoc *docx_xml_read(const char *s, size_t n, const char *name, char *err,
                      size_t errsz);

/* True when node is the element w:local (WordprocessingML namespace). */
int docx_xml_is(const xmlNode *node, const char *local);

/* The first child element w:local of node, or NULL. */
xmlNode *docx_xml_child(const xmlNode *node, const char *local);

/* The value of node's attribute w:attr (or attr without a namespace), as
 * a string inside the tree (no copy; lives as long as the tree), or NULL. */
const char *docx_xml_attr(const xmlNode *node, const char *attr);

/* The w:val of node's child element w:local, or NULL. */
const char *docx_xml_child_val(const xmlNode *node, const char *local);

/* An integer attribute value: v read as a decimal (leading '-' allowed),
 * clamped to [lo, hi]; dflt when v is NULL or not a number. */
long docx_xml_long(const char *v, long dflt, long lo, long hi);

#endif
