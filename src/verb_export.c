/* verb_export.c — `baogao export --sqlite FILE [--force] [PATH...]` and
 * `baogao export --jsonl [--bulk INDEX] [PATH...]`: the reports, their
 * sections, indicators (and, in SQLite, tables and a full-text index)
 * as a database file (export_sqlite.h; the schema is
 * assets/export_schema.sql) or JSON lines on stdout (export_jsonl.h).
 * Each document goes out as it loads and is freed; only what
 * near-duplicate pairing needs is kept, and duplicate_of is filled at
 * the end. Exit 0, 1 when nothing loaded or writing failed, 2 for a
 * usage error (no or both formats, an existing FILE without --force). */
#include <stdio.h>

#include "corpus.h"
#include "export_jsonl.h"
#include "export_sqlite.h"
#include "load.h"
#include "out.h"
#include "verbs.h"

typedef struct exporter {
    export_sqlite *db;   /* one of the two */
    export_jsonl *jl;
    corpus_pairs *pairs;
    long long ndocs;
    int failed;
} exporter;

static void export_add(void *p, doc *d)
{
    exporter *e = p;
    long long id = ++e->ndocs;
    corpus_pairs_add(e->pairs, d, (size_t)(id - 1), CORPUS_PAIRS_COPY);
    if (!e->failed)
        e->failed = e->db ? export_sqlite_doc(e->db, d, id) : export_jsonl_doc(e->jl, d, id);
    doc_free(d);
}

/* Each document's duplicate_of, once every document is in. */
static void export_duplicates(exporter *e)
{
    corpus_pairs_find(e->pairs);
    for (long long id = 1; id <= e->ndocs && !e->failed; id++) {
        size_t of;
        double similarity;
        if (!corpus_pairs_of(e->pairs, (size_t)(id - 1), &of, &similarity))
            continue;
        if (e->db)
            e->failed = export_sqlite_duplicate(e->db, id, (long long)of + 1);
        else
            export_jsonl_duplicate(e->jl, id, (long long)of + 1);
    }
}

int verb_export(const options *o)
{
    if (!o->sqlite == !o->jsonl) {
        out_error("export needs one of --sqlite FILE and --jsonl");
        return 2;
    }
    if (o->force && !o->sqlite) {
        out_error("--force is for export --sqlite FILE");
        return 2;
    }
    if (o->bulk && !o->jsonl) {
        out_error("--bulk INDEX is for export --jsonl");
        return 2;
    }
    exporter e = {0};
    int status = 1;
    if (o->sqlite)
        e.db = export_sqlite_open(o->sqlite, o->force, &status);
    else
        e.jl = export_jsonl_open(stdout, o->bulk);
    if (!e.db && !e.jl)
        return status;
    e.pairs = corpus_pairs_new(NULL);
    load_opts lo = {export_add, &e, NULL, NULL, 0, corpus_pairs_prepare_copy, 0};
    load_result r = load_paths_with(o->paths, o->npaths, &lo);
    export_duplicates(&e);
    corpus_pairs_free(e.pairs);
    int ok = !e.failed && r.docs;
    int rc = e.db ? export_sqlite_close(e.db, ok) : export_jsonl_close(e.jl);
    return ok && rc == 0 ? 0 : 1;
}
