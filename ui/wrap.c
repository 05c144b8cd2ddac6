/* wrap.c — line breaking of a paragraph: UAX #14 plus kinsoku (see wrap.h). */
#include "wrap.h"

#include <stdint.h>
#include <unilbrk.h>

#include "cells.h"

#define CONTEXT 256 /* text before a refill point given as context */
#define TAIL 16     /* flags this near a window's end are not trusted */
#define RING 8      /* characters an emergency cut may move back over */

enum { W_START, W_SOFT, W_HARD, W_DONE };

/* Closing marks: no line starts with one. */
static int no_start(uint32_t cp)
{
    switch (cp) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'？':
    case U'！': case U'）': case U'」': case U'』': case U'】': case U'》':
    case U'…': case U'”': case U'’': case U'］': case U'｝': case U'〕':
    case U'〉': case U'〗': case U'〙': case U'〛': case U'．': case U'‥':
    case U'﹐': case U'﹑': case U'﹒':
    case ',': case '.': case ';': case ':': case '?': case '!': case ')':
    case ']': case '}':
        return 1;
    default:
        return 0;
    }
}

/* Opening marks: no line ends with one. */
static int no_end(uint32_t cp)
{
    switch (cp) {
    case U'（': case U'「': case U'『': case U'【': case U'《': case U'“':
    case U'‘': case U'［': case U'｛': case U'〔': case U'〈': case U'〖':
    case U'〘': case U'〚': case '(': case '[': case '{':
        return 1;
    default:
        return 0;
    }
}

/* Kinsoku: may a line end after prev (the last character drawn, not a
 * space) and the next one start with next? */
static int kinsoku_ok(uint32_t prev, uint32_t next)
{
    return !no_end(prev) && !no_start(next);
}

/* Computes the break flags of a window of text around byte x. */
static void refill(wrap *w, size_t x)
{
    size_t win = w->window < 1024 ? 1024 : w->window;
    if (win > WRAP_WINDOW)
        win = WRAP_WINDOW;
    size_t a = x > CONTEXT ? x - CONTEXT : 0;
    while (a < x && ((unsigned char)w->s[a] & 0xC0) == 0x80)
        a++; /* start on a character */
    size_t b = w->n - a > win ? a + win : w->n;
    u8_possible_linebreaks((const uint8_t *)w->s + a, b - a, "UTF-8",
                           w->brk);
    w->base = a;
    w->lo = a == 0 ? 0 : x;
    w->hi = b == w->n ? b : b - TAIL;
}

/* The UC_BREAK_* flag of byte x (a character start, x < n). */
static int flag_at(wrap *w, size_t x)
{
    if (x < w->lo || x >= w->hi)
        refill(w, x);
    return w->brk[x - w->base];
}

/* A character a cut may go before: where it starts, what it is, and the
 * last character drawn before it. */
typedef struct cut {
    size_t at;
    uint32_t cp, prev;
} cut;

/* One line being measured from p. */
typedef struct scan {
    size_t p;
    int width;      /* cells of s[p..x) */
    uint32_t last;  /* last character with width that is not a space */
    size_t best;    /* the last break allowed (0: none yet) */
    cut ring[RING]; /* the last characters with width, not spaces */
    unsigned nring;
    size_t prev_at, prev2_at; /* the last two units with width (or NONE) */
    uint32_t prev_cp;
} scan;

#define NONE SIZE_MAX

/* Is the unit at i East Asian Wide or Fullwidth (2 cells when ambiguous
 * characters are narrow)? */
static int wide_at(const wrap *w, size_t i)
{
    size_t len;
    return i < w->n && cells_measure(w->s, w->n, i, 0, &len, NULL) == 2;
}

/* A break before x (the unit cp, len bytes) that libunistring 1.0
 * (Unicode 14, LB19) forbids beside any quotation mark, but Unicode 15.1
 * (LB19a) allows between East Asian characters: before an opening quote
 * (乙|“丙) and after a closing one (丁”|戊). */
static int quote_break(const wrap *w, const scan *sc, size_t x, size_t len,
                       uint32_t cp)
{
    int open = (cp == U'“' || cp == U'‘') && sc->prev_at != NONE &&
               wide_at(w, sc->prev_at) && wide_at(w, x + len);
    int close = (sc->prev_cp == U'”' || sc->prev_cp == U'’') &&
                sc->prev2_at != NONE && wide_at(w, sc->prev2_at) &&
                wide_at(w, x);
    return open || close;
}

/* May the line that started at sc->p end before x? */
static int may_break(const wrap *w, const scan *sc, size_t x, size_t len,
                     uint32_t cp, int flag)
{
    if (x == sc->p || !kinsoku_ok(sc->last, cp))
        return 0;
    return flag == UC_BREAK_POSSIBLE ||
           (flag == UC_BREAK_PROHIBITED && quote_break(w, sc, x, len, cp));
}

static void remember(scan *sc, size_t at, uint32_t cp)
{
    sc->ring[sc->nring % RING] = (cut){at, cp, sc->last};
    sc->nring++;
    sc->last = cp;
}

/* Where to cut a run with no allowed break that overflows before x, whose
 * next line would start with next: at x, or up to RING characters back
 * where kinsoku holds; at x when it holds nowhere. */
static size_t emergency(const scan *sc, size_t x, uint32_t next)
{
    if (kinsoku_ok(sc->last, next))
        return x;
    unsigned k = sc->nring < RING ? sc->nring : RING;
    for (unsigned j = 1; j <= k; j++) {
        const cut *c = &sc->ring[(sc->nring - j) % RING];
        if (c->at > sc->p && kinsoku_ok(c->prev, c->cp))
            return c->at;
    }
    return x;
}

/* End of a line cut softly at b: without its trailing spaces, unless it
 * is nothing but spaces. */
static size_t trim_spaces(const wrap *w, size_t p, size_t b)
{
    size_t e = b;
    while (e > p && w->s[e - 1] == ' ')
        e--;
    return e > p ? e : b;
}

/* Ends the line at b (next line from b). */
static void finish(wrap *w, const scan *sc, size_t b, size_t *end)
{
    *end = trim_spaces(w, sc->p, b);
    w->pos = b;
    w->state = W_SOFT;
}

/* The unit at x overflows the line: ends the line at the best break, or
 * cuts the run. next is the character that would start the next line
 * when the break is at x. */
static void overflow(wrap *w, const scan *sc, size_t x, uint32_t next,
                     size_t *end)
{
    finish(w, sc, sc->best ? sc->best : emergency(sc, x, next), end);
}

/* A space at x does not fit: the line may end before the run of spaces
 * when a break is allowed after it (or the paragraph ends there). */
static void overflow_space(wrap *w, const scan *sc, size_t x, size_t *end)
{
    size_t y = x, len;
    uint32_t next = ' ';
    while (y < w->n && w->s[y] == ' ')
        y++;
    if (y < w->n)
        cells_measure(w->s, w->n, y, w->ambiwide, &len, &next);
    if (y == w->n ||
        (flag_at(w, y) == UC_BREAK_POSSIBLE && kinsoku_ok(sc->last, next))) {
        finish(w, sc, x, end);
        w->pos = y;
        return;
    }
    overflow(w, sc, x, next, end);
}

/* Measures the line that starts at p; stores its end and where the next
 * one starts (w->pos, w->state). */
static void scan_line(wrap *w, size_t p, size_t *end)
{
    scan sc = {.p = p, .prev_at = NONE, .prev2_at = NONE};
    size_t x = p, len;
    while (x < w->n) {
        uint32_t cp;
        int uw = cells_measure(w->s, w->n, x, w->ambiwide, &len, &cp);
        int f = flag_at(w, x);
        if (may_break(w, &sc, x, len, cp, f))
            sc.best = x;
        if (uw > w->cols - sc.width) {
            if (cp == ' ')
                overflow_space(w, &sc, x, end);
            else
                overflow(w, &sc, x, cp, end);
            return;
        }
        if (uw > 0 && cp != ' ')
            remember(&sc, x, cp);
        if (uw > 0) {
            sc.prev2_at = sc.prev_at;
            sc.prev_at = x;
            sc.prev_cp = cp;
        }
        sc.width += uw;
        x += len;
        if (f == UC_BREAK_MANDATORY) {
            *end = x;
            w->pos = x;
            w->state = W_HARD;
            return;
        }
    }
    *end = w->n;
    w->pos = w->n;
    w->state = W_SOFT;
}

void wrap_init(wrap *w, const char *s, size_t n, int cols, int ambiwide)
{
    w->s = s;
    w->n = n;
    w->cols = cols < 2 ? 2 : cols;
    w->ambiwide = ambiwide;
    w->pos = 0;
    w->state = W_START;
    w->window = WRAP_WINDOW;
    w->base = w->lo = w->hi = 0; /* nothing computed yet */
}

int wrap_next(wrap *w, size_t *start, size_t *end)
{
    if (w->state == W_DONE)
        return 0;
    if (w->state == W_SOFT)
        while (w->pos < w->n && w->s[w->pos] == ' ')
            w->pos++;
    if (w->pos >= w->n && w->state != W_START) {
        w->state = W_DONE;
        return 0;
    }
    *start = w->pos;
    scan_line(w, w->pos, end);
    return 1;
}

size_t wrap_count(const char *s, size_t n, int cols, int ambiwide)
{
    wrap w;
    size_t a, b, lines = 0;
    wrap_init(&w, s, n, cols, ambiwide);
    while (wrap_next(&w, &a, &b))
        lines++;
    return lines;
}
