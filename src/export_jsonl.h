/* export_jsonl.h — documents as JSON lines (`baogao export --jsonl`):
 * one object per line, "type" document, section or indicator, ids that
 * link them ("d3", "d3/s12", "d3/i40"); or, given an index name, the
 * OpenSearch/Elasticsearch _bulk format (an action line before each). */
#ifndef BAOGAO_EXPORT_JSONL_H
#define BAOGAO_EXPORT_JSONL_H

#include <stdio.h>

#include "doc.h"

typedef struct export_jsonl export_jsonl;

/* A writer to out (borrowed), the _bulk format when bulk_index is not
 * NULL (borrowed: it must outlive the writer). Documents' lines come
 * first (their duplicate_of is known only at the end), then each
 * document's sections and indicators, kept in a temporary file until
 * then. NULL (named on stderr) when no temporary file can be made. */
export_jsonl *export_jsonl_open(FILE *out, const char *bulk_index);

/* Adds d (borrowed) as document id (1, 2, … in order). 0, or -1 on a
 * write error of the temporary file (named on stderr). */
int export_jsonl_doc(export_jsonl *x, const doc *d, long long id);

/* Records that document id nearly repeats document of. */
void export_jsonl_duplicate(export_jsonl *x, long long id, long long of);

/* Writes everything to out and frees x: 0, or -1 on a write error
 * (named on stderr). */
int export_jsonl_close(export_jsonl *x);

#endif
