/* repair.h — parse stage 3: mojibake runs undone, pinyin annotations of
 * traditional characters removed. */
#ifndef BAOGAO_REPAIR_H
#define BAOGAO_REPAIR_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Repairs the lines of in (from clean_run) into a new text in arena a,
 * counting what it did in st. Pure but for ICU's converter, opened and
 * closed inside. Stops early once *cancel (if given) is raised, looked at
 * every line: the text is then partial, fit only to be dropped. */
text repair_run(const text *in, arena *a, doc_stats *st,
                const cancel_flag *cancel);

/* Script of a text: 1 when a noticeable share of its Han characters are
 * traditional forms (Hant), 0 for simplified (Hans). */
int repair_is_traditional(const text *t);

#endif
