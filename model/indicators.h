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

#include "cancel.h"
#include "doc.h"
#include "indicator.h"
#include "indicator_agree.h"

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

/* How a grouping went. */
typedef enum indicator_grouping_status {
    IND_GROUPING_DONE,      /* the groups are made */
    IND_GROUPING_MORE,      /* the budget ran out first: run it again */
    IND_GROUPING_CANCELLED  /* the cancel flag was raised: nothing made */
} indicator_grouping_status;

/* Groups the indicators of docs[0..n) (none of them NULL) into g, with
 * each group's agreement (see the top). Returns IND_GROUPING_DONE: g's
 * arrays are malloc'd (free with indicator_groups_free), its strings the
 * documents', valid while they are; or IND_GROUPING_CANCELLED once
 * *cancel (if given) is raised, looked at every few thousand units of
 * work (well under a millisecond): then g is empty and nothing is left
 * allocated. Aborts on out-of-memory only. */
indicator_grouping_status indicator_groups_build(indicator_groups *g,
                                                 const doc *const *docs,
                                                 size_t n,
                                                 const cancel_flag *cancel);

/* The same grouping as a job done a slice at a time, for the UI's thread:
 * it runs a slice, looks at the keys, runs the next (indicator_groups_build
 * is one such job run to its end). */
typedef struct indicator_grouping indicator_grouping;

/* Units of work in a slice of about half a millisecond (a record made
 * is some 24 of them, an item moved in the sort 1). */
enum { INDICATOR_GROUPING_SLICE = 1 << 15 };

/* A grouping of docs[0..n) (the array is copied; the documents are
 * borrowed and must stay alive and unchanged until it is freed), nothing
 * done yet. Aborts on out-of-memory only. */
indicator_grouping *indicator_grouping_new(const doc *const *docs, size_t n);

/* Works on j for about budget units, or until *cancel (if given) is
 * raised: returns IND_GROUPING_DONE when the groups are made (take them
 * with indicator_grouping_take), IND_GROUPING_MORE when the budget ran out
 * first, IND_GROUPING_CANCELLED once the flag was raised (from then on,
 * whatever is asked). */
indicator_grouping_status indicator_grouping_run(indicator_grouping *j,
                                                 size_t budget,
                                                 const cancel_flag *cancel);

/* How far j is, 0 to 100 (a rough share of its work). */
int indicator_grouping_percent(const indicator_grouping *j);

/* Once run returned IND_GROUPING_DONE: moves the groups into g (as
 * indicator_groups_build makes them); j keeps nothing of them. */
void indicator_grouping_take(indicator_grouping *j, indicator_groups *g);

/* Frees j and all it made (the groups too, unless taken); NULL is fine. */
void indicator_grouping_free(indicator_grouping *j);

/* Frees g's arrays and empties it (the documents stay). */
void indicator_groups_free(indicator_groups *g);

/* The index in g->groups of docs[doc]->indicators[i]'s group, or SIZE_MAX
 * when (doc, i) is not one of g's. O(1). */
size_t indicator_groups_find(const indicator_groups *g, size_t doc, size_t i);

/* The documents of group k, each once, ascending, into out (room for
 * g->groups[k].n); returns how many. */
size_t indicator_group_docs(const indicator_groups *g, size_t k, size_t *out);

#endif
