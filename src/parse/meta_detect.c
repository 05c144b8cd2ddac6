/* meta_detect.c — the metadata stage's entry point (see meta_detect.h):
 * the folded views of the document (meta_view.c), then each part in turn
 * — title, region, kind, years, script. */
#include "meta_detect.h"

#include <string.h>

#include "meta_impl.h"

void meta_detect(doc *d)
{
    doc_meta *m = &d->meta;
    memset(m, 0, sizeof *m);
    meta_view v;
    meta_view_init(&v, d);
    m->title = meta_title_find(d, &v);
    sbuf t = {0};
    meta_fold_into(&t, m->title, strlen(m->title));
    m->region = meta_region_find(d, &v);
    m->kind = meta_kind_find(t.p, t.len, &v);
    meta_years_find(t.p, t.len, &v, m);
    m->script = meta_script_find(d->clean.bytes, d->clean.len);
    sbuf_free(&t);
    meta_view_free(&v);
}
