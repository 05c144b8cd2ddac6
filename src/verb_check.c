/* verb_check.c — `baogao check`: per document, the encoding and format
 * found and what the format's reader and each parse stage did (TSV,
 * --json or --csv). */
#include <stdio.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

typedef struct field {
    const char *name;
    size_t (*get)(const doc *);
} field;

/* A count of the text stages (s) or of the format's reader (r). */
#define STAT(n, expr)                                                        \
    static size_t get_##n(const doc *d)                                      \
    {                                                                        \
        const doc_stats *s = &d->stats;                                      \
        const doc_reader_stats *r = &d->reader;                              \
        (void)s;                                                             \
        (void)r;                                                             \
        return (expr);                                                       \
    }
STAT(bytes, s->bytes_in)
STAT(lines, s->lines_in)
STAT(replaced, s->replaced)
STAT(crlf, s->crlf)
STAT(lone_cr, s->lone_cr)
STAT(html, s->html_comments + s->html_tags + s->html_entities)
STAT(controls, s->controls)
STAT(escapes, s->escapes)
STAT(page_numbers, s->page_numbers)
STAT(running_heads, s->running_heads)
STAT(unwrapped, s->unwrapped)
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
STAT(read_dropped, r->dropped)
STAT(read_blocks, r->blocks)
STAT(read_headings, r->headings)
STAT(read_tables, r->tables)
STAT(pages, r->pages)
STAT(furniture, r->furniture)
STAT(numbering, r->numbering)
STAT(entries, r->entries)
#undef STAT

static const field check_fields[] = {
    {"bytes", get_bytes}, {"lines", get_lines}, {"replaced", get_replaced},
    {"crlf", get_crlf}, {"cr", get_lone_cr}, {"html", get_html},
    {"controls", get_controls}, {"escapes", get_escapes},
    {"page_numbers", get_page_numbers}, {"running_heads", get_running_heads},
    {"unwrapped", get_unwrapped}, {"breadcrumb", get_breadcrumb},
    {"pubinfo", get_pubinfo}, {"toolbar", get_toolbar},
    {"footer", get_footer}, {"spam", get_spam}, {"markup", get_markup},
    {"filler", get_filler}, {"repeats", get_repeats}, {"joined", get_joined},
    {"annotations", get_annotations},
    {"mojibake_repaired", get_mojibake_repaired},
    {"mojibake_inferred", get_mojibake_inferred},
    {"mojibake_partial", get_mojibake_partial},
    {"mojibake_unrecoverable", get_mojibake_unrecoverable},
    /* what the format's reader did (doc_reader_stats) */
    {"read_dropped", get_read_dropped}, {"read_blocks", get_read_blocks},
    {"read_headings", get_read_headings}, {"read_tables", get_read_tables},
    {"pages", get_pages}, {"furniture", get_furniture},
    {"numbering", get_numbering}, {"entries", get_entries},
};
enum { NFIELDS = sizeof check_fields / sizeof check_fields[0] };

/* path, encoding, confidence, format, the counts of check_fields, and
 * (JSON only) the hints of a CSV export's row or of a format's reader,
 * left out when there are none. */
enum { NCOLS = 4 + NFIELDS + 1 };

static void check_columns(out_column cols[NCOLS])
{
    cols[0] = (out_column){"path", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL};
    cols[1] = (out_column){"encoding", OUT_STR, OUT_IN_ALL, 0, NULL};
    cols[2] = (out_column){"confidence", OUT_INT, OUT_IN_ALL, 0, NULL};
    cols[3] = (out_column){"format", OUT_STR, OUT_IN_ALL, 0, NULL};
    for (size_t i = 0; i < NFIELDS; i++)
        cols[4 + i] = (out_column){check_fields[i].name, OUT_INT, OUT_IN_ALL, 0, NULL};
    cols[NCOLS - 1] = (out_column){"hints", OUT_MAP, OUT_IN_JSON, 0, NULL};
}

static void check_doc(void *p, doc *d)
{
    out_writer *w = p;
    out_row_begin(w);
    out_str(w, d->name);
    out_str(w, d->encoding);
    out_int(w, d->confidence);
    out_str(w, d->format);
    for (size_t i = 0; i < NFIELDS; i++)
        out_int(w, (long long)check_fields[i].get(d));
    out_map_begin(w);
    for (size_t i = 0; i < d->nhints; i++)
        out_map_pair(w, d->hints[i].key, d->hints[i].value);
    out_map_end(w);
    out_row_end(w);
    doc_free(d);
}

int verb_check(const options *o)
{
    out_column cols[NCOLS];
    check_columns(cols);
    const out_columns columns = {cols, NCOLS};
    out_writer *w = out_open(stdout, o->format, o->bom, &columns);
    load_opts lo = {.fn = check_doc, .ctx = w, .no_indicators = 1};
    load_result r = load_paths_with(o->paths, o->npaths, &lo);
    out_close(w);
    return r.docs ? 0 : 1;
}
