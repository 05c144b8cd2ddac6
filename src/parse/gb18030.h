/* gb18030.h — GB18030 to UTF-8 at table speed: ASCII and the two-byte
 * characters (nearly all of a Chinese report) through a table ICU fills
 * once, every other sequence through ICU itself (charset.h), so the
 * output and the count of bad sequences are ICU's own. */
#ifndef BAOGAO_GB18030_H
#define BAOGAO_GB18030_H

#include <stddef.h>
#include <stdint.h>

#include "cancel.h"

/* charset_to_utf8("GB18030", src, n, dst, cap, flush, errors, cancel),
 * the same bytes and count, faster: dst holds cap bytes, at least
 * 3n + 16 (with less, all of src goes to ICU, which stops where dst is
 * full). Unflushed (a sample cut anywhere), the table reads up to the
 * last byte below 0x30 and ICU the rest, its cut last character held
 * back as ICU holds it. Returns the bytes written, or (size_t)-1 when
 * ICU has no GB18030. */
size_t gb18030_to_utf8(const char *src, size_t n, char *dst, size_t cap,
                       int flush, size_t *errors, const cancel_flag *cancel);

/* The code point of the two-byte GB18030 character lead, trail (lead
 * 0x80 or above) as gb18030_to_utf8 reads the pair, or 0 when the pair
 * is not one character there (a bad lead or trail, a four-byte start) or
 * the table cannot be built (every pair then goes through ICU). */
uint32_t gb18030_pair_cp(unsigned lead, unsigned trail);

/* The code point of the four-byte GB18030 character at s (n bytes
 * there), when it is one of the BMP (81-84, 30-39, 81-FE, 30-39) as ICU
 * reads it alone; else 0. */
uint32_t gb18030_four_cp(const char *s, size_t n);

/* charset_to_utf8(from, ...), through gb18030_to_utf8 when from is
 * "GB18030". */
size_t legacy_to_utf8(const char *from, const char *src, size_t n, char *dst,
                      size_t cap, int flush, size_t *errors,
                      const cancel_flag *cancel);

#endif
