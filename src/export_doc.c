/* export_doc.c — the text a section heads itself (export_doc.h). */
#include "export_doc.h"

void export_own_text(const doc *d, int k, size_t *start, size_t *end)
{
    if (k < 0) {
        *start = 0;
        *end = d->nsections ? d->sections[0].start : d->clean.len;
        return;
    }
    const section *s = &d->sections[k];
    *start = s->start;
    *end = s->end;
    /* Sections are in document order: the next one starts either inside
     * this one (its first subsection) or at or after its end. */
    if ((size_t)k + 1 < d->nsections && d->sections[k + 1].start < *end)
        *end = d->sections[k + 1].start;
    if (*end < *start)
        *end = *start;
}
