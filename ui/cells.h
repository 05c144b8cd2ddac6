/* cells.h — document text to terminal cells: width, sanitizing, fitting.
 *
 * The text layer of the UI, without curses: every string that reaches the
 * screen is cut into display units here, and the drawing routine sends
 * exactly the bytes these functions give, never the source bytes.
 *
 * A display unit is one code point of UTF-8 text (or one maximal invalid
 * byte sequence). What is sent and how wide it is (0, 1 or 2 cells):
 *
 *   printable            its own bytes; width from libunistring uc_width
 *                        (East Asian Wide/Fullwidth 2, CJK 2, emoji 2),
 *                        but for the few assigned characters where glibc's
 *                        wcwidth (what ncurses and tmux count with)
 *                        differs: there wcwidth's (see cells.c)
 *   TAB                  one space, width 1 (no tab stops: a unit's width
 *                        never depends on its column, so fitting and
 *                        wrapping stay position-free)
 *   C0 controls, NUL, ESC, CR, LF …  the Control Picture U+2400+c (␀ ␛ ␍ ␊),
 *                        width 1, CELL_PLACEHOLDER
 *   DEL                  ␡ U+2421, width 1, CELL_PLACEHOLDER
 *   C1 controls (U+0080–U+009F), bidi controls (U+061C, U+200E, U+200F,
 *                        U+202A–U+202E, U+2066–U+2069)
 *                        ⍰ U+2370, width 1, CELL_PLACEHOLDER
 *   U+2028, U+2029       ␤ U+2424, width 1, CELL_PLACEHOLDER
 *   invalid UTF-8, unassigned code points, noncharacters
 *                        U+FFFD, CELL_PLACEHOLDER; U+FFFD is East Asian
 *                        Ambiguous, so it is 1 cell, or 2 with ambiwide
 *   other invisible format characters (general category Cf: soft hyphen,
 *                        zero-width space and joiners, BOM, word joiner,
 *                        tags …) and the emoji/text variation selectors
 *                        U+FE0E/U+FE0F
 *                        nothing: width 0, no bytes (terminals and
 *                        wcwidth disagree about their width)
 *   combining marks      their own bytes, width 0, drawn on the unit
 *                        before; when nothing with width precedes them on
 *                        the line (see `base`), they have nothing to sit
 *                        on and are dropped: width 0, no bytes
 *
 * The placeholders ␀…␟ ␡ ⍰ ␤ are East Asian Neutral: 1 cell in both
 * modes. Widths never depend on position, so width(a + b) = width(a) +
 * width(b) for any split at unit boundaries.
 *
 * ambiwide: East Asian Ambiguous characters (“”‘’—…·×①Ⅰ※℃, Greek,
 * Cyrillic, box drawing, private use, U+FFFD …; the EAW=A set of Unicode
 * 15) are 1 cell when 0 and 2 cells when nonzero. This follows the
 * Unicode property, not uc_width(c, "GBK"): libunistring's CJK-encoding
 * mode makes every non-wide character from U+00A1 to U+FF60 double,
 * Neutral ones too (© ␛ ⋯), which no terminal in ambiguous-wide mode
 * does. */
#ifndef BAOGAO_CELLS_H
#define BAOGAO_CELLS_H

#include <stddef.h>
#include <stdint.h>

/* cell.flags */
#define CELL_PLACEHOLDER 1u /* a control or invalid bytes, shown by proxy */
#define CELL_AMBIGUOUS 2u   /* East Asian Ambiguous: width set by ambiwide */

/* One display unit, ready for the terminal. */
typedef struct cell {
    char bytes[16];      /* what to send: always safe, not NUL-terminated */
    unsigned char len;   /* bytes to send (0: nothing is drawn) */
    unsigned char width; /* cells it takes: 0, 1 or 2 */
    unsigned char flags; /* CELL_PLACEHOLDER, CELL_AMBIGUOUS */
} cell;

/* The ellipsis cells_fit_ellipsis leaves room for; it is East Asian
 * Ambiguous, so cells_ellipsis_width() is 1, or 2 with ambiwide. */
#define CELLS_ELLIPSIS "\xE2\x80\xA6" /* … */
int cells_ellipsis_width(int ambiwide);

/* The unit of s[0..n) starting at byte i (i < n) into *c. base is
 * nonzero when something with width precedes it on the same screen line
 * (pass col > 0); without a base a zero-width mark is dropped. Returns
 * the source bytes the unit takes (≥ 1). */
size_t cell_next(const char *s, size_t n, size_t i, int ambiwide, int base,
                 cell *c);

/* The width in cells of the unit of s[0..n) at byte i (i < n), as
 * cell_next gives it, without building the cell. Stores the source bytes
 * it takes (≥ 1) in *len and, when cp is not NULL, the code point read
 * there in *cp (U+FFFD for invalid bytes). */
int cells_measure(const char *s, size_t n, size_t i, int ambiwide,
                  size_t *len, uint32_t *cp);

/* Display width of s[0..n) in cells (INT_MAX at most). */
int cells_width(const char *s, size_t n, int ambiwide);

/* How many bytes of s[0..n) fit in cols cells: whole units only, never
 * half a double-width character (one that would need the last single
 * cell stops the fit), zero-width units after the last fitting one
 * included. Stores the cells used (≤ cols) in *used and, in *trimmed,
 * whether anything was left out; either pointer may be NULL. cols < 0 is
 * taken as 0. */
size_t cells_fit(const char *s, size_t n, int cols, int ambiwide, int *used,
                 int *trimmed);

/* Like cells_fit, but when s[0..n) does not fit whole, keeps room for
 * CELLS_ELLIPSIS. Stores the cells of the returned text in *used and the
 * cells of the ellipsis to draw after it in *ellipsis: 0 when everything
 * fits (or cols is narrower than the ellipsis itself), else
 * cells_ellipsis_width(ambiwide). *used + *ellipsis ≤ cols; either
 * pointer may be NULL. */
size_t cells_fit_ellipsis(const char *s, size_t n, int cols, int ambiwide,
                          int *used, int *ellipsis);

/* Where drawing starts when the first cols cells of s[0..n) are scrolled
 * off to the left: the byte offset of the first unit that starts at or
 * after cell cols (zero-width units of the last skipped one are skipped
 * too). A double-width character cut by the edge is skipped whole; *pad
 * (may be NULL) gets the cells of it left showing (0 or 1), which the
 * caller fills with spaces. */
size_t cells_skip(const char *s, size_t n, int cols, int ambiwide, int *pad);

/* The width of code point cp the way wcwidth(3) gives it, for curses to
 * count cells as cell_next does (ui/ncwidth.c): the unit's width for a
 * character sent as itself (ambiguous ones 2 with ambiwide), 0 for NUL
 * and for the invisible ones sent as nothing, -1 for the ones cell_next
 * replaces (controls, TAB, unassigned code points, surrogates, anything
 * past U+10FFFF): those never reach the terminal as themselves. */
int cells_wcwidth(uint32_t cp, int ambiwide);

/* Bytes cells_render may write for n source bytes (a source byte turns
 * into 3 at most: a C0 control or an invalid byte becomes a 3-byte
 * placeholder). */
#define CELLS_RENDER_MAX(n) (3 * (size_t)(n))

/* Writes the sanitized bytes of s[0..n) to out (cap bytes; whole units
 * only, no NUL) and returns how many were written. base as in cell_next:
 * nonzero when the text continues a screen line that already has
 * something drawn on it. */
size_t cells_render(const char *s, size_t n, int base, char *out,
                    size_t cap);

#endif
