/* cli.c — the command line: the parser of OPTION_LIST's options
 * (options.h), the verb table (from VERB_LIST in verbs.h), --help and
 * VERB --help generated from both, and dispatch. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "config_load.h"
#include "load.h"
#include "options.h"
#include "out.h"
#include "sbuf.h"
#include "tui.h"
#include "usage_text.h"
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

/* One option as --help lists it: "  --name TEXT        help", the help's
 * further lines indented under its first. */
static void print_option(FILE *f, const option_info *op)
{
    char head[40];
    snprintf(head, sizeof head, "%s%s%s", op->spelling,
             op->arg == OPTARG_NEXT ? " " : op->arg == OPTARG_EQUALS ? "=" : "",
             op->value ? op->value : "");
    fprintf(f, "  %-18s ", head);
    for (const char *h = op->help; *h;) {
        size_t n = strcspn(h, "\n");
        fprintf(f, "%.*s\n", (int)n, h);
        h += n;
        if (*h == '\n' && *++h)
            fprintf(f, "%21s", "");
    }
}

/* The words an option is for, as "indicators, timeline" (the terminal
 * UI's as "the terminal UI"), into b. */
static void option_for_list(sbuf *b, option_id id)
{
    for (size_t i = 0; i < NVERBS; i++)
        if (option_is_for(id, verbs[i].name, verbs[i].prints == VERB_ROWS))
            sbuf_printf(b, "%s%s", b->len ? ", " : "", verbs[i].name);
    if (option_is_tui(id))
        sbuf_printf(b, "%sthe terminal UI", b->len ? ", " : "");
}

static void usage(FILE *f)
{
    fputs(USAGE_SYNOPSIS
          "\nA terminal browser for Chinese government reports.\n\nverbs:\n",
          f);
    for (size_t i = 0; i < NVERBS; i++)
        fprintf(f, "  %-10s %-10s %s\n", verbs[i].name, verbs[i].args,
                verbs[i].help);
    fputs("\noptions:\n", f);
    for (int i = 0; i < OPTION_COUNT; i++) {
        print_option(f, &option_table[i]);
        if (strcmp(option_table[i].applies, "any") != 0) {
            sbuf b = {0};
            option_for_list(&b, (option_id)i);
            fprintf(f, "%21s(for %s)\n", "", b.p);
            sbuf_free(&b);
        }
    }
    fputs("\nkeys of the terminal UI:\n", f);
    tui_print_keys(f);
    fputs("\n" USAGE_PATHS "\n" USAGE_OUTPUT USAGE_EXIT, f);
}

/* baogao VERB --help: the verb's arguments, what it prints and the
 * options for it. */
static void verb_usage(FILE *f, const verb *v)
{
    fprintf(f, "usage: baogao [OPTIONS] %s %s\n\n%s %s\n", v->name, v->args,
            v->prints == VERB_ROWS ? "Prints rows (TSV with a header row):"
                                   : "Prints",
            v->help);
    fputs("\noptions:\n", f);
    for (int i = 0; i < OPTION_COUNT; i++)
        if (option_is_for((option_id)i, v->name, v->prints == VERB_ROWS))
            print_option(f, &option_table[i]);
    fputs("\n" USAGE_EXIT, f);
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

/* What parsing found beyond the options struct: which options were
 * given, and --help / --version. */
typedef struct parsed {
    unsigned char given[OPTION_COUNT];
    int help, version;
} parsed;

/* --json, --csv, --csv-bom: 0, or -1 (named) when another format was
 * asked for already. */
static int set_format(options *o, out_format f, int bom, const char *a)
{
    if (o->format != OUT_TSV && o->format != f) {
        out_error("%s: --json and --csv exclude each other (see baogao --help)", a);
        return -1;
    }
    o->format = f;
    o->bom |= bom;
    return 0;
}

/* Option id given as word a with value (NULL if none) into o and p; 0, or
 * -1 after naming what is wrong. */
static int set_option(option_id id, const char *a, const char *value,
                      options *o, parsed *p)
{
    p->given[id] = 1;
    switch (id) {
    case OPT_JSON: return set_format(o, OUT_JSON, 0, a);
    case OPT_CSV: return set_format(o, OUT_CSV, 0, a);
    case OPT_CSV_BOM: return set_format(o, OUT_CSV, 1, a);
    case OPT_COLOR:
        if (!value || strcmp(value, "always") == 0)
            o->color = 1;
        else if (strcmp(value, "never") == 0)
            o->color = 0;
        else if (strcmp(value, "auto") == 0)
            o->color = -1;
        else {
            out_error("--color is never, always or auto, not '%s' (see baogao --help)", value);
            return -1;
        }
        return 0;
    case OPT_NO_COLOR: o->color = 0; return 0;
    case OPT_NO_MOUSE: o->mouse = 0; return 0;
    case OPT_AMBIWIDE: o->ambiwide = 1; return 0;
    case OPT_NARROW: o->ambiwide = 0; return 0;
    case OPT_NAME: o->name = value; return 0;
    case OPT_KIND: o->kind = value; return 0;
    case OPT_PERIOD: o->period = value; return 0;
    case OPT_INDICATORS: o->compare_rows = 1; return 0;
    case OPT_TARGETS: o->compare_rows = 2; return 0;
    case OPT_BY:
        if (strcmp(value, "year") == 0)
            o->trend_by = 1;
        else if (strcmp(value, "region") == 0)
            o->trend_by = 2;
        else {
            out_error("--by is year or region, not '%s' (see baogao trend --help)", value);
            return -1;
        }
        return 0;
    case OPT_EACH: o->each = 1; return 0;
    case OPT_TERMS: o->compare_rows = 3; return 0;
    case OPT_SQLITE: o->sqlite = value; return 0;
    case OPT_FORCE: o->force = 1; return 0;
    case OPT_NO_CACHE: o->no_cache = 1; return 0;
    case OPT_JOBS: {
        char *end;
        long n = strtol(value, &end, 10);
        if (*end || n < 1 || n > LOAD_MAX_JOBS) {
            out_error("--jobs is a number from 1 to %d, not '%s' (see baogao --help)",
                      LOAD_MAX_JOBS, value);
            return -1;
        }
        load_use_jobs((int)n);
        return 0;
    }
    case OPT_JSONL: o->jsonl = 1; return 0;
    case OPT_BULK: o->bulk = value; return 0;
    case OPT_HELP: p->help = 1; return 0;
    case OPT_VERSION: p->version = 1; return 0;
    case OPT_END: case OPTION_COUNT: break;
    }
    return 0;
}

/* The option word a names (-h is --help), with its value after '=' in
 * *inline_value (else NULL); OPTION_COUNT when it names none. */
static option_id find_option(const char *a, const char **inline_value)
{
    *inline_value = NULL;
    if (strcmp(a, "-h") == 0)
        return OPT_HELP;
    for (int i = 0; i < OPTION_COUNT; i++) {
        const option_info *op = &option_table[i];
        size_t n = strlen(op->spelling);
        if (i == OPT_END || strncmp(a, op->spelling, n) != 0)
            continue;
        if (a[n] == '\0')
            return (option_id)i;
        if (a[n] == '=' && op->arg != OPTARG_NONE) {
            *inline_value = a + n + 1;
            return (option_id)i;
        }
    }
    return OPTION_COUNT;
}

/* A QUERY (search's, timeline's NAME, trend's; with trend --each, any
 * word before the first existing PATH): it may start with '-' (an
 * exclusion: search "-改革 发展") when it is no option. */
static int is_query(const options *o)
{
    return o->verb &&
           (strcmp(o->verb, "search") == 0 || strcmp(o->verb, "timeline") == 0 ||
            strcmp(o->verb, "trend") == 0) &&
           (!o->npaths || (o->each && !load_exists(o->paths[o->npaths - 1])));
}

/* Options go anywhere (until "--"); the first word is the verb when it
 * names one, every other word is a PATH (kept in argv, in order); an
 * unknown option in the place of search's QUERY is the QUERY. Returns 0,
 * or -1 after one line naming what is wrong. */
static int parse_args(int argc, char **argv, options *o, parsed *p)
{
    memset(o, 0, sizeof *o);
    memset(p, 0, sizeof *p);
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
            const char *value;
            option_id id = find_option(a, &value);
            if (id == OPTION_COUNT && is_query(o)) {
                o->paths[o->npaths++] = argv[i];
                continue;
            }
            if (id == OPTION_COUNT) {
                out_error("unknown option '%s' (see baogao --help)", a);
                return -1;
            }
            if (option_table[id].arg == OPTARG_NEXT && !value) {
                if (i + 1 == argc) {
                    out_error("%s needs a value %s (see baogao --help)", a,
                              option_table[id].value);
                    return -1;
                }
                value = argv[++i];
            }
            if (set_option(id, a, value, o, p) != 0)
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

/* An option given that is not for verb v (NULL: the terminal UI): named
 * with the verbs it is for, 2; else 0. The terminal UI's options are
 * accepted and ignored by the verbs. */
static int refuse_misplaced(const parsed *p, const verb *v)
{
    for (int i = 0; i < OPTION_COUNT; i++) {
        if (!p->given[i] ||
            option_is_for((option_id)i, v ? v->name : NULL, v && v->prints == VERB_ROWS) ||
            (v && option_is_tui((option_id)i)))
            continue;
        sbuf b = {0};
        option_for_list(&b, (option_id)i);
        if (v)
            out_error("%s is for %s, not %s (see baogao %s --help)",
                      option_table[i].spelling, b.p, v->name, v->name);
        else
            out_error("%s is for %s, not the terminal UI (see baogao --help)",
                      option_table[i].spelling, b.p);
        sbuf_free(&b);
        return 2;
    }
    return 0;
}

int cli_main(int argc, char **argv)
{
    options o;
    parsed p;
    if (parse_args(argc, argv, &o, &p) != 0)
        return 2;
    static config cfg; /* lives as long as o */
    config_init(&cfg);
    config_use(&cfg, &o);
    const verb *v = find_verb(o.verb);
    if (p.help || (o.verb && strcmp(o.verb, "help") == 0)) {
        if (v)
            verb_usage(stdout, v);
        else
            usage(stdout);
        return 0;
    }
    if (p.version || (o.verb && strcmp(o.verb, "version") == 0)) {
        printf("baogao %s\n", BAOGAO_VERSION);
        return 0;
    }
    if (!o.verb && mistyped_verb(&o)) {
        out_error("unknown verb '%s' (see baogao --help)", o.paths[0]);
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
    if (o.format == OUT_CSV && (!v || v->prints != VERB_ROWS))
        return refuse_csv(v);
    int misplaced = refuse_misplaced(&p, v);
    if (misplaced)
        return misplaced;
    if (!o.no_cache) {
        o.cache = cache_open(NULL, NULL, NULL);
        load_use_cache(o.cache);
    }
    int status = v ? v->run(&o) : verb_tui(&o);
    load_use_cache(NULL);
    cache_close(o.cache);
    return status;
}
