/* read_html.c — a saved page to its article's text (see read_html.h):
 * parse, prune the furniture, score the blocks, emit the best. */
#include "read_html.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "html_charset.h"
#include "html_emit.h"
#include "html_tree.h"
#include "xml_init.h"

/* A paragraph counts towards its container from this many characters. */
enum { MIN_PARA = 10 };

typedef struct page {
    xmlNode **el;        /* the elements kept, in document order */
    double *score;       /* their text-density scores */
    size_t *text, *link; /* characters under each, and under links */
    size_t n, cap, nodes;
    const xmlNode *h1;   /* the first h1 kept */
    doc_reader_stats *st;
} page;

/* Furniture by element name. */
static int dropped_name(const xmlNode *e, int in_article)
{
    static const char *const names[] = {
        "script", "style", "noscript", "nav", "footer", "aside", "form",
        "iframe", "head", "select", "button", "textarea", "object",
        "embed", "svg", "canvas", "template", "map", "frameset"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (html_is(e, names[i]))
            return 1;
    return html_is(e, "header") && !in_article; /* an article's own header
                                                   holds its title */
}

/* True when attribute attr of e names furniture. */
static int furniture_attr(const xmlNode *e, const char *attr)
{
    static const char *const words[] = {
        "nav", "breadcrumb", "crumb", "share", "related", "footer",
        "sidebar", "menu", "toolbar", "copyright", "bdshare", "comment"};
    xmlChar *v = xmlGetProp(e, (const xmlChar *)attr);
    if (!v)
        return 0;
    for (xmlChar *p = v; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (xmlChar)(*p + 32);
    int hit = 0;
    for (size_t i = 0; i < sizeof words / sizeof *words && !hit; i++)
        hit = strstr((const char *)v, words[i]) != NULL;
    xmlFree(v);
    return hit;
}

/* Calls fn(ctx, t, in_link) on each text node t under n, in document
 * order, in_link when an <a> holds it; walked without recursion (n may be
 * as deep as the page goes). */
static void each_text(const xmlNode *n,
                      void (*fn)(void *, const xmlNode *, int), void *ctx)
{
    int links = 0;
    const xmlNode *c = n->children;
    while (c && c != n) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
            c->content)
            fn(ctx, c, links > 0);
        if (c->type == XML_ELEMENT_NODE && c->children) {
            links += html_is(c, "a");
            c = c->children;
            continue;
        }
        while (c != n && !c->next) {
            c = c->parent;
            if (c != n)
                links -= html_is(c, "a");
        }
        if (c != n)
            c = c->next;
    }
}

/* Characters under an element, and those under links. */
typedef struct text_count {
    size_t chars, links;
} text_count;

static void count_text(void *ctx, const xmlNode *t, int in_link)
{
    text_count *k = ctx;
    size_t n = html_chars((const char *)t->content,
                          strlen((const char *)t->content));
    k->chars += n;
    k->links += in_link ? n : 0;
}

/* An element whose class or id names furniture is dropped, unless it
 * holds KEEP_TEXT characters or more, under 30% of them links: a wrapper
 * so named (has-sidebar, navbar-page) around the article itself. */
enum { KEEP_TEXT = 500 };

static int dropped(const xmlNode *e, int in_article)
{
    if (dropped_name(e, in_article))
        return 1;
    if (html_is(e, "body") || html_is(e, "html") ||
        !(furniture_attr(e, "class") || furniture_attr(e, "id")))
        return 0;
    text_count k = {0, 0};
    each_text(e, count_text, &k);
    return !(k.chars >= KEEP_TEXT && k.links * 10 < k.chars * 3);
}

static void keep(page *p, xmlNode *e)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 256;
        p->el = xrealloc(p->el, p->cap * sizeof *p->el);
        p->score = xrealloc(p->score, p->cap * sizeof *p->score);
        p->text = xrealloc(p->text, p->cap * sizeof *p->text);
        p->link = xrealloc(p->link, p->cap * sizeof *p->link);
    }
    p->score[p->n] = 0;
    p->text[p->n] = p->link[p->n] = 0;
    e->_private = (void *)(uintptr_t)(p->n + 1);
    p->el[p->n++] = e;
    if (!p->h1 && html_heading_level(e) == 1)
        p->h1 = e;
}

static void drop(page *p, xmlNode *n)
{
    if (n->type == XML_ELEMENT_NODE)
        p->st->dropped++;
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

/* subtree_text's step: the text appended to the sbuf ctx. */
static void add_text(void *ctx, const xmlNode *t, int in_link)
{
    (void)in_link;
    sbuf_adds(ctx, (const char *)t->content);
}

/* The text under n, in document order, into out. */
static void subtree_text(const xmlNode *n, sbuf *out)
{
    each_text(n, add_text, out);
}

/* Replaces element c, deeper than the bound, with its text: what a
 * browser shows of it is kept, its markup is not read. */
static void flatten(page *p, xmlNode *c)
{
    sbuf t = {0};
    subtree_text(c, &t);
    xmlNode *tn = xmlNewDocTextLen(c->doc, (const xmlChar *)(t.p ? t.p : ""),
                                     (int)(t.len < INT_MAX ? t.len : INT_MAX));
    sbuf_free(&t);
    xmlReplaceNode(c, tn);
    xmlFreeNode(c);
    p->st->dropped++;
}

/* Drops the furniture and comments under e, turns what lies deeper than
 * the bound into text (flatten); numbers the elements kept. */
static void prune(page *p, xmlNode *e, int depth, int in_article)
{
    keep(p, e);
    in_article |= html_is(e, "article") || html_is(e, "main");
    for (xmlNode *c = e->children, *next; c; c = next) {
        next = c->next;
        p->nodes++;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            continue;
        if (c->type != XML_ELEMENT_NODE || dropped(c, in_article))
            drop(p, c);
        else if (depth >= READ_HTML_MAX_DEPTH)
            flatten(p, c);
        else
            prune(p, c, depth + 1, in_article);
    }
}

static size_t index_of(const xmlNode *e)
{
    return e && e->type == XML_ELEMENT_NODE ? (size_t)(uintptr_t)e->_private : 0;
}

/* Adds w to e's score (when e is an element kept). */
static void credit(page *p, const xmlNode *e, double w)
{
    size_t i = index_of(e);
    if (i)
        p->score[i - 1] += w;
}

typedef struct measure {
    size_t text, link;   /* under the node */
    size_t itext, ilink; /* reached without crossing a block */
} measure;

/* A block's own text (what no block inside it holds) as a paragraph: a
 * p, li or heading credits its container, and half of that the one
 * above; a div with text of its own credits itself and its container. */
static void score_block(page *p, const xmlNode *e, html_kind k, measure m)
{
    if (m.itext < MIN_PARA || m.itext <= 2 * m.ilink)
        return;
    double w = (double)(m.itext - 2 * m.ilink);
    const xmlNode *up = k == HTML_PARA || k == HTML_HEADING ? e->parent : e;
    credit(p, up, w);
    if (up)
        credit(p, up->parent, w / 2);
}

static measure measure_node(page *p, const xmlNode *n, int in_link)
{
    measure m = {0, 0, 0, 0};
    if (n->type != XML_ELEMENT_NODE) {
        size_t k = n->content ? html_chars((const char *)n->content,
                                           strlen((const char *)n->content))
                              : 0;
        return (measure){k, in_link ? k : 0, k, in_link ? k : 0};
    }
    in_link |= html_is(n, "a");
    for (const xmlNode *c = n->children; c; c = c->next) {
        measure cm = measure_node(p, c, in_link);
        m.text += cm.text;
        m.link += cm.link;
        m.itext += cm.itext;
        m.ilink += cm.ilink;
    }
    size_t i = index_of(n);
    if (i) {
        p->text[i - 1] = m.text;
        p->link[i - 1] = m.link;
    }
    html_kind k = html_kind_of(n);
    if (k == HTML_INLINE || k == HTML_BREAK)
        return m;
    if (k != HTML_TABLE && k != HTML_ROW && k != HTML_SKIP)
        score_block(p, n, k, m);
    m.itext = m.ilink = 0;
    return m;
}

/* The element with the best score, less its share of link text; root
 * when none scored. */
static const xmlNode *choose(const page *p, const xmlNode *root)
{
    const xmlNode *best = root;
    double top = 0;
    for (size_t i = 0; i < p->n; i++) {
        if (!p->text[i])
            continue;
        double s = p->score[i] * (1.0 - (double)p->link[i] / (double)p->text[i]);
        if (s > top) {
            top = s;
            best = p->el[i];
        }
    }
    return best;
}

static int is_under(const xmlNode *n, const xmlNode *root)
{
    for (; n; n = n->parent)
        if (n == root)
            return 1;
    return 0;
}

/* The text of the page's <title> (before pruning drops head). */
static void title_hint(const xmlNode *root, reader_out *out)
{
    for (const xmlNode *h = root->children; h; h = h->next)
        if (h->type == XML_ELEMENT_NODE && html_is(h, "head"))
            for (const xmlNode *t = h->children; t; t = t->next)
                if (t->type == XML_ELEMENT_NODE && html_is(t, "title")) {
                    html_emit_line(t, &out->text);
                    if (out->text.len)
                        reader_out_hint(out, "page_title", out->text.p,
                                        out->text.len);
                    out->text.len = 0;
                    return;
                }
}

/* Prunes, scores and emits the parsed page into out. */
static int read_tree(htmlDocPtr hd, reader_out *out, const char **err)
{
    xmlNode *root = xmlDocGetRootElement(hd);
    if (!root) {
        *err = "an HTML page with no elements";
        return -1;
    }
    title_hint(root, out);
    page p = {0};
    p.st = &out->st;
    prune(&p, root, 0, 0);
    int rc = 0;
    if (p.nodes > READ_HTML_MAX_NODES) {
        *err = "an HTML page of over 4 million nodes: not read";
        rc = -1;
    } else {
        measure_node(&p, root, 0);
        const xmlNode *best = choose(&p, root);
        if (p.h1 && !is_under(p.h1, best))
            html_emit(p.h1, out);
        if (p.h1) {
            sbuf t = {0};
            html_emit_line(p.h1, &t);
            if (t.len)
                reader_out_hint(out, "title", t.p, t.len);
            sbuf_free(&t);
        }
        html_emit(best, out);
    }
    free(p.el);
    free(p.score);
    free(p.text);
    free(p.link);
    return rc;
}

int read_html_in(const char *bytes, size_t n, const char *charset,
                 reader_out *out, const char **err)
{
    if (n > READ_HTML_MAX) {
        *err = "an HTML page over 256 MB: not read";
        return -1;
    }
    arena scratch;
    arena_init(&scratch);
    decoded dec;
    if (html_charset_decode(bytes, n, charset, &scratch, &dec, err) != 0) {
        arena_free(&scratch);
        return -1;
    }
    out->encoding = dec.encoding;
    out->confidence = dec.confidence;
    out->replaced = dec.replaced;
    /* The text is handed over in UTF-8 and libxml2 told to ignore the
     * page's own <meta charset>: the one decoding is html_charset's. */
    xml_init_once();
    htmlDocPtr hd = dec.len <= INT_MAX
        ? htmlReadMemory(dec.utf8, (int)dec.len, NULL, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                             HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT)
        : NULL;
    arena_free(&scratch);
    if (!hd) {
        *err = "not an HTML page libxml2 could read";
        return -1;
    }
    int rc = read_tree(hd, out, err);
    xmlFreeDoc(hd);
    return rc;
}

int read_html(const char *bytes, size_t n, reader_out *out, const char **err)
{
    return read_html_in(bytes, n, NULL, out, err);
}
