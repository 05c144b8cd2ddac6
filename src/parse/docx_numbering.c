/* docx_numbering.c — the lists of word/numbering.xml, their counters and
 * markers (see docx_numbering.h). */
#include "docx_numbering.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "docx_numfmt.h"
#include "utf8.h"

typedef struct abstract {
    long id;
    docx_level lvl[DOCX_LEVELS];
} abstract;

static void copy_val(char *dst, size_t cap, const char *v)
{
    size_t n = v ? strlen(v) : 0;
    if (n >= cap)
        n = 0; /* too long to be a real value: left out */
    memcpy(dst, v ? v : "", n);
    dst[n] = '\0';
}

/* Fills the fields a w:lvl element gives (others keep their values). */
static void read_level(docx_level *l, const xmlNode *x)
{
    const char *v;
    l->defined = 1;
    if ((v = docx_xml_child_val(x, "numFmt")))
        copy_val(l->fmt, sizeof l->fmt, v);
    if ((v = docx_xml_child_val(x, "lvlText")))
        copy_val(l->text, sizeof l->text, v);
    if ((v = docx_xml_child_val(x, "start")))
        l->start = docx_xml_long(v, 1, 0, 1000000);
    if ((v = docx_xml_child_val(x, "lvlRestart")))
        l->restart = docx_xml_long(v, -1, 0, DOCX_LEVELS);
    if ((v = docx_xml_child_val(x, "suff")))
        l->suff = !strcmp(v, "space") ? 's' : !strcmp(v, "nothing") ? 'n' : 't';
    if (docx_xml_child(x, "isLgl"))
        l->legal = 1;
}

static void default_levels(docx_level *lvl)
{
    for (int k = 0; k < DOCX_LEVELS; k++)
        lvl[k] = (docx_level){.start = 1, .restart = -1, .suff = 't'};
}

/* Orders abstracts or lists (both begin with their long id). */
static int by_id(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

void docx_numbering_load(docx_numbering *nb, const xmlDoc *xml)
{
    memset(nb, 0, sizeof *nb);
    const xmlNode *root = xml ? xmlDocGetRootElement(xml) : NULL;
    if (!root)
        return;
    abstract *as = NULL;
    size_t nas = 0, cas = 0, cl = 0;
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (!docx_xml_is(c, "abstractNum"))
            continue;
        as = xgrow(as, &cas, nas, sizeof *as);
        abstract *a = &as[nas++];
        a->id = docx_xml_long(docx_xml_attr(c, "abstractNumId"), -1, -1, 1L << 30);
        default_levels(a->lvl);
        for (const xmlNode *l = c->children; l; l = l->next) {
            long k = docx_xml_long(docx_xml_attr(l, "ilvl"), -1, -1, DOCX_LEVELS);
            if (docx_xml_is(l, "lvl") && k >= 0 && k < DOCX_LEVELS)
                read_level(&a->lvl[k], l);
        }
    }
    /* Lookups of abstracts by id: sorted once, so a package of many is
     * not quadratic. */
    if (nas > 1)
        qsort(as, nas, sizeof *as, by_id);
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (!docx_xml_is(c, "num"))
            continue;
        long aid = docx_xml_long(docx_xml_child_val(c, "abstractNumId"), -1, -1, 1L << 30);
        abstract key = {.id = aid};
        const abstract *a = nas ? bsearch(&key, as, nas, sizeof *as, by_id) : NULL;
        if (!a)
            continue;
        nb->lists = xgrow(nb->lists, &cl, nb->nlists, sizeof *nb->lists);
        docx_list *li = &nb->lists[nb->nlists++];
        memset(li, 0, sizeof *li);
        li->id = docx_xml_long(docx_xml_attr(c, "numId"), -1, -1, 1L << 30);
        memcpy(li->lvl, a->lvl, sizeof li->lvl);
        for (const xmlNode *o = c->children; o; o = o->next) {
            long k = docx_xml_long(docx_xml_attr(o, "ilvl"), -1, -1, DOCX_LEVELS);
            if (!docx_xml_is(o, "lvlOverride") || k < 0 || k >= DOCX_LEVELS)
                continue;
            const xmlNode *l = docx_xml_child(o, "lvl");
            if (l)
                read_level(&li->lvl[k], l);
            const char *s = docx_xml_child_val(o, "startOverride");
            if (s)
                li->lvl[k].start = docx_xml_long(s, 1, 0, 1000000);
        }
    }
    free(as);
    if (nb->nlists > 1)
        qsort(nb->lists, nb->nlists, sizeof *nb->lists, by_id);
}

/* Appends the number of level k of li as level `at` shows it. */
static void level_number(const docx_list *li, int k, int at, sbuf *out)
{
    long n = li->started[k] ? li->count[k] : li->lvl[k].start;
    const char *fmt = li->lvl[at].legal && k != at ? "decimal" : li->lvl[k].fmt;
    docx_numfmt(*fmt ? fmt : NULL, n, out);
}

int docx_numbering_marker(docx_numbering *nb, long num_id, long ilvl, sbuf *out)
{
    if (num_id <= 0 || ilvl < 0 || ilvl >= DOCX_LEVELS || !nb->nlists)
        return 0;
    docx_list key = {.id = num_id};
    docx_list *li = bsearch(&key, nb->lists, nb->nlists, sizeof *nb->lists, by_id);
    if (!li)
        return 0;
    int at = (int)ilvl;
    docx_level *l = &li->lvl[at];
    li->count[at] = li->started[at] ? li->count[at] + 1 : l->start;
    li->started[at] = 1;
    for (int k = at + 1; k < DOCX_LEVELS; k++) {
        long r = li->lvl[k].restart;
        if (r < 0 || (r > 0 && at < r))
            li->started[k] = 0;
    }
    if (!strcmp(l->fmt, "bullet") || !l->text[0])
        return 0;
    size_t was = out->len;
    for (const char *p = l->text; *p; p++) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            level_number(li, p[1] - '1', at, out);
            p++;
        } else {
            sbuf_addc(out, *p);
        }
    }
    if (out->len == was)
        return 0;
    if (l->suff != 'n') {
        /* The last code point of the marker: a CJK one (、 ） ．) needs no
         * space after it. */
        size_t k = utf8_prev_len(out->p + was, out->len - was);
        uint32_t cp = 0;
        utf8_decode(out->p + out->len - k, k, &cp);
        if (cp < 0x2E80)
            sbuf_addc(out, ' ');
    }
    return 1;
}

void docx_numbering_free(docx_numbering *nb)
{
    free(nb->lists);
    memset(nb, 0, sizeof *nb);
}
