/* test_doc_pack.c — model/doc_pack: every report given (text, markdown,
 * GBK, CSV rows, Word, PDF) packed and read back is the same document,
 * field by field and string by string; two records one after the other
 * read back in turn; a record with a byte changed anywhere, or cut short
 * anywhere, is refused or reads back as a document that keeps every
 * invariant (tests/fuzz/fuzz_doc.h); a parse short of extract gives the
 * same documents but for their indicators, marked so; a record of another layout is
 * refused by the number that names it. */
#include <math.h>
#include <stdlib.h>

#include "../fuzz/fuzz_doc.h"
#include "check.h"
#include "doc_pack.h"
#include "pipeline.h"
#include "rnd.h"
#include "sample_doc.h"
#include "slurp.h"


static int same_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* a and b hold the same document (b read back from a's record). */
static void check_same(const doc *a, const doc *b)
{
    CHECK_STR(b->name, a->name);
    CHECK_STR(b->format, a->format);
    CHECK_STR(b->encoding, a->encoding);
    CHECK_INT(b->confidence, a->confidence);
    CHECK_INT(b->extracted, a->extracted);
    CHECK(memcmp(&a->stats, &b->stats, sizeof a->stats) == 0);
    CHECK(memcmp(&a->reader, &b->reader, sizeof a->reader) == 0);
    CHECK_INT(b->clean.len, a->clean.len);
    CHECK_INT(b->clean.nlines, a->clean.nlines);
    CHECK(memcmp(a->clean.bytes, b->clean.bytes, a->clean.len + 1) == 0);
    CHECK(!a->clean.nlines ||
          (memcmp(a->clean.off, b->clean.off, (a->clean.nlines + 1) * 4) == 0 &&
           memcmp(a->clean.origin, b->clean.origin, a->clean.nlines * 4) == 0));
    CHECK_INT(b->nblocks, a->nblocks);
    int blocks_same = 1; /* field by field: two parses' padding differs */
    for (size_t i = 0; i < a->nblocks && i < b->nblocks; i++) {
        const block *x = &a->blocks[i], *y = &b->blocks[i];
        blocks_same &= x->kind == y->kind && x->start == y->start &&
                       x->end == y->end && x->line == y->line &&
                       x->section == y->section && x->table == y->table;
    }
    CHECK(blocks_same);
    CHECK_INT(b->njoins, a->njoins);
    CHECK(!a->njoins || memcmp(a->joins, b->joins, a->njoins * sizeof *a->joins) == 0);
    CHECK_INT(b->nheading_hints, a->nheading_hints);
    CHECK_INT(b->nsections, a->nsections);
    for (size_t i = 0; i < a->nsections && i < b->nsections; i++) {
        const section *x = &a->sections[i], *y = &b->sections[i];
        CHECK(x->level == y->level && x->kind == y->kind && x->number == y->number &&
              x->line == y->line && x->start == y->start && x->end == y->end &&
              x->parent == y->parent && x->flags == y->flags &&
              same_str(x->marker, y->marker) && same_str(x->title, y->title));
    }
    CHECK_INT(b->ntables, a->ntables);
    for (size_t i = 0; i < a->ntables && i < b->ntables; i++) {
        const table *x = &a->tables[i], *y = &b->tables[i];
        int same = same_str(x->label, y->label) && same_str(x->caption, y->caption) &&
                   x->line == y->line && x->nrows == y->nrows &&
                   x->data_rows == y->data_rows && x->is_toc == y->is_toc;
        for (size_t r = 0; same && r < x->nrows; r++) {
            const table_row *p = &x->rows[r], *q = &y->rows[r];
            same = p->ncells == q->ncells && p->line == q->line && p->header == q->header &&
                   p->spill_of == q->spill_of && p->heading == q->heading;
            for (size_t c = 0; same && c < p->ncells; c++)
                same = same_str(p->cells[c], q->cells[c]);
        }
        CHECK(same);
    }
    CHECK_INT(b->nindicators, a->nindicators);
    for (size_t i = 0; i < a->nindicators && i < b->nindicators; i++) {
        const indicator *x = &a->indicators[i], *y = &b->indicators[i];
        CHECK(same_str(x->name, y->name) && same_str(x->canonical, y->canonical) &&
              same_str(x->value, y->value) && same_str(x->unit, y->unit) &&
              same_str(x->change, y->change) && same_str(x->note, y->note) &&
              (x->amount == y->amount || (isnan(x->amount) && isnan(y->amount))) &&
              x->period_from == y->period_from && x->period_to == y->period_to &&
              x->kind == y->kind && x->line == y->line && x->start == y->start &&
              x->end == y->end && x->section == y->section && x->table == y->table &&
              x->row == y->row);
    }
    CHECK(same_str(a->meta.title, b->meta.title) && same_str(a->meta.region, b->meta.region) &&
          a->meta.kind == b->meta.kind && a->meta.year == b->meta.year &&
          a->meta.reviews_from == b->meta.reviews_from && a->meta.plans_to == b->meta.plans_to &&
          a->meta.script == b->meta.script && a->meta.region_code == b->meta.region_code);
    CHECK_INT(b->nhints, a->nhints);
    for (size_t i = 0; i < a->nhints && i < b->nhints; i++)
        CHECK(same_str(a->hints[i].key, b->hints[i].key) &&
              same_str(a->hints[i].value, b->hints[i].value));
    CHECK_INT(b->fold.len, a->fold.len);
    CHECK(b->fold.s && memcmp(a->fold.s, b->fold.s, a->fold.len) == 0);
    CHECK_INT(b->fold.nseg, a->fold.nseg);
}

/* The record in a buffer of its own, aligned as records are. */
static unsigned char *aligned_copy(const char *p, size_t n)
{
    unsigned char *c = aligned_alloc(DOC_PACK_ALIGN, (n + DOC_PACK_ALIGN) / DOC_PACK_ALIGN * DOC_PACK_ALIGN);
    memcpy(c, p, n);
    return c;
}

/* Every way of damaging d's record tried: refused, or a sound document. */
static void check_damage(doc *d)
{
    sbuf rec = {0};
    doc_pack(d, &rec);
    unsigned char *c = aligned_copy(rec.p, rec.len);
    size_t refused = 0, tries = 0;
    for (int t = 0; t < 3000; t++, tries++) {
        size_t at = rnd() % rec.len;
        unsigned char was = c[at];
        c[at] ^= (unsigned char)(1 + rnd() % 255);
        size_t used;
        const char *err = NULL;
        doc *back = doc_unpack(c, rec.len, d->path, 0, &used, &err);
        if (back)
            fuzz_check_doc(back);
        else
            refused += err != NULL;
        doc_free(back);
        c[at] = was;
    }
    for (int t = 0; t < 300; t++) {
        size_t n = rnd() % rec.len;
        size_t used;
        const char *err = NULL;
        doc *back = doc_unpack(c, n, d->path, 0, &used, &err);
        CHECK(!back && err);
        doc_free(back);
    }
    /* Changed bytes of the text are not refused (the cache's checksum
     * finds those); changed offsets and counts are, most of the time. */
    CHECK(refused > 0 && refused < tries);
    free(c);
    sbuf_free(&rec);
}

/* Parses bytes as the file at path, packs every document it yields into
 * one buffer and reads them back in turn; damage: also check_damage on
 * the first. Returns the documents. */
/* The documents of a parse short of extract (PIPELINE_NO_INDICATORS) are
 * those of the whole parse v[0..n) but for the indicators, and say so. */
static void check_no_indicators(const char *path, const char *bytes,
                                size_t n, doc *const *v, size_t nv)
{
    sample_docs l = {0};
    const char *err;
    char *own = xmalloc(n ? n : 1);
    memcpy(own, bytes, n);
    CHECK_INT(pipeline_file_owned_to(path, own, n, PIPELINE_NO_INDICATORS,
                                     sample_docs_keep, &l, NULL, &err),
              (long)nv);
    for (size_t i = 0; i < l.n && i < nv; i++) {
        CHECK_INT(v[i]->extracted, 1);
        CHECK_INT(l.d[i]->extracted, 0);
        CHECK_INT(l.d[i]->nindicators, 0);
        doc_fold(v[i]);
        doc_fold(l.d[i]);
        doc whole = *v[i]; /* read only: compared without its indicators */
        whole.indicators = NULL;
        whole.nindicators = 0;
        whole.extracted = 0;
        check_same(&whole, l.d[i]);
    }
    for (size_t i = 0; i < l.n; i++)
        doc_free(l.d[i]);
    free(l.d);
}

static size_t check_one(const char *path, const char *bytes, size_t n, int damage)
{
    sample_docs v = {0};
    const char *err;
    pipeline_file(path, bytes, n, sample_docs_keep, &v, NULL, &err);
    CHECK(v.n > 0);
    check_no_indicators(path, bytes, n, v.d, v.n);
    sbuf all = {0};
    for (size_t i = 0; i < v.n; i++)
        doc_pack(v.d[i], &all);
    unsigned char *c = aligned_copy(all.p, all.len);
    size_t at = 0;
    for (size_t i = 0; i < v.n; i++) {
        size_t used = 0;
        const char *why = NULL;
        doc *back = doc_unpack(c + at, all.len - at, path, i % 2 ? DOC_UNPACK_TEXT_SEALED : 0, &used, &why);
        if (!CHECK(back != NULL)) {
            fprintf(stderr, "%s: record %zu refused: %s\n", path, i, why);
            break;
        }
        check_same(v.d[i], back);
        fuzz_check_doc(back);
        CHECK(used % DOC_PACK_ALIGN == 0);
        at += used;
        doc_free(back);
    }
    CHECK_INT(at, all.len);
    if (damage)
        check_damage(v.d[0]);
    free(c);
    sbuf_free(&all);
    for (size_t i = 0; i < v.n; i++)
        doc_free(v.d[i]);
    free(v.d);
    return v.n;
}

int main(int argc, char **argv)
{
    rnd_seed(20261202);
    size_t total = 0;
    /* A CSV export's rows: documents named path#N. */
    static const char csv[] =
        "province,city,full_text\n"
        "湖南省,益阳市,\"一、2024年工作回顾\n过去一年，地区生产总值增长5.6%。\n"
        "二、2025年工作安排\n预期目标是：地区生产总值增长6%左右。\"\n"
        "贵州省,,\"政府工作报告\n一、主要成绩\n全州生产总值增长4.1%。\"\n";
    total += check_one("rows.csv", csv, sizeof csv - 1, 0);
    for (int a = 1; a < argc; a++) {
        size_t n;
        char *bytes = slurp(argv[a], &n);
        if (!CHECK(bytes != NULL))
            continue;
        total += check_one(argv[a], bytes, n, a <= 2);
        free(bytes);
    }
    CHECK(total >= (size_t)argc);
    CHECK(doc_pack_layout() != 0);
    return check_done();
}

