/* html.h — removal of HTML remnants from scraped text: comments (also
 * across lines), tags, and entities decoded to characters. */
#ifndef BAOGAO_HTML_H
#define BAOGAO_HTML_H

#include "doc.h"
#include "sbuf.h"

typedef struct html_state {
    int in_comment; /* inside <!-- … --> continued from an earlier line */
} html_state;

/* Appends line s[0..n) to out without HTML: comments and tags removed,
 * block-level tags (<br>, </p>, </div>, </li>, </tr>, </h1>…) turned into
 * '\n', entities (&nbsp; &#12288; &#x3000; &ldquo; …) decoded; a '<' or '&'
 * that does not start markup stays. Counts what it removed in st. */
void html_clean_line(const char *s, size_t n, html_state *hs, sbuf *out,
                     doc_stats *st);

/* True when html_clean_line would append line s[0..n) as it is: no
 * comment goes on into it, and it has no '<' nor '&' (the usual line), so
 * a caller may read s itself instead of a copy. */
int html_line_is_plain(const char *s, size_t n, const html_state *hs);

/* Length of the entity at s[0..n) (s[0] is '&': &name; &#N; &#xH;) and, in
 * *cp, the code point it denotes (U+FFFD for 0 or past U+10FFFF); 0 when
 * s does not start a known entity. Cannot fail. */
size_t html_entity(const char *s, size_t n, uint32_t *cp);

#endif
