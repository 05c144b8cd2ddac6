/* cli.h — the command line: options, the verbs of verbs.h, dispatch. */
#ifndef BAOGAO_CLI_H
#define BAOGAO_CLI_H

/* Runs baogao with argv; returns the exit status: 0 success, 1 nothing
 * loaded, 2 usage error. */
int cli_main(int argc, char **argv);

#endif
