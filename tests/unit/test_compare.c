/* test_compare.c — unit tests of model/compare on the samples: a report
 * against itself (all same, every section once), 003 against 004 (the
 * plan without headings: every block of 004 aligned, and only 003's
 * tables and 第九章 to the end only in 003), 001 against its simplified
 * copy (across scripts: all same) and 000 against 001 (the same
 * district's two reports of 2023: their top levels paired), 000 against
 * 004 (unrelated: nothing paired), and the reports reversed. Args: the samples 000, 001, 003, 004. */
#include <string.h>

#include "check.h"
#include "compare.h"
#include "sample_doc.h"
#include "unitab.h"
#include "utf8.h"

/* How often section s of d (or, for s = -1, block k of a report
 * without headings) is a side of c's pairs; side 'a' or 'b'. */
static int times_section(const compare *c, int side, int s)
{
    int n = 0;
    for (size_t i = 0; i < c->npairs; i++) {
        const compare_part *p = side == 'a' ? &c->pairs[i].a : &c->pairs[i].b;
        n += p->line && p->section == s;
    }
    return n;
}

static int times_block(const compare *c, int side, size_t k)
{
    int n = 0;
    for (size_t i = 0; i < c->npairs; i++) {
        const compare_part *p = side == 'a' ? &c->pairs[i].a : &c->pairs[i].b;
        n += p->line && k >= p->block && k < (size_t)p->block + p->nblocks;
    }
    return n;
}

static size_t count_status(const compare *c, compare_status s)
{
    size_t n = 0;
    for (size_t i = 0; i < c->npairs; i++)
        n += c->pairs[i].status == s;
    return n;
}

/* A report against itself: every part same, identical, similarity 1,
 * each section once on each side, in order. */
static void test_self(const doc *d)
{
    compare *c = compare_docs(d, d);
    CHECK_INT(count_status(c, COMPARE_SAME), c->npairs);
    for (size_t s = 0; s < d->nsections; s++) {
        CHECK_INT(times_section(c, 'a', (int)s), 1);
        CHECK_INT(times_section(c, 'b', (int)s), 1);
    }
    long last = -1;
    int ordered = 1;
    for (size_t i = 0; i < c->npairs; i++) {
        const compare_pair *p = &c->pairs[i];
        ordered &= p->a.section == p->b.section && p->a.block == p->b.block &&
                   p->b.block > last;
        last = p->b.block;
        CHECK(p->identical && p->similarity == 1);
    }
    CHECK(ordered);
    compare_free(c);
}

/* The first section of d whose marker is m, or -1. */
static int section_marked(const doc *d, const char *m)
{
    for (size_t s = 0; s < d->nsections; s++)
        if (strcmp(d->sections[s].marker, m) == 0)
            return (int)s;
    return -1;
}

/* Whether block k of d has text compare counts (no table of contents). */
static int has_text(const doc *d, size_t k)
{
    const block *b = &d->blocks[k];
    if (b->kind == BLOCK_TOC)
        return 0;
    for (size_t i = b->start; i < b->end; i++)
        if (d->clean.bytes[i] != ' ' && d->clean.bytes[i] != '\n')
            return 1;
    return 0;
}

/* 003 (a) against 004 (b, no headings): every block of 004 with text in
 * exactly one pair, none of them added; removed: 003's tables and every
 * section from 第九章 on (and its appendix), nothing else; every section
 * before it paired. */
static void test_plan_without_headings(const doc *a, const doc *b, int flip)
{
    CHECK_INT(b->nsections, 0);
    compare *c = flip ? compare_docs(b, a) : compare_docs(a, b);
    int pa = flip ? 'b' : 'a', pb = flip ? 'a' : 'b';
    size_t blocks = 0, once = 0;
    for (size_t k = 0; k < b->nblocks; k++)
        if (has_text(b, k)) {
            blocks++;
            once += times_block(c, pb, k) == 1;
        }
    CHECK(blocks > 90);
    CHECK_INT(once, blocks);
    int ninth = section_marked(a, "第九章");
    CHECK(ninth > 0);
    size_t tables = 0, appendices = 0, only_a = 0, wrong = 0;
    for (size_t i = 0; i < c->npairs; i++) {
        const compare_pair *p = &c->pairs[i];
        const compare_part *x = flip ? &p->b : &p->a, *y = flip ? &p->a : &p->b;
        if (!y->line) {
            only_a++;
            CHECK_INT(p->status, flip ? COMPARE_ADDED : COMPARE_REMOVED);
            block_kind k = a->blocks[x->block].kind;
            int is_table = x->section < 0 && k == BLOCK_TABLE;
            int appendix = x->section < 0 && k == BLOCK_APPENDIX;
            tables += is_table;
            appendices += appendix;
            wrong += !is_table && !appendix && x->section < ninth;
        }
        CHECK(x->line != 0); /* 004 has nothing 003 lacks */
    }
    CHECK_INT(wrong, 0);
    size_t table_blocks = 0;
    for (size_t k = 0; k < a->nblocks; k++)
        table_blocks += a->blocks[k].kind == BLOCK_TABLE;
    CHECK(table_blocks >= 3);
    CHECK_INT(tables, table_blocks);
    CHECK_INT(appendices, 1);
    CHECK_INT(only_a, tables + appendices + a->nsections - (size_t)ninth);
    for (int s = 0; s < ninth; s++)
        CHECK(times_section(c, pa, s) >= 1);
    for (size_t s = (size_t)ninth; s < a->nsections; s++)
        CHECK_INT(times_section(c, pa, (int)s), 1);
    compare_free(c);
}

/* d's clean text parsed again, in simplified characters (unitab_t2s)
 * when simplify is set. */
static doc *reparsed(const doc *d, int simplify)
{
    sbuf b = {0};
    for (size_t i = 0; i < d->clean.len;) {
        uint32_t cp;
        i += utf8_decode(d->clean.bytes + i, d->clean.len - i, &cp);
        sbuf_addcp(&b, simplify ? unitab_t2s(cp) : cp);
    }
    doc *s = sample_text("reparsed", b.p, b.len);
    sbuf_free(&b);
    return s;
}

/* 001 (traditional) against its simplified copy (both parsed from its
 * clean text, so the stages see the same text): every section paired
 * with itself, same. */
static void test_across_scripts(const doc *d)
{
    doc *t = reparsed(d, 0), *s = reparsed(d, 1);
    CHECK_INT(s->nsections, t->nsections);
    compare *c = compare_docs(t, s);
    CHECK_INT(count_status(c, COMPARE_SAME), c->npairs);
    for (size_t i = 0; i < c->npairs; i++)
        CHECK_INT(c->pairs[i].a.section, c->pairs[i].b.section);
    for (size_t k = 0; k < t->nsections; k++)
        CHECK_INT(times_section(c, 'a', (int)k), 1);
    compare_free(c);
    doc_free(s);
    doc_free(t);
}

/* The pair whose a side is section s, or NULL. */
static const compare_pair *pair_of_a(const compare *c, int s)
{
    for (size_t i = 0; i < c->npairs; i++)
        if (c->pairs[i].a.line && c->pairs[i].a.section == s)
            return &c->pairs[i];
    return NULL;
}

/* 000 against 001: two reports of one district and year, one in
 * traditional characters: 一、 with 一、 and 二、 with 二、 (review and
 * plan), changed; every section once on each side. */
static void test_two_reports(const doc *a, const doc *b)
{
    compare *c = compare_docs(a, b);
    for (size_t k = 0; k < a->nsections; k++)
        CHECK_INT(times_section(c, 'a', (int)k), 1);
    for (size_t k = 0; k < b->nsections; k++)
        CHECK_INT(times_section(c, 'b', (int)k), 1);
    const char *tops[] = {"一、", "二、"};
    for (int k = 0; k < 2; k++) {
        const compare_pair *p = pair_of_a(c, section_marked(a, tops[k]));
        CHECK(p && p->b.line && p->b.section == section_marked(b, tops[k]));
        CHECK(p && p->status == COMPARE_CHANGED && p->similarity > 0.3);
    }
    compare_free(c);
}

/* 000 against 004 (unrelated, 004 without headings): nothing paired,
 * every section of 000 and every block of 004 once. */
static void test_unrelated(const doc *a, const doc *b)
{
    compare *c = compare_docs(a, b);
    size_t both = 0;
    for (size_t i = 0; i < c->npairs; i++)
        both += c->pairs[i].a.line && c->pairs[i].b.line;
    CHECK_INT(both, 0);
    for (size_t k = 0; k < a->nsections; k++)
        CHECK_INT(times_section(c, 'a', (int)k), 1);
    for (size_t k = 0; k < b->nblocks; k++)
        if (has_text(b, k))
            CHECK_INT(times_block(c, 'b', k), 1);
    compare_free(c);
}

/* The names of the statuses, and compare_part_range. */
static void test_names_and_ranges(const doc *d)
{
    static const char *const names[] = {"same", "changed", "added", "removed", "moved", ""};
    for (int k = 0; k <= COMPARE_NSTATUS; k++)
        CHECK_STR(compare_status_name((compare_status)k), names[k]);
    compare *c = compare_docs(d, d);
    size_t start, end;
    const compare_pair *p = pair_of_a(c, 0);
    CHECK(p != NULL);
    compare_part_range(d, &p->a, &start, &end);
    CHECK_INT(start, d->sections[0].start);
    CHECK(end > start && end <= d->sections[0].end);
    compare_part none = {0};
    compare_part_range(d, &none, &start, &end);
    CHECK(start == 0 && end == 0);
    compare_free(c);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        printf("usage: test_compare 000 001 003 004\n");
        return 2;
    }
    doc *d[4];
    for (int i = 0; i < 4; i++) {
        d[i] = sample_doc(argv[i + 1]);
        CHECK(d[i] != NULL);
        if (!d[i])
            return check_done();
    }
    for (int i = 0; i < 4; i++)
        test_self(d[i]);
    test_plan_without_headings(d[2], d[3], 0);
    test_plan_without_headings(d[2], d[3], 1);
    test_across_scripts(d[1]);
    test_two_reports(d[0], d[1]);
    test_unrelated(d[0], d[3]);
    test_names_and_ranges(d[0]);
    for (int i = 0; i < 4; i++)
        doc_free(d[i]);
    return check_done();
}
