/* options.h — the command-line options, named once: OPTION_LIST yields the
 * parser's table (src/cli.c), the options part of --help and of each
 * VERB --help, the man page's OPTIONS (tools/gen_man.c) and the shell
 * completions (tools/gen_completion.c), so none of them can drift.
 * The table itself and the rule of "applies" are in options.c. */
#ifndef BAOGAO_OPTIONS_H
#define BAOGAO_OPTIONS_H

/* How an option takes its value: none; VALUE as the next word or after
 * '=' (--name TEXT, --name=TEXT); or only after '=' and optional
 * (--color, --color=WHEN). */
enum { OPTARG_NONE, OPTARG_NEXT, OPTARG_EQUALS };

/* X(ID, "--spelling", argument kind, "VALUE" or NULL, "choices" or NULL,
 *   "applies", "help")
 * applies: the words it is for, space-separated: a verb's name, "rows"
 * (every verb that prints rows, VERB_ROWS), "tui" (the terminal UI; the
 * verbs accept and ignore such an option, so an alias can carry it) or
 * "any". choices: the values a VALUE may take, space-separated (for the
 * completions and the man page). help: lines separated by '\n', as
 * --help prints them. */
#define OPTION_LIST(X)                                                       \
    X(JSON, "--json", OPTARG_NONE, NULL, NULL, "rows cat",                  \
      "one JSON document instead of TSV (cat: each\n"                       \
      "report's paragraphs with their line numbers)")                       \
    X(CSV, "--csv", OPTARG_NONE, NULL, NULL, "rows",                        \
      "CSV instead of TSV (RFC 4180: the same rows, comma-\n"               \
      "separated, quoted where needed, CRLF line ends)")                    \
    X(CSV_BOM, "--csv-bom", OPTARG_NONE, NULL, NULL, "rows",                \
      "CSV with a UTF-8 BOM first, for spreadsheet programs")               \
    X(COLOR, "--color", OPTARG_EQUALS, "WHEN", "never always auto", "tui",  \
      "never, always or auto (auto honours NO_COLOR);\n"                    \
      "--color alone is always")                                            \
    X(NO_COLOR, "--no-color", OPTARG_NONE, NULL, NULL, "tui",               \
      "the same as --color=never")                                          \
    X(NO_MOUSE, "--no-mouse", OPTARG_NONE, NULL, NULL, "tui",               \
      "no mouse reporting in the terminal UI")                              \
    X(AMBIWIDE, "--ambiwide", OPTARG_NONE, NULL, NULL, "tui",               \
      "ambiguous-width characters (“”…—·①) take two\n"                      \
      "cells (default: ask the terminal)")                                  \
    X(NARROW, "--narrow", OPTARG_NONE, NULL, NULL, "tui",                   \
      "ambiguous-width characters take one cell")                           \
    X(NAME, "--name", OPTARG_NEXT, "TEXT", NULL, "indicators",              \
      "those whose name or canonical name matches\n"                        \
      "TEXT as search matches (地區, dqsczz)")                              \
    X(KIND, "--kind", OPTARG_NEXT, "KIND", "actual target expected",        \
      "indicators timeline", "actual, target or expected only")             \
    X(PERIOD, "--period", OPTARG_NEXT, "P", NULL, "indicators timeline",    \
      "of period P only (2023, 2021-2025)")                                 \
    X(INDICATORS, "--indicators", OPTARG_NONE, NULL, NULL, "compare",       \
      "the indicators paired (A, B, delta) instead\n"                       \
      "of the sections")                                                    \
    X(TARGETS, "--targets", OPTARG_NONE, NULL, NULL, "compare",             \
      "A's targets against the outcomes B states\n"                         \
      "(met, missed, unknown, and the rule)")                               \
    X(TERMS, "--terms", OPTARG_NONE, NULL, NULL, "compare",                 \
      "the phrases only in B (new) or only in A\n"                          \
      "(dropped), the 30 of each that stand out most:\n"                    \
      "side term count_a count_b score line (exit 1:\n"                    \
      "none)")                                                              \
    X(BY, "--by", OPTARG_NEXT, "WHAT", "year region", "trend",             \
      "one row per year (across regions) or per region\n"                  \
      "(across years); default: per region and year")                      \
    X(EACH, "--each", OPTARG_NONE, NULL, NULL, "trend",                     \
      "several queries, one count column each: the words\n"                \
      "before the first existing PATH are the queries")                     \
    X(SQLITE, "--sqlite", OPTARG_NEXT, "FILE", NULL, "export",              \
      "an SQLite database FILE (refused if it exists)")                     \
    X(FORCE, "--force", OPTARG_NONE, NULL, NULL, "export",                  \
      "--sqlite replaces an existing FILE")                                 \
    X(JSONL, "--jsonl", OPTARG_NONE, NULL, NULL, "export",                  \
      "one JSON object per line on standard output")                        \
    X(BULK, "--bulk", OPTARG_NEXT, "INDEX", NULL, "export",                 \
      "--jsonl as the OpenSearch/Elasticsearch _bulk\n"                     \
      "format for INDEX (an action line per object)")                       \
    X(NO_CACHE, "--no-cache", OPTARG_NONE, NULL, NULL, "any",               \
      "parse every report again: neither read nor write\n"                 \
      "the cache ($XDG_CACHE_HOME/baogao; baogao cache)")                  \
    X(JOBS, "--jobs", OPTARG_NEXT, "N", NULL, "any",                        \
      "parse with N threads (default: one per core; 1:\n"                  \
      "one file at a time); the output is the same")                       \
    X(HELP, "--help", OPTARG_NONE, NULL, NULL, "any",                       \
      "this text (also -h); after a verb, that verb's\n"                    \
      "usage")                                                              \
    X(VERSION, "--version", OPTARG_NONE, NULL, NULL, "any", "the version")  \
    X(END, "--", OPTARG_NONE, NULL, NULL, "any",                            \
      "ends the options: every word after it is a PATH\n"                   \
      "(or search's QUERY)")

typedef enum option_id {
#define OPTION_ENUM(id, spelling, arg, value, choices, applies, help) OPT_##id,
    OPTION_LIST(OPTION_ENUM)
#undef OPTION_ENUM
    OPTION_COUNT
} option_id;

/* One entry of OPTION_LIST. */
typedef struct option_info {
    const char *spelling;
    int arg; /* OPTARG_* */
    const char *value, *choices, *applies, *help;
} option_info;

/* Every option, in OPTION_LIST order (indexed by option_id). */
extern const option_info option_table[OPTION_COUNT];

/* True when option id is for verb (its name, and whether it prints rows,
 * VERB_ROWS) or, verb NULL, for the terminal UI; "any" is for both. */
int option_is_for(option_id id, const char *verb, int prints_rows);

/* True when option id is for the terminal UI (its applies says "tui"). */
int option_is_tui(option_id id);

#endif
