/* verb_tui.c — `baogao [PATH...]` with no verb: load the reports into a
 * corpus, pair near-duplicates, and hand them to the terminal UI. */
#include <stdio.h>

#include "corpus.h"
#include "load.h"
#include "tui.h"
#include "verbs.h"

static void add_doc(void *ctx, doc *d)
{
    corpus_add(ctx, d);
}

int verb_tui(const options *o)
{
    corpus c;
    corpus_init(&c);
    load_result r = load_paths(o->paths, o->npaths, add_doc, &c);
    if (!r.docs) {
        fprintf(stderr, "baogao: no report could be loaded\n");
        corpus_free(&c);
        return 1;
    }
    corpus_find_duplicates(&c);
    tui_opts t = {o->color, o->mouse, o->ambiwide};
    return tui_run(&c, &t);
}
