/* extract.c — the extract stage (see extract.h): walks the blocks of a
 * structured document, prose paragraphs to extract_prose.c and tables to
 * extract_table.c, collecting their indicators into the arena. */
#include "extract.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_impl.h"
#include "sbuf.h"
#include "strs.h"
#include "unitab.h"
#include "utf8.h"

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
            const char *hit = fn ? strs_find(d->clean.bytes + at, hi - at, first, fn)
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
        const char *hit = nn ? strs_find(d->clean.bytes + after_first,
                                      end - after_first, num, nn)
                             : NULL;
        x->start = (uint32_t)(hit ? (size_t)(hit - d->clean.bytes) : row_at);
        x->end = (uint32_t)(hit ? x->start + nn : end);
    }
}

/* A traditional-script paragraph s[0..n) as the word lists read it: each
 * character replaced by its simplified form where that has the same
 * length in UTF-8 (as nearly all do), so that every offset into the
 * folded text is the same offset into s. Into out; returns its bytes. */
static const char *script_fold(const char *s, size_t n, sbuf *out)
{
    out->len = 0;
    sbuf_reserve(out, n + 1);
    memcpy(out->p, s, n);
    out->len = n;
    out->p[n] = '\0';
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        uint32_t t = cp < 0x80 ? cp : unitab_t2s(cp);
        char enc[4];
        if (t != cp && utf8_encode(t, enc) == k)
            memcpy(out->p + i, enc, k);
        i += k;
    }
    return out->p;
}

/* The longest piece of name[0..n) found in fold[0..len), its offset into
 * *at (the occurrence nearest before near wins, else the first after). */
static size_t longest_piece(const char *name, size_t n, const char *fold,
                            size_t len, size_t near, size_t *at)
{
    size_t best = 0;
    for (size_t i = 0; i < len; i++) {
        if (fold[i] != name[0])
            continue;
        size_t m = 0;
        while (m < n && i + m < len && fold[i + m] == name[m])
            m++;
        while (m && m < n && ((unsigned char)name[m] & 0xC0) == 0x80)
            m--; /* whole characters only */
        if (m > best || (m == best && m && i <= near)) {
            best = m;
            *at = i;
        }
    }
    return best;
}

/* A name made from the folded text (fold) of paragraph orig, written as
 * the paragraph writes it: each of its pieces found in fold and taken
 * from orig at the same bytes; a character not found is written in
 * traditional script. */
static const char *unfold_name(ex_sink *k, const char *name, const char *fold,
                               const char *orig, size_t len, size_t near)
{
    size_t n = strlen(name);
    if (!n)
        return name;
    const char *whole = strs_find(fold, len, name, n);
    if (whole) /* the usual case: the name is one piece of the text */
        return memcmp(orig + (whole - fold), name, n)
                   ? ex_str(k, orig + (whole - fold), n)
                   : name;
    sbuf b = {0};
    for (size_t i = 0; i < n;) {
        size_t at = 0;
        size_t m = longest_piece(name + i, n - i, fold, len, near, &at);
        if (m) {
            sbuf_add(&b, orig + at, m);
            i += m;
        } else { /* a character the paragraph does not have (农村 made
                    * of 城乡): in the paragraph's script */
            uint32_t cp;
            size_t c = utf8_decode(name + i, n - i, &cp);
            char enc[4];
            uint32_t t = unitab_s2t(cp);
            if (t != cp && utf8_encode(t, enc) == c)
                sbuf_add(&b, enc, c);
            else
                sbuf_add(&b, name + i, c);
            i += c;
        }
    }
    const char *r = n == b.len && !memcmp(b.p, name, n)
                        ? name
                        : ex_str(k, b.p, b.len);
    sbuf_free(&b);
    return r;
}

int extract_run(doc *d, const cancel_flag *cancel)
{
    ex_sink k = {d, NULL, NULL, 0, 0, 0};
    size_t next = 0;
    int done_table = -1, stopped = 0, ctx_sec = -2;
    ex_ctx c = {0, 0, 0, -1};
    int hant = d->meta.script == DOC_SCRIPT_HANT;
    ex_ctx *titles = xmalloc((d->nsections + 1) * sizeof *titles);
    for (size_t i = 0; i < d->nsections; i++)
        titles[i].kind = -2;
    k.titles = titles;
    sbuf fold = {0};
    for (size_t i = 0; i < d->nblocks && !k.full; i++) {
        const block *b = &d->blocks[i];
        if (cancel_every(cancel, b->start, &next)) {
            stopped = 1;
            break;
        }
        if (b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_APPENDIX) {
            int sec = section_at(d, b->start);
            if (sec != ctx_sec || i == 0) { /* one context a section */
                c = ex_period_section(d, b->start, titles);
                ctx_sec = sec;
            }
            size_t first = k.n, len = b->end - b->start;
            const char *para = d->clean.bytes + b->start;
            const char *read = hant ? script_fold(para, len, &fold) : para;
            ex_prose_paragraph(&k, read, len, b->start, b->line, &c);
            for (size_t j = first; j < k.n; j++) {
                k.v[j].section = sec;
                k.v[j].line = doc_line_at(d, b->line, k.v[j].start - b->start);
                if (hant)
                    k.v[j].name = unfold_name(&k, k.v[j].name, read, para,
                                              len, k.v[j].start - b->start);
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
    sbuf_free(&fold);
    free(titles);
    for (size_t j = 0; j < k.n; j++)
        k.v[j].canonical = k.v[j].name;
    d->nindicators = k.n;
    d->indicators = k.n ? arena_adopt(&d->mem, k.v) : NULL;
    if (!k.n)
        free(k.v);
    return stopped ? -1 : 0;
}
