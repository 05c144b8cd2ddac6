/* cli.c — the command line: options, the verb table (from VERB_LIST in
 * verbs.h), usage text generated from it, and dispatch. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "load.h"
#include "verbs.h"

#ifndef BAOGAO_VERSION
#define BAOGAO_VERSION "0.0.0"
#endif

typedef struct verb {
    const char *name, *args, *help;
    int (*run)(const options *);
} verb;

#define VERB_ENTRY(name, args, help) {#name, args, help, verb_##name},
static const verb verbs[] = {VERB_LIST(VERB_ENTRY)};
#undef VERB_ENTRY
enum { NVERBS = sizeof verbs / sizeof verbs[0] };

static void usage(FILE *f)
{
    fputs("usage: baogao [--json] VERB [PATH...]\n\n"
          "A terminal browser for Chinese government reports (the terminal UI\n"
          "comes in a later release; these verbs work today).\n\nverbs:\n",
          f);
    for (size_t i = 0; i < NVERBS; i++)
        fprintf(f, "  %-8s %-10s %s\n", verbs[i].name, verbs[i].args,
                verbs[i].help);
    fputs("\noptions:\n"
          "  --json             one JSON document instead of TSV\n"
          "  --help             this text\n"
          "  --version          the version\n\n"
          "PATH is a report file (UTF-8, GB18030, Big5, UTF-16; text, markdown, or a\n"
          "CSV export with a full_text column), a folder of them, or - for standard\n"
          "input. With no PATH, a verb works on the bundled sample corpus.\n"
          "Output is TSV with a header row (tab, newline and backslash escaped).\n"
          "Exit status: 0 success, 1 nothing loaded, 2 usage error.\n",
          f);
}

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
    if (parse_args(argc, argv, &o) != 0 || !o.verb) {
        usage(stderr);
        return 2;
    }
    if (strcmp(o.verb, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(o.verb, "version") == 0) {
        printf("baogao %s\n", BAOGAO_VERSION);
        return 0;
    }
    char *bundled[] = {(char *)load_bundled_dir()};
    if (!o.npaths) {
        o.paths = bundled;
        o.npaths = 1;
    }
    for (size_t i = 0; i < NVERBS; i++)
        if (strcmp(o.verb, verbs[i].name) == 0)
            return verbs[i].run(&o);
    fprintf(stderr, "baogao: unknown verb '%s'\n", o.verb);
    usage(stderr);
    return 2;
}
