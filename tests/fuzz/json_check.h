/* json_check.h — a strict reader of one JSON text (RFC 8259) for the
 * tests: says whether bytes are valid JSON in valid UTF-8, and hands over
 * every string in it decoded, so a test can compare what a writer wrote
 * with what it was given. */
#ifndef BAOGAO_JSON_CHECK_H
#define BAOGAO_JSON_CHECK_H

#include <stddef.h>

/* Called with each string of the text, keys and values alike, in text
 * order, decoded (escapes resolved) to UTF-8: s[0..n), NUL-terminated,
 * valid only during the call. */
typedef void (*json_string_fn)(void *ctx, const char *s, size_t n);

/* True when s[0..n) is exactly one JSON value with only whitespace
 * around it: valid UTF-8 throughout, no raw control character in a
 * string, every escape well-formed (a \u surrogate only as a high-low
 * pair), numbers and literals as the grammar spells them, nesting at most
 * 64 deep. Calls fn (when not NULL) for each string up to the first
 * error. Cannot fail otherwise (allocation aborts). */
int json_check(const char *s, size_t n, json_string_fn fn, void *ctx);

#endif
