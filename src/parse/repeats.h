/* repeats.h — one scraped page may hold the same report several times
 * (print view, mirror blocks, each wrapped in page chrome): keep one copy. */
#ifndef BAOGAO_REPEATS_H
#define BAOGAO_REPEATS_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Copies in to a new text in arena a without the paragraphs of repeated
 * copies: a long run of paragraphs identical, in order, to an earlier run
 * is dropped (counted in st->repeats_dropped). Short repeats (a slogan, a
 * repeated heading) stay. Stops early once *cancel (if given) is raised,
 * looked at every line: the text is then partial (empty, or cut short),
 * fit only to be dropped. */
text repeats_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel);

#endif
