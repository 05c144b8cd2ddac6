/* verbs.h — the command-line verbs: one list names each verb once and
 * yields the dispatch table and the usage text, so they cannot drift. */
#ifndef BAOGAO_VERBS_H
#define BAOGAO_VERBS_H

#include <stddef.h>

#include "out.h"
#include "roles.h"

typedef struct options {
    out_format format; /* TSV, or --json, --csv / --csv-bom */
    int bom;        /* --csv-bom: CSV with a UTF-8 BOM first */
    int color;      /* --color=never|always|auto: 0, 1, -1 */
    int mouse;      /* 0 with --no-mouse */
    int ambiwide;   /* 1 with --ambiwide, 0 with --narrow, -1 measure */
    const char *verb;
    char **paths;   /* the PATH arguments, or the defaults */
    size_t npaths;
    int bundled;    /* no PATH was given: paths is the defaults */
    /* The PATHs used when none is given: the config's paths, or the
     * bundled corpus. */
    char **defaults;
    size_t ndefaults;
    const role_look *looks; /* the config's colours by role, or NULL */
    /* indicators' filters (--name, --kind, --period), as typed, or NULL */
    const char *name, *kind, *period;
    /* compare's rows: its sections (0), --indicators (1), --targets (2),
     * --terms (3) */
    int compare_rows;
    /* trend's --by: 0 region and year, 1 year, 2 region; --each */
    int trend_by, each;
    /* export's: --sqlite FILE and --bulk INDEX (or NULL), --jsonl, --force */
    const char *sqlite, *bulk;
    int jsonl, force;
    /* --no-cache; else the cache every load goes through (src/cache.h),
     * NULL when it could not be opened */
    int no_cache;
    struct cache *cache;
} options;

/* What a verb prints: rows (TSV, --json, --csv), or text (cat: its
 * paragraphs; --json gives them as JSON, --csv is refused). */
enum { VERB_TEXT, VERB_ROWS };

/* X(name, arguments, help, prints) — every verb, in the order --help lists
 * them; prints is VERB_ROWS or VERB_TEXT. */
#define VERB_LIST(X)                                                         \
    X(list, "[PATH...]", "path region region_code region_chain year kind script encoding title duplicate_of", VERB_ROWS) \
    X(outline, "PATH", "level marker title line", VERB_ROWS)                \
    X(tables, "PATH", "table caption row cells... (one row per table row)", VERB_ROWS) \
    X(search, "QUERY [PATH...]", "path line section snippet (exit 1: no hit)", VERB_ROWS) \
    X(trend, "QUERY [PATH...]", "hits per region and year: region year reports hits per_10k first_path first_line (exit 1: no hit)", VERB_ROWS) \
    X(indicators, "[PATH...]", "the numbers stated: name canonical value unit change period kind … (exit 1: none)", VERB_ROWS) \
    X(timeline, "NAME [PATH...]", "one indicator across reports: region period kind value unit amount change path line agreement (exit 1: none)", VERB_ROWS) \
    X(compare, "PATH_A PATH_B", "the sections of two reports aligned: status a_line a_marker a_title b_line b_marker b_title similarity", VERB_ROWS) \
    X(cat, "[PATH...]", "the clean text: one paragraph per line, a blank line between blocks", VERB_TEXT) \
    X(check, "[PATH...]", "what decode, clean, repair and structure did to each file", VERB_ROWS) \
    X(cache, "info|clear", "the cache of parsed reports: info (folder entries bytes current links cap) or clear (removed)", VERB_ROWS) \
    X(export, "--sqlite FILE [--force] | --jsonl [--bulk INDEX] [PATH...]", "documents, sections, indicators (SQLite: tables, full text) as a database or JSON lines", VERB_TEXT)

/* Each verb runs over o->paths and returns the exit status: 0 success,
 * 1 nothing loaded (or nothing found), 2 usage error. */
#define VERB_DECLARE(name, args, help, prints) int verb_##name(const options *o);
VERB_LIST(VERB_DECLARE)
#undef VERB_DECLARE

/* The terminal UI over o->paths (no verb given). */
int verb_tui(const options *o);

#endif
