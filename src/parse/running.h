/* running.h — parse stage 2b: running page furniture of a paged original
 * (a PDF's or a word processor's text): the page numbers and the header
 * repeated on every page, removed before paragraphs are assembled. */
#ifndef BAOGAO_RUNNING_H
#define BAOGAO_RUNNING_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Copies the lines of in to a new text in arena a without its running
 * furniture, judged across the whole text:
 *   page numbers  lines holding only `- 12 -` (any dash), `第 3 页`
 *                 (`第3页 共20页`), `3/20`, `Page 3 (of 20)` or a bare
 *                 `12`, ASCII or full-width digits, in a rising sequence:
 *                 two of a form, at least 8 lines apart, numbered 1 to 3
 *                 apart (a bare number needs two such pairs); counted in
 *                 st->page_numbers;
 *   running heads a short line (no sentence or clause end) that comes back
 *                 three times or more, at least 8 lines apart, and is the
 *                 text's first line or stands within 3 lines of page
 *                 numbers at half its places; every place but the text's
 *                 first line is dropped, counted in st->running_heads.
 * Leading and trailing spaces and form feeds do not count; nor do spaces
 * inside a running head (a spaced title matches). The blank lines around
 * furniture go with it: a paragraph or a table cut by a page goes on
 * (clean and unwrap see where paragraphs end). Returns *in itself (nothing copied, a
 * untouched) when there is no furniture. Pure; cannot fail. Stops early
 * once *cancel (if given) is raised: the text is then partial. */
text running_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel);

#endif
