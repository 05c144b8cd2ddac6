/* xml_init.h — libxml2 set up once for every reader that parses with it
 * (the HTML reader, the Word reader): it initialises its globals on first
 * use, which is not safe when two threads first use it at once. */
#ifndef BAOGAO_XML_INIT_H
#define BAOGAO_XML_INIT_H

/* Initialises libxml2 once per process (later calls return at once).
 * Thread-safe; cannot fail. */
void xml_init_once(void);

#endif
