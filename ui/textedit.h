/* textedit.h — a line of text typed on the status line (the search query,
 * the Indicators view's filter and file name): a NUL-terminated UTF-8
 * buffer edited by keys, a character at a time, never split. No curses:
 * keys are passed as keys.h takes them. */
#ifndef BAOGAO_TEXTEDIT_H
#define BAOGAO_TEXTEDIT_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

/* Appends code point cp to buf (cap bytes, NUL included). Returns 1, or 0
 * when it does not fit (buf unchanged). */
int textedit_add(char *buf, size_t cap, uint32_t cp);

/* What a key did to the text. */
enum { TEXTEDIT_NONE, TEXTEDIT_CHANGED, TEXTEDIT_FULL };

/* Edits buf by key ch (a character when !fk, else a curses KEY_* code): a
 * printable character is appended, Backspace takes the last character
 * off, Ctrl-U empties it. Returns TEXTEDIT_CHANGED (also for Backspace on
 * nothing), TEXTEDIT_FULL when a character did not fit, TEXTEDIT_NONE
 * for any other key (buf unchanged). */
int textedit_key(char *buf, size_t cap, wint_t ch, int fk);

#endif
