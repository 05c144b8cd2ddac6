/* load.h — files and folders to documents: walks folders (following
 * links, never twice into the same folder), opens each file without ever
 * blocking and reads it only if the descriptor is a regular file, with a
 * size bound (binary data refused from its first 64 KB), runs the parse
 * pipeline, and reports bad files (on stderr, or to the caller's
 * callback) while the rest load; the caller can stop it. */
#ifndef BAOGAO_LOAD_H
#define BAOGAO_LOAD_H

#include <stddef.h>

#include "cancel.h"
#include "pipeline.h"

/* Largest file read (bytes); a larger one is named and skipped. */
#define LOAD_MAX_FILE ((size_t)1 << 30)

typedef struct load_result {
    size_t files;    /* files read */
    size_t docs;     /* documents handed to the callback */
    size_t errors;   /* files or folders named on stderr */
} load_result;

/* Loads every path ("-" for standard input, a file, or a folder searched
 * recursively for
 * .txt/.md/.csv/.htm(l)/.text files; hidden entries skipped) in order,
 * handing each document to fn. In a folder, an entry named like a report
 * that is a FIFO, socket, device or folder is named with what it is and
 * left alone; a file that changed size while read is loaded as far as
 * fstat said it went, and named with what happened. */
load_result load_paths(char *const *paths, size_t npaths, pipeline_doc_fn fn,
                       void *ctx);

/* True when path exists (or is "-"). */
int load_exists(const char *path);

/* True when path names a folder (following links). */
int load_is_dir(const char *path);

/* What load_paths_with calls, and when it stops early. */
typedef struct load_opts {
    pipeline_doc_fn fn;
    void *ctx;
    /* Called for each file or folder that cannot be loaded, with what is
     * wrong; NULL prints "baogao: PATH: WHAT" on stderr. */
    void (*error)(void *ctx, const char *path, const char *what);
    /* Loading stops within a few milliseconds once *cancel is raised (by
     * another thread, typically): between two reads of a file, in the
     * parse stage at work (pipeline_file), or before the next file; the
     * file it was in is dropped unreported. NULL: never. */
    const cancel_flag *cancel;
    /* Not through the process's cache (load_use_cache) even when it has
     * one. */
    int no_cache;
    /* Called for each document in the thread that parsed it, before fn
     * gets it (with one job, in the caller's thread): work on the one
     * document that the caller's thread would otherwise do for every
     * document in turn (folding it, its pairing signature). It must touch
     * nothing but d (workers run it on their documents at once) and stop
     * soon once *cancel is raised. NULL: nothing. */
    void (*prepare)(doc *d, const cancel_flag *cancel);
    /* The caller uses no indicators: a file parsed now stops short of
     * extract (PIPELINE_NO_INDICATORS), so its documents may come with
     * none (doc.extracted 0), and so cached; without it, such a cache
     * entry is a miss and the file is parsed whole again. */
    int no_indicators;
} load_opts;

/* load_paths with a choice of error reporting and a way to stop. */
load_result load_paths_with(char *const *paths, size_t npaths,
                            const load_opts *o);

typedef struct cache cache;

/* Files are loaded through c from now on (src/cache.h: a file the cache
 * knows is not parsed again, one it does not know is cached once
 * parsed); NULL: no cache (the start). For the whole process: the caller
 * keeps c until the last load has returned, and loads run one at a time. */
void load_use_cache(cache *c);

/* The most threads a load parses with. */
enum { LOAD_MAX_JOBS = 64 };

/* Loads parse with n threads from now on (0: as many as the machine has
 * cores, the start; 1: one at a time, in the caller's thread): each file
 * is read and parsed by one of them, and what they make reaches the
 * caller's callbacks on the caller's thread in the order of the walk, so
 * the calls (documents, messages, the cache's messages) are the same
 * whatever n is. For the whole process, as load_use_cache. */
void load_use_jobs(int n);

/* The threads a load parses with: as load_use_jobs set, else the cores
 * (at most LOAD_MAX_JOBS); what else works on every core (the search
 * index) takes as many. */
int load_jobs_wanted(void);

/* The folder of the bundled sample corpus: $BAOGAO_REPORTS when set; else
 * the installed one found from the running binary's place (an installed
 * baogao, under any prefix or DESTDIR); else the source tree's (the
 * uninstalled build); else the installed one's configured path. */
const char *load_bundled_dir(void);

#endif
