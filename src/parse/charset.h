/* charset.h — text in an ICU charset to UTF-8, the one conversion that
 * decoding (decode.c) and the legacy-encoding guess (guess.c) both run:
 * its own file so that neither of them includes the other. */
#ifndef BAOGAO_CHARSET_H
#define BAOGAO_CHARSET_H

#include <stddef.h>

#include "cancel.h"

/* Input bytes converted (or, in decode.c, validated) between two looks at
 * a cancel flag: 1 MiB is some 6 ms of GB18030, under 1 ms of UTF-8
 * validation. */
enum { CHARSET_SLICE = 1 << 20 };

/* Converts src[0..n) from ICU charset `from` to UTF-8 into dst (cap bytes,
 * at least 3n + 16 for any input); returns the bytes written, or
 * (size_t)-1 when ICU cannot open the converter. Bad sequences become
 * U+FFFD and are counted in *errors. flush=0 lets a sample end inside a
 * character without counting it. Converts a slice at a time and stops
 * between two once *cancel (if given) is raised: what it returns is then
 * a partial conversion, fit only to be dropped. */
size_t charset_to_utf8(const char *from, const char *src, size_t n, char *dst,
                       size_t cap, int flush, size_t *errors,
                       const cancel_flag *cancel);

#endif
