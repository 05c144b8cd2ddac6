/* test_doclayout.c — unit tests of the reader's layout (ui/doclayout.c):
 * laid out step by step — a few lines at a time, up to an offset, stopped
 * by the stop callback and taken up again — it is line for line the
 * layout made at once; extending up to an offset reaches past it; the
 * lines cover the text in order. Arguments: sample reports. */
#include <stdlib.h>

#include "check.h"
#include "doclayout.h"
#include "pipeline.h"
#include "slurp.h"

enum { MAX_DOCS = 16 };

typedef struct docs {
    doc *v[MAX_DOCS];
    size_t n;
} docs;

static void add_doc(void *ctx, doc *d)
{
    docs *s = ctx;
    if (s->n < MAX_DOCS)
        s->v[s->n++] = d;
    else
        doc_free(d);
}

static int same_line(const display_line *a, const display_line *b)
{
    return a->kind == b->kind && a->level == b->level &&
           a->indent == b->indent && a->table == b->table &&
           a->row == b->row && a->start == b->start && a->end == b->end;
}

/* Whether layouts a and b have the same lines and column widths. */
static int same_layout(const reader_layout *a, const reader_layout *b)
{
    if (a->n != b->n || a->ncolw != b->ncolw || a->done != b->done)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (!same_line(&a->v[i], &b->v[i]))
            return 0;
    for (size_t i = 0; i < a->ncolw; i++)
        if (a->colw[i] != b->colw[i])
            return 0;
    return 1;
}

/* A stop that says stop every other time it is asked. */
static int asked;
static int every_other(void) { return asked++ % 2 == 1; }

/* Lines in order of the text, none past its end. */
static void test_order(const reader_layout *l, const doc *d)
{
    int ok = 1;
    for (size_t i = 0; i < l->n; i++) {
        ok &= l->v[i].start <= l->v[i].end && l->v[i].end <= d->clean.len;
        ok &= i == 0 || l->v[i - 1].start <= l->v[i].start;
    }
    CHECK(ok);
}

static void test_doc(const doc *d, int cols)
{
    reader_layout whole = {0}, step = {0};
    reader_layout_build(&whole, d, cols, 0);
    CHECK(whole.done);
    CHECK(whole.n > 0);
    test_order(&whole, d);

    /* A few lines at a time: each step has more than asked (or all). */
    reader_layout_start(&step, d, cols, 0);
    CHECK_INT(step.n, 0);
    int grew = 1;
    for (size_t want = 0; !step.done; want += 37) {
        reader_layout_extend(&step, want, (size_t)-1, NULL);
        grew &= step.done || step.n > want;
    }
    CHECK(grew);
    CHECK(same_layout(&step, &whole));

    /* Up to offsets through the text: past each, then the rest. */
    int reached = 1;
    for (size_t k = 1; k <= 8; k++) {
        size_t off = d->clean.len * k / 9;
        reader_layout_start(&step, d, cols, 0);
        reader_layout_extend(&step, 0, off, NULL);
        reached &= step.done || reader_layout_reaches(&step, off);
        /* the line after off is laid out: its start is past off */
        reached &= step.done || step.v[step.n - 1].start > off;
        reader_layout_extend(&step, (size_t)-1, (size_t)-1, NULL);
        reached &= same_layout(&step, &whole);
    }
    CHECK(reached);

    /* Stopped and taken up again until done: the same layout. */
    reader_layout_start(&step, d, cols, 0);
    asked = 0;
    int rounds = 0;
    while (!reader_layout_extend(&step, (size_t)-1, (size_t)-1, every_other))
        rounds++;
    CHECK(same_layout(&step, &whole));
    if (d->nblocks > 128)
        CHECK(rounds > 0); /* it did stop */
    reader_layout_free(&step);
    reader_layout_free(&whole);
    CHECK_INT(whole.n, 0);
}

/* A document with no block: done at the start, no line. */
static void test_empty(void)
{
    doc d = {0};
    reader_layout l = {0};
    reader_layout_start(&l, &d, 80, 0);
    CHECK(l.done);
    CHECK(reader_layout_extend(&l, 100, 5, NULL));
    CHECK_INT(l.n, 0);
    reader_layout_free(&l);
}

int main(int argc, char **argv)
{
    docs s = {0};
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *bytes = slurp(argv[i], &n);
        const char *err;
        CHECK(bytes && pipeline_file(argv[i], bytes, n, add_doc, &s, NULL,
                                     &err) >= 1);
        free(bytes);
    }
    CHECK(s.n >= 1);
    static const int widths[] = {4, 23, 57, 80, 200};
    for (size_t i = 0; i < s.n; i++)
        for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
            test_doc(s.v[i], widths[w]);
    test_empty();
    for (size_t i = 0; i < s.n; i++)
        doc_free(s.v[i]);
    return check_done();
}
