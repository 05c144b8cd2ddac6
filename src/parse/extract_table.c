/* extract_table.c — the indicators of a data table: one per numeric cell,
 * the name from the 指标 column, the unit from 单位 (or a 单位：万元 line
 * above), kind and period from the column header (2020年目标值 → target
 * 2020), span periods for 年均/累计 names, 以上/左右 as notes, packed
 * rows (…增长/总值 | %/亿元) split, prose cells skipped, and the table's
 * remarks (说明/注) as notes on the rows they name. */
#include <stdio.h>
#include <string.h>

#include "extract_impl.h"
#include "strs.h"

/* What a column holds. */
enum { COL_SKIP, COL_NAME, COL_UNIT, COL_VALUE };

typedef struct column {
    int role;
    int kind;            /* for a value column; -1 from context */
    int year, from, to;  /* its period: a year or a span; 0 */
} column;

#define MAXCOLS 32

static int has(const char *s, const char *w)
{
    return strs_has(s, strlen(s), w);
}

/* The period a text names: its first year, span or plan. */
static void text_period(const char *t, int *year, int *from, int *to)
{
    size_t n = strlen(t);
    *year = *from = *to = 0;
    for (size_t i = 0; i < n; i++) {
        int f, e;
        if (!ex_period_at(t, n, i, &f, &e))
            continue;
        if (f == e)
            *year = f;
        else
            *from = f, *to = e;
        return;
    }
}

static void classify(const doc *d, const table_row *h, column *cols,
                     size_t ncols)
{
    int name = -1;
    for (size_t c = 0; c < ncols; c++) {
        const char *t = c < h->ncells ? h->cells[c] : "";
        column *col = &cols[c];
        memset(col, 0, sizeof *col);
        col->kind = -1;
        if (name < 0 && (has(t, "指标") || has(t, "名称") ||
                         !strcmp(t, "项目"))) {
            col->role = COL_NAME;
            name = (int)c;
        } else if (strs_starts(t, strlen(t), "单位") && strlen(t) <= 12) {
            col->role = COL_UNIT;
        } else if (!*t || has(t, "序号") || has(t, "类别") || has(t, "属性") ||
                   has(t, "备注") || has(t, "说明") || has(t, "内容") ||
                   has(t, "编号") || has(t, "性质")) {
            col->role = COL_SKIP;
        } else {
            col->role = COL_VALUE;
            text_period(t, &col->year, &col->from, &col->to);
            if (has(t, "预计"))
                col->kind = IND_EXPECTED;
            else if (has(t, "目标") || has(t, "规划") || has(t, "计划") ||
                     has(t, "预期"))
                col->kind = IND_TARGET;
            else if (has(t, "完成") || has(t, "实际") || has(t, "实绩") ||
                     has(t, "实现"))
                col->kind = IND_ACTUAL;
            else if (col->year && d->meta.year)
                col->kind = col->year > d->meta.year ? IND_TARGET
                                                     : IND_ACTUAL;
        }
    }
    if (name < 0) /* no 指标 header: the first text column */
        for (size_t c = 0; c < ncols; c++)
            if (cols[c].role == COL_VALUE) {
                cols[c].role = COL_NAME;
                break;
            }
}

/* The unit a line above the table states (单位：万元), folded, into buf. */
static void unit_above(const doc *d, const table *t, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (size_t b = 0; b < d->nblocks; b++) {
        const block *x = &d->blocks[b];
        if (x->line >= t->line)
            break;
        if (x->line + 6 < t->line || x->kind == BLOCK_TABLE)
            continue;
        const char *s = d->clean.bytes + x->start;
        size_t n = x->end - x->start;
        size_t at = 0;
        if (ex_at(s, n, 0, "单位："))
            at = 9;
        else if (ex_at(s, n, 0, "单位:"))
            at = 7;
        if (at && n - at < (size_t)cap) {
            sbuf f = {0};
            ex_fold_add(&f, s + at, n - at);
            snprintf(buf, cap, "%.*s", (int)f.len, f.p);
            sbuf_free(&f);
        }
    }
}

/* Splits s at '/' into at most max parts (pointers into buf). */
static size_t split_slash(const char *s, char *buf, size_t cap,
                          const char **parts, size_t max)
{
    snprintf(buf, cap, "%s", s);
    size_t n = 0;
    char *p = buf;
    while (n < max) {
        parts[n++] = p;
        char *sl = strchr(p, '/');
        if (!sl)
            break;
        *sl = '\0';
        p = sl + 1;
    }
    return n;
}

/* The name of part i of a packed name: the first part whole; a later part
 * is the first part up to where that part occurs in it (地区生产总值年均增长
 * / 总值 → 地区生产总值), else itself. */
static const char *packed_name(ex_sink *k, const char **parts, size_t i)
{
    if (i == 0)
        return ex_str(k, parts[0], strlen(parts[0]));
    const char *at = strstr(parts[0], parts[i]);
    if (at)
        return ex_str(k, parts[0],
                      (size_t)(at - parts[0]) + strlen(parts[i]));
    return ex_str(k, parts[i], strlen(parts[i]));
}

/* Context of the table: its caption's period, else its section's. */
static ex_ctx table_ctx(const ex_sink *k, const table *t, size_t offset)
{
    ex_ctx c = ex_period_section(k->d, offset, k->titles);
    int y, f, e;
    text_period(t->caption, &y, &f, &e);
    if (f)
        c.year = 0, c.span_from = f, c.span_to = e;
    else if (y)
        c.year = y, c.span_from = c.span_to = 0;
    return c;
}

/* One cell: the indicator of value column col of row ri. */
static void cell(ex_sink *k, int ti, size_t ri, const char *name,
                 const char *value, const char *unit, const column *col,
                 const ex_ctx *tc)
{
    ex_num x;
    if (!ex_number_cell(value, unit, &x))
        return;
    const table_row *r = &k->d->tables[ti].rows[ri];
    indicator *n = ex_sink_add(k);
    if (!n)
        return;
    n->name = name;
    n->value = ex_str(k, x.value, strlen(x.value));
    n->unit = ex_str(k, x.unit, strlen(x.unit));
    n->amount = x.amount;
    ex_note_add(k, &n->note, x.tail);
    n->kind = col->kind >= 0 ? (indicator_kind)col->kind
                             : (indicator_kind)tc->kind;
    int span = has(name, "累计") || has(name, "年均");
    ex_ctx c = *tc;
    if (col->from)
        c.year = 0, c.span_from = col->from, c.span_to = col->to;
    else if (col->year)
        c.year = col->year;
    if (span && !c.span_from && c.year)
        c.span_from = c.year - 4, c.span_to = c.year;
    ex_period_resolve(&c, span || col->from, 0, &n->period_from,
                      &n->period_to);
    n->line = r->line;
    n->table = ti;
    n->row = (int)ri;
}

/* One data row. */
static void row(ex_sink *k, int ti, size_t ri, const column *cols,
                size_t ncols, const char *table_unit, const ex_ctx *tc)
{
    const table *t = &k->d->tables[ti];
    const table_row *r = &t->rows[ri];
    const char *name = "", *unit = table_unit;
    for (size_t c = 0; c < ncols && c < r->ncells; c++) {
        if (cols[c].role == COL_NAME && !*name)
            name = r->cells[c];
        else if (cols[c].role == COL_UNIT)
            unit = r->cells[c];
    }
    if (!*name && r->spill_of >= 0) /* a sub-row: its parent's name */
        for (size_t c = 0; c < ncols && c < t->rows[r->spill_of].ncells; c++)
            if (cols[c].role == COL_NAME)
                name = t->rows[r->spill_of].cells[c];
    if (!*name) /* 合计 and the like in the first column */
        for (size_t c = 0; c < r->ncells && !*name; c++)
            if (cols[c < ncols ? c : 0].role == COL_SKIP && *r->cells[c] &&
                !ex_digit_at(r->cells[c], strlen(r->cells[c]), 0))
                name = r->cells[c];
    if (!*name)
        return;
    sbuf uf = {0};
    ex_fold_add(&uf, unit, strlen(unit));
    sbuf_addc(&uf, '\0');
    char nb[512], ub[128], vb[256];
    const char *np[4], *up[4], *vp[4];
    size_t nn = split_slash(name, nb, sizeof nb, np, 4);
    size_t un = split_slash(uf.p, ub, sizeof ub, up, 4);
    const char *whole = ex_str(k, name, strlen(name));
    for (size_t c = 0; c < ncols && c < r->ncells; c++) {
        if (cols[c].role != COL_VALUE)
            continue;
        size_t vn = split_slash(r->cells[c], vb, sizeof vb, vp, 4);
        if (vn > 1 && vn == un && vn == nn) { /* a packed row */
            for (size_t p = 0; p < vn; p++)
                cell(k, ti, ri, packed_name(k, np, p), vp[p], up[p],
                     &cols[c], tc);
        } else {
            cell(k, ti, ri, whole, r->cells[c], uf.p, &cols[c], tc);
        }
    }
    sbuf_free(&uf);
}

/* The remarks after a table (说明: 1.… 2.…), each put on the actual
 * values of the rows it names: "YYYY年数据(表注N)" with that period when
 * it says the data are of year YYYY, else "表注N:" and its first
 * sentence. */
static void remark(ex_sink *k, size_t first, int num, const char *s,
                   size_t n)
{
    sbuf f = {0};
    ex_fold_add(&f, s, n);
    sbuf_addc(&f, '\0');
    int year = 0;
    const char *yd = strstr(f.p, "年数据");
    if (yd && yd - f.p >= 4 && ex_year_at(f.p, f.len, (size_t)(yd - f.p - 4),
                                          &year, &year))
        ;
    else
        year = 0;
    char note[256];
    if (year) {
        snprintf(note, sizeof note, "%d年数据(表注%d)", year, num);
    } else {
        const char *stop = strstr(f.p, "。");
        int len = stop ? (int)(stop - f.p) : (int)strlen(f.p);
        if (len > 200)
            len = 200;
        snprintf(note, sizeof note, "表注%d:%.*s", num, len, f.p);
    }
    for (size_t i = first; i < k->n; i++) {
        indicator *x = &k->v[i];
        sbuf nm = {0};
        ex_fold_add(&nm, x->name, strlen(x->name));
        sbuf_addc(&nm, '\0');
        if (x->kind == IND_ACTUAL && nm.len > 1 && strstr(f.p, nm.p)) {
            ex_note_add(k, &x->note, note);
            if (year)
                x->period_from = x->period_to = year;
        }
        sbuf_free(&nm);
    }
    sbuf_free(&f);
}

/* A numbered item at s: "1." or "1、" then text; its number or 0. */
static int item_number(const char *s, size_t n, size_t *skip)
{
    int v = 0;
    size_t i = 0;
    while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    if (!i || i >= n)
        return 0;
    if (s[i] == '.')
        i++;
    else if (ex_at(s, n, i, "、") || ex_at(s, n, i, "．"))
        i += 3;
    else
        return 0;
    *skip = i;
    return v;
}

static void remarks(ex_sink *k, size_t first, size_t after)
{
    const doc *d = k->d;
    for (size_t b = after, seen = 0; b < d->nblocks && b < after + 12; b++) {
        const block *x = &d->blocks[b];
        if (x->kind != BLOCK_PARAGRAPH)
            break;
        const char *s = d->clean.bytes + x->start;
        size_t n = x->end - x->start, at = 0, sk;
        static const char *const lead[] = {"说明:", "说明：", "注:", "注：",
                                           "备注:", "备注："};
        for (size_t l = 0; l < 6 && !at; l++)
            if (ex_at(s, n, 0, lead[l]))
                at = strlen(lead[l]);
        if (!at && !seen)
            break;
        while (at < n && (s[at] == ' ' || ex_at(s, n, at, "　")))
            at += s[at] == ' ' ? 1 : 3;
        int num = item_number(s + at, n - at, &sk);
        if (!num && !at)
            break;
        seen = 1;
        if (num)
            remark(k, first, num, s + at + sk, n - at - sk);
        else
            remark(k, first, 1, s + at, n - at);
    }
}

void ex_table_run(ex_sink *k, int ti, size_t after)
{
    const doc *d = k->d;
    const table *t = &d->tables[ti];
    const table_row *h = NULL;
    for (size_t r = 0; r < t->nrows && !h; r++)
        if (t->rows[r].header)
            h = &t->rows[r];
    if (!h || h->ncells < 2)
        return;
    column cols[MAXCOLS];
    size_t ncols = h->ncells < MAXCOLS ? h->ncells : MAXCOLS;
    classify(d, h, cols, ncols);
    char tu[64];
    unit_above(d, t, tu, sizeof tu);
    size_t off = after > 0 && after - 1 < d->nblocks ? d->blocks[after - 1].start
                                                     : 0;
    ex_ctx tc = table_ctx(k, t, off);
    size_t first = k->n;
    for (size_t r = 0; r < t->nrows && !k->full; r++)
        if (!t->rows[r].header)
            row(k, ti, r, cols, ncols, tu, &tc);
    remarks(k, first, after);
}
