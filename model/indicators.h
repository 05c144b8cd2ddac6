/* indicators.h — the indicators of many reports together: grouped by what
 * they state (region, concept, period, kind), and whether reports that
 * state the same thing agree. Borrows the documents (model/doc.h): the
 * groups point into them and last as long as they do. Model code: no ICU,
 * no curses.
 *
 * Grouping. Each indicator of each document joins the group of its
 * report's meta.region, its canonical name, its period and its kind.
 * Canonical names and regions are compared folded (canonical.h's
 * indicator_name_key: 地區生產總值 = 地区生产总值), and two regions are the
 * same when one ends with the other (荔湾区 = 广州市荔湾区; the longest form
 * names the group). An indicator of a report whose region is unknown, or
 * with an unknown period, is grouped with its own report's only: nothing
 * says another report speaks of the same place or year.
 *
 * Agreement, between reports (never within one). A report stating a
 * group's indicator gives, per field, the set of what its statements say:
 * the values (a value with its unit: numbers compared as numbers, 5 = 5.0,
 * 1,277.93 = 1277.93; units folded, 億元 = 亿元) and the changes (+4.8% =
 * +4.80%). A value in % or 个百分点 of a rate name (地区生产总值年均增长 7
 * %, canonical.h) counts as that change (+7%). Two reports conflict when a
 * field both state has no element in common, and agree when they share one
 * in every field both state; a field only one of them states is not
 * compared (a report giving only the growth does not contradict one giving
 * the value too). So a report that states one concept twice (全市 and 市级
 * figures, both canonicalised to one concept, or a figure restated) is
 * read as stating either: it agrees with a report that has one of them. A
 * group conflicts when any two of its reports do, agrees when some two
 * agree and none conflict, and is alone otherwise (one report, or reports
 * that state different fields). Notes (以上, 左右) are not compared. */
#ifndef BAOGAO_INDICATORS_H
#define BAOGAO_INDICATORS_H

#include <stddef.h>

#include "doc.h"
#include "indicator.h"

typedef enum indicator_agreement { IND_ALONE, IND_AGREE, IND_CONFLICT } indicator_agreement;

/* docs[doc]->indicators[i] */
typedef struct indicator_ref {
    size_t doc;
    size_t i;
} indicator_ref;

typedef struct indicator_group {
    const char *region;        /* the reports' meta.region, "" unknown */
    const char *canonical;     /* the first member's canonical name */
    int period_from, period_to;
    indicator_kind kind;
    size_t first, n;           /* its members: refs[first .. first+n), by
                                  document, then in text order */
    indicator_agreement agreement; /* between different reports */
} indicator_group;

typedef struct indicator_groups {
    indicator_ref *refs;
    size_t nrefs;
    indicator_group *groups;   /* sorted: canonical, region (both by their
                                  folded key), period, kind */
    size_t ngroups;
    /* Internal, for indicator_groups_find: */
    size_t ndocs;
    size_t *base;              /* ndocs + 1: doc d's indicators are flat
                                  indices base[d] .. base[d+1] */
    size_t *group_of;          /* nrefs: the group of each flat index */
} indicator_groups;

/* Groups the indicators of docs[0..n) (none of them NULL) into g, with
 * each group's agreement (see the top). g's arrays are malloc'd (free
 * with indicator_groups_free); its strings are the documents', valid while
 * they are. Aborts on out-of-memory only. */
void indicator_groups_build(indicator_groups *g, const doc *const *docs, size_t n);

/* Frees g's arrays and empties it (the documents stay). */
void indicator_groups_free(indicator_groups *g);

/* The index in g->groups of docs[doc]->indicators[i]'s group, or SIZE_MAX
 * when (doc, i) is not one of g's. O(1). */
size_t indicator_groups_find(const indicator_groups *g, size_t doc, size_t i);

/* The documents of group k, each once, ascending, into out (room for
 * g->groups[k].n); returns how many. */
size_t indicator_group_docs(const indicator_groups *g, size_t k, size_t *out);

/* "", "agree", "conflict" (also "" for a value out of range). */
const char *indicator_agreement_name(indicator_agreement a);

#endif
