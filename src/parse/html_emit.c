/* html_emit.c — a page's chosen part to text: paragraphs, line breaks,
 * headings and markdown tables (see html_emit.h). */
#include "html_emit.h"

#include <stdlib.h>
#include <string.h>

#include "html_tree.h"

/* Columns and rows a markdown table is cut to, colspan's repeat. */
enum { MAX_COLS = 64, MAX_SPAN = 16 };

typedef struct emitter {
    sbuf *out;
    sbuf line;        /* the line being built */
    int space, nl;    /* white space (with a line break) pending */
    int para_open;    /* lines written since the last blank line */
    int one_line;     /* a table cell: breaks become spaces */
    doc_reader_stats *st;
    reader_out *ro;   /* the reader's output (NULL: a line alone) */
} emitter;

static void line_break(emitter *e)
{
    e->space = e->nl = 0;
    if (e->one_line) {
        e->space = 1;
        return;
    }
    if (!e->line.len)
        return;
    sbuf_add(e->out, e->line.p, e->line.len);
    sbuf_addc(e->out, '\n');
    e->line.len = 0;
    e->para_open = 1;
}

static void para_break(emitter *e)
{
    line_break(e);
    if (e->one_line || !e->para_open)
        return;
    sbuf_addc(e->out, '\n');
    e->para_open = 0;
    if (e->st)
        e->st->blocks++;
}

/* Appends text with runs of white space (and U+00A0) made one space, none
 * at a line's start, and none for a line break between two non-ASCII
 * characters (a Chinese sentence the page's source wrapped). */
static void add_text(emitter *e, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            e->space = 1;
            e->nl |= c == '\n' || c == '\r';
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            e->space = 1;
            i++;
            continue;
        }
        if (e->space && e->line.len &&
            !(e->nl && c >= 0x80 &&
              (unsigned char)e->line.p[e->line.len - 1] >= 0x80))
            sbuf_addc(&e->line, ' ');
        e->space = e->nl = 0;
        if (c == '|' && e->one_line)
            sbuf_adds(&e->line, "\xEF\xBD\x9C"); /* ｜: a cell's bar */
        else
            sbuf_addc(&e->line, (char)c);
    }
}

static void walk(emitter *e, const xmlNode *n);

/* The rows of table t, through thead/tbody/tfoot, into rows (at most
 * max); returns how many. */
static size_t table_rows(const xmlNode *t, const xmlNode **rows, size_t max)
{
    size_t k = 0;
    for (const xmlNode *c = t->children; c && k < max; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        html_kind kind = html_kind_of(c);
        if (kind == HTML_ROW)
            rows[k++] = c;
        else if (kind == HTML_SKIP)
            k += table_rows(c, rows + k, max - k);
    }
    return k;
}

static size_t cell_span(const xmlNode *c)
{
    xmlChar *v = xmlGetProp(c, (const xmlChar *)"colspan");
    long s = v ? strtol((const char *)v, NULL, 10) : 1;
    xmlFree(v);
    return s < 1 ? 1 : s > MAX_SPAN ? MAX_SPAN : (size_t)s;
}

static size_t row_width(const xmlNode *r)
{
    size_t w = 0;
    for (const xmlNode *c = r->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && html_kind_of(c) == HTML_CELL)
            w += cell_span(c);
    return w;
}

/* True when some element under n is a table. */
static int has_table(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE &&
            (html_kind_of(c) == HTML_TABLE || has_table(c)))
            return 1;
    return 0;
}

/* A data table: rows of two columns or more and no table inside (else it
 * lays the page out and its cells are read as blocks). */
static int is_data_table(const xmlNode *t, const xmlNode **rows, size_t nrows,
                         size_t *cols)
{
    *cols = 0;
    for (size_t i = 0; i < nrows; i++) {
        size_t w = row_width(rows[i]);
        *cols = w > *cols ? w : *cols;
    }
    if (*cols > MAX_COLS)
        *cols = MAX_COLS;
    return *cols >= 2 && !has_table(t);
}

static void emit_row(emitter *e, const xmlNode *r, size_t cols, sbuf *cell)
{
    size_t k = 0;
    sbuf_addc(e->out, '|');
    for (const xmlNode *c = r->children; c && k < cols; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || html_kind_of(c) != HTML_CELL)
            continue;
        html_emit_line(c, cell);
        sbuf_addc(e->out, ' ');
        if (cell->len) {
            sbuf_add(e->out, cell->p, cell->len);
            sbuf_addc(e->out, ' ');
        }
        sbuf_addc(e->out, '|');
        for (size_t s = cell_span(c); k++, s > 1 && k < cols; s--)
            sbuf_adds(e->out, " |");
    }
    for (; k < cols; k++)
        sbuf_adds(e->out, " |");
    sbuf_addc(e->out, '\n');
}

/* Emits t as a markdown table when it holds data; returns 0 (nothing
 * written) when it lays the page out. */
static int emit_table(emitter *e, const xmlNode *t)
{
    enum { MAX_ROWS = 100000 };
    size_t cap = 64, nrows;
    const xmlNode **rows = xmalloc(cap * sizeof *rows);
    while ((nrows = table_rows(t, rows, cap)) == cap && cap < MAX_ROWS) {
        cap *= 4;
        rows = xrealloc(rows, cap * sizeof *rows);
    }
    size_t cols;
    int data = is_data_table(t, rows, nrows, &cols);
    if (data) {
        para_break(e);
        sbuf cell = {0};
        for (size_t i = 0; i < nrows; i++) {
            emit_row(e, rows[i], cols, &cell);
            if (i == 0) {
                sbuf_addc(e->out, '|');
                for (size_t k = 0; k < cols; k++)
                    sbuf_adds(e->out, "---|");
                sbuf_addc(e->out, '\n');
            }
        }
        sbuf_free(&cell);
        e->para_open = 1;
        para_break(e);
        if (e->st)
            e->st->tables++;
    }
    free(rows);
    return data;
}

static void walk_element(emitter *e, const xmlNode *n)
{
    switch (html_kind_of(n)) {
    case HTML_INLINE:
        walk(e, n);
        break;
    case HTML_BREAK:
        line_break(e);
        break;
    case HTML_HEADING:
        para_break(e);
        walk(e, n);
        if (e->ro && e->line.len) {
            e->ro->st.headings++;
            reader_out_heading(e->ro, e->out->len, n->name[1] - '0');
        }
        para_break(e);
        break;
    case HTML_TABLE:
        if (e->one_line || !emit_table(e, n)) { /* a layout table: */
            para_break(e);                      /* its cells are blocks */
            walk(e, n);
            para_break(e);
        }
        break;
    default:
        para_break(e);
        walk(e, n);
        para_break(e);
        break;
    }
}

static void walk(emitter *e, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                add_text(e, (const char *)c->content,
                         strlen((const char *)c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            walk_element(e, c);
        }
    }
}

void html_emit(const xmlNode *node, reader_out *out)
{
    emitter e = {&out->text, {0}, 0, 0, 0, 0, &out->st, out};
    if (node->type == XML_ELEMENT_NODE)
        walk_element(&e, node);
    else if (node->content)
        add_text(&e, (const char *)node->content,
                 strlen((const char *)node->content));
    para_break(&e);
    sbuf_free(&e.line);
}

void html_emit_line(const xmlNode *node, sbuf *out)
{
    sbuf scratch = {0};
    emitter e = {&scratch, {0}, 0, 0, 0, 1, NULL, NULL};
    walk(&e, node);
    out->len = 0;
    sbuf_add(out, e.line.p, e.line.len);
    sbuf_free(&e.line);
    sbuf_free(&scratch);
}
