/* tables.c — markdown table blocks into table objects: cells, header and
 * separator rows, page-split blocks joined, spilled sub-rows attached,
 * captions and labels, the table of contents (see tables.h).
 *
 * Rules:
 * - A row is split on '|' (an escaped "\|" stays in its cell); cells are
 *   trimmed; at most MAX_CELLS are kept. A row of only | - : and spaces
 *   with a "--" in it is a separator and is dropped.
 * - Header rows: the rows of a block above its first separator, when that
 *   separator comes within MAX_HEADER_ROWS rows of the top; and any later
 *   row that repeats the table's first header row.
 * - Page split: a table block right after the last block of a table (no
 *   other block between) continues it when it repeats its header, or has
 *   no header and as many cells as the header; blocks of a table of
 *   contents continue one another whatever their columns.
 * - Spill: a data row that fills a cell the header leaves unnamed (past
 *   the header's last non-empty cell) spills; the rows right after it
 *   that leave its first two filled cells (its key: number and name)
 *   empty are its sub-rows (spill_of).
 * - Table of contents: at least two thirds (and at least two) of a
 *   block's data rows end in a page number after a 第X章/节/编 or 附件
 *   title or a dot leader. Its blocks, and a 目录 line right above, become
 *   BLOCK_TOC; the table is labelled 目录.
 * - Caption: up to CAPTION_REACH blocks above the table, skipping a
 *   单位：… line: a caption line (表 1: …) or an appendix label (附件 1)
 *   gives the label and the caption (the text after the label, or else
 *   the title line between label and table). An unlabelled table takes a
 *   title line ending in 表 as its caption.
 * - Contents links (tables_link_toc): an entry names the next heading
 *   whose marker and title agree with the entry's text on their first
 *   KEY_BYTES bytes (or all of the shorter), spaces and dot leaders left
 *   out of both. */
#include "tables.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "marker.h"
#include "strs.h"
#include "utf8.h"

/* Cells kept per row: a hostile row of 100,000 bars keeps the first. */
#define MAX_CELLS 256
/* Rows above a block's separator that are read as header rows. */
#define MAX_HEADER_ROWS 3
/* Blocks above a table searched for its caption and label. */
#define CAPTION_REACH 3
/* Longest title line (code points) read as a caption. */
#define MAX_TITLE_CPS 60
/* Bytes of a contents entry and a heading compared: marker and the first
 * title characters. */
#define KEY_BYTES 36
/* Sections searched for a contents entry past the last one linked. */
#define LINK_REACH 512

typedef struct row_list {
    table_row *v;
    size_t n, cap;
} row_list;

/* A table being built: its rows are rows.v[first, first + n), its
 * blocks d->blocks[block0..block1]. */
typedef struct draft {
    size_t first, n;
    size_t block0, block1;
    int toc;
} draft;

typedef struct draft_list {
    draft *v;
    size_t n, cap;
} draft_list;

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_blank(**s))
        (*s)++, (*n)--;
    while (*n && is_blank((*s)[*n - 1]))
        (*n)--;
}

/* ---- rows and cells ---------------------------------------------------- */

/* End of the cell that starts at s[i]: the next bar not escaped as "\|". */
static size_t cell_end(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != '|')
        i += s[i] == '\\' && i + 1 < n && s[i + 1] == '|' ? 2 : 1;
    return i;
}

/* The trimmed cell s[0..n) in the arena, "\|" turned into "|". */
static const char *cell_text(arena *a, const char *s, size_t n)
{
    trim(&s, &n);
    if (!n)
        return "";
    char *out = arena_strndup(a, s, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!(out[i] == '\\' && i + 1 < n && out[i + 1] == '|'))
            out[k++] = out[i];
    out[k] = '\0';
    return out;
}

/* Splits the markdown row s[0..n) ("| a | b |") into at most MAX_CELLS
 * cells; text after the last bar is a cell unless it is blank. */
static size_t split_row(arena *a, const char *s, size_t n, const char **cells)
{
    size_t i = n && s[0] == '|', count = 0;
    while (i < n && count < MAX_CELLS) {
        size_t j = cell_end(s, n, i);
        const char *rest = s + i;
        size_t rn = j - i;
        trim(&rest, &rn);
        if (j == n && !rn)
            break;
        cells[count++] = cell_text(a, s + i, j - i);
        i = j + 1;
    }
    return count;
}

/* |---|:--:| — only bars, dashes, colons and spaces, with a "--". */
static int is_separator(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '|' && s[i] != '-' && s[i] != ':' && !is_blank(s[i]))
            return 0;
    return strs_has(s, n, "--");
}

static void push_row(doc *d, row_list *l, const char *s, size_t n,
                     uint32_t line)
{
    const char *tmp[MAX_CELLS];
    size_t nc = split_row(&d->mem, s, n, tmp);
    l->v = xgrow(l->v, &l->cap, l->n, sizeof *l->v);
    table_row *r = &l->v[l->n++];
    r->cells = arena_alloc(&d->mem, (nc ? nc : 1) * sizeof *r->cells);
    memcpy(r->cells, tmp, nc * sizeof *tmp);
    r->ncells = nc;
    r->line = line;
    r->header = 0;
    r->spill_of = -1;
    r->heading = -1;
}

/* Index of the clean-text line that starts at byte off (or the last line
 * starting before it). */
static size_t line_at(const text *t, size_t off)
{
    size_t lo = 0, hi = t->nlines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->off[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Appends the rows of table block b to l, separators left out; the rows
 * above the block's first separator, near the top, are header rows. */
static void read_block(doc *d, const block *b, row_list *l)
{
    const text *t = &d->clean;
    size_t first = l->n;
    int seen_separator = 0;
    for (size_t i = line_at(t, b->start); i < t->nlines && t->off[i] < b->end;
         i++) {
        size_t n;
        const char *s = text_line(t, i, &n);
        if (!is_separator(s, n)) {
            push_row(d, l, s, n, t->origin[i]);
            continue;
        }
        if (!seen_separator && l->n - first <= MAX_HEADER_ROWS)
            for (size_t r = first; r < l->n; r++)
                l->v[r].header = 1;
        seen_separator = 1;
    }
}

/* ---- table of contents ------------------------------------------------- */

static int is_page_number(const char *s)
{
    size_t n = strlen(s);
    if (!n || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* A contents title: 第X章/节/编 …, 附件/附录 …, or a dot leader. */
static int is_toc_title(const char *s)
{
    size_t n = strlen(s);
    marker m;
    if (marker_parse(s, n, &m) &&
        (m.kind == MARK_ZHANG || m.kind == MARK_JIE || m.kind == MARK_BIAN))
        return 1;
    if (strs_starts(s, n, "附件") || strs_starts(s, n, "附录") || strs_starts(s, n, "附錄"))
        return 1;
    return strs_has(s, n, "...") || strs_has(s, n, "…") ||
           strs_has(s, n, "··") || strs_has(s, n, "．．");
}

/* Index just past the last non-empty cell of r (0 when all are empty). */
static size_t filled_width(const table_row *r)
{
    size_t k = r->ncells;
    while (k && !r->cells[k - 1][0])
        k--;
    return k;
}

/* A contents entry: its last filled cell a page number, a title before. */
static int is_toc_entry(const table_row *r)
{
    size_t k = filled_width(r);
    if (k < 2 || !is_page_number(r->cells[k - 1]))
        return 0;
    for (size_t i = 0; i + 1 < k; i++)
        if (is_toc_title(r->cells[i]))
            return 1;
    return 0;
}

static int rows_are_toc(const table_row *v, size_t n)
{
    size_t data = 0, entries = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i].header)
            continue;
        data++;
        entries += (size_t)is_toc_entry(&v[i]);
    }
    return entries >= 2 && entries * 3 >= data * 2;
}

/* ---- joining blocks ---------------------------------------------------- */

static int same_cells(const table_row *a, const table_row *b)
{
    if (a->ncells != b->ncells)
        return 0;
    for (size_t i = 0; i < a->ncells; i++)
        if (strcmp(a->cells[i], b->cells[i]) != 0)
            return 0;
    return 1;
}

static const table_row *first_header(const table_row *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].header)
            return &v[i];
    return NULL;
}

/* Whether block rows bv[0..bn) continue table rows tv[0..tn) (see the
 * page-split rule at the top). */
static int continues(const table_row *tv, size_t tn, int ttoc,
                     const table_row *bv, size_t bn, int btoc)
{
    if (ttoc || btoc)
        return ttoc && btoc;
    if (!tn || !bn)
        return 0;
    const table_row *th = first_header(tv, tn);
    if (bv[0].header)
        return th && same_cells(th, &bv[0]);
    return bv[0].ncells == (th ? th : tv)->ncells;
}

/* Reads table block bi into rows and adds it to the last draft it
 * continues, or starts a new draft. */
static void add_block(doc *d, size_t bi, row_list *rows, draft_list *dl)
{
    size_t from = rows->n;
    read_block(d, &d->blocks[bi], rows);
    size_t bn = rows->n - from;
    /* rows->v is NULL while no block has yielded a row (NULL + 0 is UB) */
    const table_row *bv = bn ? rows->v + from : NULL;
    int toc = rows_are_toc(bv, bn);
    draft *cur = dl->n ? &dl->v[dl->n - 1] : NULL;
    if (cur && cur->block1 + 1 == bi &&
        continues(cur->n ? rows->v + cur->first : NULL, cur->n, cur->toc, bv,
                  bn, toc)) {
        cur->n += bn;
        cur->block1 = bi;
        return;
    }
    dl->v = xgrow(dl->v, &dl->cap, dl->n, sizeof *dl->v);
    dl->v[dl->n++] = (draft){from, bn, bi, bi, toc};
}

/* ---- rows of a finished table ------------------------------------------ */

static void mark_repeated_headers(table *t)
{
    const table_row *h = first_header(t->rows, t->nrows);
    for (size_t i = 0; h && i < t->nrows; i++)
        if (!t->rows[i].header && same_cells(&t->rows[i], h))
            t->rows[i].header = 1;
}

static size_t lead_empty(const table_row *r)
{
    size_t k = 0;
    while (k < r->ncells && !r->cells[k][0])
        k++;
    return k;
}

/* Index of r's second non-empty cell, or SIZE_MAX when it has fewer. */
static size_t second_filled(const table_row *r)
{
    for (size_t i = 0, seen = 0; i < r->ncells; i++)
        if (r->cells[i][0] && ++seen == 2)
            return i;
    return SIZE_MAX;
}

static int is_sub_row(const table_row *r, const table_row *parent)
{
    return filled_width(r) > 0 && lead_empty(r) > second_filled(parent);
}

/* Sets spill_of on the sub-rows of each spilling row (rule at the top). */
static void attach_spills(table *t)
{
    const table_row *h = first_header(t->rows, t->nrows);
    size_t named = h ? filled_width(h) : 0;
    int parent = -1;
    for (size_t i = 0; named && i < t->nrows; i++) {
        table_row *r = &t->rows[i];
        if (r->header)
            parent = -1;
        else if (filled_width(r) > named)
            parent = (int)i;
        else if (parent >= 0 && is_sub_row(r, &t->rows[parent]))
            r->spill_of = parent;
        else
            parent = -1;
    }
}

/* ---- captions and labels ----------------------------------------------- */

static const char *block_text(const doc *d, size_t bi, size_t *n)
{
    const block *b = &d->blocks[bi];
    *n = b->end - b->start;
    return d->clean.bytes + b->start;
}

/* Bytes of the label at the start of s: 表 1, 附件 1, 附表2-1, 附件一,
 * a bare 附件; 0 when there is none. */
static size_t label_len(const char *s, size_t n)
{
    static const char *const heads[] = {"附件", "附表", "附图", "表", "图", "圖"};
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        if (!strs_starts(s, n, heads[h]))
            continue;
        size_t i = strlen(heads[h]), k;
        while (i < n && is_blank(s[i]))
            i++;
        for (k = i; k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '-'); k++)
            ;
        int v;
        if (k == i)
            k += marker_ordinal(s + k, n - k, &v);
        if (k > i)
            return k;
        return h < 3 ? strlen(heads[h]) : 0;
    }
    return 0;
}

/* A short appendix label line: 附件 1, 附件：, 附表 2：… */
static int is_label_line(const char *s, size_t n)
{
    return (strs_starts(s, n, "附件") || strs_starts(s, n, "附表")) && label_len(s, n) &&
           utf8_count(s, n) <= MAX_TITLE_CPS && !strs_has(s, n, "。");
}

/* Bytes of an opening parenthesis at s (（ or (), or 0. */
static size_t open_paren_len(const char *s, size_t n)
{
    if (strs_starts(s, n, "("))
        return 1;
    return strs_starts(s, n, "（") ? strlen("（") : 0;
}

/* Bytes of a colon or 、 at s, or 0. */
static size_t colon_len(const char *s, size_t n)
{
    if (strs_starts(s, n, ":"))
        return 1;
    return strs_starts(s, n, "：") || strs_starts(s, n, "、") ? strlen("：") : 0;
}

/* 单位：万元, （单位：亿元） */
static int is_unit_line(const char *s, size_t n)
{
    size_t k = open_paren_len(s, n);
    s += k, n -= k;
    return (strs_starts(s, n, "单位") || strs_starts(s, n, "單位")) && utf8_count(s, n) <= 24;
}

static int is_title_line(block_kind kind, const char *s, size_t n)
{
    return (kind == BLOCK_PARAGRAPH || kind == BLOCK_APPENDIX) && n &&
           utf8_count(s, n) <= MAX_TITLE_CPS && !strs_has(s, n, "。") &&
           !strs_ends(s, n, "：") && !strs_ends(s, n, ":");
}

/* Label and caption from the label line s[0..n); the caption is the text
 * after the label and its colon, or else title[0..tn). */
static void set_label(doc *d, table *t, const char *s, size_t n,
                      const char *title, size_t tn)
{
    size_t k = label_len(s, n);
    t->label = arena_strndup(&d->mem, s, k);
    s += k, n -= k;
    trim(&s, &n);
    k = colon_len(s, n);
    s += k, n -= k;
    trim(&s, &n);
    if (!n && title)
        s = title, n = tn;
    t->caption = arena_strndup(&d->mem, s, n);
}

/* Finds the caption and label of the table whose first block is b0. */
static void find_caption(doc *d, size_t b0, table *t)
{
    const char *title = NULL;
    size_t tn = 0;
    for (size_t k = b0, steps = 0; k-- > 0 && steps < CAPTION_REACH; steps++) {
        size_t n;
        const char *s = block_text(d, k, &n);
        block_kind kind = d->blocks[k].kind;
        if (kind == BLOCK_CAPTION || is_label_line(s, n)) {
            set_label(d, t, s, n, title, tn);
            return;
        }
        if (is_unit_line(s, n))
            continue;
        if (title || !is_title_line(kind, s, n))
            break;
        title = s, tn = n;
    }
    if (title && strs_ends(title, tn, "表"))
        t->caption = arena_strndup(&d->mem, title, tn);
}

/* 目录 / 目 录 / 目錄 alone on its line. */
static int is_toc_heading(const char *s, size_t n)
{
    char buf[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i]))
            continue;
        if (k == sizeof buf - 1)
            return 0;
        buf[k++] = s[i];
    }
    buf[k] = '\0';
    return strcmp(buf, "目录") == 0 || strcmp(buf, "目錄") == 0;
}

/* ---- publishing ---------------------------------------------------------- */

/* Sets kind and table index on the blocks of table ti (and on a 目录 line
 * right above a table of contents). */
static void mark_blocks(doc *d, size_t ti, const draft *dr)
{
    block_kind kind = dr->toc ? BLOCK_TOC : BLOCK_TABLE;
    for (size_t b = dr->block0; b <= dr->block1; b++) {
        d->blocks[b].kind = kind;
        d->blocks[b].table = (int)ti;
    }
    if (!dr->toc || dr->block0 == 0)
        return;
    block *above = &d->blocks[dr->block0 - 1];
    size_t n;
    const char *s = block_text(d, dr->block0 - 1, &n);
    if (above->kind == BLOCK_PARAGRAPH && is_toc_heading(s, n)) {
        above->kind = BLOCK_TOC;
        above->table = (int)ti;
    }
}

static void finish_table(doc *d, size_t ti, const draft *dr, table_row *rows)
{
    table *t = &d->tables[ti];
    t->rows = rows;
    t->nrows = dr->n;
    t->line = d->blocks[dr->block0].line;
    t->is_toc = dr->toc;
    t->label = dr->toc ? "目录" : "";
    t->caption = "";
    mark_repeated_headers(t);
    attach_spills(t);
    t->data_rows = 0;
    for (size_t i = 0; i < t->nrows; i++)
        t->data_rows += !t->rows[i].header;
    if (!dr->toc)
        find_caption(d, dr->block0, t);
    mark_blocks(d, ti, dr);
}

void tables_build(doc *d)
{
    row_list rows = {0};
    draft_list dl = {0};
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].kind == BLOCK_TABLE)
            add_block(d, i, &rows, &dl);
    table_row *all = arena_alloc(&d->mem, (rows.n ? rows.n : 1) * sizeof *all);
    if (rows.n)
        memcpy(all, rows.v, rows.n * sizeof *all);
    d->tables = arena_alloc(&d->mem, (dl.n ? dl.n : 1) * sizeof *d->tables);
    d->ntables = dl.n;
    for (size_t k = 0; k < dl.n; k++)
        finish_table(d, k, &dl.v[k], all + dl.v[k].first);
    free(rows.v);
    free(dl.v);
}

/* ---- contents entries to headings --------------------------------------- */

static int is_filler(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '.' || cp == 0x3000 /* 　 */ ||
           cp == 0x2026 /* … */ || cp == 0x00B7 /* · */ || cp == 0xFF0E /* ． */;
}

/* Appends s to key[0..len) without fillers, whole code points, until
 * KEY_BYTES are reached (key has room for KEY_BYTES + 4). */
static size_t key_append(char *key, size_t len, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n && len < KEY_BYTES;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (!is_filler(cp)) {
            memcpy(key + len, s + i, k);
            len += k;
        }
        i += k;
    }
    return len;
}

static int keys_match(const char *a, size_t la, const char *b, size_t lb)
{
    size_t n = la < lb ? la : lb;
    if (n > KEY_BYTES)
        n = KEY_BYTES;
    return n >= 6 && memcmp(a, b, n) == 0;
}

/* Links contents row r to the first matching section from *from on. */
static void link_entry(const doc *d, table_row *r, size_t *from)
{
    char key[KEY_BYTES + 4], sk[KEY_BYTES + 4];
    size_t len = 0, k = filled_width(r);
    r->heading = -1;
    if (r->header || !is_toc_entry(r))
        return;
    for (size_t i = 0; i + 1 < k; i++)
        len = key_append(key, len, r->cells[i]);
    for (size_t s = *from; s < d->nsections && s - *from < LINK_REACH; s++) {
        const section *sec = &d->sections[s];
        size_t sl = key_append(sk, key_append(sk, 0, sec->marker), sec->title);
        if (keys_match(key, len, sk, sl)) {
            r->heading = (int)s;
            *from = s + 1;
            return;
        }
    }
}

void tables_link_toc(doc *d)
{
    size_t from = 0;
    for (size_t t = 0; t < d->ntables; t++)
        for (size_t i = 0; d->tables[t].is_toc && i < d->tables[t].nrows; i++)
            link_entry(d, &d->tables[t].rows[i], &from);
}
