/* export_sqlite.h — writes documents into a new SQLite file with the
 * schema of assets/export_schema.sql (compiled in), every row in one
 * transaction through prepared statements. */
#ifndef BAOGAO_EXPORT_SQLITE_H
#define BAOGAO_EXPORT_SQLITE_H

#include "doc.h"

typedef struct export_sqlite export_sqlite;

/* Creates path and its tables and begins the transaction. An existing
 * path is refused (returns NULL, *status 2) unless force, which removes
 * it first; a SQLite error returns NULL with *status 1. Every failure is
 * named on stderr with the file and SQLite's message. */
export_sqlite *export_sqlite_open(const char *path, int force, int *status);

/* Adds d (borrowed; the caller frees it after) as document id (1, 2, …
 * in order), with its sections, indicators, tables and full text. 0, or
 * -1 after naming a SQLite error on stderr (the export is then to be
 * closed without committing). */
int export_sqlite_doc(export_sqlite *x, const doc *d, long long id);

/* Records that document id nearly repeats document of. 0 or -1 as above. */
int export_sqlite_duplicate(export_sqlite *x, long long id, long long of);

/* commit: commits and closes, returns 0 or -1 (named on stderr). Not
 * commit: rolls back, closes and removes the file, returns -1. Frees x
 * either way. */
int export_sqlite_close(export_sqlite *x, int commit);

#endif
