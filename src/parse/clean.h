/* clean.h — parse stage 2: HTML remnants, control characters, page
 * furniture and spam out; paragraphs cut by page breaks joined. */
#ifndef BAOGAO_CLEAN_H
#define BAOGAO_CLEAN_H

#include "cancel.h"
#include "doc.h"
#include "text.h"

/* Cleans the lines of in (from lines_split) into a new text in arena a:
 * one paragraph per line, table rows of one table on consecutive lines,
 * one blank line between blocks, none at either end. Every dropped line is
 * counted by reason in st. Pure: reads only in, writes only a and st.
 * Stops early once *cancel (if given) is raised, looked at every line:
 * the text is then partial, fit only to be dropped. */
text clean_run(const text *in, arena *a, doc_stats *st,
               const cancel_flag *cancel);

/* clean_run that also says where paragraphs were joined: the joins into
 * joins and njoins, allocated in keep (NULL and 0 when none). */
text clean_run_joins(const text *in, arena *a, doc_stats *st,
                     const cancel_flag *cancel, arena *keep,
                     doc_join **joins, size_t *njoins);

/* Why clean drops the cleaned line s[0..n) (page furniture, spam), or
 * DROP_NREASONS when it keeps it; key is scratch (its bytes are the
 * line's key afterwards). Cannot fail. */
drop_reason clean_drop_reason(const char *s, size_t n, sbuf *key);

#endif
