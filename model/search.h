/* search.h — queries over documents: terms ANDed within a section,
 * "phrases", -exclusions, region:/year:/kind:/section: filters; matching
 * on folded text (script, width, case and CJK spacing do not matter) and,
 * for a term of letters, as pinyin (full, initials, mixed); hits mapped
 * back to original bytes. Brute force over each document's folded
 * text: the oracle any index must agree with. */
#ifndef BAOGAO_SEARCH_H
#define BAOGAO_SEARCH_H

#include <stddef.h>

#include "doc.h"
#include "fold.h"

enum { QUERY_MAX_TERMS = 16 };

typedef struct query_term {
    char *raw;     /* as typed (without quotes or '-') */
    char *folded;  /* fold of raw */
    size_t len;    /* of folded */
    int negative;  /* -term */
} query_term;

typedef struct query {
    query_term terms[QUERY_MAX_TERMS];
    size_t nterms, npositive;
    char *region, *kind, *section; /* folded filters, or NULL */
    int year;                      /* 0: any */
} query;

/* Parses q. Returns 0, or -1 (with *err) when it has no positive term or
 * too many terms. Free with query_free. */
int query_parse(const char *q, query *out, const char **err);
void query_free(query *q);

/* True when every positive term of q occurs in NUL-terminated UTF-8 s,
 * folded or as pinyin (as search_doc matches: 地區 = 地区, dqsczz), and no
 * negative term does. s is one unit (no sections); the region:, year:,
 * kind: and section: filters are not looked at. Cannot fail. */
int query_match_text(const query *q, const char *s);

/* query_match_text of text already folded: f[0..n) in fold_text's form,
 * NUL-terminated (for many texts matched against one query, each folded
 * once). */
int query_match_folded(const query *q, const char *f, size_t n);

/* True when document d passes the region/year/kind filters. */
int query_doc_ok(const query *q, const doc *d);

typedef struct search_hit {
    size_t start, end; /* original bytes of d->clean */
    int term;          /* which positive term */
    int section;       /* the section all terms share (deepest), or -1 */
    int exact;         /* the original bytes equal the term as typed */
    int pinyin;        /* matched as pinyin (the term is letters) */
} search_hit;

typedef void (*search_hit_fn)(void *ctx, const doc *d, const search_hit *h);

/* Calls fn for every occurrence of a positive term of q in d (folded f =
 * fold of d->clean) that lies in a section containing every positive term
 * and no negative one (the whole document counts as one unit too), in
 * document order. Returns the number of hits. */
size_t search_doc(const query *q, const doc *d, const folded *f,
                  search_hit_fn fn, void *ctx);

/* A match of a pinyin term: folded byte offset and length. */
typedef struct pinyin_span {
    size_t pos, len;
} pinyin_span;

/* Where each term of a query occurs in one document's folded text, when
 * an index already knows: pos[t][0..npos[t]) ascending byte offsets of
 * the literal term, pinyin[t][0..npinyin[t]) its matches as pinyin. */
typedef struct term_positions {
    const size_t *pos[QUERY_MAX_TERMS];
    size_t npos[QUERY_MAX_TERMS];
    const pinyin_span *pinyin[QUERY_MAX_TERMS];
    size_t npinyin[QUERY_MAX_TERMS];
} term_positions;

/* search_doc with the occurrences given (tp) instead of scanned. */
size_t search_doc_at(const query *q, const doc *d, const folded *f,
                     const term_positions *tp, search_hit_fn fn, void *ctx);

#endif
