/* verb_outline.c — `baogao outline`: each document's headings, one per
 * row: level, marker, title, line, and a note (inferred: the marker is
 * missing in the source; gap: a number is missing before it). With
 * --json also each section's byte range in the clean text (`cat`). */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

typedef struct outline_ctx {
    int json;
    size_t docs, rows;
} outline_ctx;

static const char *note_of(const section *s)
{
    if (s->flags & SECTION_INFERRED)
        return "inferred";
    return s->flags & SECTION_GAP ? "gap" : "";
}

static void print_tsv(const doc *d, int many)
{
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        if (many) {
            out_tsv_field(stdout, d->name, strlen(d->name));
            fputc('\t', stdout);
        }
        printf("%d\t", s->level);
        out_tsv_field(stdout, s->marker, strlen(s->marker));
        fputc('\t', stdout);
        out_tsv_field(stdout, s->title, strlen(s->title));
        printf("\t%u\t%s\n", (unsigned)s->line, note_of(s));
    }
}

static void print_json(const doc *d, int first)
{
    fputs(first ? "\n  {\"path\": " : ",\n  {\"path\": ", stdout);
    out_json_string(stdout, d->name, strlen(d->name));
    fputs(", \"sections\": [", stdout);
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        printf("%s\n    {\"level\": %d, \"marker\": ", i ? "," : "", s->level);
        out_json_string(stdout, s->marker, strlen(s->marker));
        fputs(", \"title\": ", stdout);
        out_json_string(stdout, s->title, strlen(s->title));
        printf(", \"line\": %u, \"parent\": %d, \"note\": \"%s\", "
               "\"start\": %zu, \"end\": %zu}",
               (unsigned)s->line, s->parent, note_of(s), s->start, s->end);
    }
    fputs(d->nsections ? "\n  ]}" : "]}", stdout);
}

typedef struct outline_run {
    outline_ctx c;
    int many; /* more than one path, or a folder: prefix rows with the path */
} outline_run;

static void outline_doc(void *p, doc *d)
{
    outline_run *r = p;
    if (r->c.json)
        print_json(d, r->c.docs == 0);
    else
        print_tsv(d, r->many);
    r->c.docs++;
    r->c.rows += d->nsections;
    doc_free(d);
}

int verb_outline(const options *o)
{
    outline_run r = {{o->json, 0, 0}, 0};
    /* One file: the DESIGN's columns; several: a path column first. */
    r.many = o->npaths > 1 || load_is_dir(o->paths[0]);
    if (o->json)
        fputs("[", stdout);
    else
        fputs(r.many ? "path\tlevel\tmarker\ttitle\tline\tnote\n"
                     : "level\tmarker\ttitle\tline\tnote\n",
              stdout);
    load_result res = load_paths(o->paths, o->npaths, outline_doc, &r);
    if (o->json)
        fputs(r.c.docs ? "\n]\n" : "]\n", stdout);
    return res.docs ? 0 : 1;
}
