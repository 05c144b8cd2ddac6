/* repeats.c — drops the repeated copies of a report inside one file: long
 * runs of paragraphs identical, in order, to an earlier run (repeats.h). */
#include "repeats.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"

/* A run is a repeated copy when it is at least this many paragraphs and
 * this many bytes long. Shorter repeats stay: a slogan, a heading, a table
 * header repeated after a page break, a signature. */
enum { MIN_RUN_PARAS = 6, MIN_RUN_BYTES = 600 };

/* The paragraphs (non-empty lines) of the input, hashed. A text is
 * under 4 GiB (text.h), so paragraph and line numbers take 32 bits. */
typedef struct paras {
    const text *t;
    size_t n;
    uint32_t *line; /* line index of paragraph j */
    uint64_t *hash; /* hash_bytes of its bytes, never 0 */
} paras;

/* Open-addressing table: hash → first and latest paragraph with it; the
 * hash is the first's (8 bytes a slot, at most half the slots used). */
typedef struct slot {
    uint32_t first, last; /* first SLOT_EMPTY: an empty slot */
} slot;
#define SLOT_EMPTY UINT32_MAX

typedef struct seen_table {
    const paras *p;
    slot *v;
    size_t mask;
} seen_table;

/* Stops early (p->n short) once *cancel is raised. */
static void paras_init(paras *p, const text *t, const cancel_flag *cancel)
{
    p->t = t;
    p->n = 0;
    p->line = xmalloc((t->nlines + 1) * sizeof *p->line);
    p->hash = xmalloc((t->nlines + 1) * sizeof *p->hash);
    for (size_t i = 0; i < t->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = text_line(t, i, &n);
        if (!n)
            continue;
        p->line[p->n] = (uint32_t)i;
        p->hash[p->n++] = hash_bytes(s, n);
    }
}

static size_t para_len(const paras *p, size_t j)
{
    size_t n;
    text_line(p->t, p->line[j], &n);
    return n;
}

static int para_same(const paras *p, size_t a, size_t b)
{
    if (p->hash[a] != p->hash[b])
        return 0;
    size_t na, nb;
    const char *sa = text_line(p->t, p->line[a], &na);
    const char *sb = text_line(p->t, p->line[b], &nb);
    return na == nb && memcmp(sa, sb, na) == 0;
}

static void table_init(seen_table *tab, const paras *p)
{
    size_t cap = 16;
    while (cap < 2 * p->n)
        cap *= 2;
    tab->p = p;
    tab->v = xmalloc(cap * sizeof *tab->v);
    memset(tab->v, 0xFF, cap * sizeof *tab->v); /* every first SLOT_EMPTY */
    tab->mask = cap - 1;
}

/* The slot of hash h: its entry, or the empty slot where it belongs. */
static slot *table_find(const seen_table *tab, uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & tab->mask;
    while (tab->v[i].first != SLOT_EMPTY && tab->p->hash[tab->v[i].first] != h)
        i = (i + 1) & tab->mask;
    return &tab->v[i];
}

static void table_put(seen_table *tab, size_t j)
{
    slot *s = table_find(tab, tab->p->hash[j]);
    if (s->first == SLOT_EMPTY)
        s->first = (uint32_t)j;
    s->last = (uint32_t)j;
}

/* Paragraphs from b on equal to those from a < b, in order, stopping at
 * the first difference and before the earlier run would reach b (a copy
 * does not overlap its original). *bytes gets their length. */
static size_t run_length(const paras *p, size_t a, size_t b, size_t *bytes)
{
    size_t k = 0;
    *bytes = 0;
    while (b + k < p->n && a + k < b && para_same(p, a + k, b + k))
        *bytes += para_len(p, b + k++);
    return k;
}

/* The repeated run starting at paragraph j, tried against the first and
 * the latest earlier paragraph equal to it; 0 when none is long enough.
 * A try that fails compared fewer than MIN_RUN_PARAS paragraphs, or fewer
 * than MIN_RUN_BYTES bytes of them; a try that succeeds drops what it
 * compared. So the whole scan is linear in the bytes of the text, with
 * one hash lookup per paragraph. */
static size_t repeat_at(const paras *p, const seen_table *tab, size_t j)
{
    const slot *s = table_find(tab, p->hash[j]);
    if (s->first == SLOT_EMPTY)
        return 0;
    size_t bytes1, bytes2;
    size_t k1 = run_length(p, s->first, j, &bytes1);
    size_t k2 = s->last != s->first ? run_length(p, s->last, j, &bytes2) : 0;
    if (k2 > k1) {
        k1 = k2;
        bytes1 = bytes2;
    }
    return k1 >= MIN_RUN_PARAS && bytes1 >= MIN_RUN_BYTES ? k1 : 0;
}

/* keep[j] = 0 for every paragraph of a repeated copy; returns how many.
 * Stops early (keep partly set) once *cancel is raised. */
static size_t mark_repeats(const paras *p, unsigned char *keep,
                           const cancel_flag *cancel)
{
    seen_table tab;
    table_init(&tab, p);
    size_t dropped = 0;
    for (size_t j = 0; j < p->n && !cancel_raised(cancel);) {
        size_t k = repeat_at(p, &tab, j);
        size_t step = k ? k : 1;
        memset(keep + j, k ? 0 : 1, step);
        dropped += k;
        for (size_t e = j + step; j < e; j++)
            table_put(&tab, j);
    }
    free(tab.v);
    return dropped;
}

/* Blank lines between kept paragraphs are copied as they were, but where
 * a copy was dropped the blanks around it become one (none at the ends). */
typedef struct emitter {
    text_builder tb;
    size_t blanks;     /* blank lines seen since the last kept paragraph */
    uint32_t blank_origin;
    int dropped_since; /* a copy was dropped since the last kept paragraph */
    int kept_any;
} emitter;

static void emit_blanks(emitter *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tb_line(&e->tb, "", 0, e->blank_origin);
}

/* What comes before a kept line after blanks or dropped lines: the
 * blanks (one at most where lines were dropped since the last kept one,
 * none before the first). */
static void emit_before_kept(emitter *e)
{
    size_t blanks = e->blanks;
    if (e->dropped_since)
        blanks = e->kept_any && blanks ? 1 : 0;
    emit_blanks(e, blanks);
    e->blanks = 0;
    e->dropped_since = 0;
    e->kept_any = 1;
}

/* The kept lines of in: each run of kept lines with no blank or dropped
 * one among them copied at once (tb_lines). */
static void emit_text(emitter *e, const text *in, const unsigned char *keep,
                      const cancel_flag *cancel)
{
    size_t j = 0;         /* paragraph number of the next non-empty line */
    size_t run = SIZE_MAX; /* first line of the run of kept lines, if any */
    size_t i = 0;
    for (; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n = in->off[i + 1] - in->off[i] - 1;
        if (n && keep[j++]) {
            if (run == SIZE_MAX) {
                emit_before_kept(e);
                run = i;
            }
            continue;
        }
        if (run != SIZE_MAX)
            tb_lines(&e->tb, in, run, i);
        run = SIZE_MAX;
        if (!n) {
            if (!e->blanks++)
                e->blank_origin = in->origin[i];
        } else {
            e->dropped_since = 1;
        }
    }
    if (run != SIZE_MAX)
        tb_lines(&e->tb, in, run, i);
    if (!e->dropped_since)
        emit_blanks(e, e->blanks);
}

text repeats_run(const text *in, arena *a, doc_stats *st,
                 const cancel_flag *cancel)
{
    paras p;
    paras_init(&p, in, cancel);
    unsigned char *keep = xmalloc(p.n + 1);
    st->repeats_dropped += mark_repeats(&p, keep, cancel);
    emitter e;
    memset(&e, 0, sizeof e);
    tb_init(&e.tb);
    /* Stopped before this point, p and keep may be short of the text:
     * nothing is emitted from them then. */
    if (!cancel_raised(cancel)) {
        tb_reserve(&e.tb, in->len, in->nlines);
        emit_text(&e, in, keep, cancel);
    }
    free(keep);
    free(p.line);
    free(p.hash);
    return tb_finish(&e.tb, a);
}
