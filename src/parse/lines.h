/* lines.h — parse stage 2a: decoded UTF-8 → lines, with every line end
 * (LF, CRLF, lone CR, and the CR CR LF of a double conversion) as one. */
#ifndef BAOGAO_LINES_H
#define BAOGAO_LINES_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Splits s[0..n) into lines numbered from first_line (1 for a file; a
 * CSV field's own line otherwise). Counts CRLF and lone CR in st. Stops
 * early once *cancel (if given) is raised, looked at every line: the text
 * is then partial, fit only to be dropped. */
text lines_split(const char *s, size_t n, uint32_t first_line, arena *a,
                 doc_stats *st, const cancel_flag *cancel);

#endif
