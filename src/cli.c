/* cli.c — the command-line verbs: cat prints the clean text, check what
 * decode/clean/repair did to each file (TSV, or JSON with --json). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "load.h"
#include "out.h"

#ifndef BAOGAO_VERSION
#define BAOGAO_VERSION "0.0.0"
#endif

typedef struct options {
    int json;
    const char *verb;
    char **paths;
    size_t npaths;
} options;

static const char usage[] =
    "usage: baogao [--json] VERB [PATH...]\n"
    "\n"
    "A terminal browser for Chinese government reports (the terminal UI\n"
    "comes in a later release; these verbs work today).\n"
    "\n"
    "verbs:\n"
    "  cat PATH...        the clean text: one paragraph per line, a blank\n"
    "                     line between blocks\n"
    "  check [PATH...]    what decode, clean and repair did to each file\n"
    "\n"
    "options:\n"
    "  --json             one JSON document instead of TSV\n"
    "  --help             this text\n"
    "  --version          the version\n"
    "\n"
    "PATH is a report file (UTF-8, GB18030, Big5, UTF-16; text, markdown, or a\n"
    "CSV export with a full_text column), a folder of them, or - for standard\n"
    "input. With no PATH, check works on the bundled sample corpus.\n"
    "Exit status: 0 success, 1 nothing loaded, 2 usage error.\n";

/* ---- cat ---------------------------------------------------------------- */

typedef struct cat_ctx {
    size_t docs;
} cat_ctx;

static void cat_doc(void *p, doc *d)
{
    cat_ctx *c = p;
    if (c->docs++)
        fputc('\n', stdout);
    fwrite(d->clean.bytes, 1, d->clean.len, stdout);
    doc_free(d);
}

static int run_cat(const options *o)
{
    if (!o->npaths) {
        fputs("baogao: cat needs a PATH\n", stderr);
        return 2;
    }
    cat_ctx c = {0};
    load_result r = load_paths(o->paths, o->npaths, cat_doc, &c);
    return r.docs ? 0 : 1;
}

/* ---- check -------------------------------------------------------------- */

typedef struct field {
    const char *name;
    size_t (*get)(const doc_stats *);
} field;

#define STAT(n, expr)                                                        \
    static size_t get_##n(const doc_stats *s) { return (expr); }
STAT(bytes, s->bytes_in)
STAT(lines, s->lines_in)
STAT(replaced, s->replaced)
STAT(crlf, s->crlf)
STAT(lone_cr, s->lone_cr)
STAT(html, s->html_comments + s->html_tags + s->html_entities)
STAT(controls, s->controls)
STAT(breadcrumb, s->dropped[DROP_BREADCRUMB])
STAT(pubinfo, s->dropped[DROP_PUBINFO])
STAT(toolbar, s->dropped[DROP_TOOLBAR])
STAT(footer, s->dropped[DROP_FOOTER])
STAT(spam, s->dropped[DROP_SPAM])
STAT(markup, s->dropped[DROP_MARKUP])
STAT(filler, s->dropped[DROP_REPEAT])
STAT(joined, s->paragraphs_joined)
STAT(annotations, s->annotations)
STAT(mojibake_repaired, s->mojibake_repaired)
STAT(mojibake_inferred, s->mojibake_inferred)
STAT(mojibake_partial, s->mojibake_partial)
STAT(mojibake_unrecoverable, s->mojibake_unrecoverable)
#undef STAT

static const field check_fields[] = {
    {"bytes", get_bytes}, {"lines", get_lines}, {"replaced", get_replaced},
    {"crlf", get_crlf}, {"cr", get_lone_cr}, {"html", get_html},
    {"controls", get_controls}, {"breadcrumb", get_breadcrumb},
    {"pubinfo", get_pubinfo}, {"toolbar", get_toolbar},
    {"footer", get_footer}, {"spam", get_spam}, {"markup", get_markup},
    {"filler", get_filler}, {"joined", get_joined},
    {"annotations", get_annotations},
    {"mojibake_repaired", get_mojibake_repaired},
    {"mojibake_inferred", get_mojibake_inferred},
    {"mojibake_partial", get_mojibake_partial},
    {"mojibake_unrecoverable", get_mojibake_unrecoverable},
};
enum { NFIELDS = sizeof check_fields / sizeof check_fields[0] };

typedef struct check_ctx {
    int json;
    size_t docs;
} check_ctx;

static void check_tsv_header(void)
{
    fputs("path\tencoding\tconfidence", stdout);
    for (size_t i = 0; i < NFIELDS; i++)
        printf("\t%s", check_fields[i].name);
    fputc('\n', stdout);
}

static void check_doc(void *p, doc *d)
{
    check_ctx *c = p;
    if (c->json) {
        fputs(c->docs ? ",\n  {\"path\": " : "\n  {\"path\": ", stdout);
        out_json_string(stdout, d->name, strlen(d->name));
        fputs(", \"encoding\": ", stdout);
        out_json_string(stdout, d->encoding, strlen(d->encoding));
        printf(", \"confidence\": %d", d->confidence);
        for (size_t i = 0; i < NFIELDS; i++)
            printf(", \"%s\": %zu", check_fields[i].name,
                   check_fields[i].get(&d->stats));
        if (d->nhints) {
            fputs(", \"hints\": {", stdout);
            for (size_t i = 0; i < d->nhints; i++) {
                fputs(i ? ", " : "", stdout);
                out_json_string(stdout, d->hints[i].key, strlen(d->hints[i].key));
                fputs(": ", stdout);
                out_json_string(stdout, d->hints[i].value,
                                strlen(d->hints[i].value));
            }
            fputc('}', stdout);
        }
        fputc('}', stdout);
    } else {
        out_tsv_field(stdout, d->name, strlen(d->name));
        printf("\t%s\t%d", d->encoding, d->confidence);
        for (size_t i = 0; i < NFIELDS; i++)
            printf("\t%zu", check_fields[i].get(&d->stats));
        fputc('\n', stdout);
    }
    c->docs++;
    doc_free(d);
}

static int run_check(const options *o)
{
    check_ctx c = {o->json, 0};
    char *bundled[] = {(char *)load_bundled_dir()};
    char *const *paths = o->npaths ? o->paths : bundled;
    size_t npaths = o->npaths ? o->npaths : 1;
    if (c.json)
        fputs("[", stdout);
    else
        check_tsv_header();
    load_result r = load_paths(paths, npaths, check_doc, &c);
    if (c.json)
        fputs(c.docs ? "\n]\n" : "]\n", stdout);
    return r.docs ? 0 : 1;
}

/* ---- dispatch ----------------------------------------------------------- */

static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || a[1] == '\0') { /* a word, or "-" (stdin) */
            if (!o->verb) {
                o->verb = a;
                continue;
            }
            break;
        }
        if (strcmp(a, "--json") == 0) {
            o->json = 1;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            o->verb = "help";
        } else if (strcmp(a, "--version") == 0) {
            o->verb = "version";
        } else {
            fprintf(stderr, "baogao: unknown option %s\n", a);
            return -1;
        }
    }
    o->paths = argv + i;
    o->npaths = (size_t)(argc - i);
    /* Options may also follow the paths. */
    size_t kept = 0;
    for (size_t k = 0; k < o->npaths; k++) {
        if (strcmp(o->paths[k], "--json") == 0)
            o->json = 1;
        else
            o->paths[kept++] = o->paths[k];
    }
    o->npaths = kept;
    return 0;
}

int cli_main(int argc, char **argv)
{
    options o;
    if (parse_args(argc, argv, &o) != 0) {
        fputs(usage, stderr);
        return 2;
    }
    if (!o.verb) {
        fputs(usage, stderr);
        return 2;
    }
    if (strcmp(o.verb, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(o.verb, "version") == 0) {
        printf("baogao %s\n", BAOGAO_VERSION);
        return 0;
    }
    if (strcmp(o.verb, "cat") == 0)
        return run_cat(&o);
    if (strcmp(o.verb, "check") == 0)
        return run_check(&o);
    fprintf(stderr, "baogao: unknown verb '%s'\n", o.verb);
    fputs(usage, stderr);
    return 2;
}
