/* index.h — character-bigram postings over the folded text of many
 * documents: a query's rarest bigram gives candidate positions, each one
 * verified against the folded text; a pinyin query's candidates are the
 * bigrams whose characters can spell its start. Postings are delta- and
 * varint-coded, one stream per distinct bigram. */
#ifndef BAOGAO_INDEX_H
#define BAOGAO_INDEX_H

#include <stddef.h>

#include "cancel.h"
#include "fold.h"

typedef struct search_index search_index;

/* Builds the index over folded texts f[0..n) (kept by the caller: the
 * index points into none of them but verifies against them). Bigrams do
 * not cross newlines. Returns NULL, having built nothing, when *cancel
 * (if given) is raised meanwhile (looked at every CANCEL_STRIDE bytes of
 * each text): a UI quitting does not wait. */
search_index *index_build(const folded *f, size_t n, const cancel_flag *cancel);

/* The most threads an index is built with. */
enum { INDEX_MAX_JOBS = 64 };

/* index_build on up to jobs threads (this one among them; at most
 * INDEX_MAX_JOBS, at most one per text, 1 when jobs < 1), each over a
 * run of whole texts of about equal bytes: the index is the same, byte
 * for byte, whatever jobs is. The threads look at *cancel as
 * index_build does. */
search_index *index_build_jobs(const folded *f, size_t n, int jobs,
                               const cancel_flag *cancel);
void index_free(search_index *ix);

/* Pinyin queries on ix run on up to jobs threads (clamped to 1 ..
 * INDEX_MAX_JOBS; what index_build_jobs was given, else 1): the matches
 * the same whatever it is. */
void index_set_jobs(search_index *ix, int jobs);

/* Bytes the index holds (postings, bigram table, character set). */
size_t index_bytes(const search_index *ix);

typedef void (*index_hit_fn)(void *ctx, size_t doc, size_t pos);

/* Calls fn for every occurrence of folded term t[0..tn) in the folded
 * texts f (the ones the index was built over), in document then position
 * order. A one-character term is the union of the bigrams it starts.
 * Returns the number of occurrences. */
size_t index_find(const search_index *ix, const folded *f, size_t n,
                  const char *t, size_t tn, index_hit_fn fn, void *ctx);

typedef void (*index_span_fn)(void *ctx, size_t doc, size_t pos, size_t len);

/* Calls fn for every match of pinyin query q[0..qn) (folded; one for
 * which pinyin_query is true) in the folded texts f, with its length in
 * bytes, in document then position order: the same matches as
 * pinyin_match tried at every Han character. Returns their number; or,
 * when stop (if given, asked every few thousand candidates) says so,
 * gives up before calling fn and returns SIZE_MAX. */
size_t index_find_pinyin(const search_index *ix, const folded *f, size_t n,
                         const char *q, size_t qn, int (*stop)(void),
                         index_span_fn fn, void *ctx);

/* The bytes of postings of the bigrams whose one or two characters spell
 * all of pinyin query q[0..qn) (as for index_find_pinyin): a floor on
 * its matches, about two bytes each, found without walking; large for a
 * syllable or two initials, 0 for a query no two characters spell. */
size_t index_pinyin_estimate(const search_index *ix, const char *q, size_t qn);

#endif
