/* doc_pack.c — a document as one flat record and back (see doc_pack.h).
 * A record is a head (offsets and counts, every offset from the record's
 * start) and areas 8-aligned after it: the arrays whose structures hold
 * no pointer are kept as they are in memory and pointed into on reading;
 * those that hold strings (sections, tables, indicators, hints, the
 * metadata) are kept with string offsets and rebuilt in the document's
 * arena, their strings pointed into. */
#include "doc_pack.h"

#include "intern.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* A string: its offset in the record (NUL-terminated there). */
typedef uint64_t pstr;

typedef struct p_section {
    int32_t level, kind, number, parent;
    pstr marker, title;
    uint64_t start, end;
    uint32_t line, flags;
} p_section;

typedef struct p_row {
    uint64_t cells, ncells; /* an array of ncells pstr */
    uint32_t line;
    int32_t header, spill_of, heading;
} p_row;

typedef struct p_table {
    pstr label, caption;
    uint64_t rows, nrows, data_rows; /* an array of nrows p_row */
    uint32_t line;
    int32_t is_toc;
} p_table;

typedef struct p_indicator {
    pstr name, canonical, value, unit, change, note;
    double amount;
    int32_t period_from, period_to, kind, section, table, row;
    uint32_t line, start, end;
} p_indicator;

typedef struct p_hint {
    pstr key, value;
} p_hint;

typedef struct p_meta {
    pstr title, region;
    int32_t kind, year, reviews_from, reviews_to, plans_from, plans_to,
        script;
    uint32_t region_code;
} p_meta;

/* An array in the record: where and how many. */
typedef struct p_array {
    uint64_t at, n;
} p_array;

typedef struct p_head {
    uint64_t size; /* the record's bytes */
    pstr name_suffix, format, encoding;
    int64_t confidence, extracted;
    doc_reader_stats reader;
    doc_stats stats;
    uint64_t clean_bytes, clean_len; /* clean_len + 1 bytes, NUL last */
    p_array clean_off;               /* nlines + 1 uint32 */
    p_array clean_origin;            /* nlines uint32 */
    p_array hints, heading_hints, blocks, sections, tables, joins,
        indicators;
    p_meta meta;
    uint64_t fold_s, fold_len, fold_orig_len; /* fold_len + 1 bytes */
    p_array fold_seg;                /* 2 * nseg + 1 uint32 */
} p_head;

uint64_t doc_pack_layout(void)
{
    /* Version 1, and every size a record's layout rests on. */
    static const uint64_t parts[] = {
        1, sizeof(p_head), sizeof(p_section), sizeof(p_row), sizeof(p_table),
        sizeof(p_indicator), sizeof(p_hint), sizeof(block),
        sizeof(doc_heading_hint), sizeof(doc_join), sizeof(doc_stats),
        sizeof(doc_reader_stats), sizeof(size_t)};
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        h = (h ^ parts[i]) * 1099511628211u;
    return h;
}

/* ---- writing ------------------------------------------------------------ */

/* A part at p of n elements of size: where, and how many. */
static p_array put_array(packer *k, const void *p, size_t n, size_t size)
{
    return (p_array){pack_put(k, p, n * size), n};
}

static p_array put_sections(packer *k, const doc *d)
{
    p_section *v = xcalloc(d->nsections + 1, sizeof *v);
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        v[i] = (p_section){s->level, s->kind, s->number, s->parent,
                           pack_str(k, s->marker), pack_str(k, s->title),
                           s->start, s->end, s->line, s->flags};
    }
    p_array a = put_array(k, v, d->nsections, sizeof *v);
    free(v);
    return a;
}

static uint64_t put_rows(packer *k, const table *t)
{
    p_row *v = xcalloc(t->nrows + 1, sizeof *v);
    for (size_t r = 0; r < t->nrows; r++) {
        const table_row *row = &t->rows[r];
        pstr *cells = xcalloc(row->ncells + 1, sizeof *cells);
        for (size_t c = 0; c < row->ncells; c++)
            cells[c] = pack_str(k, row->cells[c]);
        v[r] = (p_row){pack_put(k, cells, row->ncells * sizeof *cells), row->ncells,
                       row->line, row->header, row->spill_of, row->heading};
        free(cells);
    }
    uint64_t at = pack_put(k, v, t->nrows * sizeof *v);
    free(v);
    return at;
}

static p_array put_tables(packer *k, const doc *d)
{
    p_table *v = xcalloc(d->ntables + 1, sizeof *v);
    for (size_t i = 0; i < d->ntables; i++) {
        const table *t = &d->tables[i];
        v[i] = (p_table){pack_str(k, t->label), pack_str(k, t->caption),
                         put_rows(k, t), t->nrows, t->data_rows, t->line,
                         t->is_toc};
    }
    p_array a = put_array(k, v, d->ntables, sizeof *v);
    free(v);
    return a;
}

static p_array put_indicators(packer *k, const doc *d)
{
    p_indicator *v = xcalloc(d->nindicators + 1, sizeof *v);
    for (size_t i = 0; i < d->nindicators; i++) {
        const indicator *x = &d->indicators[i];
        v[i] = (p_indicator){pack_str(k, x->name), pack_str(k, x->canonical),
                             pack_str(k, x->value), pack_str(k, x->unit),
                             pack_str(k, x->change), pack_str(k, x->note),
                             x->amount, x->period_from, x->period_to,
                             (int32_t)x->kind, x->section, x->table, x->row,
                             x->line, x->start, x->end};
    }
    p_array a = put_array(k, v, d->nindicators, sizeof *v);
    free(v);
    return a;
}

static p_array put_hints(packer *k, const doc *d)
{
    p_hint *v = xcalloc(d->nhints + 1, sizeof *v);
    for (size_t i = 0; i < d->nhints; i++)
        v[i] = (p_hint){pack_str(k, d->hints[i].key), pack_str(k, d->hints[i].value)};
    p_array a = put_array(k, v, d->nhints, sizeof *v);
    free(v);
    return a;
}

/* Every part of d after the head, in order; the head's fields into *h.
 * Run twice (pack.h): counting, then writing. */
static void pack_parts(packer *k, doc *d, p_head *h)
{
    const folded *f = doc_fold(d);
    size_t plen = strlen(d->path);
    h->name_suffix = pack_str(k, strncmp(d->name, d->path, plen) == 0
                                    ? d->name + plen : d->name);
    h->format = pack_str(k, d->format);
    h->encoding = pack_str(k, d->encoding);
    h->confidence = d->confidence;
    h->reader = d->reader;
    h->stats = d->stats;
    h->clean_bytes = pack_put(k, d->clean.bytes ? d->clean.bytes : "", d->clean.len + 1);
    h->clean_len = d->clean.len;
    h->clean_off = put_array(k, d->clean.off, d->clean.off ? d->clean.nlines + 1 : 0,
                             sizeof *d->clean.off);
    h->clean_origin = put_array(k, d->clean.origin, d->clean.nlines,
                                sizeof *d->clean.origin);
    h->hints = put_hints(k, d);
    h->heading_hints = put_array(k, d->heading_hints, d->nheading_hints,
                                 sizeof *d->heading_hints);
    h->blocks = put_array(k, d->blocks, d->nblocks, sizeof *d->blocks);
    h->sections = put_sections(k, d);
    h->tables = put_tables(k, d);
    h->joins = put_array(k, d->joins, d->njoins, sizeof *d->joins);
    h->indicators = put_indicators(k, d);
    h->extracted = d->extracted;
    const doc_meta *m = &d->meta;
    h->meta = (p_meta){pack_str(k, m->title), pack_str(k, m->region),
                       (int32_t)m->kind, m->year, m->reviews_from, m->reviews_to,
                       m->plans_from, m->plans_to, (int32_t)m->script,
                       m->region_code};
    h->fold_s = pack_put(k, f->s, f->len + 1);
    h->fold_len = f->len;
    h->fold_orig_len = f->orig_len;
    h->fold_seg = put_array(k, f->seg, 2 * f->nseg + 1, sizeof *f->seg);
    pack_put(k, NULL, 0); /* the next record starts aligned */
    h->size = k->pos;
}

uint64_t doc_pack_to(doc *d, pack_emit fn, void *ctx)
{
    p_head h;
    memset(&h, 0, sizeof h);
    packer count = {NULL, NULL, sizeof h};
    pack_parts(&count, d, &h);
    packer k = {fn, ctx, 0};
    pack_put(&k, &h, sizeof h);
    p_head again;
    memset(&again, 0, sizeof again);
    pack_parts(&k, d, &again);
    return h.size;
}

static void to_sbuf(void *ctx, const void *p, size_t n)
{
    sbuf_add(ctx, p, n);
}

void doc_pack(doc *d, sbuf *out)
{
    static const char zeros[DOC_PACK_ALIGN];
    size_t r = out->len % DOC_PACK_ALIGN;
    if (r)
        sbuf_add(out, zeros, DOC_PACK_ALIGN - r);
    doc_pack_to(d, to_sbuf, out);
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const unsigned char *p;
    size_t n; /* the record's bytes */
    unsigned flags; /* doc_unpack's */
    const char *err;
} reader;

static int fail(reader *r, const char *what)
{
    if (!r->err)
        r->err = what;
    return 0;
}

/* The n elements of size at a: inside the record and aligned, else NULL
 * (and r->err). An empty array is NULL without an error. */
static const void *area(reader *r, p_array a, size_t size, const char *what)
{
    if (!a.n)
        return NULL;
    if (a.at % DOC_PACK_ALIGN || a.at < sizeof(p_head) || a.at > r->n ||
        a.n > (r->n - a.at) / size) {
        fail(r, what);
        return NULL;
    }
    return r->p + a.at;
}

/* The bytes at s, NUL-terminated inside the record; "" and r->err when
 * they are not. */
static const char *bytes_at(reader *r, pstr s)
{
    if (s >= r->n || !memchr(r->p + s, '\0', r->n - s)) {
        fail(r, "a string runs outside the record");
        return "";
    }
    return (const char *)r->p + s;
}

/* The text at s: bytes_at, and UTF-8 as every string of a document is. */
static const char *str(reader *r, pstr s)
{
    const char *t = bytes_at(r, s);
    if (!(r->flags & DOC_UNPACK_TEXT_SEALED) && !utf8_valid(t, strlen(t))) {
        fail(r, "a string is not UTF-8");
        return "";
    }
    return t;
}

/* An index in [-1, n). */
static int index_ok(int32_t i, size_t n)
{
    return i >= -1 && (i < 0 || (size_t)i < n);
}

static int read_clean(reader *r, const p_head *h, doc *d)
{
    size_t len = h->clean_len;
    if (len > TEXT_MAX_LEN || h->clean_bytes > r->n || len >= r->n - h->clean_bytes ||
        r->p[h->clean_bytes + len] != '\0')
        return fail(r, "the clean text runs outside the record");
    size_t nlines = h->clean_off.n ? h->clean_off.n - 1 : 0;
    const uint32_t *off = area(r, h->clean_off, sizeof *off, "the line table is outside the record");
    const uint32_t *origin = area(r, h->clean_origin, sizeof *origin,
                                  "the line origins are outside the record");
    if (r->err || h->clean_origin.n != nlines || (!off && len))
        return fail(r, "the line tables do not agree");
    const char *bytes = (const char *)r->p + h->clean_bytes;
    for (size_t i = 0; off && i < nlines; i++)
        if (off[i + 1] <= off[i] || off[i + 1] > len || bytes[off[i + 1] - 1] != '\n' ||
            (i && origin[i - 1] > origin[i]))
            return fail(r, "the line table is out of order");
    if (!(r->flags & DOC_UNPACK_TEXT_SEALED) && !utf8_valid(bytes, len))
        return fail(r, "the clean text is not UTF-8");
    if (off && (off[0] != 0 || off[nlines] != len))
        return fail(r, "the line table does not cover the text");
    d->clean = (text){bytes, len, nlines, off, origin};
    return 1;
}

static int read_fold(reader *r, const p_head *h, doc *d)
{
    size_t len = h->fold_len, orig = h->fold_orig_len;
    if (orig != d->clean.len || h->fold_s > r->n || len >= r->n - h->fold_s ||
        r->p[h->fold_s + len] != '\0' || !h->fold_seg.n || h->fold_seg.n % 2 == 0)
        return fail(r, "the folded text is damaged");
    if (!(r->flags & DOC_UNPACK_TEXT_SEALED) && !utf8_valid((const char *)r->p + h->fold_s, len))
        return fail(r, "the folded text is not UTF-8");
    const uint32_t *seg = area(r, h->fold_seg, sizeof *seg, "the fold map is outside the record");
    if (!seg)
        return 0;
    size_t nseg = h->fold_seg.n / 2;
    for (size_t i = 0; i < nseg; i++) {
        size_t next = i + 1 < nseg ? seg[2 * i + 2] : len;
        if (seg[2 * i] > next || next > len || seg[2 * i + 1] > orig ||
            next - seg[2 * i] > orig - seg[2 * i + 1])
            return fail(r, "the fold map is out of order");
    }
    d->fold = (folded){(char *)r->p + h->fold_s, len, (uint32_t *)seg, nseg,
                       (uint32_t)orig};
    return 1;
}

static int read_blocks(reader *r, const p_head *h, doc *d)
{
    const block *b = area(r, h->blocks, sizeof *b, "the blocks are outside the record");
    for (size_t i = 0; b && i < h->blocks.n; i++)
        if ((unsigned)b[i].kind >= BLOCK_NKINDS || b[i].start > b[i].end ||
            b[i].end > d->clean.len || (i && b[i - 1].end > b[i].start) ||
            !index_ok(b[i].section, h->sections.n) ||
            !index_ok(b[i].table, h->tables.n))
            return fail(r, "a block is out of range");
    d->blocks = (block *)b;
    d->nblocks = b ? h->blocks.n : 0;
    const doc_heading_hint *hh = area(r, h->heading_hints, sizeof *hh,
                                      "the heading hints are outside the record");
    d->heading_hints = (doc_heading_hint *)hh;
    d->nheading_hints = hh ? h->heading_hints.n : 0;
    const doc_join *j = area(r, h->joins, sizeof *j, "the joins are outside the record");
    d->joins = (doc_join *)j;
    d->njoins = j ? h->joins.n : 0;
    return !r->err;
}

static int read_sections(reader *r, const p_head *h, doc *d)
{
    const p_section *v = area(r, h->sections, sizeof *v, "the sections are outside the record");
    if (!v)
        return !r->err;
    section *s = arena_alloc(&d->mem, h->sections.n * sizeof *s);
    for (size_t i = 0; i < h->sections.n; i++) {
        if (v[i].start > v[i].end || v[i].end > d->clean.len || v[i].parent < -1 ||
            v[i].parent >= (int32_t)i || v[i].level < 1 ||
            (i && v[i - 1].start > v[i].start))
            return fail(r, "a section is out of range");
        const p_section *up = v[i].parent >= 0 ? &v[v[i].parent] : NULL;
        if (up && (up->level >= v[i].level || up->start > v[i].start || v[i].end > up->end))
            return fail(r, "a section is outside its parent");
        s[i] = (section){v[i].level, v[i].kind, v[i].number, str(r, v[i].marker),
                         str(r, v[i].title), v[i].line, v[i].start, v[i].end,
                         v[i].parent, v[i].flags};
    }
    d->sections = s;
    d->nsections = h->sections.n;
    return !r->err;
}

static int read_rows(reader *r, const p_table *t, table *out, doc *d)
{
    const p_row *v = area(r, (p_array){t->rows, t->nrows}, sizeof *v,
                          "the rows of a table are outside the record");
    if (!v)
        return !r->err;
    table_row *rows = arena_alloc(&d->mem, t->nrows * sizeof *rows);
    for (size_t i = 0; i < t->nrows; i++) {
        const pstr *cells = area(r, (p_array){v[i].cells, v[i].ncells}, sizeof *cells,
                                 "the cells of a row are outside the record");
        if (r->err || !index_ok(v[i].spill_of, t->nrows) ||
            !index_ok(v[i].heading, d->nsections))
            return fail(r, "a table row is out of range");
        const char **c = arena_alloc(&d->mem, (v[i].ncells + 1) * sizeof *c);
        for (size_t k = 0; k < v[i].ncells; k++)
            c[k] = str(r, cells[k]);
        rows[i] = (table_row){c, cells ? v[i].ncells : 0, v[i].line, v[i].header,
                              v[i].spill_of, v[i].heading};
    }
    out->rows = rows;
    out->nrows = t->nrows;
    return !r->err;
}

static int read_tables(reader *r, const p_head *h, doc *d)
{
    const p_table *v = area(r, h->tables, sizeof *v, "the tables are outside the record");
    if (!v)
        return !r->err;
    table *t = arena_alloc(&d->mem, h->tables.n * sizeof *t);
    for (size_t i = 0; i < h->tables.n; i++) {
        if (v[i].data_rows > v[i].nrows)
            return fail(r, "a table has more data rows than rows");
        t[i] = (table){str(r, v[i].label), str(r, v[i].caption), v[i].line, NULL, 0,
                       v[i].data_rows, v[i].is_toc};
        if (!read_rows(r, &v[i], &t[i], d))
            return 0;
    }
    d->tables = t;
    d->ntables = h->tables.n;
    return !r->err;
}

static int read_indicators(reader *r, const p_head *h, doc *d)
{
    const p_indicator *v = area(r, h->indicators, sizeof *v,
                                "the indicators are outside the record");
    if (!v)
        return !r->err;
    indicator *x = arena_alloc(&d->mem, h->indicators.n * sizeof *x);
    for (size_t i = 0; i < h->indicators.n; i++) {
        const p_indicator *p = &v[i];
        int table_ok = p->table < 0 ? p->row == -1
                                    : (size_t)p->table < d->ntables && p->row >= 0 &&
                                          (size_t)p->row < d->tables[p->table].nrows;
        if (p->kind < IND_ACTUAL || p->kind > IND_EXPECTED || p->start > p->end ||
            p->end > d->clean.len || !index_ok(p->section, d->nsections) ||
            !index_ok(p->table, d->ntables) || !table_ok)
            return fail(r, "an indicator is out of range");
        x[i] = (indicator){str(r, p->name), str(r, p->canonical), str(r, p->value),
                           str(r, p->unit), p->amount, str(r, p->change),
                           p->period_from, p->period_to, (indicator_kind)p->kind,
                           str(r, p->note), p->line, p->start, p->end, p->section,
                           p->table, p->row};
    }
    d->indicators = x;
    d->nindicators = h->indicators.n;
    return !r->err;
}

static int read_meta(reader *r, const p_head *h, doc *d)
{
    const p_meta *m = &h->meta;
    if (m->kind < 0 || m->kind >= DOC_NKINDS || m->script < 0 || m->script >= DOC_NSCRIPTS)
        return fail(r, "the metadata is out of range");
    d->meta = (doc_meta){str(r, m->title), str(r, m->region), (doc_kind)m->kind,
                         m->year, m->reviews_from, m->reviews_to, m->plans_from,
                         m->plans_to, (doc_script)m->script, m->region_code};
    const p_hint *v = area(r, h->hints, sizeof *v, "the hints are outside the record");
    if (!v)
        return !r->err;
    doc_hint *hints = arena_alloc(&d->mem, h->hints.n * sizeof *hints);
    for (size_t i = 0; i < h->hints.n; i++)
        hints[i] = (doc_hint){str(r, v[i].key), str(r, v[i].value)};
    d->hints = hints;
    d->nhints = h->hints.n;
    return !r->err;
}

doc *doc_unpack(const unsigned char *p, size_t n, const char *path,
                unsigned flags, size_t *used, const char **err)
{
    p_head h;
    if (n < sizeof h) {
        *err = "the record is cut short";
        return NULL;
    }
    memcpy(&h, p, sizeof h);
    if (h.size < sizeof h || h.size > n) {
        *err = "the record is cut short";
        return NULL;
    }
    reader r = {p, h.size, flags, NULL};
    const char *suffix = bytes_at(&r, h.name_suffix);
    if (r.err) {
        *err = r.err;
        return NULL;
    }
    size_t plen = strlen(path), slen = strlen(suffix);
    char *name = xmalloc(plen + slen + 1);
    memcpy(name, path, plen);
    memcpy(name + plen, suffix, slen + 1);
    doc *d = doc_new(path, name);
    free(name);
    d->format = intern(str(&r, h.format));
    d->encoding = intern(str(&r, h.encoding));
    d->confidence = (int)h.confidence;
    d->extracted = h.extracted != 0;
    d->reader = h.reader;
    d->stats = h.stats;
    if (!read_clean(&r, &h, d) || !read_fold(&r, &h, d) ||
        !read_sections(&r, &h, d) || !read_tables(&r, &h, d) ||
        !read_blocks(&r, &h, d) || !read_indicators(&r, &h, d) ||
        !read_meta(&r, &h, d) || r.err) {
        *err = r.err ? r.err : "the record is damaged";
        doc_free(d);
        return NULL;
    }
    *used = h.size;
    return d;
}
