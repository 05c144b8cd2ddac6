/* term.c — terminal ownership: locale, curses, colours, signals, input
 * (see term.h). The only file that starts or stops curses. */
#include "term.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <ncursesw/curses.h>
#include <ncursesw/term.h>

#include "ncwidth.h"

static volatile sig_atomic_t quit_signal, suspend_asked;
static int started, ambiwide, colors;
static int role_attr[ROLE_COUNT];

static void on_quit_signal(int sig)
{
    quit_signal = sig;
}

static void on_suspend_signal(int sig)
{
    (void)sig;
    suspend_asked = 1;
}

int term_quit_signal(void)
{
    return quit_signal;
}

int term_ambiwide(void)
{
    return ambiwide;
}

static int codeset_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The user's locale if it is UTF-8, else the first UTF-8 one present. */
static int use_utf8_locale(void)
{
    setlocale(LC_ALL, "");
    if (codeset_is_utf8())
        return 0;
    static const char *const tries[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8",
                                        "zh_CN.UTF-8"};
    for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++)
        if (setlocale(LC_CTYPE, tries[i]) && codeset_is_utf8())
            return 0;
    return -1;
}

/* Prints an ambiguous-width character and asks the terminal where the
 * cursor went (CPR). Returns 1 (wide), 0 (narrow) or -1 (no answer in
 * 200 ms). */
static int measure_ambiguous(void)
{
    int fd = STDIN_FILENO;
    if (!isatty(fd) || !isatty(STDOUT_FILENO))
        return -1;
    struct termios saved, raw;
    if (tcgetattr(fd, &saved) != 0)
        return -1;
    raw = saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    tcsetattr(fd, TCSANOW, &raw);
    static const char probe[] = "\r\xe2\x80\xa6\033[6n"; /* … then CPR */
    int col = -1;
    if (write(STDOUT_FILENO, probe, sizeof probe - 1) > 0) {
        char buf[32];
        size_t len = 0;
        struct pollfd p = {fd, POLLIN, 0};
        while (len + 1 < sizeof buf && poll(&p, 1, 200) > 0) {
            ssize_t k = read(fd, buf + len, sizeof buf - 1 - len);
            if (k <= 0)
                break;
            len += (size_t)k;
            buf[len] = '\0';
            int row, c;
            if (strchr(buf, 'R') && sscanf(strchr(buf, '\033') ? strchr(buf, '\033') : buf,
                                           "\033[%d;%dR", &row, &c) == 2) {
                col = c;
                break;
            }
        }
    }
    static const char erase[] = "\r\033[K";
    if (write(STDOUT_FILENO, erase, sizeof erase - 1) < 0)
        col = -1;
    tcsetattr(fd, TCSANOW, &saved);
    return col < 0 ? -1 : col >= 3;
}

typedef struct look {
    short fg256, bg256, fg8, bg8;
    int attr;      /* with colour */
    int mono_attr; /* without */
} look;

/* Each role's look; -1 is the terminal's default colour. */
static const look looks[ROLE_COUNT] = {
    [ROLE_NORMAL] = {-1, -1, -1, -1, 0, 0},
    [ROLE_BORDER] = {244, -1, COLOR_BLUE, -1, 0, 0},
    [ROLE_TITLE] = {250, -1, COLOR_WHITE, -1, 0, 0},
    [ROLE_TITLE_FOCUS] = {230, -1, COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ROLE_SELECTED] = {231, 25, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE},
    [ROLE_SELECTED_DIM] = {252, 238, COLOR_BLACK, COLOR_WHITE, 0, A_UNDERLINE},
    [ROLE_HEADING1] = {214, -1, COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ROLE_HEADING2] = {117, -1, COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [ROLE_HEADING3] = {151, -1, COLOR_GREEN, -1, 0, A_UNDERLINE},
    [ROLE_TABLE] = {109, -1, COLOR_CYAN, -1, 0, 0},
    [ROLE_STATUS] = {231, 236, COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE},
    [ROLE_DIM] = {245, -1, COLOR_WHITE, -1, 0, 0},
    [ROLE_NOTE] = {203, -1, COLOR_RED, -1, 0, 0},
    [ROLE_PLACEHOLDER] = {203, -1, COLOR_RED, -1, A_BOLD, A_BOLD},
    [ROLE_HIT] = {230, 94, COLOR_BLACK, COLOR_YELLOW, 0, A_UNDERLINE},
    [ROLE_CHANGED] = {231, 52, COLOR_WHITE, COLOR_RED, 0, A_BOLD | A_UNDERLINE},
    [ROLE_NUMBER] = {229, -1, COLOR_YELLOW, -1, A_BOLD, A_BOLD},
};

/* The attributes of a config look's LOOK_* bits. */
static int look_attrs(int bits)
{
    return (bits & LOOK_BOLD ? A_BOLD : 0) | (bits & LOOK_UNDERLINE ? A_UNDERLINE : 0) |
           (bits & LOOK_REVERSE ? A_REVERSE : 0);
}

/* Colours and attributes by role: the table above, where the config
 * (over, ROLE_COUNT looks, or NULL) sets none or a colour the terminal
 * lacks, else the config's. Without colours (asked, NO_COLOR, or none)
 * the monochrome looks, whatever the config says. */
static void setup_colors(int want, const role_look *over)
{
    colors = 0;
    const char *no = getenv("NO_COLOR");
    if (want == 0 || (want < 0 && no && *no) || !has_colors() ||
        start_color() != OK) {
        for (int r = 0; r < ROLE_COUNT; r++)
            role_attr[r] = looks[r].mono_attr;
        return;
    }
    use_default_colors();
    colors = COLORS >= 256 ? 256 : 8;
    for (int r = 0; r < ROLE_COUNT; r++) {
        const look *l = &looks[r];
        short fg = colors == 256 ? l->fg256 : l->fg8;
        short bg = colors == 256 ? l->bg256 : l->bg8;
        int attr = l->attr;
        const role_look *c = over ? &over[r] : NULL;
        if (c && c->set && c->fg < COLORS && c->bg < COLORS) {
            fg = c->fg;
            bg = c->bg;
            attr = look_attrs(c->attrs);
        }
        init_pair((short)(r + 1), fg, bg);
        role_attr[r] = (int)COLOR_PAIR(r + 1) | attr;
    }
}

void term_default_look(role r, role_look *out)
{
    const look *l = &looks[(unsigned)r < ROLE_COUNT ? r : ROLE_NORMAL];
    *out = (role_look){1, l->fg256, l->bg256,
                       (l->attr & A_BOLD ? LOOK_BOLD : 0) |
                           (l->attr & A_UNDERLINE ? LOOK_UNDERLINE : 0) |
                           (l->attr & A_REVERSE ? LOOK_REVERSE : 0)};
}

int term_attr(role r)
{
    return (unsigned)r < ROLE_COUNT ? role_attr[r] : 0;
}

/* What every window gets, for fewer bytes per frame:
 * - blanks of ROLE_NORMAL, which with colours is a pair of the default
 *   colours rather than pair 0: ncurses follows any change to pair 0 with
 *   a full reset (ESC(B ESC[m, on top of the colour), while a change
 *   between two pairs costs the colour alone. With text and blanks in one
 *   pair, the one reset left is the one ncurses ends each update with.
 * - leaveok: the cursor is hidden, so an update need not end with a move
 *   to the window's cursor (after a line-drawing character ncurses also
 *   turns the alternate set off and on around a move: 40 bytes a frame).
 * - idlok: where the terminal has no scroll region, curses may scroll
 *   with insert/delete line (ncurses keeps this per screen anyway). */
static void prepare(WINDOW *w)
{
    wbkgdset(w, (chtype)role_attr[ROLE_NORMAL] | ' ');
    leaveok(w, TRUE);
    idlok(w, TRUE);
}

WINDOW *term_window(int h, int w, int y, int x)
{
    WINDOW *win = newwin(h, w, y, x);
    if (win)
        prepare(win);
    return win;
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_quit_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_suspend_signal;
    sigaction(SIGTSTP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* Bracketed paste (xterm's mode 2004): the terminal marks pasted text, so
 * that it is never taken as keys. */
static void bracketed_paste(int on)
{
    static const char enable[] = "\033[?2004h", disable[] = "\033[?2004l";
    const char *s = on ? enable : disable;
    ssize_t w = write(STDOUT_FILENO, s, strlen(s));
    (void)w;
}

int term_suspend_asked(void)
{
    return suspend_asked;
}

void term_suspend(void)
{
    suspend_asked = 0;
    if (!started)
        return;
    bracketed_paste(0);
    endwin();
    struct sigaction dfl, ours;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &ours);
    raise(SIGTSTP); /* stopped here until fg (SIGCONT) */
    sigaction(SIGTSTP, &ours, NULL);
    bracketed_paste(1);
    clearok(curscr, TRUE); /* the screen is someone else's meanwhile */
}

/* Whether the terminal TERM names can move the cursor (curses needs
 * that: TERM=dumb cannot). Asked of terminfo before anything is sent. */
static int can_address(void)
{
    int err = 0;
    const char *term = getenv("TERM");
    if (!term || !*term)
        return 1; /* open_screen falls back to xterm */
    if (setupterm(term, STDOUT_FILENO, &err) != OK)
        return 1; /* unknown: open_screen falls back to xterm */
    const char *cup = tigetstr("cup");
    int ok = cup && cup != (const char *)-1;
    del_curterm(cur_term);
    return ok;
}

static SCREEN *open_screen(void)
{
    const char *term = getenv("TERM");
    SCREEN *s = term && *term ? newterm(NULL, stdout, stdin) : NULL;
    if (!s) /* unknown or missing TERM: a plain xterm is the safest guess */
        s = newterm("xterm", stdout, stdin);
    return s;
}

int term_start(const term_opts *o, char *err, size_t errlen)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(err, errlen, "the terminal UI needs a terminal; "
                              "for scripts use the verbs (baogao --help)");
        return 1;
    }
    if (!can_address()) {
        snprintf(err, errlen, "this terminal (TERM=%.40s) cannot move the "
                              "cursor, which the terminal UI needs; use the "
                              "verbs (baogao --help) or another TERM",
                 getenv("TERM"));
        return 2;
    }
    if (use_utf8_locale() != 0) {
        snprintf(err, errlen, "no UTF-8 locale is installed (tried C.UTF-8, "
                              "en_US.UTF-8); install one (locales) or set LANG");
        return 1;
    }
    ambiwide = o->ambiwide >= 0 ? o->ambiwide : measure_ambiguous() == 1;
    ncwidth_set_ambiwide(ambiwide);
    install_signals();
    if (!open_screen()) {
        snprintf(err, errlen, "cannot start the terminal (TERM=%.40s, and "
                              "xterm is unknown too)",
                 getenv("TERM") ? getenv("TERM") : "");
        return 1;
    }
    if (ambiwide && !ncwidth_in_curses()) {
        endwin();
        snprintf(err, errlen, "this build's curses counts ambiguous-width "
                              "characters (“”…) as one cell, not two; run "
                              "with --narrow");
        return 1;
    }
    started = 1;
    atexit(term_stop);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    setup_colors(o->color, o->looks);
    prepare(stdscr);
    if (o->mouse)
        mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED |
                      BUTTON5_PRESSED, NULL);
    bracketed_paste(1);
    return 0;
}

void term_stop(void)
{
    if (!started)
        return;
    started = 0;
    bracketed_paste(0);
    endwin();
}
