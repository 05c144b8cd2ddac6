/* docx_tool.c — the Word reader (src/parse/read_docx.h) from the command
 * line, for the shell tests until the loader plugs it in:
 *   docx_tool text FILE      the text docx_read gives
 *   docx_tool outline FILE   that text through pipeline_text: the outline
 *                            as `baogao outline` writes it (TSV: level,
 *                            marker, title, line, note)
 *   docx_tool stats FILE     what the reader did, key=value, and its hints
 * A file the reader refuses: "FILE: reason" on stderr, exit status 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "read_docx.h"
#include "../unit/slurp.h"

static int outline(const docx_out *o)
{
    doc *d = doc_new("docx", "docx");
    pipeline_text(d, o->text, o->n, 1, NULL);
    printf("level\tmarker\ttitle\tline\tnote\n");
    for (size_t i = 0; i < d->nsections; i++) {
        const section *s = &d->sections[i];
        printf("%d\t%s\t%s\t%u\t%s\n", (int)s->level, s->marker, s->title,
               (unsigned)s->line,
               s->flags & SECTION_INFERRED ? "inferred" : s->flags & SECTION_GAP ? "gap" : "");
    }
    doc_free(d);
    return 0;
}

static void stats(const docx_out *o)
{
    const docx_stats *s = &o->stats;
    printf("entries=%zu\ninflated=%zu\nparagraphs=%zu\ntables=%zu\nnumbered=%zu\n"
           "headings=%zu\nnotes=%zu\ncomments=%zu\nbytes=%zu\n",
           s->entries, s->inflated, s->paragraphs, s->tables, s->numbered,
           s->headings, s->notes, s->comments, o->n);
    for (size_t i = 0; i < o->nhints; i++)
        printf("hint.%s=%s\n", o->hints[i].key, o->hints[i].value);
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "text") && strcmp(argv[1], "outline") &&
                      strcmp(argv[1], "stats"))) {
        fprintf(stderr, "usage: docx_tool text|outline|stats FILE\n");
        return 2;
    }
    size_t n;
    char *bytes = slurp(argv[2], &n);
    if (!bytes) {
        perror(argv[2]);
        return 1;
    }
    docx_out o;
    const char *err;
    int rc = docx_read(bytes, n, &o, &err);
    free(bytes);
    if (rc < 0) {
        fprintf(stderr, "%s: %s\n", argv[2], err);
        docx_out_free(&o);
        return 1;
    }
    if (!strcmp(argv[1], "text"))
        fwrite(o.text, 1, o.n, stdout);
    else if (!strcmp(argv[1], "outline"))
        outline(&o);
    else
        stats(&o);
    docx_out_free(&o);
    return 0;
}
