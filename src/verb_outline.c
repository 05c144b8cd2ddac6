/* verb_outline.c — `baogao outline`: each document's headings, one per
 * row: level, marker, title, line, and a note (inferred: the marker is
 * missing in the source; gap: a number is missing before it). With
 * several PATHs or a folder a `path` column comes first. --json gives one
 * object per document, {path, sections: [...]}, and each section also
 * its parent (index in sections, -1 for none) and byte range in the clean
 * text (`cat`); --csv the same rows as TSV. */
#include <stdio.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

static const out_column section_cols[] = {
    {"level", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"marker", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"title", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"line", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"parent", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"note", OUT_STR, OUT_IN_ALL, 0, NULL},
    {"start", OUT_INT, OUT_IN_JSON, 0, NULL},
    {"end", OUT_INT, OUT_IN_JSON, 0, NULL},
};
static const out_columns section_columns = OUT_COLUMNS(section_cols);

static const char *note_of(const section *s)
{
    if (s->flags & SECTION_INFERRED)
        return "inferred";
    return s->flags & SECTION_GAP ? "gap" : "";
}

static void outline_doc(void *p, doc *d)
{
    out_writer *w = p;
    out_row_begin(w);
    out_str(w, d->name);
    out_rows_begin(w);
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        out_row_begin(w);
        out_int(w, s->level);
        out_str(w, s->marker);
        out_str(w, s->title);
        out_int(w, s->line);
        out_int(w, s->parent);
        out_str(w, note_of(s));
        out_int(w, (long long)s->start);
        out_int(w, (long long)s->end);
        out_row_end(w);
    }
    out_rows_end(w);
    out_row_end(w);
    doc_free(d);
}

int verb_outline(const options *o)
{
    /* One file: the DESIGN's columns; several: a path column first. */
    int many = o->npaths > 1 || load_is_dir(o->paths[0]);
    const out_column doc_cols[] = {
        {"path", OUT_STR, (many ? OUT_IN_ALL : OUT_IN_JSON) | OUT_BYTES, 0, NULL},
        {"sections", OUT_ROWS, OUT_IN_ALL, 0, &section_columns},
    };
    const out_columns doc_columns = OUT_COLUMNS(doc_cols);
    out_writer *w = out_open(stdout, o->format, o->bom, &doc_columns);
    load_opts lo = {.fn = outline_doc, .ctx = w, .no_indicators = 1};
    load_result res = load_paths_with(o->paths, o->npaths, &lo);
    out_close(w);
    return res.docs ? 0 : 1;
}
