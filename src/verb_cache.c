/* verb_cache.c — `baogao cache info|clear`: what the cache of parsed
 * reports holds (its folder, entries and their bytes, those of this build,
 * identity links, the size cap), or remove all of it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cache.h"
#include "out.h"
#include "verbs.h"

static const out_column info_cols[] = {
    {"folder", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"entries", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"bytes", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"current", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"links", OUT_INT, OUT_IN_ALL, 0, NULL},
    {"cap", OUT_INT, OUT_IN_ALL, 0, NULL},
};
static const out_columns info_columns = OUT_COLUMNS(info_cols);

static const out_column clear_cols[] = {
    {"folder", OUT_STR, OUT_IN_ALL | OUT_BYTES, 0, NULL},
    {"removed", OUT_INT, OUT_IN_ALL, 0, NULL},
};
static const out_columns clear_columns = OUT_COLUMNS(clear_cols);

int verb_cache(const options *o)
{
    const char *what = o->bundled || o->npaths != 1 ? NULL : o->paths[0];
    if (!what || (strcmp(what, "info") != 0 && strcmp(what, "clear") != 0)) {
        out_error("cache: needs info or clear (see baogao cache --help)");
        return 2;
    }
    if (o->no_cache) {
        out_error("cache: --no-cache leaves the cache alone");
        return 2;
    }
    if (!o->cache)
        return 1; /* cache_open said why */
    if (strcmp(what, "info") == 0) {
        cache_stats s;
        cache_get_stats(o->cache, &s);
        out_writer *w = out_open(stdout, o->format, o->bom, &info_columns);
        out_row_begin(w);
        out_str(w, s.dir);
        out_int(w, (long long)s.entries);
        out_int(w, (long long)s.bytes);
        out_int(w, (long long)s.current);
        out_int(w, (long long)s.links);
        out_int(w, (long long)s.cap);
        out_row_end(w);
        out_close(w);
        return 0;
    }
    long removed = cache_clear(o->cache);
    if (removed < 0) {
        out_error("cache: %s: %s", cache_dir(o->cache), strerror(errno));
        return 1;
    }
    out_writer *w = out_open(stdout, o->format, o->bom, &clear_columns);
    out_row_begin(w);
    out_str(w, cache_dir(o->cache));
    out_int(w, removed);
    out_row_end(w);
    out_close(w);
    return 0;
}
