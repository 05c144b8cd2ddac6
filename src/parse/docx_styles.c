/* docx_styles.c — paragraph styles of word/styles.xml: numbering and
 * heading levels, inherited through w:basedOn (see docx_styles.h). */
#include "docx_styles.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"

#define MAX_DEPTH 16

/* Heading level of a style name: "heading 2", "Heading2", "标题 2". */
static int heading_of_name(const char *name)
{
    static const char *const stems[] = {"heading", "标题"};
    if (!name)
        return 0;
    for (size_t k = 0; k < 2; k++) {
        size_t m = strlen(stems[k]);
        if (strncasecmp(name, stems[k], m))
            continue;
        const char *p = name + m;
        while (*p == ' ')
            p++;
        if (p[0] >= '1' && p[0] <= '9' && !p[1])
            return p[0] - '0';
    }
    return 0;
}

static int by_id(const void *a, const void *b)
{
    return strcmp(((const docx_style *)a)->id, ((const docx_style *)b)->id);
}

void docx_styles_load(docx_styles *st, const xmlDoc *xml)
{
    memset(st, 0, sizeof *st);
    const xmlNode *root = xml ? xmlDocGetRootElement(xml) : NULL;
    size_t cap = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        const char *type = docx_xml_attr(c, "type");
        const char *id = docx_xml_attr(c, "styleId");
        if (!docx_xml_is(c, "style") || !id || (type && strcmp(type, "paragraph")))
            continue;
        st->s = xgrow(st->s, &cap, st->n, sizeof *st->s);
        docx_style *s = &st->s[st->n++];
        const char *based = docx_xml_child_val(c, "basedOn");
        s->id = xstrdup(id);
        s->based_on = based ? xstrdup(based) : NULL;
        const xmlNode *ppr = docx_xml_child(c, "pPr");
        const xmlNode *num = docx_xml_child(ppr, "numPr");
        s->num_id = docx_xml_long(docx_xml_child_val(num, "numId"), -1, 0, 1L << 30);
        s->ilvl = docx_xml_long(docx_xml_child_val(num, "ilvl"), -1, 0, 8);
        s->heading = heading_of_name(docx_xml_child_val(c, "name"));
        if (!s->heading) {
            const char *o = docx_xml_child_val(ppr, "outlineLvl");
            long lv = docx_xml_long(o, 9, 0, 9);
            s->heading = lv < 9 ? (int)lv + 1 : 0;
        }
    }
    if (st->n > 1)
        qsort(st->s, st->n, sizeof *st->s, by_id);
}

static const docx_style *find(const docx_styles *st, const char *id)
{
    if (!id || !st->n)
        return NULL;
    docx_style key = {.id = (char *)id};
    return bsearch(&key, st->s, st->n, sizeof *st->s, by_id);
}

int docx_styles_numpr(const docx_styles *st, const char *id, long *num_id,
                      long *ilvl)
{
    /* The list and the level may come from different styles of the
     * chain: a style naming only a level keeps its base's list. */
    long num = -1, lvl = -1;
    const docx_style *s = find(st, id);
    for (int d = 0; s && d < MAX_DEPTH && (num < 0 || lvl < 0); d++, s = find(st, s->based_on)) {
        if (num < 0)
            num = s->num_id;
        if (lvl < 0)
            lvl = s->ilvl;
    }
    if (num < 0)
        return 0;
    *num_id = num;
    *ilvl = lvl < 0 ? 0 : lvl;
    return 1;
}

int docx_styles_heading(const docx_styles *st, const char *id)
{
    const docx_style *s = find(st, id);
    for (int d = 0; s && d < MAX_DEPTH; d++, s = find(st, s->based_on))
        if (s->heading)
            return s->heading;
    return 0;
}

void docx_styles_free(docx_styles *st)
{
    for (size_t i = 0; i < st->n; i++) {
        free(st->s[i].id);
        free(st->s[i].based_on);
    }
    free(st->s);
    memset(st, 0, sizeof *st);
}
