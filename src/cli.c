/* cli.c — the command line: options, the verb table (from VERB_LIST in
 * verbs.h), usage text generated from it, and dispatch. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "config_load.h"
#include "load.h"
#include "out.h"
#include "sbuf.h"
#include "tui.h"
#include "verbs.h"

#ifndef BAOGAO_VERSION
#define BAOGAO_VERSION "0.0.0"
#endif

typedef struct verb {
    const char *name, *args, *help;
    int prints; /* VERB_ROWS or VERB_TEXT */
    int (*run)(const options *);
} verb;

#define VERB_ENTRY(name, args, help, prints) {#name, args, help, prints, verb_##name},
static const verb verbs[] = {VERB_LIST(VERB_ENTRY)};
#undef VERB_ENTRY
enum { NVERBS = sizeof verbs / sizeof verbs[0] };

static void usage(FILE *f)
{
    fputs("usage: baogao [OPTIONS] [PATH...]            the terminal UI\n"
          "       baogao [--json|--csv] VERB [PATH...]  a verb, for scripts\n\n"
          "A terminal browser for Chinese government reports.\n\nverbs:\n",
          f);
    for (size_t i = 0; i < NVERBS; i++)
        fprintf(f, "  %-10s %-10s %s\n", verbs[i].name, verbs[i].args,
                verbs[i].help);
    fputs("\noptions:\n"
          "  --json             one JSON document instead of TSV (cat: each\n"
          "                     report's paragraphs with their line numbers)\n"
          "  --csv              CSV instead of TSV (RFC 4180: the same rows, comma-\n"
          "                     separated, quoted where needed, CRLF line ends)\n"
          "  --csv-bom          CSV with a UTF-8 BOM first, for spreadsheet programs\n"
          "  --color=WHEN       never, always or auto (auto honours NO_COLOR)\n"
          "  --no-mouse         no mouse reporting in the terminal UI\n"
          "  --ambiwide         ambiguous-width characters (“”…—·①) take two\n"
          "                     cells; --narrow one (default: ask the terminal)\n"
          "  --name TEXT        indicators: those whose name or canonical name\n"
          "                     matches TEXT as search matches (地區, dqsczz)\n"
          "  --kind KIND        indicators, timeline: actual, target or expected only\n"
          "  --period P         indicators, timeline: of period P only (2023, 2021-2025)\n"
          "  --indicators       compare: the indicators paired (A, B, delta) instead\n"
          "                     of the sections\n"
          "  --targets          compare: A's targets against the outcomes B states\n"
          "                     (met, missed, unknown, and the rule)\n"
          "  --help             this text\n"
          "  --version          the version\n"
          "  --                 ends the options: every word after it is a PATH\n"
          "                     (or search's QUERY)\n\nkeys of the terminal UI:\n",
          f);
    tui_print_keys(f);
    fputs("\n"
          "PATH is a report file (UTF-8, GB18030, Big5, UTF-16; text, markdown, or a\n"
          "CSV export with a full_text column), a folder of them, or - for standard\n"
          "input. With no PATH, a verb works on the bundled sample corpus.\n"
          "search's QUERY may start with - (an exclusion): the first word after\n"
          "search is the QUERY when it is no option (search \"-改革 发展\"), and so\n"
          "is one after -- (search -- -改革).\n\n"
          "Output is TSV with a header row. No field and no message (stderr) lets a\n"
          "control character of a file name or a report through raw: tab, newline,\n"
          "CR and backslash are written \\t \\n \\r \\\\, the other C0 controls and\n"
          "DEL \\x1b, the C1 controls U+0080-U+009F and the bidi controls U+061C,\n"
          "U+200E, U+200F, U+202A-U+202E, U+2066-U+2069 \\u202e, each byte that is\n"
          "not UTF-8 \\xff. --csv gives the same rows escaped the same way but for\n"
          "tab, newline, CR and backslash, which are themselves (RFC 4180 quoting\n"
          "carries them); --json one array of objects (with more fields), always\n"
          "valid UTF-8: bytes that are not UTF-8 are \\ufffd, and a path that is\n"
          "not UTF-8 comes with NAME_bytes too (path_bytes, duplicate_of_bytes):\n"
          "its bytes as numbers 0-255.\n"
          "Exit status: 0 success, 1 nothing loaded, 2 usage error.\n",
          f);
}

/* The verb named w, or NULL. */
static const verb *find_verb(const char *w)
{
    for (size_t i = 0; w && i < NVERBS; i++)
        if (strcmp(w, verbs[i].name) == 0)
            return &verbs[i];
    return NULL;
}

static int is_verb(const char *w)
{
    return find_verb(w) || strcmp(w, "help") == 0 || strcmp(w, "version") == 0;
}

enum { OPTION_UNKNOWN = -1, OPTION_CLASH = -2 };

/* --json, --csv, --csv-bom: 0, or OPTION_CLASH when another format was
 * asked for already. */
static int set_format(options *o, out_format f, int bom)
{
    if (o->format != OUT_TSV && o->format != f)
        return OPTION_CLASH;
    o->format = f;
    o->bom |= bom;
    return 0;
}

/* One option; 0, or OPTION_UNKNOWN / OPTION_CLASH. */
static int parse_option(const char *a, options *o)
{
    if (strcmp(a, "--json") == 0)
        return set_format(o, OUT_JSON, 0);
    if (strcmp(a, "--csv") == 0)
        return set_format(o, OUT_CSV, 0);
    if (strcmp(a, "--csv-bom") == 0)
        return set_format(o, OUT_CSV, 1);
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
        o->verb = "help";
    else if (strcmp(a, "--version") == 0)
        o->verb = "version";
    else if (strcmp(a, "--no-mouse") == 0)
        o->mouse = 0;
    else if (strcmp(a, "--ambiwide") == 0)
        o->ambiwide = 1;
    else if (strcmp(a, "--narrow") == 0)
        o->ambiwide = 0;
    else if (strcmp(a, "--color=never") == 0 || strcmp(a, "--no-color") == 0)
        o->color = 0;
    else if (strcmp(a, "--color=always") == 0 || strcmp(a, "--color") == 0)
        o->color = 1;
    else if (strcmp(a, "--color=auto") == 0)
        o->color = -1;
    else if (strcmp(a, "--indicators") == 0)
        o->compare_rows = 1;
    else if (strcmp(a, "--targets") == 0)
        o->compare_rows = 2;
    else if (strcmp(a, "--jsonl") == 0)
        o->jsonl = 1;
    else if (strcmp(a, "--force") == 0)
        o->force = 1;
    else
        return OPTION_UNKNOWN;
    return 0;
}

/* --name TEXT, --kind KIND, --period P, --sqlite FILE, --bulk INDEX (also
 * --name=TEXT): the slot the option a fills, or NULL when a is none of
 * them. */
static const char **filter_slot(const char *a, options *o, const char **inline_value)
{
    static const char *const names[] = {"--name", "--kind", "--period", "--sqlite", "--bulk"};
    const char **slots[] = {&o->name, &o->kind, &o->period, &o->sqlite, &o->bulk};
    for (int k = 0; k < 5; k++) {
        size_t n = strlen(names[k]);
        if (strncmp(a, names[k], n) == 0 && (a[n] == '\0' || a[n] == '=')) {
            *inline_value = a[n] == '=' ? a + n + 1 : NULL;
            return slots[k];
        }
    }
    return NULL;
}

/* search's QUERY: the first word after the verb search, which may start
 * with '-' (an exclusion: search "-改革 发展") when it is no option. */
static int is_query(const options *o)
{
    return o->verb && (strcmp(o->verb, "search") == 0 || strcmp(o->verb, "timeline") == 0) &&
           !o->npaths;
}

/* Options go anywhere (until "--"); the first word is the verb when it
 * names one, every other word is a PATH (kept in argv, in order); an
 * unknown option in the place of search's QUERY is the QUERY. */
static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->color = -1;
    o->mouse = 1;
    o->ambiwide = -1;
    o->paths = argv + 1;
    int words_only = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!words_only && strcmp(a, "--") == 0) {
            words_only = 1;
        } else if (!words_only && a[0] == '-' && a[1] != '\0') {
            const char *value, **slot = filter_slot(a, o, &value);
            if (slot && !value && i + 1 == argc) {
                out_error("%s needs a value", a);
                return -1;
            }
            if (slot) {
                *slot = value ? value : argv[++i];
                continue;
            }
            int e = parse_option(a, o);
            if (e == OPTION_UNKNOWN && is_query(o)) {
                o->paths[o->npaths++] = argv[i];
                continue;
            }
            if (e == OPTION_CLASH)
                out_error("%s: --json and --csv exclude each other", a);
            else if (e)
                out_error("unknown option %s", a);
            if (e)
                return -1;
        } else if (!o->verb && !o->npaths && !words_only && is_verb(a)) {
            o->verb = a;
        } else {
            o->paths[o->npaths++] = argv[i];
        }
    }
    return 0;
}

/* A first word that is no file and looks like a verb is a mistyped verb,
 * not a report to open. */
static int mistyped_verb(const options *o)
{
    if (!o->npaths || load_exists(o->paths[0]))
        return 0;
    for (const char *c = o->paths[0]; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || *c == '-'))
            return 0;
    return 1;
}

/* --csv with a verb that prints text, or with the terminal UI: a usage
 * error. cat's clean text is paragraphs, not records: a one-column CSV of
 * it would only quote what `cat` prints plainly, and its structure already
 * comes as rows from outline and tables. */
static int refuse_csv(const verb *v)
{
    sbuf rows = {0};
    for (size_t i = 0; i < NVERBS; i++)
        if (verbs[i].prints == VERB_ROWS)
            sbuf_printf(&rows, "%s %s", rows.len ? "," : "", verbs[i].name);
    out_error("%s prints %s, not rows; --csv is for%s",
              v ? v->name : "the terminal UI", v ? "text" : "a screen", rows.p);
    sbuf_free(&rows);
    return 2;
}

int cli_main(int argc, char **argv)
{
    options o;
    static config cfg; /* lives as long as o */
    if (parse_args(argc, argv, &o) != 0) {
        usage(stderr);
        return 2;
    }
    config_init(&cfg);
    config_use(&cfg, &o);
    if (o.verb && strcmp(o.verb, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (o.verb && strcmp(o.verb, "version") == 0) {
        printf("baogao %s\n", BAOGAO_VERSION);
        return 0;
    }
    if (!o.verb && mistyped_verb(&o)) {
        out_error("unknown verb '%s'", o.paths[0]);
        usage(stderr);
        return 2;
    }
    char *bundled[] = {(char *)load_bundled_dir()};
    if (!o.defaults) {
        o.defaults = bundled;
        o.ndefaults = 1;
    }
    if (!o.npaths) {
        o.paths = o.defaults;
        o.npaths = o.ndefaults;
        o.bundled = 1;
    }
    const verb *v = find_verb(o.verb);
    if (o.name && (!v || v->run != verb_indicators)) {
        out_error("--name is for the indicators verb (timeline takes NAME)");
        return 2;
    }
    if ((o.kind || o.period) && (!v || (v->run != verb_indicators && v->run != verb_timeline))) {
        out_error("--kind and --period are for the indicators and timeline verbs");
        return 2;
    }
    if (o.compare_rows && (!v || v->run != verb_compare)) {
        out_error("--indicators and --targets are for the compare verb");
        return 2;
    }
    if ((o.sqlite || o.bulk || o.jsonl || o.force) && (!v || v->run != verb_export)) {
        out_error("--sqlite, --jsonl, --bulk and --force are for the export verb");
        return 2;
    }
    if (o.format != OUT_TSV && v && v->run == verb_export) {
        out_error("export writes --sqlite FILE or --jsonl, not --json or --csv");
        return 2;
    }
    if (o.format == OUT_CSV && (!v || v->prints != VERB_ROWS))
        return refuse_csv(v);
    return v ? v->run(&o) : verb_tui(&o);
}
