/* read_docx.c — the Word reader (see read_docx.h): the package's parts
 * through docx_zip, their XML through libxml2, then the body walked in
 * document order:
 * - a paragraph (w:p) is its runs' text: w:t, w:tab → tab, w:br and w:cr
 *   → line break (page and column breaks: nothing), w:noBreakHyphen → -,
 *   w:sym → its character (Symbol-font private-use ones left out);
 *   deleted text (w:del, w:moveFrom), field codes, the fallback of
 *   alternate content, footnote, endnote and comment references are left
 *   out; a paragraph inside a text box is a line of its own;
 * - its numbering (w:numPr, its own or its style's) puts the marker Word
 *   shows before it (docx_numbering);
 * - a table (w:tbl) is a markdown table: one row per w:tr, a separator
 *   after the first; a cell spanning columns (w:gridSpan) is followed by
 *   empty cells, a vertically merged one (w:vMerge) repeats the text of
 *   the cell it continues; a cell's paragraphs and nested tables are
 *   joined with spaces, '|' escaped;
 * - paragraphs are separated by a blank line, empty ones left out. */
#include "read_docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx_numbering.h"
#include "docx_styles.h"
#include "docx_xml.h"
#include "docx_zip.h"
#include "sbuf.h"

#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define DCTERMS_NS "http://purl.org/dc/terms/"
#define REL_OFFICE "/officeDocument"
#define MAX_COLS 256

typedef struct walk {
    docx_numbering nb;
    docx_styles st;
    docx_stats *stats;
    reader_heading *heads;  /* heading-styled paragraphs (malloc'd) */
    size_t nheads, hcap;
} walk;

static int is_ns(const xmlNode *c, const char *ns, const char *local)
{
    return c->type == XML_ELEMENT_NODE && c->ns && c->ns->href &&
           !strcmp((const char *)c->ns->href, ns) &&
           !strcmp((const char *)c->name, local);
}

static void add_text_children(const xmlNode *t, sbuf *out)
{
    for (const xmlNode *c = t->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            sbuf_adds(out, (const char *)c->content);
}

static void cell_text(walk *w, const xmlNode *node, sbuf *out);

/* The text of the runs under node (a paragraph or what it contains). */
static void runs(walk *w, const xmlNode *node, sbuf *out)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!c->ns || !c->ns->href || strcmp((const char *)c->ns->href, DOCX_W_NS)) {
            /* Alternate content: the first choice only (the fallback
             * repeats it for older readers); other markup (drawings,
             * shapes) is walked for the text boxes inside. */
            if (is_ns(c, MC_NS, "AlternateContent")) {
                for (const xmlNode *a = c->children; a; a = a->next)
                    if (is_ns(a, MC_NS, "Choice")) {
                        runs(w, a, out);
                        break;
                    }
            } else if (!is_ns(c, MC_NS, "Fallback")) {
                runs(w, c, out);
            }
            continue;
        }
        const char *name = (const char *)c->name;
        if (!strcmp(name, "t")) {
            add_text_children(c, out);
        } else if (!strcmp(name, "tab") || !strcmp(name, "ptab")) {
            sbuf_addc(out, '\t');
        } else if (!strcmp(name, "br") || !strcmp(name, "cr")) {
            const char *type = docx_xml_attr(c, "type");
            if (!type || !strcmp(type, "textWrapping"))
                sbuf_addc(out, '\n');
        } else if (!strcmp(name, "noBreakHyphen")) {
            sbuf_addc(out, '-');
        } else if (!strcmp(name, "sym")) {
            const char *v = docx_xml_attr(c, "char");
            long cp = v ? strtol(v, NULL, 16) : 0;
            if (cp > 0x1F && !(cp >= 0xE000 && cp <= 0xF8FF) && cp <= 0x10FFFF)
                sbuf_addcp(out, (uint32_t)cp);
        } else if (!strcmp(name, "footnoteReference") || !strcmp(name, "endnoteReference")) {
            w->stats->notes++;
        } else if (!strcmp(name, "commentReference")) {
            w->stats->comments++;
        } else if (!strcmp(name, "p")) {
            /* A paragraph inside a text box: a line of its own. */
            if (out->len && out->p[out->len - 1] != '\n')
                sbuf_addc(out, '\n');
            runs(w, c, out);
            sbuf_addc(out, '\n');
        } else if (!strcmp(name, "tbl")) {
            cell_text(w, c, out);
        } else if (strcmp(name, "del") && strcmp(name, "moveFrom") && strcmp(name, "pPr") &&
                   strcmp(name, "rPr") && strcmp(name, "instrText") &&
                   strcmp(name, "delText") && strcmp(name, "delInstrText")) {
            runs(w, c, out); /* w:r, w:hyperlink, w:ins, w:smartTag, w:sdt … */
        }
    }
}

/* Paragraph p: its marker (from numbering, directly or through its style)
 * and its runs, appended to out. Returns the level of its heading style,
 * or 0. */
static int paragraph(walk *w, const xmlNode *p, sbuf *out)
{
    const xmlNode *ppr = docx_xml_child(p, "pPr");
    const char *style = docx_xml_child_val(ppr, "pStyle");
    const xmlNode *np = docx_xml_child(ppr, "numPr");
    long num = 0, ilvl = 0;
    int styled = docx_styles_numpr(&w->st, style, &num, &ilvl);
    if (np) {
        const char *id = docx_xml_child_val(np, "numId");
        if (id || !styled)
            num = docx_xml_long(id, 0, 0, 1L << 30);
        ilvl = docx_xml_long(docx_xml_child_val(np, "ilvl"), styled ? ilvl : 0, 0, 8);
    }
    int level = docx_styles_heading(&w->st, style);
    if (level)
        w->stats->headings++;
    if (num > 0 && docx_numbering_marker(&w->nb, num, ilvl, out))
        w->stats->numbered++;
    runs(w, p, out);
    return level;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
            return 0;
    return 1;
}

/* Appends s[0..n) as one table cell's text: line breaks and tabs as
 * spaces, '|' escaped, spaces trimmed. */
static void add_cell(const char *s, size_t n, sbuf *out)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
        n--;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
        i++;
    for (; i < n; i++) {
        if (s[i] == '|')
            sbuf_addc(out, '\\');
        sbuf_addc(out, s[i] == '\n' || s[i] == '\t' ? ' ' : s[i]);
    }
}

/* The paragraphs (and nested tables) under node, joined by spaces. */
static void cell_text(walk *w, const xmlNode *node, sbuf *out)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (docx_xml_is(c, "p")) {
            if (out->len && out->p[out->len - 1] != ' ')
                sbuf_addc(out, ' ');
            paragraph(w, c, out);
        } else if (c->type == XML_ELEMENT_NODE && !docx_xml_is(c, "del") &&
                   !docx_xml_is(c, "tcPr") && !docx_xml_is(c, "trPr") &&
                   !docx_xml_is(c, "tblPr") && !docx_xml_is(c, "tblGrid")) {
            cell_text(w, c, out);
        }
    }
}

/* The cells of row tr (through w:sdt and w:customXml wrappers), each
 * " text |", into line; above[k] is the text of the cell a vertical merge
 * in grid column k continues. */
static void row_cells(walk *w, const xmlNode *tr, sbuf *line, sbuf *above,
                      size_t *col)
{
    for (const xmlNode *tc = tr->children; tc; tc = tc->next) {
        if (docx_xml_is(tc, "sdt") || docx_xml_is(tc, "customXml")) {
            const xmlNode *inner = docx_xml_child(tc, "sdtContent");
            row_cells(w, inner ? inner : tc, line, above, col);
            continue;
        }
        if (!docx_xml_is(tc, "tc"))
            continue;
        const xmlNode *pr = docx_xml_child(tc, "tcPr");
        long span = docx_xml_long(docx_xml_child_val(pr, "gridSpan"), 1, 1, MAX_COLS);
        const xmlNode *vm = docx_xml_child(pr, "vMerge");
        const char *vv = docx_xml_attr(vm, "val");
        int cont = vm && (!vv || strcmp(vv, "restart"));
        sbuf cell = {0};
        if (cont && *col < MAX_COLS)
            sbuf_add(&cell, above[*col].p, above[*col].len);
        else if (!cont)
            cell_text(w, tc, &cell);
        if (vm && !cont && *col < MAX_COLS) {
            above[*col].len = 0;
            sbuf_add(&above[*col], cell.p, cell.len);
        }
        sbuf_addc(line, ' ');
        add_cell(cell.p, cell.len, line);
        sbuf_adds(line, " |");
        sbuf_free(&cell);
        for (long k = 1; k < span; k++)
            sbuf_adds(line, "  |");
        *col += (size_t)span;
    }
}

/* Table tbl as a markdown table, a separator row after the first row. */
static void table_md(walk *w, const xmlNode *tbl, sbuf *out)
{
    sbuf *above = xcalloc(MAX_COLS, sizeof *above);
    size_t rows = 0;
    for (const xmlNode *tr = tbl->children; tr; tr = tr->next) {
        if (!docx_xml_is(tr, "tr"))
            continue;
        sbuf line = {0};
        size_t cols = 0;
        sbuf_addc(&line, '|');
        row_cells(w, tr, &line, above, &cols);
        if (cols) {
            sbuf_add(out, line.p, line.len);
            sbuf_addc(out, '\n');
            if (!rows++) {
                sbuf_addc(out, '|');
                for (size_t k = 0; k < cols; k++)
                    sbuf_adds(out, " --- |");
                sbuf_addc(out, '\n');
            }
        }
        sbuf_free(&line);
    }
    for (size_t k = 0; k < MAX_COLS; k++)
        sbuf_free(&above[k]);
    free(above);
    if (rows) {
        sbuf_addc(out, '\n');
        w->stats->tables++;
    }
}

/* The block-level content of node (w:body, w:sdtContent …) into out. */
static void blocks(walk *w, const xmlNode *node, sbuf *out)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (docx_xml_is(c, "p")) {
            size_t was = out->len;
            int level = paragraph(w, c, out);
            if (blank(out->p + was, out->len - was)) {
                out->len = was;
            } else {
                if (level) {
                    w->heads = xgrow(w->heads, &w->hcap, w->nheads, sizeof *w->heads);
                    w->heads[w->nheads++] = (reader_heading){was, level};
                }
                while (out->p[out->len - 1] == '\n')
                    out->len--;
                sbuf_adds(out, "\n\n");
                w->stats->paragraphs++;
            }
        } else if (docx_xml_is(c, "tbl")) {
            table_md(w, c, out);
        } else if (docx_xml_is(c, "sdt")) {
            const xmlNode *inner = docx_xml_child(c, "sdtContent");
            if (inner)
                blocks(w, inner, out);
        } else if (docx_xml_is(c, "customXml") || docx_xml_is(c, "ins") ||
                   docx_xml_is(c, "moveTo") || docx_xml_is(c, "smartTag")) {
            blocks(w, c, out);
        }
    }
}

/* ---- the package ------------------------------------------------------ */

/* The main document's part name, from _rels/.rels (the officeDocument
 * relationship), into name[0..cap); word/document.xml when the package
 * does not say. Returns -1 when the relationships are unreadable. */
static int main_part(docx_zip *zz, char *name, size_t cap)
{
    snprintf(name, cap, "word/document.xml");
    sbuf rels = {0};
    int got = docx_zip_read(zz, "_rels/.rels", &rels);
    if (got < 0) {
        sbuf_free(&rels);
        return -1;
    }
    if (got > 0) {
        char ignore[8];
        xmlDoc *x = docx_xml_read(rels.p, rels.len, "_rels/.rels", ignore, sizeof ignore);
        const xmlNode *root = x ? xmlDocGetRootElement(x) : NULL;
        for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
            const char *type = docx_xml_attr(c, "Type"), *target = docx_xml_attr(c, "Target");
            size_t tl = type ? strlen(type) : 0, rl = strlen(REL_OFFICE);
            if (!target || tl < rl || strcmp(type + tl - rl, REL_OFFICE))
                continue;
            while (*target == '/')
                target++;
            if (*target && strlen(target) < cap)
                snprintf(name, cap, "%s", target);
            break;
        }
        if (x)
            xmlFreeDoc(x);
    }
    sbuf_free(&rels);
    return 0;
}

/* Reads and parses part `name`; *tree NULL when the package lacks it.
 * Returns -1 with out->err set on a read or XML failure. */
static int part_tree(docx_zip *zz, const char *name, xmlDoc **tree, docx_out *out)
{
    *tree = NULL;
    sbuf b = {0};
    int got = docx_zip_read(zz, name, &b);
    if (got < 0)
        snprintf(out->err, sizeof out->err, "%s", zz->err);
    else if (got > 0 && !(*tree = docx_xml_read(b.p, b.len, name, out->err, sizeof out->err)))
        got = -1;
    sbuf_free(&b);
    return got < 0 ? -1 : 0;
}

/* The first element (namespace ns, name local) under node, depth first. */
static const xmlNode *find_el(const xmlNode *node, const char *ns, const char *local)
{
    for (const xmlNode *c = node ? node->children : NULL; c; c = c->next)
        if (is_ns(c, ns, local))
            return c;
    return NULL;
}

static void add_hint(docx_out *out, const char *key, const xmlNode *el, size_t max)
{
    sbuf v = {0};
    if (el)
        add_text_children(el, &v);
    size_t n = v.len < max ? v.len : max, i = 0;
    while (i < n && (v.p[i] == ' ' || v.p[i] == '\n' || v.p[i] == '\t'))
        i++;
    while (n > i && (v.p[n - 1] == ' ' || v.p[n - 1] == '\n' || v.p[n - 1] == '\t'))
        n--;
    if (n > i) {
        out->hints[out->nhints].key = key;
        out->hints[out->nhints++].value = arena_strndup(&out->mem, v.p + i, n - i);
    }
    sbuf_free(&v);
}

/* The title and the creation date of docProps/core.xml as hints; a
 * missing or malformed core.xml gives none (its failure is not the
 * document's). */
static int core_hints(docx_zip *zz, docx_out *out)
{
    sbuf b = {0};
    int got = docx_zip_read(zz, "docProps/core.xml", &b);
    if (got < 0) {
        snprintf(out->err, sizeof out->err, "%s", zz->err);
        sbuf_free(&b);
        return -1;
    }
    char ignore[8];
    xmlDoc *x = got ? docx_xml_read(b.p, b.len, "docProps/core.xml", ignore, sizeof ignore) : NULL;
    sbuf_free(&b);
    if (!x)
        return 0;
    const xmlNode *root = xmlDocGetRootElement(x);
    out->hints = arena_alloc(&out->mem, 2 * sizeof *out->hints);
    add_hint(out, "title", find_el(root, DC_NS, "title"), 400);
    add_hint(out, "date", find_el(root, DCTERMS_NS, "created"), strlen("YYYY-MM-DD"));
    xmlFreeDoc(x);
    return 0;
}

int docx_read(const char *bytes, size_t n, docx_out *out, const char **err)
{
    memset(out, 0, sizeof *out);
    arena_init(&out->mem);
    *err = out->err;
    docx_zip zz;
    if (docx_zip_open(&zz, bytes, n) < 0) {
        snprintf(out->err, sizeof out->err, "%s", zz.err);
        return -1;
    }
    out->stats.entries = zz.entries;
    walk w = {.stats = &out->stats};
    xmlDoc *docx = NULL, *styles = NULL, *numbering = NULL;
    char name[128];
    int rc = -1;
    if (main_part(&zz, name, sizeof name) < 0) {
        snprintf(out->err, sizeof out->err, "%s", zz.err);
        goto done;
    }
    if (part_tree(&zz, name, &docx, out) < 0)
        goto done;
    if (!docx) {
        snprintf(out->err, sizeof out->err, "not a Word document: no %s in the zip", name);
        goto done;
    }
    /* styles.xml and numbering.xml beside the main part. */
    char dir[128], part[160];
    const char *slash = strrchr(name, '/');
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - name + 1) : 0, name);
    snprintf(part, sizeof part, "%sstyles.xml", dir);
    if (part_tree(&zz, part, &styles, out) < 0)
        goto done;
    snprintf(part, sizeof part, "%snumbering.xml", dir);
    if (part_tree(&zz, part, &numbering, out) < 0)
        goto done;
    if (core_hints(&zz, out) < 0)
        goto done;
    docx_styles_load(&w.st, styles);
    docx_numbering_load(&w.nb, numbering);
    const xmlNode *body = docx_xml_child(xmlDocGetRootElement(docx), "body");
    if (!body) {
        snprintf(out->err, sizeof out->err, "not a Word document: %s has no w:body", name);
        goto done;
    }
    sbuf body_text = {0};
    blocks(&w, body, &body_text);
    sbuf_addc(&body_text, 0);
    out->n = body_text.len - 1;
    out->text = arena_adopt(&out->mem, body_text.p);
    if (w.nheads) {
        out->heads = arena_alloc(&out->mem, w.nheads * sizeof *out->heads);
        memcpy(out->heads, w.heads, w.nheads * sizeof *out->heads);
        out->nheads = w.nheads;
    }
    rc = 0;
done:
    free(w.heads);
    out->stats.inflated = zz.inflated;
    docx_styles_free(&w.st);
    docx_numbering_free(&w.nb);
    if (docx)
        xmlFreeDoc(docx);
    if (styles)
        xmlFreeDoc(styles);
    if (numbering)
        xmlFreeDoc(numbering);
    docx_zip_close(&zz);
    return rc;
}

void docx_out_free(docx_out *out)
{
    arena_free(&out->mem);
    memset(out, 0, sizeof *out);
}

int docx_reader(const char *bytes, size_t n, reader_out *out, const char **err)
{
    static _Thread_local char reason[sizeof ((docx_out *)0)->err];
    docx_out d;
    const char *why = NULL;
    int rc = docx_read(bytes, n, &d, &why);
    if (rc != 0) {
        snprintf(reason, sizeof reason, "%s", why ? why : "not a Word document");
        *err = reason;
        docx_out_free(&d);
        return -1;
    }
    sbuf_add(&out->text, d.text, d.n);
    for (size_t i = 0; i < d.nhints; i++)
        reader_out_hint(out, d.hints[i].key, d.hints[i].value, strlen(d.hints[i].value));
    for (size_t i = 0; i < d.nheads; i++)
        reader_out_heading(out, d.heads[i].at, d.heads[i].level);
    out->st.blocks = d.stats.paragraphs;
    out->st.headings = d.stats.headings;
    out->st.tables = d.stats.tables;
    out->st.numbering = d.stats.numbered;
    out->st.entries = d.stats.entries;
    docx_out_free(&d);
    return 0;
}
