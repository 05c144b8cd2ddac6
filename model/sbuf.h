/* sbuf.h — growable byte buffer for building strings before they are
 * copied into an arena. */
#ifndef BAOGAO_SBUF_H
#define BAOGAO_SBUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

/* Ensures room for n more bytes (aborts on out-of-memory). */
void sbuf_reserve(sbuf *b, size_t n);
void sbuf_add(sbuf *b, const void *s, size_t n);
void sbuf_addc(sbuf *b, char c);
void sbuf_adds(sbuf *b, const char *s);
/* Appends code point cp encoded as UTF-8 (invalid cp → U+FFFD). */
void sbuf_addcp(sbuf *b, uint32_t cp);
/* Appends printf-formatted text. */
void sbuf_printf(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sbuf_free(sbuf *b);

#endif
