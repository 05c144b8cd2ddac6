/* verb_check.c — `baogao check`: per document, the encoding found and what
 * each parse stage did (TSV, or JSON with --json). */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

typedef struct field {
    const char *name;
    size_t (*get)(const doc_stats *);
} field;

#define STAT(n, expr)                                                        \
    static size_t get_##n(const doc_stats *s) { return (expr); }
STAT(bytes, s->bytes_in)
STAT(lines, s->lines_in)
STAT(replaced, s->replaced)
STAT(crlf, s->crlf)
STAT(lone_cr, s->lone_cr)
STAT(html, s->html_comments + s->html_tags + s->html_entities)
STAT(controls, s->controls)
STAT(breadcrumb, s->dropped[DROP_BREADCRUMB])
STAT(pubinfo, s->dropped[DROP_PUBINFO])
STAT(toolbar, s->dropped[DROP_TOOLBAR])
STAT(footer, s->dropped[DROP_FOOTER])
STAT(spam, s->dropped[DROP_SPAM])
STAT(markup, s->dropped[DROP_MARKUP])
STAT(filler, s->dropped[DROP_REPEAT])
STAT(repeats, s->repeats_dropped)
STAT(joined, s->paragraphs_joined)
STAT(annotations, s->annotations)
STAT(mojibake_repaired, s->mojibake_repaired)
STAT(mojibake_inferred, s->mojibake_inferred)
STAT(mojibake_partial, s->mojibake_partial)
STAT(mojibake_unrecoverable, s->mojibake_unrecoverable)
#undef STAT

static const field check_fields[] = {
    {"bytes", get_bytes}, {"lines", get_lines}, {"replaced", get_replaced},
    {"crlf", get_crlf}, {"cr", get_lone_cr}, {"html", get_html},
    {"controls", get_controls}, {"breadcrumb", get_breadcrumb},
    {"pubinfo", get_pubinfo}, {"toolbar", get_toolbar},
    {"footer", get_footer}, {"spam", get_spam}, {"markup", get_markup},
    {"filler", get_filler}, {"repeats", get_repeats}, {"joined", get_joined},
    {"annotations", get_annotations},
    {"mojibake_repaired", get_mojibake_repaired},
    {"mojibake_inferred", get_mojibake_inferred},
    {"mojibake_partial", get_mojibake_partial},
    {"mojibake_unrecoverable", get_mojibake_unrecoverable},
};
enum { NFIELDS = sizeof check_fields / sizeof check_fields[0] };

typedef struct check_ctx {
    int json;
    size_t docs;
} check_ctx;

static void check_tsv_header(void)
{
    fputs("path\tencoding\tconfidence", stdout);
    for (size_t i = 0; i < NFIELDS; i++)
        printf("\t%s", check_fields[i].name);
    fputc('\n', stdout);
}

static void check_doc(void *p, doc *d)
{
    check_ctx *c = p;
    if (c->json) {
        fputs(c->docs ? ",\n  {\"path\": " : "\n  {\"path\": ", stdout);
        out_json_string(stdout, d->name, strlen(d->name));
        fputs(", \"encoding\": ", stdout);
        out_json_string(stdout, d->encoding, strlen(d->encoding));
        printf(", \"confidence\": %d", d->confidence);
        for (size_t i = 0; i < NFIELDS; i++)
            printf(", \"%s\": %zu", check_fields[i].name,
                   check_fields[i].get(&d->stats));
        if (d->nhints) {
            fputs(", \"hints\": {", stdout);
            for (size_t i = 0; i < d->nhints; i++) {
                fputs(i ? ", " : "", stdout);
                out_json_string(stdout, d->hints[i].key, strlen(d->hints[i].key));
                fputs(": ", stdout);
                out_json_string(stdout, d->hints[i].value,
                                strlen(d->hints[i].value));
            }
            fputc('}', stdout);
        }
        fputc('}', stdout);
    } else {
        out_tsv_field(stdout, d->name, strlen(d->name));
        printf("\t%s\t%d", d->encoding, d->confidence);
        for (size_t i = 0; i < NFIELDS; i++)
            printf("\t%zu", check_fields[i].get(&d->stats));
        fputc('\n', stdout);
    }
    c->docs++;
    doc_free(d);
}

int verb_check(const options *o)
{
    check_ctx c = {o->json, 0};
    if (c.json)
        fputs("[", stdout);
    else
        check_tsv_header();
    load_result r = load_paths(o->paths, o->npaths, check_doc, &c);
    if (c.json)
        fputs(c.docs ? "\n]\n" : "]\n", stdout);
    return r.docs ? 0 : 1;
}
