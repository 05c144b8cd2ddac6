/* input.h — what the terminal sends, as events: keys (curses decodes the
 * ones its terminfo knows), a bracketed paste as one piece of text, a
 * resize; escape sequences curses does not know (Alt-keys, a late answer
 * to the width probe, focus reports) are read whole and dropped, never
 * taken as Esc followed by keys. A lone Esc is Esc. */
#ifndef BAOGAO_INPUT_H
#define BAOGAO_INPUT_H

#include <stddef.h>
#include <wchar.h>

enum { INPUT_KEY, INPUT_PASTE, INPUT_RESIZE, INPUT_IDLE, INPUT_GONE };

/* Bytes of a paste kept (the rest is read and dropped, and said). */
enum { INPUT_PASTE_MAX = 1 << 16 };

/* Waits up to timeout_ms for input. INPUT_KEY: *ch holds a character
 * (*is_function_key 0) or a curses KEY_* code (1; KEY_MOUSE included);
 * INPUT_PASTE: text was pasted (input_paste gives it); INPUT_RESIZE: the
 * terminal changed size, or the program was suspended and is back (draw
 * everything again); INPUT_IDLE: nothing came; INPUT_GONE: the terminal
 * went away (hang-up, EOF, error) or a quit signal arrived — the caller
 * should leave at once. */
int input_read(int timeout_ms, wint_t *ch, int *is_function_key);

/* The text of the last INPUT_PASTE (UTF-8, as pasted, line ends
 * included; not NUL-terminated), valid until the next input_read; *cut
 * (may be NULL) is set when more than INPUT_PASTE_MAX bytes came. */
const char *input_paste(size_t *len, int *cut);

/* True when a key is waiting to be read (it stays queued) or a quit
 * signal came: slow work on the UI thread (a search, laying out a long
 * report) stops, so that typing and quitting never wait for it. */
int input_interrupted(void);

#endif
