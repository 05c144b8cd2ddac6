/* intern.h — one lasting copy of each of a few short strings: the names a
 * document shares with every other (its format, its encoding) that the
 * pipeline gives as static strings and callers keep past the document
 * (model/list_rows.c keeps the pointer), when they come from elsewhere (a
 * cache entry). */
#ifndef BAOGAO_INTERN_H
#define BAOGAO_INTERN_H

/* The lasting copy of s (the same pointer for equal strings, for the
 * process's life; thread-safe). Past INTERN_MAX distinct strings, or for
 * one longer than INTERN_MAX_LEN bytes, "?". */
const char *intern(const char *s);

enum { INTERN_MAX = 256, INTERN_MAX_LEN = 64 };

#endif
