/* test_timeline.c — model/timeline.h on the samples (argv[1] 000,
 * argv[2] 001, its traditional copy) and a copy of 001 stating 2023's
 * 地区生产总值 differently (made here): timeline_build (only the picked
 * concepts grouped) gives the same points, in the same order and with the
 * same agreement, as timeline_points over every indicator grouped; the
 * order is region, period, kind; 000 and 001 agree on 2023, the changed
 * copy conflicts with both; a pick nothing passes gives no point. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "edit.h"
#include "slurp.h"
#include "timeline.h"

static int gdp(void *ctx, const char *s)
{
    (void)ctx;
    return strstr(s, "地区生产总值") != NULL;
}

static int nothing(void *ctx, const char *s)
{
    (void)ctx;
    (void)s;
    return 0;
}

/* The agreement of the 2023 actual 地区生产总值 stated by docs[d]. */
static indicator_agreement agreement_2023(const timeline *t, const doc *const *docs,
                                          size_t d)
{
    for (size_t i = 0; i < t->npoints; i++) {
        const timeline_point *p = &t->points[i];
        const indicator *x = &docs[p->ref.doc]->indicators[p->ref.i];
        if (p->ref.doc == d && x->period_from == 2023 && x->kind == IND_ACTUAL &&
            !strcmp(x->canonical, "地区生产总值") && *x->value)
            return t->groups.groups[p->group].agreement;
    }
    return (indicator_agreement)-1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_timeline 000.txt 001.txt\n");
        return 2;
    }
    size_t n;
    char *t0 = slurp(argv[1], &n), *t1 = slurp(argv[2], &n);
    CHECK(t0 && t1);
    char *t2 = t1 ? edit_replace(t1, "1277.93", "1299.99") : NULL;
    CHECK(t2 != NULL);
    if (!t2)
        return check_done();
    const doc *docs[3] = {edit_parse("000.txt", t0), edit_parse("001.txt", t1),
                          edit_parse("001c.txt", t2)};
    timeline t;
    timeline_build(&t, docs, 2, gdp, NULL);
    CHECK(t.npoints > 0);
    CHECK_INT(agreement_2023(&t, docs, 0), IND_AGREE);
    CHECK_INT(agreement_2023(&t, docs, 1), IND_AGREE);
    /* the same as from every indicator grouped */
    indicator_groups g;
    indicator_groups_build(&g, docs, 2, NULL);
    timeline_point *p;
    size_t np = timeline_points(&g, docs, gdp, NULL, &p);
    CHECK_INT(np, t.npoints);
    int same = np == t.npoints;
    for (size_t i = 0; same && i < np; i++)
        same = p[i].ref.doc == t.points[i].ref.doc && p[i].ref.i == t.points[i].ref.i &&
               g.groups[p[i].group].agreement == t.groups.groups[t.points[i].group].agreement;
    CHECK(same);
    /* region, period, kind */
    int ordered = 1;
    for (size_t i = 1; i < np; i++) {
        const indicator_group *a = &g.groups[p[i - 1].group], *b = &g.groups[p[i].group];
        int c = strcmp(a->region, b->region);
        ordered &= c < 0 || (c == 0 && (a->period_from < b->period_from ||
                                        (a->period_from == b->period_from &&
                                         (a->period_to < b->period_to ||
                                          (a->period_to == b->period_to &&
                                           a->kind <= b->kind)))));
    }
    CHECK(ordered);
    free(p);
    indicator_groups_free(&g);
    timeline_free(&t);
    /* the changed copy: a conflict, on every report's statement */
    timeline_build(&t, docs, 3, gdp, NULL);
    CHECK_INT(agreement_2023(&t, docs, 0), IND_CONFLICT);
    CHECK_INT(agreement_2023(&t, docs, 2), IND_CONFLICT);
    timeline_free(&t);
    timeline_build(&t, docs, 3, nothing, NULL);
    CHECK_INT(t.npoints, 0);
    CHECK_INT(t.groups.ngroups, 0);
    timeline_free(&t);
    for (size_t d = 0; d < 3; d++)
        doc_free((doc *)docs[d]);
    free(t0);
    free(t1);
    free(t2);
    return check_done();
}
