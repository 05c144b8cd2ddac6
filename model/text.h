/* text.h — the buffer the parse stages hand each other: UTF-8 lines, each
 * remembering the line of the original file it came from. */
#ifndef BAOGAO_TEXT_H
#define BAOGAO_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "sbuf.h"

/* A text is under 4 GiB (a file read is at most 1 GiB, load.h), so its
 * offsets take 32 bits: 8 bytes a line with the origin, not 12. */
#define TEXT_MAX_LEN ((size_t)UINT32_MAX)

typedef struct text {
    const char *bytes;      /* lines joined by '\n', NUL-terminated */
    size_t len;             /* at most TEXT_MAX_LEN */
    size_t nlines;
    const uint32_t *off;    /* off[i] = start of line i; off[nlines] = len (every line ends in '\n') */
    const uint32_t *origin; /* origin[i] = 1-based line of the original file */
} text;

/* Line i of t: pointer and length (without the '\n'). */
static inline const char *text_line(const text *t, size_t i, size_t *len)
{
    *len = t->off[i + 1] - t->off[i] - 1;
    return t->bytes + t->off[i];
}

/* Builds a text line by line. Lines are copied; the builder owns malloc'd
 * memory until tb_finish moves it into an arena. */
typedef struct text_builder {
    sbuf bytes;
    uint32_t *off;
    uint32_t *origin;
    size_t nlines, cap;
} text_builder;

void tb_init(text_builder *tb);
/* Reserves room for about `bytes` bytes in `lines` lines, so a builder
 * whose output size is known does not grow by doubling. */
void tb_reserve(text_builder *tb, size_t bytes, size_t lines);
/* Appends one line (must not contain '\n'). A text that would grow past
 * TEXT_MAX_LEN aborts with a message, as out-of-memory does. */
void tb_line(text_builder *tb, const char *s, size_t n, uint32_t origin);
/* Starts a line whose bytes the caller appends to the sbuf returned
 * (no '\n' among them), then ends it with tb_line_close: a stage that
 * writes a line piece by piece writes it in place, not into a buffer of
 * its own to be copied. */
sbuf *tb_line_open(text_builder *tb, uint32_t origin);
/* Ends the line tb_line_open started; aborts as tb_line does past
 * TEXT_MAX_LEN. */
void tb_line_close(text_builder *tb);
/* Appends lines from..to of t (from ≤ to ≤ t->nlines) as they are, with
 * their origins: one copy of their bytes, for a stage that changes few
 * lines. Aborts as tb_line does past TEXT_MAX_LEN. */
void tb_lines(text_builder *tb, const text *t, size_t from, size_t to);
/* Appends to the last line (starting one if there is none). */
void tb_append(text_builder *tb, const char *s, size_t n);
/* Moves the lines into arena a as a text and resets the builder. */
text tb_finish(text_builder *tb, arena *a);
void tb_free(text_builder *tb);

/* Splits UTF-8 bytes into lines on '\n' (origin = 1-based index). A final
 * line without '\n' counts; a trailing '\n' does not start a new line. */
text text_from_bytes(const char *s, size_t n, arena *a);

/* text_from_bytes with origins first, first + 1, …: the bytes copied at
 * once, not a line at a time. Aborts past TEXT_MAX_LEN, as tb_line does. */
text text_lines_of(const char *s, size_t n, uint32_t first, arena *a);

#endif
