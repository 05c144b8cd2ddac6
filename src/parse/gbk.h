/* gbk.h — GBK (ICU windows-936) encoding and decoding of short runs, for
 * undoing mojibake. windows-936 maps its private-use output (U+E7E7…)
 * back to the bytes it came from, as GB18030 does not. */
#ifndef BAOGAO_GBK_H
#define BAOGAO_GBK_H

#include <stddef.h>
#include <stdint.h>

#include "sbuf.h"

typedef struct gbk gbk;

/* Opens the converter; NULL when ICU has no windows-936. Close with
 * gbk_close. */
gbk *gbk_open(void);
void gbk_close(gbk *g);

/* Encodes code point cp; returns its byte count (1 or 2) into out[2], or 0
 * when cp has no GBK form. */
size_t gbk_encode(gbk *g, uint32_t cp, unsigned char out[2]);

/* Decodes bytes[0..n) and appends UTF-8 to out; invalid sequences become
 * U+FFFD. Returns how many U+FFFD it produced. */
size_t gbk_decode(gbk *g, const unsigned char *bytes, size_t n, sbuf *out);

/* What the pair lead, trail decodes to alone: its code point, or 0 when
 * the two bytes are not one character (gbk_decode hands such bytes to
 * ICU). */
uint32_t gbk_decode_pair(gbk *g, unsigned char lead, unsigned char trail);

#endif
