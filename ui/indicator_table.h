/* indicator_table.h — the rows of the Indicators view, without curses:
 * one report's indicators, every report's (a report column first), or the
 * groups of the same indicator across reports (region × period × kind,
 * values side by side, agreement marked); each cell as text, rows compared
 * by any column, matched against a filter typed as a search query (the
 * same folding and pinyin: model/search.h), and the rows shown written as
 * CSV (src/out.c's writer). */
#ifndef BAOGAO_INDICATOR_TABLE_H
#define BAOGAO_INDICATOR_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "doc.h"
#include "indicators.h"
#include "keyset.h"
#include "sbuf.h"
#include "search.h"
#include "strset.h"

/* What the table lists. */
typedef enum itab_mode {
    ITAB_ONE,    /* one report's indicators */
    ITAB_ALL,    /* every report's, a report column first */
    ITAB_GROUPS  /* one row per indicator group (indicators.h) */
} itab_mode;

/* The columns a table can show. */
typedef enum itab_col {
    ICOL_REPORT,  /* the report: district, year (繁 for traditional) */
    ICOL_REGION,  /* a group's region */
    ICOL_NAME,    /* the name (a group's: the canonical name) */
    ICOL_VALUE,   /* value and unit: 1277.93亿元 */
    ICOL_CHANGE,  /* +4.8% */
    ICOL_PERIOD,  /* 2023, 2016-2020 */
    ICOL_KIND,    /* actual, target, expected */
    ICOL_NOTE,    /* 以上;力争 */
    ICOL_VALUES,  /* a group's values side by side */
    ICOL_AGREE,   /* ✓ the reports agree, ≠ they conflict */
    ICOL_COUNT
} itab_col;

enum { ITAB_MAX_COLS = 8 };

/* A row: indicator docs[doc]->indicators[i], or group `doc` of the
 * groups (i 0); what it sorts by, numbered once in the sets (ITAB_NONE:
 * no value), and its kind. */
typedef struct itab_row {
    uint32_t doc, i;
    uint32_t name;   /* numbers in the sets: the name (a group's canonical), */
    uint32_t note;   /* the note (a group's region), */
    uint32_t fold;   /* the filter's text, */
    uint32_t value;  /* the amount (a group's first member's), */
    uint32_t change; /* the change read as a number, */
    uint32_t period; /* the period */
    uint32_t kind;
} itab_row;

#define ITAB_NONE UINT32_MAX

typedef struct itab {
    itab_mode mode;
    const doc *const *docs; /* the corpus (borrowed) */
    size_t ndocs;
    indicator_groups groups; /* ITAB_GROUPS: the rows' groups */
    itab_row *rows;
    size_t nrows, cap;
    int cols[ITAB_MAX_COLS]; /* the columns shown, in order */
    int ncols;
    /* Distinct texts, numbered (strset.h): names, notes, regions; the
     * filter's texts as rows give them (keys) and folded (folds; fold_of
     * a key's fold). Rows sharing a text are folded, matched and ranked
     * once. */
    strset names, notes, regions, keys, folds;
    keyset values, changes, periods; /* numbers and periods as sort keys */
    uint32_t *fold_of;
    size_t fold_cap;
    arena mem;          /* the keys' and folds' strings */
    /* The filter: a parsed query; whether each fold matches it (memo, -1
     * unknown) and each document passes its region:/year:/kind:. */
    query q;
    int has_query;
    signed char *memo;
    signed char *docmemo;
    size_t ndocmemo;
    sbuf cell; /* scratch for a cell's text */
} itab;

/* Empties t for mode over docs[0..ndocs) (borrowed; the caller keeps them
 * alive and unchanged while t uses them), keeping its filter. */
void itab_reset(itab *t, itab_mode mode, const doc *const *docs,
                size_t ndocs);

/* Adds the indicators of document d (an index in docs) as rows. */
void itab_add_doc(itab *t, size_t d);

/* ITAB_GROUPS: takes the groups of docs[0..ndocs) made holds (made by
 * indicators.h's grouping; made is emptied, t frees them) and makes a row
 * of each group. */
void itab_add_groups(itab *t, indicator_groups *made);

/* Ranks the distinct texts and numbers of the rows (strset.h, keyset.h)
 * now, once the rows are in, so that a first sort by a column only counts
 * ranks (itab_key would rank them on its first call). */
void itab_rank(itab *t);

/* The text of column k (0..ncols) of row r, NUL-terminated, valid until
 * the next call on t; "" for none. */
const char *itab_cell(itab *t, size_t r, int k);

/* The title of column k ("name", "value" …). */
const char *itab_title(const itab *t, int k);

/* Row r's place by column k, for list.c's key sort: numbers as numbers,
 * periods by their years, texts in byte order (each by its rank among the
 * distinct ones, so the keys of a column are close together), reports in
 * corpus order, the agreement ≠ then ✓; LIST_KEY_NONE for no value or
 * note. Reads the row alone (and its group). */
uint64_t itab_key(itab *t, size_t r, int k);

/* Row r's indicator (a group's first member), group (NULL but in
 * ITAB_GROUPS) and document (a group's first member's); r < nrows. */
const indicator *itab_indicator(const itab *t, size_t r);
const indicator_group *itab_group(const itab *t, size_t r);
size_t itab_doc(const itab *t, size_t r);

/* Sets the filter to query text f ("" for none). Returns 0, or -1 when f
 * is not a query to match (only exclusions so far: "-"); the filter is
 * then none. *narrower (may be NULL) is set when no row passes f that did
 * not pass the filter before (a term typed on: 固定 → 固定资产, dq →
 * dqsc), so only the rows shown need looking at. */
int itab_set_filter(itab *t, const char *f, int *narrower);

/* Whether row r passes the filter: its name (and canonical name, for a
 * group its region too) holds every term of the query and no excluded
 * one, folded as search folds; region:/year:/kind: as search's. */
int itab_match(itab *t, size_t r);

/* The source sentence's number of row r: document, clean bytes [start,
 * end); for a group, of its member k (taken modulo its members). Returns
 * 0 for no row. */
int itab_source(const itab *t, size_t r, size_t k, size_t *d, size_t *start,
                size_t *end);

/* Writes rows order[0..n) as CSV (RFC 4180, src/out.c) with the columns
 * shown, the report's path first in ITAB_ALL, value and unit as two
 * columns; text in display script `script` (script.h). Returns 0, or -1
 * on a write error (ferror). */
int itab_write_csv(itab *t, const size_t *order, size_t n, int script,
                   FILE *f);

void itab_free(itab *t);

#endif
