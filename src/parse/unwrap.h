/* unwrap.h — parse stage 2c: text hard-wrapped at a fixed width (every
 * line cut at about the same number of cells, often no blank line between
 * paragraphs) joined back into one line per paragraph. */
#ifndef BAOGAO_UNWRAP_H
#define BAOGAO_UNWRAP_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* The width in terminal cells of s[0..n) without its trailing spaces
 * (East Asian Wide and Fullwidth characters 2, others 1), counted up to
 * max and no further. Cannot fail. */
size_t unwrap_cells(const char *s, size_t n, size_t max);

/* When in is hard-wrapped — of at least 10 non-blank lines, two in five
 * are within a few cells of one width W (20–200 cells) and hardly any
 * are wider — joins each line to the one before it when that one is full
 * (at least W − 2 cells) and this one opens no block: no heading marker
 * but for the leads 一是…, no table row, caption, 附件 or date line, no
 * paragraph indent where the text indents its paragraphs. A line clearly
 * shorter than W, a blank line or a table row ends its paragraph. The
 * joint drops the line's indent and trailing spaces, and puts a space
 * between two ASCII letters or digits only where the wrapper broke at a
 * space (the line short of W, or ending in a space). Returns the new text
 * in arena a, each paragraph with the origin of its first line, the lines
 * joined counted in st->unwrapped; returns *in itself (nothing copied, a
 * untouched) when in is not hard-wrapped. Pure; cannot fail. Stops early
 * once *cancel (if given) is raised: the text is then partial. */
text unwrap_run(const text *in, arena *a, doc_stats *st,
                const cancel_flag *cancel);

#endif
