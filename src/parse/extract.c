/* extract.c — the extract stage (see extract.h): walks the blocks of a
 * structured document, prose paragraphs to extract_prose.c and tables to
 * extract_table.c, collecting their indicators into the arena. */
#include "extract.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_impl.h"

/* The index of the last block of the table block bi starts (its blocks
 * are the table blocks that follow, captions and blank text between). */
static size_t table_last(const doc *d, size_t bi)
{
    size_t last = bi;
    for (size_t j = bi + 1; j < d->nblocks; j++) {
        if (d->blocks[j].kind == BLOCK_TABLE &&
            d->blocks[j].table == d->blocks[bi].table)
            last = j;
        else if (d->blocks[j].kind == BLOCK_TABLE ||
                 d->blocks[j].kind == BLOCK_HEADING)
            break;
    }
    return last;
}

/* The end of the line of clean text at off. */
static size_t line_end(const doc *d, size_t off, size_t hi)
{
    const char *nl = memchr(d->clean.bytes + off, '\n', hi - off);
    return nl ? (size_t)(nl - d->clean.bytes) : hi;
}

/* Where in the clean text of a table (bytes [lo, hi)) the numbers of
 * its indicators v[0..n) are: each row is looked for by its first
 * non-empty cell from where the row before it was, then the value (else the change's
 * digits) on that row after that cell. A number not found there
 * marks its whole row; a row not found keeps 0, 0. */
static void locate_cells(const doc *d, indicator *v, size_t n, size_t lo,
                         size_t hi)
{
    size_t at = lo, row_at = 0, after_first = 0, end = 0;
    int row = -1;
    for (size_t j = 0; j < n; j++) {
        indicator *x = &v[j];
        const table_row *r = &d->tables[x->table].rows[x->row];
        if (x->row != row) {
            row = x->row;
            const char *first = "";
            for (size_t c = 0; c < r->ncells && !*first; c++)
                first = r->cells[c];
            size_t fn = strlen(first);
            const char *hit = fn ? memmem(d->clean.bytes + at, hi - at, first, fn)
                                 : NULL;
            if (!hit) {
                end = 0; /* not found: leave this row's at 0, 0 */
                continue;
            }
            row_at = (size_t)(hit - d->clean.bytes);
            after_first = row_at + fn;
            end = line_end(d, after_first, hi);
            at = end < hi ? end : row_at;
        }
        if (!end)
            continue;
        const char *num = *x->value ? x->value : x->change;
        while (*num == '+' || *num == '-')
            num++;
        size_t nn = strspn(num, "0123456789.");
        const char *hit = nn ? memmem(d->clean.bytes + after_first,
                                      end - after_first, num, nn)
                             : NULL;
        x->start = (uint32_t)(hit ? (size_t)(hit - d->clean.bytes) : row_at);
        x->end = (uint32_t)(hit ? x->start + nn : end);
    }
}

/* The original line of byte at of the paragraph whose line is line: the
 * line a page-break join there started, else line. */
static uint32_t line_at(const doc *d, uint32_t line, size_t at)
{
    size_t lo = 0, hi = d->njoins;
    while (lo < hi) { /* the first join of this line */
        size_t mid = (lo + hi) / 2;
        if (d->joins[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t got = line;
    for (size_t j = lo; j < d->njoins && d->joins[j].line == line &&
                        d->joins[j].at <= at;
         j++)
        got = d->joins[j].from;
    return got;
}

int extract_run(doc *d, const cancel_flag *cancel)
{
    ex_sink k = {d, NULL, 0, 0, 0};
    size_t next = 0;
    int done_table = -1, stopped = 0, ctx_sec = -2;
    ex_ctx c = {0, 0, 0, -1};
    for (size_t i = 0; i < d->nblocks && !k.full; i++) {
        const block *b = &d->blocks[i];
        if (cancel_every(cancel, b->start, &next)) {
            stopped = 1;
            break;
        }
        if (b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_APPENDIX) {
            int sec = section_at(d, b->start);
            if (sec != ctx_sec || i == 0) { /* one context a section */
                c = ex_period_section(d, b->start);
                ctx_sec = sec;
            }
            size_t first = k.n;
            ex_prose_paragraph(&k, d->clean.bytes + b->start,
                               b->end - b->start, b->start, b->line, &c);
            for (size_t j = first; j < k.n; j++) {
                k.v[j].section = sec;
                k.v[j].line = line_at(d, b->line, k.v[j].start - b->start);
            }
        } else if (b->kind == BLOCK_TABLE && b->table >= 0 &&
                   b->table > done_table &&
                   !d->tables[b->table].is_toc) {
            done_table = b->table;
            size_t first = k.n, last = table_last(d, i);
            ex_table_run(&k, b->table, last + 1);
            if (k.n > first)
                locate_cells(d, k.v + first, k.n - first, b->start,
                             d->blocks[last].end);
            int sec = section_at(d, b->start);
            for (size_t j = first; j < k.n; j++)
                k.v[j].section = sec;
        }
    }
    for (size_t j = 0; j < k.n; j++)
        k.v[j].canonical = k.v[j].name;
    d->nindicators = k.n;
    d->indicators = k.n ? arena_adopt(&d->mem, k.v) : NULL;
    if (!k.n)
        free(k.v);
    return stopped ? -1 : 0;
}
