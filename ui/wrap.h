/* wrap.h — a paragraph cut into display lines of at most N cells.
 *
 * Lines break where libunistring's u8_possible_linebreaks (UAX #14, with
 * its CJK rules) allows — and, as Unicode 15.1 (LB19a) does but
 * libunistring 1.0 does not, before an opening quote “‘ and after a
 * closing one ”’ between East Asian characters (乙|“丙丁”|戊) — and where
 * kinsoku allows too: no line starts with
 * a closing mark
 *     ，。、；：？！）」』】》…”’ ］｝〕〉〗〙〛．‥﹐﹑﹒
 *     and ASCII , . ; : ? ! ) ] }
 * and no line ends with an opening one
 *     （「『【《“‘ ［｛〔〈〖〘〚 and ASCII ( [ {.
 * Widths are those of cells.h (a line drawn through cell_next takes the
 * cells it was measured at).
 *
 * The exception: a run with no such break that is wider than the line
 * (a long URL, a row of ，，，，) is cut anyway, between two characters
 * (never inside one, never before a zero-width mark); the cut moves back
 * up to 8 characters to honour kinsoku, and where it cannot, a line may
 * start with a closing mark or end with an opening one.
 *
 * Spaces (U+0020) at a break are dropped: trailing ones from the line
 * before, leading ones from the line after (the first line keeps its
 * indentation, and so does a line after a hard break). A mandatory break
 * (LF, CR, VT, FF, NEL, U+2028, U+2029 — which cells.h draws as
 * placeholders) ends its line just after the break character.
 *
 * Cost: linear in the paragraph (10 MB of the samples lay out at 80
 * columns in about 0.13 s). Break flags are computed WRAP_WINDOW bytes at
 * a time (once for a paragraph shorter than that), with 256 bytes of text
 * before as context, so a 10 MB paragraph needs no more memory than a
 * short one; only a UAX #14 rule reaching back further than that (over a
 * run of 256 spaces) can see less than the whole paragraph would show.
 * No allocation, no global state. */
#ifndef BAOGAO_WRAP_H
#define BAOGAO_WRAP_H

#include <stddef.h>

#define WRAP_WINDOW 8192 /* bytes of break flags computed at a time */

/* The state of wrapping one paragraph. Set up by wrap_init; the fields
 * are private (but for `window`, which tests may lower to exercise the
 * refills: it is clamped to [1024, WRAP_WINDOW]). */
typedef struct wrap {
    const char *s;
    size_t n;
    int cols, ambiwide;
    size_t pos;   /* where the next line starts */
    int state;    /* before the first line, after a soft or hard break, done */
    size_t window;
    size_t base;  /* brk[k] is the flag of byte base + k */
    size_t lo, hi; /* flags trusted for the bytes [lo, hi) */
    char brk[WRAP_WINDOW];
} wrap;

/* Starts wrapping the paragraph s[0..n) (UTF-8, not copied: it must
 * outlive w) into lines of at most cols cells. cols below 2 is taken as
 * 2, the width of a double-width character. */
void wrap_init(wrap *w, const char *s, size_t n, int cols, int ambiwide);

/* The next display line: stores its byte range s[*start..*end) and
 * returns 1, or returns 0 when the paragraph is done. The line is at most
 * cols cells wide; bytes left between one line's end and the next line's
 * start are dropped spaces. An empty paragraph gives one empty line. */
int wrap_next(wrap *w, size_t *start, size_t *end);

/* How many lines wrap_next gives for s[0..n) at cols cells. */
size_t wrap_count(const char *s, size_t n, int cols, int ambiwide);

#endif
