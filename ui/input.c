/* input.c — reading the terminal (see input.h): waiting on the input
 * with poll (signals and a hang-up end the wait), keys from curses, and
 * the escape sequences curses leaves undecoded: CSI (ESC [ … final
 * byte), SS3 (ESC O x), OSC (ESC ] … BEL or ESC \) and Alt-keys (ESC x),
 * the bracketed paste among them (ESC [ 200 ~ text ESC [ 201 ~). */
#include "input.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <ncursesw/curses.h>

#include "term.h"
#include "utf8.h"

enum {
    FOLLOW_MS = 15,      /* a sequence's next byte, once ESC came */
    PASTE_WAIT_MS = 500, /* the rest of a paste */
    SEQ_MAX = 64         /* bytes of a sequence read before giving up */
};

static char paste[INPUT_PASTE_MAX];
static size_t paste_len;
static int paste_cut;

/* The next character curses holds or that comes within wait_ms: 1 for a
 * character, 2 for a function key, 0 for none. */
static int next_char(int wait_ms, wint_t *ch)
{
    wtimeout(stdscr, wait_ms);
    int r = get_wch(ch);
    nodelay(stdscr, TRUE);
    return r == ERR ? 0 : r == KEY_CODE_YES ? 2 : 1;
}

/* What followed an ESC. */
enum { SEQ_ESC, SEQ_PASTE, SEQ_DROPPED };

/* Reads up to the final byte of a CSI sequence (ESC [ already read) into
 * params (its parameter and intermediate bytes); returns the final byte,
 * or 0 when the sequence broke off. */
static int read_csi(char *params, size_t cap)
{
    size_t n = 0;
    wint_t c;
    for (int i = 0; i < SEQ_MAX; i++) {
        if (next_char(FOLLOW_MS, &c) != 1)
            break;
        if (c >= 0x40 && c <= 0x7E) {
            params[n] = '\0';
            return (int)c;
        }
        if (n + 1 < cap)
            params[n++] = (char)c;
    }
    params[n] = '\0';
    return 0;
}

static void paste_add(wint_t c)
{
    char u[4];
    size_t k = utf8_encode((uint32_t)c, u);
    if (paste_len + k > sizeof paste) {
        paste_cut = 1;
        return;
    }
    memcpy(paste + paste_len, u, k);
    paste_len += k;
}

static void paste_bytes(const char *b, size_t n)
{
    size_t room = sizeof paste - paste_len;
    if (n > room) {
        n = room;
        paste_cut = 1;
    }
    memcpy(paste + paste_len, b, n);
    paste_len += n;
}

/* Gives curses back the keys typed after a paste's end: b[0..n). */
static void give_back(const char *b, size_t n)
{
    wchar_t w[64];
    size_t k = 0;
    for (size_t i = 0; i < n && k < 64;) {
        uint32_t cp;
        i += utf8_decode(b + i, n - i, &cp);
        w[k++] = (wchar_t)cp;
    }
    while (k)
        unget_wch(w[--k]);
}

/* The rest of a paste straight from the terminal, once curses holds no
 * more of it: big reads scanned for the end mark ESC [ 201 ~ (bytes of a
 * mark cut by a read are matched across reads), until it comes or nothing
 * does for PASTE_WAIT_MS. At 1 MB this takes milliseconds where a
 * character at a time through curses took seconds. */
static void read_paste_raw(void)
{
    static const char mark[] = "\033[201~";
    size_t matched = 0;
    char buf[1 << 14];
    for (;;) {
        struct pollfd p = {STDIN_FILENO, POLLIN, 0};
        if (poll(&p, 1, PASTE_WAIT_MS) <= 0)
            return;
        ssize_t got = read(STDIN_FILENO, buf, sizeof buf);
        if (got <= 0)
            return;
        size_t n = (size_t)got;
        for (size_t i = 0; i < n; i++) {
            if (buf[i] == mark[matched]) {
                if (++matched == sizeof mark - 1) {
                    give_back(buf + i + 1, n - i - 1);
                    return;
                }
                continue;
            }
            if (matched) /* a false start: those bytes were text */
                paste_bytes(mark, matched);
            matched = buf[i] == mark[0];
            if (!matched)
                paste_bytes(buf + i, 1);
        }
    }
}

/* The text of a paste (ESC [ 200 ~ read), up to ESC [ 201 ~ or until
 * nothing more comes: first what curses already holds, then the rest
 * straight from the terminal. Escape sequences inside it are dropped. */
static void read_paste(void)
{
    paste_len = 0;
    paste_cut = 0;
    wint_t c;
    int k;
    while ((k = next_char(0, &c)) != 0) {
        if (k == 2)
            continue; /* a key curses decoded inside the text */
        if (c != 27) {
            paste_add(c);
            continue;
        }
        char params[16];
        if (next_char(FOLLOW_MS, &c) == 1 && c == '[' &&
            read_csi(params, sizeof params) == '~' && strcmp(params, "201") == 0)
            return;
    }
    read_paste_raw();
}

/* Skips an OSC string (ESC ] read) to its BEL or ESC \. */
static void skip_osc(void)
{
    wint_t c;
    for (int i = 0; i < 4 * SEQ_MAX && next_char(FOLLOW_MS, &c) == 1; i++) {
        if (c == 7)
            return;
        if (c == 27) {
            next_char(FOLLOW_MS, &c);
            return;
        }
    }
}

/* What an ESC from curses starts: Esc itself when nothing follows at
 * once, a paste, or a sequence that is dropped (a late width-probe
 * answer ESC [ row ; col R, focus reports, unknown keys, Alt-keys). */
static int read_escape(void)
{
    wint_t c;
    int k = next_char(FOLLOW_MS, &c);
    if (k == 0)
        return SEQ_ESC;
    if (k == 2)
        return SEQ_DROPPED; /* Alt with a function key */
    char params[32];
    switch (c) {
    case '[':
        if (read_csi(params, sizeof params) == '~' && strcmp(params, "200") == 0) {
            read_paste();
            return SEQ_PASTE;
        }
        return SEQ_DROPPED;
    case ']': skip_osc(); return SEQ_DROPPED;
    case 'O': next_char(FOLLOW_MS, &c); return SEQ_DROPPED;
    case 27: return SEQ_ESC; /* Esc pressed twice: one Esc */
    default: return SEQ_DROPPED;
    }
}

/* One key from what curses holds, without waiting: INPUT_KEY,
 * INPUT_PASTE, INPUT_RESIZE, or -1 when there is none (or what came was
 * dropped). */
static int take_key(wint_t *ch, int *is_function_key)
{
    int k = next_char(0, ch);
    if (!k)
        return -1;
    *is_function_key = k == 2;
    if (*is_function_key && *ch == KEY_RESIZE)
        return INPUT_RESIZE;
    if (*is_function_key || *ch != 27)
        return INPUT_KEY;
    switch (read_escape()) {
    case SEQ_PASTE: return INPUT_PASTE;
    case SEQ_DROPPED: return -1;
    default: return INPUT_KEY;
    }
}

/* Input readable with no byte waiting is the end of input; a partial
 * sequence still arriving leaves the input quiet instead. */
static int input_ended(void)
{
    int waiting = 0;
    if (ioctl(STDIN_FILENO, FIONREAD, &waiting) != 0)
        return 1;
    if (waiting)
        return 0;
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    return poll(&p, 1, 50) > 0 && ioctl(STDIN_FILENO, FIONREAD, &waiting) == 0 &&
           waiting == 0;
}

int input_read(int timeout_ms, wint_t *ch, int *is_function_key)
{
    for (;;) {
        if (term_quit_signal())
            return INPUT_GONE;
        if (term_suspend_asked()) {
            term_suspend();
            return INPUT_RESIZE;
        }
        int got = take_key(ch, is_function_key); /* what curses holds first */
        if (got >= 0)
            return got;
        struct pollfd p = {STDIN_FILENO, POLLIN, 0};
        int k = poll(&p, 1, timeout_ms);
        if (k < 0 && errno == EINTR)
            continue; /* a signal: SIGWINCH comes back as KEY_RESIZE */
        if (k < 0 || (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
            return INPUT_GONE;
        if (k == 0)
            return INPUT_IDLE;
        got = take_key(ch, is_function_key);
        if (got >= 0)
            return got;
        if (input_ended())
            return INPUT_GONE;
    }
}

const char *input_paste(size_t *len, int *cut)
{
    *len = paste_len;
    if (cut)
        *cut = paste_cut;
    return paste;
}

int input_interrupted(void)
{
    if (term_quit_signal())
        return 1;
    wint_t ch;
    nodelay(stdscr, TRUE);
    int r = get_wch(&ch);
    if (r == ERR)
        return 0;
    if (r == KEY_CODE_YES)
        ungetch((int)ch);
    else
        unget_wch((wchar_t)ch);
    return 1;
}
