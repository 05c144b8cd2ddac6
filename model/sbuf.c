/* sbuf.c — growable byte buffer (see sbuf.h). */
#include "sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

void sbuf_reserve(sbuf *b, size_t n)
{
    if (b->cap - b->len > n)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= n) {
        if (cap > SIZE_MAX / 2) {
            fprintf(stderr, "baogao: buffer too large\n");
            abort();
        }
        cap *= 2;
    }
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

void sbuf_add(sbuf *b, const void *s, size_t n)
{
    sbuf_reserve(b, n);
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void sbuf_addc(sbuf *b, char c)
{
    sbuf_reserve(b, 1);
    b->p[b->len++] = c;
    b->p[b->len] = '\0';
}

void sbuf_adds(sbuf *b, const char *s)
{
    sbuf_add(b, s, strlen(s));
}

void sbuf_addcp(sbuf *b, uint32_t cp)
{
    sbuf_reserve(b, 4);
    b->len += utf8_encode(cp, b->p + b->len);
    b->p[b->len] = '\0';
}

void sbuf_printf(sbuf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    if ((size_t)n < sizeof small) {
        sbuf_add(b, small, (size_t)n);
        return;
    }
    sbuf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sbuf_free(sbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}
