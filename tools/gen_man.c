/* gen_man.c — build-time tool: the man page baogao(1) in troff, from the
 * tables --help prints (VERB_LIST of src/verbs.h, OPTION_LIST of
 * src/options.h, the TUI's keys through tui_each_key, the prose of
 * src/usage_text.h) and the export schema (assets/export_schema.sql,
 * compiled in by tools/gen_text), so page and --help cannot drift.
 * Usage: gen_man OUTPUT VERSION DATADIR (DATADIR: where the samples are
 * installed). Exit 1 on a write error, or when an option is for a word
 * that is no verb (check_applies). */
#include <stdio.h>
#include <string.h>

#include "options.h"
#include "tui.h"
#include "usage_text.h"
#include "verbs.h"

extern const char export_schema_sql[];

typedef struct man_verb {
    const char *name, *args, *help;
    int rows;
} man_verb;

#define VERB_ENTRY(name, args, help, prints) {#name, args, help, prints == VERB_ROWS},
static const man_verb verbs[] = {VERB_LIST(VERB_ENTRY)};
#undef VERB_ENTRY
enum { NVERBS = sizeof verbs / sizeof verbs[0] };

/* Text s[0..n) as troff input: backslash as \e, '-' as \- (so options
 * copy as typed), a line's leading '.' or '\'' guarded with \&; each
 * newline of s a newline, or a space when join is set. */
static void put_text(FILE *f, const char *s, size_t n, int join)
{
    int bol = 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (bol && (c == '.' || c == '\''))
            fputs("\\&", f);
        bol = 0;
        if (c == '\\')
            fputs("\\e", f);
        else if (c == '-')
            fputs("\\-", f);
        else if (c == '\n' && join)
            putc(i + 1 < n ? ' ' : '\n', f);
        else {
            putc(c, f);
            bol = c == '\n';
        }
    }
}

static void put(FILE *f, const char *s, int join)
{
    put_text(f, s, strlen(s), join);
}

/* The verbs option id is for, as "indicators, timeline", and the terminal
 * UI. */
static void put_option_for(FILE *f, option_id id)
{
    int n = 0;
    for (size_t i = 0; i < NVERBS; i++)
        if (option_is_for(id, verbs[i].name, verbs[i].rows))
            fprintf(f, "%s\\fB%s\\fR", n++ ? ", " : "", verbs[i].name);
    if (option_is_tui(id))
        fprintf(f, "%sthe terminal UI", n++ ? ", " : "");
}

/* 0 when every word of every option's applies is a verb, "rows", "tui"
 * or "any"; else 1, naming the first that is not (a typo in
 * OPTION_LIST fails the build rather than hide an option). */
static int check_applies(void)
{
    for (int i = 0; i < OPTION_COUNT; i++)
        for (const char *w = option_table[i].applies; *w;) {
            size_t n = strcspn(w, " "), k = 0;
            while (k < NVERBS && !(strlen(verbs[k].name) == n &&
                                   strncmp(verbs[k].name, w, n) == 0))
                k++;
            if (k == NVERBS && !(n == 4 && strncmp(w, "rows", 4) == 0) &&
                !(n == 3 && (strncmp(w, "tui", 3) == 0 || strncmp(w, "any", 3) == 0))) {
                fprintf(stderr, "gen_man: src/options.h: %s is for '%.*s', "
                                "which is no verb, rows, tui or any\n",
                        option_table[i].spelling, (int)n, w);
                return 1;
            }
            w += n;
            w += *w == ' ';
        }
    return 0;
}

static void synopsis(FILE *f)
{
    fputs(".SH SYNOPSIS\n.B baogao\n[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]\n", f);
    for (size_t i = 0; i < NVERBS; i++) {
        fprintf(f, ".br\n.B baogao\n[\\fIOPTIONS\\fR] \\fB%s\\fR ", verbs[i].name);
        put(f, verbs[i].args, 1);
        fputc('\n', f);
    }
    fputs(".br\n.B baogao\n\\fIVERB\\fR \\fB\\-\\-help\\fR\n", f);
}

static void verbs_section(FILE *f)
{
    fputs(".SH VERBS\nEach verb writes to standard output; one that prints "
          "rows writes TSV with a header row (see OUTPUT), or \\fB\\-\\-json\\fR "
          "or \\fB\\-\\-csv\\fR. \\fBbaogao\\fR \\fIVERB\\fR \\fB\\-\\-help\\fR "
          "prints a verb's usage.\n",
          f);
    for (size_t i = 0; i < NVERBS; i++) {
        fprintf(f, ".TP\n\\fB%s\\fR ", verbs[i].name);
        put(f, verbs[i].args, 1);
        fprintf(f, "\n%s", verbs[i].rows ? "Rows: " : "Prints ");
        put(f, verbs[i].help, 1);
        fputs(".\n", f);
    }
}

static void options_section(FILE *f)
{
    fputs(".SH OPTIONS\nOptions go anywhere on the line, before or after the "
          "verb, until \\fB\\-\\-\\fR.\n",
          f);
    for (int i = 0; i < OPTION_COUNT; i++) {
        const option_info *op = &option_table[i];
        fputs(".TP\n\\fB", f);
        put(f, op->spelling, 0);
        fputs("\\fR", f);
        if (op->value)
            fprintf(f, "%s\\fI%s\\fR", op->arg == OPTARG_NEXT ? " " : "=", op->value);
        if (op->choices) {
            fputs(" (", f);
            for (const char *c = op->choices; *c; c++)
                if (*c == ' ')
                    fputs(", ", f);
                else
                    putc(*c, f);
            fputc(')', f);
        }
        fputc('\n', f);
        put(f, op->help, 1);
        fputs(".\n", f);
        if (strcmp(op->applies, "any") == 0)
            continue;
        fputs("For ", f);
        put_option_for(f, (option_id)i);
        fputs(".\n", f);
    }
}

/* Where put_key writes, and the view of the key before. */
typedef struct key_out {
    FILE *f;
    int started;
    const char *view;
} key_out;

/* tui_each_key's callback: a subsection at each new view (views come in
 * runs, named by one string each), a .TP per key. */
static void put_key(void *ctx, const char *view, const char *keys, const char *help)
{
    key_out *k = ctx;
    if (!k->started || view != k->view) {
        if (view)
            fprintf(k->f, ".SS In the %s view\n", view);
        else
            fputs(".SS Everywhere\n", k->f);
        k->started = 1;
        k->view = view;
    }
    fputs(".TP\n\\fB", k->f);
    put(k->f, keys, 1);
    fputs("\\fR\n", k->f);
    put(k->f, help, 1);
    fputc('\n', k->f);
}

static void schema_section(FILE *f)
{
    fputs(".SH EXPORT SCHEMA\n\\fBbaogao export \\-\\-sqlite\\fR \\fIFILE\\fR "
          "creates these tables (assets/export_schema.sql), in one "
          "transaction:\n.PP\n.nf\n",
          f);
    put(f, export_schema_sql, 0);
    if (export_schema_sql[0] && export_schema_sql[strlen(export_schema_sql) - 1] != '\n')
        fputc('\n', f);
    fputs(".fi\n", f);
}

static void files_section(FILE *f, const char *datadir)
{
    fputs(".SH FILES\n.TP\n", f);
    put(f, datadir, 0);
    fputs("/reports\nThe sample corpus a verb works on when given no "
          "\\fIPATH\\fR (found from the installed binary's place).\n.TP\n", f);
    put(f, datadir, 0);
    fputs("/export_schema.sql, opensearch\\-mapping.json, "
          "indicator_names.tsv, target_rules.tsv, heteronyms.tsv\n"
          "Reference copies of the tables compiled into baogao (it reads "
          "none of them at run time): the export schema, an "
          "OpenSearch/Elasticsearch mapping for \\fBexport \\-\\-bulk\\fR, the "
          "synonyms of indicator names, the rules targets are judged by, the "
          "readings of heteronyms.\n"
          ".TP\n\\fI$XDG_CACHE_HOME\\fR/baogao\nThe cache of parsed reports "
          "(default \\fI~/.cache/baogao\\fR); nothing is ever written next "
          "to the reports.\n"
          ".TP\n\\fI$XDG_CONFIG_HOME\\fR/baogao/config\nThe configuration "
          "file (default \\fI~/.config/baogao/config\\fR).\n"
          ".TP\n\\fI$XDG_STATE_HOME\\fR/baogao/history\nThe terminal UI's "
          "search history (default \\fI~/.local/state/baogao/history\\fR).\n",
          f);
}

static void environment_section(FILE *f)
{
    fputs(".SH ENVIRONMENT\n"
          ".TP\n.B BAOGAO_REPORTS\nThe folder of the sample corpus, instead "
          "of the installed one.\n"
          ".TP\n.B XDG_CACHE_HOME\nWhere the cache folder is (see FILES).\n"
          ".TP\n.B XDG_CONFIG_HOME\nWhere the configuration file is.\n"
          ".TP\n.B XDG_STATE_HOME\nWhere the search history is.\n"
          ".TP\n.B HOME\nThe default of the three above.\n"
          ".TP\n.B NO_COLOR\nWhen set and not empty, "
          "\\fB\\-\\-color=auto\\fR draws without colour.\n"
          ".TP\n.B TERM\nThe terminal the UI draws on.\n"
          ".TP\n.B BAOGAO_FRAME_LOG\nA file each frame's drawing time (µs) "
          "is appended to, for the benchmarks.\n",
          f);
}

static void exit_section(FILE *f)
{
    fputs(".SH EXIT STATUS\n"
          ".TP\n.B 0\nSuccess.\n"
          ".TP\n.B 1\nNothing loaded: no report could be read (search, "
          "indicators, timeline: nothing found).\n"
          ".TP\n.B 2\nA usage error: an unknown verb or option (one line "
          "names it), an option for another verb, a missing value; or a "
          "terminal that cannot move the cursor.\n"
          ".TP\n.B 128+N\nThe terminal UI ended by signal N.\n.PP\n",
          f);
    put(f, USAGE_EXIT, 1);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen_man OUTPUT VERSION DATADIR\n");
        return 1;
    }
    if (check_applies())
        return 1;
    FILE *f = fopen(argv[1], "wb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fprintf(f, ".\\\" generated by tools/gen_man.c from the tables of --help\n"
               ".TH BAOGAO 1 \"\" \"baogao %s\" \"User Commands\"\n.nh\n"
               ".SH NAME\nbaogao \\- a terminal browser for Chinese government "
               "reports\n",
            argv[2]);
    synopsis(f);
    fputs(".SH DESCRIPTION\n\\fBbaogao\\fR reads government work reports, "
          "plans and statistical communiqués (text, markdown, CSV exports, "
          "HTML, Word and PDF files) and shows them in a terminal UI with an "
          "outline, a search across every report as you type, the indicators "
          "stated and a comparison of two reports; its verbs print the same "
          "as rows for scripts.\n.PP\n",
          f);
    put(f, USAGE_PATHS, 1);
    verbs_section(f);
    options_section(f);
    fputs(".SH KEYS\nThe keys of the terminal UI (\\fB?\\fR shows them on "
          "the screen).\n",
          f);
    key_out keys = {f, 0, NULL};
    tui_each_key(put_key, &keys);
    fputs(".SH OUTPUT\n", f);
    put(f, USAGE_OUTPUT, 1);
    schema_section(f);
    files_section(f, argv[3]);
    environment_section(f);
    exit_section(f);
    fputs(".SH SEE ALSO\n\\fBsqlite3\\fR(1)\n", f);
    if (ferror(f) | (fclose(f) != 0)) {
        fprintf(stderr, "gen_man: %s: write error\n", argv[1]);
        return 1;
    }
    return 0;
}
