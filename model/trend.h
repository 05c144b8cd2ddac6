/* trend.h — how often queries occur across a corpus: per report the hits
 * (search.h's matching, so a trend agrees with search hit for hit), the
 * characters of clean text they are a rate of, and the first place;
 * grouped by region and year, by year or by region, each group's hits,
 * rate per 10,000 characters and first place, and each query's first
 * appearance in the corpus (the earliest year). Near-duplicates of one
 * region and year (the same report in two files) are counted once. Knows nothing of files: the
 * caller adds reports in its order, with their counts. */
#ifndef BAOGAO_TREND_H
#define BAOGAO_TREND_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"
#include "fold.h"
#include "search.h"

/* One query in one report: its hits and the first one's place. */
typedef struct trend_count {
    size_t hits;
    size_t start, end; /* clean bytes of the first hit (0, 0 without one) */
    uint32_t line;     /* its original line (doc_origin_line), 0 without */
} trend_count;

/* What a trend keeps of a report. */
typedef struct trend_report {
    const char *name;     /* the report's name (the trend's copy) */
    const char *region;   /* meta.region ("" when unknown; the trend's copy) */
    unsigned region_code; /* meta.region_code, 0 unknown */
    int year;             /* meta.year, 0 unknown */
    size_t chars;         /* trend_chars of its clean text */
    long duplicate_of;    /* the report it is a near-duplicate of, or -1 */
} trend_report;

typedef struct trend {
    size_t nq;            /* queries */
    trend_report *reports;
    size_t n, cap;
    trend_count *counts;  /* counts[r * nq + q] */
    arena strings;
} trend;

/* An empty trend of nq ≥ 1 queries. Free with trend_free. */
void trend_init(trend *t, size_t nq);
void trend_free(trend *t);

/* The characters a rate is per: code points of s[0..n) (UTF-8) that are
 * not white space (ASCII space, tab, line ends, U+3000), so the layout of
 * a file does not change its rate. */
size_t trend_chars(const char *s, size_t n);

/* Counts query q in d (f: d->clean folded): the hits search_doc delivers,
 * and the first of them in document order. Returns the count. */
trend_count trend_count_doc(const query *q, const doc *d, const folded *f);

/* Counts hit h of document d into c (the first place kept: the earliest
 * start), for a caller that gets its hits elsewhere (corpus_search). */
void trend_count_hit(trend_count *c, const doc *d, const search_hit *h);

/* Adds report d (its name, region and year copied; d stays the caller's)
 * of chars characters (trend_chars of its clean text, which a caller
 * adding a report many times keeps) with counts[0..nq) of its queries.
 * Returns its index (0, 1, … in the order added). */
size_t trend_add(trend *t, const doc *d, size_t chars, const trend_count *counts);

/* Report r is a near-duplicate of report of (both added, of ≠ r). */
void trend_set_duplicate(trend *t, size_t r, size_t of);

/* Which reports count, into counted[0..t->n) (1 or 0): of the reports of
 * one region and year that are near-duplicates (one pairs with the other,
 * or both with a third: pairing points every copy at one primary, which
 * may be of another year), only the first counts — the primary when it
 * is among them, else the first added. A near-duplicate of a report of
 * another region or year is another report, counted: only its text is
 * alike. */
void trend_counted(const trend *t, unsigned char *counted);

typedef enum trend_by {
    TREND_BY_REGION_YEAR, /* one group per region and year */
    TREND_BY_YEAR,        /* one per year, across regions */
    TREND_BY_REGION       /* one per region, across years */
} trend_by;

/* A query in a group. */
typedef struct trend_cell {
    size_t hits;
    size_t first; /* the report of the first place, or SIZE_MAX */
} trend_cell;

/* A group of the reports that count. region is a report's (the first
 * added of the group's; NULL when grouped by year), year 0 when unknown
 * or grouped by region. */
typedef struct trend_row {
    const char *region;
    unsigned region_code;
    int year;
    size_t reports, chars;
    trend_cell *cells;    /* one per query */
} trend_row;

typedef struct trend_table {
    trend_row *rows;
    size_t n, nq;
    trend_cell *cells;
} trend_table;

/* The groups of t by `by`, sorted by region (by code, those without one
 * after by name, an unknown region last) then year (an unknown year
 * last). Every group with a report that counts has a row, hits or none.
 * A group's first place is its report of the earliest year with a hit
 * (then the first added). Free with trend_table_free. */
void trend_group(const trend *t, trend_by by, trend_table *out);
void trend_table_free(trend_table *tt);

/* The first appearance of query q in t: the report that counts, with a
 * hit, of the earliest known year (then the first added; reports of an
 * unknown year after every known one). SIZE_MAX when q has no hit. */
size_t trend_first(const trend *t, size_t q);

/* hits per 10,000 characters (0 when chars is 0). */
double trend_per_10k(size_t hits, size_t chars);

#endif
