/* extract_sink.c — where the extract stage puts what it finds: a growing
 * array of indicators (bounded by EXTRACT_MAX), strings in the document's
 * arena, notes appended one qualifier at a time. */
#include <math.h>
#include <string.h>

#include "extract.h"
#include "extract_impl.h"

indicator *ex_sink_add(ex_sink *k)
{
    if (k->n >= EXTRACT_MAX) {
        k->full = 1;
        return NULL;
    }
    k->v = xgrow(k->v, &k->cap, k->n + 1, sizeof *k->v);
    indicator *x = &k->v[k->n++];
    memset(x, 0, sizeof *x);
    x->name = x->canonical = x->value = x->unit = x->change = x->note = "";
    x->amount = NAN;
    x->section = x->table = x->row = -1;
    return x;
}

const char *ex_str(ex_sink *k, const char *s, size_t n)
{
    return n ? arena_strndup(&k->d->mem, s, n) : "";
}

void ex_note_add(ex_sink *k, const char **note, const char *q)
{
    size_t old = strlen(*note), ql = strlen(q);
    if (!ql)
        return;
    for (const char *p = *note; *p;) { /* already there? */
        const char *e = strchr(p, ';');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == ql && !memcmp(p, q, ql))
            return;
        p += l + (e != NULL);
    }
    char *s = arena_alloc(&k->d->mem, old + ql + 2);
    memcpy(s, *note, old);
    if (old)
        s[old++] = ';';
    memcpy(s + old, q, ql + 1);
    *note = s;
}
