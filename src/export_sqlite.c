/* export_sqlite.c — `baogao export --sqlite`: documents, sections,
 * indicators, tables and cells, and the full-text table of the section
 * texts (export_sqlite.h; the schema is assets/export_schema.sql). */
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "export_doc.h"
#include "export_sqlite.h"
#include "fold.h"
#include "out.h"

/* assets/export_schema.sql, compiled in (tools/gen_text.c). */
extern const char export_schema_sql[];

enum { ST_DOC, ST_SECTION, ST_INDICATOR, ST_TABLE, ST_CELL, ST_TEXT, ST_DUP, NST };

static const char *const statements[NST] = {
    "INSERT INTO documents (id, path, format, encoding, region, region_code,"
    " year, kind, script, title) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO sections (id, document, parent, level, marker, title, line,"
    " start, \"end\") VALUES (?,?,?,?,?,?,?,?,?)",
    "INSERT INTO indicators (id, document, section, name, canonical, value,"
    " unit, amount, change, period, kind, note, line)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO tables (id, document, label, caption, line, \"rows\")"
    " VALUES (?,?,?,?,?,?)",
    "INSERT INTO cells (tbl, \"row\", col, text, header) VALUES (?,?,?,?,?)",
    "INSERT INTO section_text (text, folded, document, section, line)"
    " VALUES (?,?,?,?,?)",
    "UPDATE documents SET duplicate_of = ? WHERE id = ?",
};

struct export_sqlite {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[NST];
    long long sections, indicators, tables; /* the last ids given */
};

/* Names the failure of what on stderr with SQLite's message; -1. */
static int fail(const export_sqlite *x, const char *what)
{
    out_error("%s: %s: %s", x->path, what, sqlite3_errmsg(x->db));
    return -1;
}

static int exec(export_sqlite *x, const char *sql, const char *what)
{
    char *msg = NULL;
    if (sqlite3_exec(x->db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return 0;
    out_error("%s: %s: %s", x->path, what, msg ? msg : sqlite3_errmsg(x->db));
    sqlite3_free(msg);
    return -1;
}

/* Binds parameter i of s: text (NULL when s is empty or NULL) or a
 * number. */
static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    v = export_nonempty(v);
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_int(sqlite3_stmt *s, int i, long long v)
{
    sqlite3_bind_int64(s, i, v);
}

/* An integer that is 0 (or negative, for an index) when unknown. */
static void bind_known(sqlite3_stmt *s, int i, long long v, long long unknown)
{
    if (v == unknown)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

/* Runs statement k once with what is bound, then clears it. */
static int step(export_sqlite *x, int k, const char *what)
{
    int rc = sqlite3_step(x->st[k]);
    sqlite3_reset(x->st[k]);
    sqlite3_clear_bindings(x->st[k]);
    return rc == SQLITE_DONE ? 0 : fail(x, what);
}

/* Removes an existing path for --force, or refuses it. 0 when the way is
 * clear; else the exit status. */
static int clear_path(const char *path, int force)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return 0;
    if (!force) {
        out_error("%s exists; --force replaces it", path);
        return 2;
    }
    if (S_ISDIR(st.st_mode)) {
        out_error("%s is a folder; give the file to write", path);
        return 2;
    }
    if (unlink(path) != 0) {
        out_error("%s: cannot remove it: %s", path, strerror(errno));
        return 1;
    }
    return 0;
}

export_sqlite *export_sqlite_open(const char *path, int force, int *status)
{
    *status = clear_path(path, force);
    if (*status)
        return NULL;
    export_sqlite *x = xcalloc(1, sizeof *x);
    x->path = xstrdup(path);
    *status = 1;
    if (sqlite3_open_v2(path, &x->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        fail(x, "cannot create it");
        sqlite3_close(x->db);
        free(x->path);
        free(x);
        return NULL;
    }
    /* A new file: nothing to recover if the export stops half-way (the
     * file is then removed), so no journal on disk and no syncs. */
    if (exec(x, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;", "setting up") ||
        exec(x, "BEGIN", "beginning the transaction") ||
        exec(x, export_schema_sql, "creating the tables")) {
        export_sqlite_close(x, 0);
        return NULL;
    }
    for (int k = 0; k < NST; k++)
        if (sqlite3_prepare_v3(x->db, statements[k], -1, SQLITE_PREPARE_PERSISTENT,
                               &x->st[k], NULL) != SQLITE_OK) {
            fail(x, "preparing the inserts");
            export_sqlite_close(x, 0);
            return NULL;
        }
    *status = 0;
    return x;
}

/* The full-text row of the text section k (-1: before the first
 * heading) heads itself, with its folded form; none when it is empty. */
static int add_text(export_sqlite *x, const doc *d, long long id, int k,
                    long long section_id, folded *f)
{
    size_t start, end;
    export_own_text(d, k, &start, &end);
    while (start < end && d->clean.bytes[start] == '\n')
        start++;
    if (start == end)
        return 0;
    fold_text(d->clean.bytes + start, end - start, f);
    sqlite3_stmt *s = x->st[ST_TEXT];
    sqlite3_bind_text(s, 1, d->clean.bytes + start, (int)(end - start), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, f->s, (int)f->len, SQLITE_STATIC);
    bind_int(s, 3, id);
    bind_known(s, 4, section_id, 0);
    bind_int(s, 5, k >= 0 ? (long long)d->sections[k].line :
                            (long long)(d->clean.nlines ? d->clean.origin[0] : 1));
    int rc = step(x, ST_TEXT, "writing the full text");
    fold_free(f);
    return rc;
}

static int add_sections(export_sqlite *x, const doc *d, long long id)
{
    long long first = x->sections + 1;
    folded f;
    if (add_text(x, d, id, -1, 0, &f))
        return -1;
    for (size_t k = 0; k < d->nsections; k++) {
        const section *sec = &d->sections[k];
        sqlite3_stmt *s = x->st[ST_SECTION];
        bind_int(s, 1, first + (long long)k);
        bind_int(s, 2, id);
        bind_known(s, 3, sec->parent < 0 ? 0 : first + sec->parent, 0);
        bind_int(s, 4, sec->level);
        bind_text(s, 5, sec->marker);
        sqlite3_bind_text(s, 6, sec->title ? sec->title : "", -1, SQLITE_STATIC);
        bind_int(s, 7, sec->line);
        bind_int(s, 8, (long long)sec->start);
        bind_int(s, 9, (long long)sec->end);
        if (step(x, ST_SECTION, "writing the sections") ||
            add_text(x, d, id, (int)k, first + (long long)k, &f))
            return -1;
    }
    x->sections += (long long)d->nsections;
    return 0;
}

static int add_indicators(export_sqlite *x, const doc *d, long long id,
                          long long first_section)
{
    for (size_t k = 0; k < d->nindicators; k++) {
        const indicator *v = &d->indicators[k];
        sqlite3_stmt *s = x->st[ST_INDICATOR];
        char period[32];
        bind_int(s, 1, ++x->indicators);
        bind_int(s, 2, id);
        bind_known(s, 3, v->section < 0 ? 0 : first_section + v->section, 0);
        sqlite3_bind_text(s, 4, v->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 5, v->canonical, -1, SQLITE_STATIC);
        bind_text(s, 6, v->value);
        bind_text(s, 7, v->unit);
        if (isnan(v->amount))
            sqlite3_bind_null(s, 8);
        else
            sqlite3_bind_double(s, 8, v->amount);
        bind_text(s, 9, v->change);
        bind_text(s, 10, indicator_period_format(v->period_from, v->period_to,
                                                 period, sizeof period));
        sqlite3_bind_text(s, 11, indicator_kind_name(v->kind), -1, SQLITE_STATIC);
        bind_text(s, 12, v->note);
        bind_int(s, 13, v->line);
        if (step(x, ST_INDICATOR, "writing the indicators"))
            return -1;
    }
    return 0;
}

static int add_tables(export_sqlite *x, const doc *d, long long id)
{
    for (size_t k = 0; k < d->ntables; k++) {
        const table *t = &d->tables[k];
        long long tid = ++x->tables;
        sqlite3_stmt *s = x->st[ST_TABLE];
        bind_int(s, 1, tid);
        bind_int(s, 2, id);
        bind_text(s, 3, t->label);
        bind_text(s, 4, t->caption);
        bind_int(s, 5, t->line);
        bind_int(s, 6, (long long)t->nrows);
        if (step(x, ST_TABLE, "writing the tables"))
            return -1;
        for (size_t r = 0; r < t->nrows; r++)
            for (size_t c = 0; c < t->rows[r].ncells; c++) {
                s = x->st[ST_CELL];
                bind_int(s, 1, tid);
                bind_int(s, 2, (long long)r);
                bind_int(s, 3, (long long)c);
                sqlite3_bind_text(s, 4, t->rows[r].cells[c] ? t->rows[r].cells[c] : "",
                                  -1, SQLITE_STATIC);
                bind_int(s, 5, t->rows[r].header != 0);
                if (step(x, ST_CELL, "writing the cells"))
                    return -1;
            }
    }
    return 0;
}

int export_sqlite_doc(export_sqlite *x, const doc *d, long long id)
{
    const doc_meta *m = &d->meta;
    sqlite3_stmt *s = x->st[ST_DOC];
    bind_int(s, 1, id);
    sqlite3_bind_text(s, 2, d->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, d->format, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, d->encoding, -1, SQLITE_STATIC);
    bind_text(s, 5, m->region);
    bind_known(s, 6, m->region_code, 0);
    bind_known(s, 7, m->year, 0);
    sqlite3_bind_text(s, 8, doc_kind_name(m->kind), -1, SQLITE_STATIC);
    bind_text(s, 9, doc_script_name(m->script));
    bind_text(s, 10, m->title);
    if (step(x, ST_DOC, "writing the documents"))
        return -1;
    long long first_section = x->sections + 1;
    if (add_sections(x, d, id) || add_indicators(x, d, id, first_section) ||
        add_tables(x, d, id))
        return -1;
    return 0;
}

int export_sqlite_duplicate(export_sqlite *x, long long id, long long of)
{
    bind_int(x->st[ST_DUP], 1, of);
    bind_int(x->st[ST_DUP], 2, id);
    return step(x, ST_DUP, "writing duplicate_of");
}

int export_sqlite_close(export_sqlite *x, int commit)
{
    int rc = commit ? exec(x, "COMMIT", "committing") : -1;
    for (int k = 0; k < NST; k++)
        sqlite3_finalize(x->st[k]);
    if (sqlite3_close(x->db) != SQLITE_OK && rc == 0)
        rc = fail(x, "closing");
    if (rc)
        unlink(x->path);
    free(x->path);
    free(x);
    return rc;
}
