/* list_rows.c — the compact records of `baogao list` (see list_rows.h).
 *
 * A record, in order: the path's index in the path table; the name's code
 * (0: the name is the path; 1: the name follows as a string; N + 1: the
 * name is path#N, a CSV export's row N); the name when its code is 1; the
 * encoding's index; kind; script; year, reviews from, to, plans from, to
 * (zigzag); paragraphs, sections, tables; the region's code; then
 * region and title as
 * NUL-terminated strings. Numbers are unsigned LEB128 varints. A record
 * lies in one block and starts within its first 64 KB; its position is
 * block << 16 | offset. */
#include "list_rows.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK = 64 * 1024, OFFSET_BITS = 16 };

struct list_block {
    char *p;
    size_t used, size;
};

void list_rows_init(list_rows *r)
{
    memset(r, 0, sizeof *r);
    arena_init(&r->strings);
}

void list_rows_free(list_rows *r)
{
    for (size_t i = 0; i < r->nblocks; i++)
        free(r->block[i].p);
    free(r->block);
    free(r->path);
    free(r->encoding);
    free(r->format);
    arena_free(&r->strings);
    sbuf_free(&r->scratch);
    memset(r, 0, sizeof *r);
}

/* ---- writing ---- */

static void put_uint(sbuf *b, uint64_t v)
{
    while (v >= 0x80) {
        sbuf_addc(b, (char)((v & 0x7F) | 0x80));
        v >>= 7;
    }
    sbuf_addc(b, (char)v);
}

static void put_int(sbuf *b, int v)
{
    int64_t x = v;
    put_uint(b, x < 0 ? ((uint64_t)-(x + 1) << 1) | 1 : (uint64_t)x << 1);
}

static void put_str(sbuf *b, const char *s)
{
    sbuf_add(b, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* The index of d's path: the last one's when it is the same. */
static size_t path_index(list_rows *r, const char *path)
{
    if (r->npaths && strcmp(r->path[r->npaths - 1], path) == 0)
        return r->npaths - 1;
    r->path = xgrow(r->path, &r->pathcap, r->npaths, sizeof *r->path);
    r->path[r->npaths] = arena_strndup(&r->strings, path, strlen(path));
    return r->npaths++;
}

/* The index of static string s in the table *tab of *n (grown when it
 * is new): the encodings and the formats, a handful each. */
static size_t static_index(const char ***tab, size_t *n, size_t *cap,
                           const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*tab)[i], s) == 0)
            return i;
    *tab = xgrow(*tab, cap, *n, sizeof **tab);
    (*tab)[*n] = s;
    return (*n)++;
}

/* The name's code (see the top): N + 1 when name is exactly path#N with
 * N written as printf would (no sign, no leading zero, N ≥ 1). */
static uint64_t name_code(const char *path, const char *name)
{
    size_t n = strlen(path);
    if (strcmp(name, path) == 0)
        return 0;
    if (strncmp(name, path, n) != 0 || name[n] != '#' || name[n + 1] < '1' ||
        name[n + 1] > '9')
        return 1;
    uint64_t v = 0;
    for (const char *s = name + n + 1; *s; s++) {
        if (*s < '0' || *s > '9' || v > (UINT64_MAX - 10) / 10)
            return 1;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    return v + 1;
}

/* Non-empty lines of the clean text: its paragraphs, headings, rows. */
static size_t paragraphs(const doc *d)
{
    size_t k = 0;
    for (size_t i = 0; i < d->clean.nlines; i++)
        k += d->clean.off[i + 1] - d->clean.off[i] > 1;
    return k;
}

static void encode(list_rows *r, const doc *d, sbuf *b)
{
    const doc_meta *m = &d->meta;
    put_uint(b, path_index(r, d->path));
    uint64_t code = name_code(d->path, d->name);
    put_uint(b, code);
    if (code == 1)
        put_str(b, d->name);
    put_uint(b, static_index(&r->encoding, &r->nencodings, &r->encodingcap,
                             d->encoding));
    put_uint(b, static_index(&r->format, &r->nformats, &r->formatcap,
                             d->format ? d->format : "text"));
    put_uint(b, (uint64_t)m->kind);
    put_uint(b, (uint64_t)m->script);
    put_int(b, m->year);
    put_int(b, m->reviews_from);
    put_int(b, m->reviews_to);
    put_int(b, m->plans_from);
    put_int(b, m->plans_to);
    put_uint(b, paragraphs(d));
    put_uint(b, d->nsections);
    put_uint(b, d->ntables);
    put_uint(b, m->region_code);
    put_str(b, m->region);
    put_str(b, m->title);
}

/* The block the next record of n bytes goes in: the last one while it
 * has room, else a new one (bigger than BLOCK for a bigger record). */
static list_block *block_for(list_rows *r, size_t n)
{
    list_block *last = r->nblocks ? &r->block[r->nblocks - 1] : NULL;
    if (last && last->used < BLOCK && last->size - last->used >= n)
        return last;
    r->block = xgrow(r->block, &r->cap, r->nblocks, sizeof *r->block);
    list_block *b = &r->block[r->nblocks++];
    b->size = n > BLOCK ? n : BLOCK;
    b->p = xmalloc(b->size);
    b->used = 0;
    return b;
}

size_t list_rows_add(list_rows *r, const doc *d)
{
    r->scratch.len = 0;
    encode(r, d, &r->scratch);
    list_block *b = block_for(r, r->scratch.len);
    size_t pos = (size_t)(b - r->block) << OFFSET_BITS | b->used;
    memcpy(b->p + b->used, r->scratch.p, r->scratch.len);
    b->used += r->scratch.len;
    r->n++;
    return pos;
}

/* ---- reading ---- */

static uint64_t get_uint(const char **s)
{
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        unsigned char c = (unsigned char)*(*s)++;
        v |= (uint64_t)(c & 0x7F) << shift;
        if (!(c & 0x80))
            return v;
    }
}

static int get_int(const char **s)
{
    uint64_t z = get_uint(s);
    return z & 1 ? (int)(-(int64_t)(z >> 1) - 1) : (int)(z >> 1);
}

static const char *get_str(const char **s)
{
    const char *v = *s;
    *s += strlen(v) + 1;
    return v;
}

size_t list_rows_read(const list_rows *r, size_t pos, list_row *row, sbuf *name)
{
    size_t bi = pos >> OFFSET_BITS;
    const list_block *b = &r->block[bi];
    const char *s = b->p + (pos & (((size_t)1 << OFFSET_BITS) - 1));
    const char *path = r->path[get_uint(&s)];
    uint64_t code = get_uint(&s);
    if (code == 0) {
        row->name = path;
    } else if (code == 1) {
        row->name = get_str(&s);
    } else {
        name->len = 0;
        sbuf_printf(name, "%s#%llu", path, (unsigned long long)(code - 1));
        row->name = name->p;
    }
    row->encoding = r->encoding[get_uint(&s)];
    row->format = r->format[get_uint(&s)];
    row->kind = (doc_kind)get_uint(&s);
    row->script = (doc_script)get_uint(&s);
    row->year = get_int(&s);
    row->reviews_from = get_int(&s);
    row->reviews_to = get_int(&s);
    row->plans_from = get_int(&s);
    row->plans_to = get_int(&s);
    row->paragraphs = (size_t)get_uint(&s);
    row->sections = (size_t)get_uint(&s);
    row->tables = (size_t)get_uint(&s);
    row->region_code = (unsigned)get_uint(&s);
    row->region = get_str(&s);
    row->title = get_str(&s);
    size_t off = (size_t)(s - b->p);
    return off < b->used ? bi << OFFSET_BITS | off : (bi + 1) << OFFSET_BITS;
}
