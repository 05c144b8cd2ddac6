/* test_list_rows.c — unit tests of model/list_rows: every field of a
 * record comes back as it went in (names of each form, years at the ends
 * of int, counts beyond 32 bits, missing strings), in order and from a
 * kept position, across blocks and past a record bigger than a block. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "list_rows.h"

/* A document named name from path, with clean text clean. */
static doc *make(const char *path, const char *name, const char *clean)
{
    doc *d = doc_new(path, name);
    d->clean = text_from_bytes(clean, strlen(clean), &d->mem);
    return d;
}

/* Adds d to r, checks that it reads back as itself, frees d; returns its
 * position. */
static size_t add_same(list_rows *r, doc *d, size_t paragraphs)
{
    size_t pos = list_rows_add(r, d);
    sbuf name = {0};
    list_row row;
    list_rows_read(r, pos, &row, &name);
    const doc_meta *m = &d->meta;
    CHECK_STR(row.name, d->name);
    CHECK_STR(row.region, m->region ? m->region : "");
    CHECK(row.region_code == m->region_code);
    CHECK_STR(row.title, m->title ? m->title : "");
    CHECK_STR(row.encoding, d->encoding);
    CHECK_INT(row.kind, m->kind);
    CHECK_INT(row.script, m->script);
    CHECK_INT(row.year, m->year);
    CHECK_INT(row.reviews_from, m->reviews_from);
    CHECK_INT(row.reviews_to, m->reviews_to);
    CHECK_INT(row.plans_from, m->plans_from);
    CHECK_INT(row.plans_to, m->plans_to);
    CHECK(row.paragraphs == paragraphs);
    CHECK(row.sections == d->nsections);
    CHECK(row.tables == d->ntables);
    sbuf_free(&name);
    doc_free(d);
    return pos;
}

static void test_fields(void)
{
    list_rows r;
    list_rows_init(&r);
    doc *d = make("a.txt", "a.txt", "标题\n\n第一段。\n第二段。\n");
    d->encoding = "GB18030";
    d->meta = (doc_meta){"2023年政府工作报告", "广州市荔湾区", DOC_KIND_WORK_REPORT,
                         2023, 2018, 2022, 2023, 2027, DOC_SCRIPT_HANS, 440103};
    d->nsections = 12;
    d->ntables = 3;
    add_same(&r, d, 3);
    d = make("b.txt", "b.txt", "");
    d->meta = (doc_meta){NULL, NULL, DOC_KIND_OTHER, INT_MIN, -1, INT_MAX, 0,
                         0, DOC_SCRIPT_UNKNOWN, UINT_MAX};
    d->nsections = (size_t)UINT32_MAX + 5;
    d->ntables = SIZE_MAX;
    add_same(&r, d, 0);
    /* Names: path#N shares the path; anything else is kept as it is. */
    static const char *const names[] = {
        "e.csv#1", "e.csv#2", "e.csv#18446744073709551614", "e.csv#0", "e.csv#01",
        "e.csv#", "e.csv#1x", "e.csv#-1", "e.csvx#1", "other", "e.cs", "e.csv",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        d = make("e.csv", names[i], "一\n");
        d->encoding = i % 2 ? "UTF-8" : "Big5";
        add_same(&r, d, 1);
    }
    CHECK_INT(r.n, 14);
    CHECK_INT(r.npaths, 3);
    CHECK_INT(r.nencodings, 4);
    list_rows_free(&r);
}

/* 30,000 records and one of 100 KB among them, read back in order and
 * from positions kept. */
static void test_blocks(void)
{
    enum { N = 30000, BIG = 15000 };
    list_rows r;
    list_rows_init(&r);
    size_t *pos = malloc(N * sizeof *pos);
    char *big = malloc(100001);
    memset(big, 'x', 100000);
    big[100000] = '\0';
    char title[32];
    for (int i = 0; i < N; i++) {
        doc *d = make("rows.csv", "rows.csv", "增长\n");
        snprintf(title, sizeof title, "t%d", i);
        d->meta.title = i == BIG ? big : title;
        d->meta.year = i;
        pos[i] = list_rows_add(&r, d);
        doc_free(d);
    }
    CHECK(r.nblocks > 2);
    sbuf name = {0};
    list_row row;
    int in_order = 1, kept = 1;
    for (size_t i = 0, p = 0; i < N; i++) {
        in_order &= p == pos[i];
        p = list_rows_read(&r, p, &row, &name);
        in_order &= row.year == (int)i;
    }
    for (int i = N; i-- > 0;) {
        list_rows_read(&r, pos[i], &row, &name);
        snprintf(title, sizeof title, "t%d", i);
        kept &= row.year == i && strcmp(row.title, i == BIG ? big : title) == 0;
    }
    CHECK(in_order);
    CHECK(kept);
    sbuf_free(&name);
    free(big);
    free(pos);
    list_rows_free(&r);
}

int main(void)
{
    test_fields();
    test_blocks();
    return check_done();
}
