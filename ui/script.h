/* script.h — the display script of the open report (the s key): its text
 * as it is, in simplified or in traditional characters, by the build-time
 * tables (unitab). The one conversion every place that shows the open
 * report's text goes through; the result is drawn by draw.c like any
 * other text. No curses. */
#ifndef BAOGAO_SCRIPT_H
#define BAOGAO_SCRIPT_H

#include <stddef.h>

#include "sbuf.h"

enum { SCRIPT_ORIGINAL, SCRIPT_SIMPLIFIED, SCRIPT_TRADITIONAL, SCRIPT_COUNT };

/* The script the toggle goes to from s. */
int script_next(int s);

/* "original", "simplified" or "traditional". */
const char *script_name(int s);

/* What the reader's title adds for script s: "", " · →简" or " · →繁". */
const char *script_mark(int s);

/* Whether script s changes text (it is not SCRIPT_ORIGINAL). */
int script_maps(int s);

/* s[0..n) in script `script` into out (its old content dropped): every
 * code point mapped, bytes that are not UTF-8 kept as they are for draw.c
 * to show as placeholders. */
void script_convert(int script, const char *s, size_t n, sbuf *out);

/* The NUL-terminated s in script `script` into buf[0..len), cut at a
 * character boundary when it does not fit. Returns buf. */
const char *script_copy(int script, const char *s, char *buf, size_t len);

#endif
