/* escapes.h — parse stage 2a': text an export tool wrote as escapes
 * (R's <U+00A0>, a second JSON encoding's \u3000, HTML escaped twice:
 * &amp;nbsp; &amp;#12288;) made the characters they denote, before
 * cleaning — only where the document uses the notation as a pattern. */
#ifndef BAOGAO_ESCAPES_H
#define BAOGAO_ESCAPES_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Rewrites the escapes of each notation the lines of in use: <U+XXXX>
 * (4–8 hex digits) and \uXXXX (a surrogate pair as one character) where
 * the text uses them as a pattern — opening a line (at its start, after
 * spaces, or right after another escape of the kind) on two lines or
 * more, standing on at least five lines and a quarter of the non-empty
 * ones, or opening a line and standing on half of them; &amp; before an
 * HTML entity wherever it occurs (clean decodes every entity; one escaped
 * twice is no different). A text that only mentions a notation in prose
 * keeps it as written, and so do escapes of controls (below U+0020,
 * U+007F) and lone surrogates. Returns the new text in arena a, the
 * rewrites counted in st->escapes; returns *in itself (nothing copied, a
 * untouched) when no notation applies. Pure; cannot fail. Stops early
 * once *cancel (if given) is raised, looked at every line: the text is
 * then partial. */
text escapes_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel);

#endif
