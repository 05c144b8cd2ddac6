/* lines.h — parse stage 2a: decoded UTF-8 → lines, with every line end
 * (LF, CRLF, lone CR, and the CR CR LF of a double conversion) as one. */
#ifndef BAOGAO_LINES_H
#define BAOGAO_LINES_H

#include "doc.h"
#include "text.h"

/* Splits s[0..n) into lines numbered from first_line (1 for a file; a
 * CSV field's own line otherwise). Counts CRLF and lone CR in st. */
text lines_split(const char *s, size_t n, uint32_t first_line, arena *a,
                 doc_stats *st);

#endif
