/* charset.h — text in an ICU charset to UTF-8, the one conversion that
 * decoding (decode.c) and the legacy-encoding guess (guess.c) both run:
 * its own file so that neither of them includes the other. */
#ifndef BAOGAO_CHARSET_H
#define BAOGAO_CHARSET_H

#include <stddef.h>

/* Converts src[0..n) from ICU charset `from` to UTF-8 into dst (cap bytes,
 * at least 3n + 16 for any input); returns the bytes written, or
 * (size_t)-1 when ICU cannot open the converter. Bad sequences become
 * U+FFFD and are counted in *errors. flush=0 lets a sample end inside a
 * character without counting it. */
size_t charset_to_utf8(const char *from, const char *src, size_t n, char *dst,
                       size_t cap, int flush, size_t *errors);

#endif
