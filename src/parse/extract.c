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
            size_t first = k.n;
            ex_table_run(&k, b->table, table_last(d, i) + 1);
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
