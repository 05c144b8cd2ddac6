/* usage_text.h — the prose of --help around the verbs, options and keys,
 * one string per paragraph (lines end in '\n'): printed by cli.c's usage;
 * the paths, output and exit paragraphs are also the man page's
 * (tools/gen_man.c), so both say the same. The synopsis is --help's only:
 * the man page writes one line per verb from VERB_LIST. */
#ifndef BAOGAO_USAGE_TEXT_H
#define BAOGAO_USAGE_TEXT_H

#define USAGE_SYNOPSIS                                                       \
    "usage: baogao [OPTIONS] [PATH...]            the terminal UI\n"        \
    "       baogao [--json|--csv] VERB [PATH...]  a verb, for scripts\n"    \
    "       baogao VERB --help                    that verb's usage\n"

#define USAGE_PATHS                                                          \
    "PATH is a report file (UTF-8, GB18030, Big5, UTF-16; text, markdown, or a\n" \
    "CSV export with a full_text column), a folder of them, or - for standard\n" \
    "input. With no PATH, a verb works on the bundled sample corpus.\n"     \
    "search's QUERY may start with - (an exclusion): the first word after\n" \
    "search is the QUERY when it is no option (search \"-改革 发展\"), and so\n" \
    "is one after -- (search -- -改革).\n"

#define USAGE_OUTPUT                                                         \
    "Output is TSV with a header row. No field and no message (stderr) lets a\n" \
    "control character of a file name or a report through raw: tab, newline,\n" \
    "CR and backslash are written \\t \\n \\r \\\\, the other C0 controls and\n" \
    "DEL \\x1b, the C1 controls U+0080-U+009F and the bidi controls U+061C,\n" \
    "U+200E, U+200F, U+202A-U+202E, U+2066-U+2069 \\u202e, each byte that is\n" \
    "not UTF-8 \\xff. --csv gives the same rows escaped the same way but for\n" \
    "tab, newline, CR and backslash, which are themselves (RFC 4180 quoting\n" \
    "carries them); --json one array of objects (with more fields), always\n" \
    "valid UTF-8: bytes that are not UTF-8 are \\ufffd, and a path that is\n" \
    "not UTF-8 comes with NAME_bytes too (path_bytes, duplicate_of_bytes):\n" \
    "its bytes as numbers 0-255.\n"

#define USAGE_EXIT "Exit status: 0 success, 1 nothing loaded, 2 usage error.\n"

#endif
