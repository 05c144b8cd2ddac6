/* html_charset.h — a saved page's bytes to UTF-8: the charset its BOM or
 * <meta> declares (GB2312 and GBK read as GB18030, their superset), the
 * decode stage's detection when it declares none. */
#ifndef BAOGAO_HTML_CHARSET_H
#define BAOGAO_HTML_CHARSET_H

#include <stddef.h>

#include "arena.h"
#include "decode.h"

/* The ICU name of the charset declared in the first 4 KB of b[0..n)
 * (<meta charset=…>, or charset= in an http-equiv Content-Type), mapped:
 * GB2312, GBK, CP936, EUC-CN → "GB18030", Big5-HKSCS kept; into name
 * (cap bytes, NUL-terminated). Returns 1 when one is declared, else 0.
 * Cannot fail. */
int html_charset_declared(const char *b, size_t n, char *name, size_t cap);

/* Maps a charset label as pages write it to the name ICU is given
 * (GB2312, GBK, x-gbk, CP936, EUC-CN → "GB18030"; others as they are)
 * into name (cap bytes). Cannot fail. */
void html_charset_map(const char *label, size_t n, char *name, size_t cap);

/* Decodes b[0..n) to UTF-8 into a: a BOM decides, then valid UTF-8, then
 * charset (when not NULL: the declared one, e.g. from a MIME header) or
 * what the page declares, then decode_bytes' detection. Returns 0, or -1
 * with *err set when no converter opens. */
int html_charset_decode(const char *b, size_t n, const char *charset,
                        arena *a, decoded *out, const char **err);

#endif
