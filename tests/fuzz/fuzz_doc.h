/* fuzz_doc.h — the invariants of a parsed document, checked by the fuzz
 * targets on every document the pipeline makes (header-only, as fuzz.h):
 * the clean text is valid UTF-8 in whole lines, blocks, sections and
 * tables lie inside it and point at each other correctly, and every
 * string a verb prints from it is valid UTF-8. */
#ifndef BAOGAO_FUZZ_DOC_H
#define BAOGAO_FUZZ_DOC_H

#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "utf8.h"

static inline void fuzz_require_utf8(const char *s, const char *what)
{
    fuzz_require(s != NULL, what);
    fuzz_require(utf8_valid(s, strlen(s)), what);
}

static inline void fuzz_check_text(const text *t)
{
    fuzz_require(t->bytes[t->len] == '\0', "clean text: not NUL-terminated");
    fuzz_require(utf8_valid(t->bytes, t->len), "clean text: not UTF-8");
    fuzz_require(t->nlines ? t->off[0] == 0 && t->off[t->nlines] == t->len
                           : t->len == 0,
                 "clean text: line offsets do not span it");
    for (size_t i = 0; i < t->nlines; i++) {
        fuzz_require(t->off[i] < t->off[i + 1], "clean text: empty line slot");
        fuzz_require(t->bytes[t->off[i + 1] - 1] == '\n',
                     "clean text: a line without its newline");
        fuzz_require(!i || t->origin[i - 1] <= t->origin[i],
                     "clean text: original lines out of order");
    }
}

static inline void fuzz_check_sections(const doc *d)
{
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        fuzz_require(s->start <= s->end && s->end <= d->clean.len,
                     "section: range outside the text");
        fuzz_require(!i || d->sections[i - 1].start <= s->start,
                     "section: out of document order");
        fuzz_require(s->level >= 1, "section: level below 1");
        fuzz_require(s->parent >= -1 && s->parent < (int)i,
                     "section: parent not an earlier section");
        if (s->parent >= 0) {
            const section *p = &d->sections[s->parent];
            fuzz_require(p->level < s->level, "section: parent not above it");
            fuzz_require(p->start <= s->start && s->end <= p->end,
                         "section: outside its parent");
        }
        fuzz_require_utf8(s->marker, "section: marker not UTF-8");
        fuzz_require_utf8(s->title, "section: title not UTF-8");
    }
}

static inline void fuzz_check_blocks(const doc *d)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        const block *b = &d->blocks[i];
        fuzz_require(b->kind < BLOCK_NKINDS, "block: kind out of range");
        fuzz_require(b->start <= b->end && b->end <= d->clean.len,
                     "block: range outside the text");
        fuzz_require(!i || d->blocks[i - 1].end <= b->start,
                     "block: overlaps the one before");
        fuzz_require(b->section >= -1 && b->section < (int)d->nsections,
                     "block: section index out of range");
        fuzz_require(b->table >= -1 && b->table < (int)d->ntables,
                     "block: table index out of range");
    }
}

static inline void fuzz_check_tables(const doc *d)
{
    for (size_t i = 0; i < d->ntables; i++) {
        const table *t = &d->tables[i];
        fuzz_require_utf8(t->label, "table: label not UTF-8");
        fuzz_require_utf8(t->caption, "table: caption not UTF-8");
        fuzz_require(t->data_rows <= t->nrows, "table: more data rows than rows");
        for (size_t r = 0; r < t->nrows; r++) {
            const table_row *row = &t->rows[r];
            fuzz_require(row->spill_of >= -1 && row->spill_of < (int)t->nrows,
                         "table: spill_of out of range");
            fuzz_require(row->heading >= -1 && row->heading < (int)d->nsections,
                         "table: heading out of range");
            for (size_t c = 0; c < row->ncells; c++)
                fuzz_require_utf8(row->cells[c], "table: cell not UTF-8");
        }
    }
}

/* Aborts, saying which, when d breaks an invariant. */
static inline void fuzz_check_doc(const doc *d)
{
    fuzz_check_text(&d->clean);
    fuzz_check_sections(d);
    fuzz_check_blocks(d);
    fuzz_check_tables(d);
    fuzz_require_utf8(d->meta.title, "meta: title not UTF-8");
    fuzz_require_utf8(d->meta.region, "meta: region not UTF-8");
    fuzz_require(d->meta.kind < DOC_NKINDS, "meta: kind out of range");
    fuzz_require(d->meta.script < DOC_NSCRIPTS, "meta: script out of range");
    for (size_t i = 0; i < d->nhints; i++) {
        fuzz_require_utf8(d->hints[i].key, "hint: key not UTF-8");
        fuzz_require_utf8(d->hints[i].value, "hint: value not UTF-8");
    }
}

#endif
