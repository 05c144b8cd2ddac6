/* cells.c — width, sanitizing and fitting of text in cells (see cells.h). */
#include "cells.h"

#include <limits.h>
#include <string.h>
#include <unictype.h>
#include <uniwidth.h>

#include "utf8.h"

/* East Asian Width = Ambiguous, Unicode 15.0, as ranges of code points:
 * asked of ICU 72 (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) once
 * and written here. Left out: the zero-width members (U+0300–U+036F,
 * U+00AD, variation selectors), which stay 0 cells in both modes. */
static const uint32_t ambiguous[][2] = {
    {0x00A1,0x00A1}, {0x00A4,0x00A4}, {0x00A7,0x00A8}, {0x00AA,0x00AA},
    {0x00AE,0x00AE}, {0x00B0,0x00B4}, {0x00B6,0x00BA}, {0x00BC,0x00BF},
    {0x00C6,0x00C6}, {0x00D0,0x00D0}, {0x00D7,0x00D8}, {0x00DE,0x00E1},
    {0x00E6,0x00E6}, {0x00E8,0x00EA}, {0x00EC,0x00ED}, {0x00F0,0x00F0},
    {0x00F2,0x00F3}, {0x00F7,0x00FA}, {0x00FC,0x00FC}, {0x00FE,0x00FE},
    {0x0101,0x0101}, {0x0111,0x0111}, {0x0113,0x0113}, {0x011B,0x011B},
    {0x0126,0x0127}, {0x012B,0x012B}, {0x0131,0x0133}, {0x0138,0x0138},
    {0x013F,0x0142}, {0x0144,0x0144}, {0x0148,0x014B}, {0x014D,0x014D},
    {0x0152,0x0153}, {0x0166,0x0167}, {0x016B,0x016B}, {0x01CE,0x01CE},
    {0x01D0,0x01D0}, {0x01D2,0x01D2}, {0x01D4,0x01D4}, {0x01D6,0x01D6},
    {0x01D8,0x01D8}, {0x01DA,0x01DA}, {0x01DC,0x01DC}, {0x0251,0x0251},
    {0x0261,0x0261}, {0x02C4,0x02C4}, {0x02C7,0x02C7}, {0x02C9,0x02CB},
    {0x02CD,0x02CD}, {0x02D0,0x02D0}, {0x02D8,0x02DB}, {0x02DD,0x02DD},
    {0x02DF,0x02DF}, {0x0391,0x03A1}, {0x03A3,0x03A9}, {0x03B1,0x03C1},
    {0x03C3,0x03C9}, {0x0401,0x0401}, {0x0410,0x044F}, {0x0451,0x0451},
    {0x2010,0x2010}, {0x2013,0x2016}, {0x2018,0x2019}, {0x201C,0x201D},
    {0x2020,0x2022}, {0x2024,0x2027}, {0x2030,0x2030}, {0x2032,0x2033},
    {0x2035,0x2035}, {0x203B,0x203B}, {0x203E,0x203E}, {0x2074,0x2074},
    {0x207F,0x207F}, {0x2081,0x2084}, {0x20AC,0x20AC}, {0x2103,0x2103},
    {0x2105,0x2105}, {0x2109,0x2109}, {0x2113,0x2113}, {0x2116,0x2116},
    {0x2121,0x2122}, {0x2126,0x2126}, {0x212B,0x212B}, {0x2153,0x2154},
    {0x215B,0x215E}, {0x2160,0x216B}, {0x2170,0x2179}, {0x2189,0x2189},
    {0x2190,0x2199}, {0x21B8,0x21B9}, {0x21D2,0x21D2}, {0x21D4,0x21D4},
    {0x21E7,0x21E7}, {0x2200,0x2200}, {0x2202,0x2203}, {0x2207,0x2208},
    {0x220B,0x220B}, {0x220F,0x220F}, {0x2211,0x2211}, {0x2215,0x2215},
    {0x221A,0x221A}, {0x221D,0x2220}, {0x2223,0x2223}, {0x2225,0x2225},
    {0x2227,0x222C}, {0x222E,0x222E}, {0x2234,0x2237}, {0x223C,0x223D},
    {0x2248,0x2248}, {0x224C,0x224C}, {0x2252,0x2252}, {0x2260,0x2261},
    {0x2264,0x2267}, {0x226A,0x226B}, {0x226E,0x226F}, {0x2282,0x2283},
    {0x2286,0x2287}, {0x2295,0x2295}, {0x2299,0x2299}, {0x22A5,0x22A5},
    {0x22BF,0x22BF}, {0x2312,0x2312}, {0x2460,0x24E9}, {0x24EB,0x254B},
    {0x2550,0x2573}, {0x2580,0x258F}, {0x2592,0x2595}, {0x25A0,0x25A1},
    {0x25A3,0x25A9}, {0x25B2,0x25B3}, {0x25B6,0x25B7}, {0x25BC,0x25BD},
    {0x25C0,0x25C1}, {0x25C6,0x25C8}, {0x25CB,0x25CB}, {0x25CE,0x25D1},
    {0x25E2,0x25E5}, {0x25EF,0x25EF}, {0x2605,0x2606}, {0x2609,0x2609},
    {0x260E,0x260F}, {0x261C,0x261C}, {0x261E,0x261E}, {0x2640,0x2640},
    {0x2642,0x2642}, {0x2660,0x2661}, {0x2663,0x2665}, {0x2667,0x266A},
    {0x266C,0x266D}, {0x266F,0x266F}, {0x269E,0x269F}, {0x26BF,0x26BF},
    {0x26C6,0x26CD}, {0x26CF,0x26D3}, {0x26D5,0x26E1}, {0x26E3,0x26E3},
    {0x26E8,0x26E9}, {0x26EB,0x26F1}, {0x26F4,0x26F4}, {0x26F6,0x26F9},
    {0x26FB,0x26FC}, {0x26FE,0x26FF}, {0x273D,0x273D}, {0x2776,0x277F},
    {0x2B56,0x2B59}, {0x3248,0x324F}, {0xE000,0xF8FF}, {0xFFFD,0xFFFD},
    {0x1F100,0x1F10A}, {0x1F110,0x1F12D}, {0x1F130,0x1F169},
    {0x1F170,0x1F18D}, {0x1F18F,0x1F190}, {0x1F19B,0x1F1AC},
    {0xF0000,0xFFFFD}, {0x100000,0x10FFFD}
};

/* A unit shows its own bytes, a placeholder code point, or nothing. */
#define SHOW_SELF 0xFFFFFFFFu
#define SHOW_NONE 0xFFFFFFFEu

#define PIC_DEL 0x2421u     /* ␡ */
#define PIC_HIDDEN 0x2370u  /* ⍰ for C1 and bidi controls */
#define PIC_NEWLINE 0x2424u /* ␤ for the line and paragraph separators */

/* One decoded display unit. */
typedef struct unit {
    uint32_t cp;    /* the code point read, U+FFFD for invalid bytes */
    uint32_t shown; /* SHOW_SELF, SHOW_NONE or the placeholder drawn */
    int width;
    unsigned flags;
} unit;

static int is_ambiguous(uint32_t cp)
{
    size_t lo = 0, hi = sizeof ambiguous / sizeof ambiguous[0];
    if (cp < ambiguous[0][0])
        return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < ambiguous[mid][0])
            hi = mid;
        else if (cp > ambiguous[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

static void show(unit *u, uint32_t shown, int width, unsigned flags)
{
    u->shown = shown;
    u->width = width;
    u->flags = flags;
}

/* The replacement character: invalid bytes, unassigned code points. */
static void show_replacement(unit *u, int ambiwide)
{
    show(u, UTF8_REPLACEMENT, ambiwide ? 2 : 1,
         CELL_PLACEHOLDER | CELL_AMBIGUOUS);
}

static int is_bidi_control(uint32_t cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The placeholder of a control character or separator, or 0 when cp is
 * none of them (TAB is not one: it is handled before). */
static uint32_t control_picture(uint32_t cp)
{
    if (cp < 0x20)
        return 0x2400 + cp;
    if (cp == 0x7F)
        return PIC_DEL;
    if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp))
        return PIC_HIDDEN;
    if (cp == 0x2028 || cp == 0x2029)
        return PIC_NEWLINE;
    return 0;
}

/* Blocks that are all assigned and all double width (CJK ideographs and
 * their punctuation, full-width forms): the common case, looked up
 * without libunistring. */
static int is_plain_wide(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xFF01 && cp <= 0xFF60);
}

/* Where libunistring 1.0 and the C library (glibc 2.36, whose wcwidth
 * ncurses and tmux measure with) disagree about a printable character,
 * the C library's width, so that curses' idea of the screen stays ours:
 * circled numbers on black squares and Yijing hexagrams are wide there,
 * five spacing-looking vowel signs (Mn) are marks. */
static int width_as_libc(uint32_t cp, int w)
{
    if ((cp >= 0x3248 && cp <= 0x324F) || (cp >= 0x4DC0 && cp <= 0x4DFF))
        return 2;
    if (cp == 0x0CBF || cp == 0x0CC6 || cp == 0x11A07 || cp == 0x11A08 ||
        cp == 0x11C3F)
        return 0;
    return w;
}

/* Width and display of a code point that is not a control. */
static void classify_printable(unit *u, uint32_t cp, int ambiwide)
{
    if (uc_is_general_category(cp, UC_CATEGORY_Cn)) {
        show_replacement(u, ambiwide);
        return;
    }
    int w = width_as_libc(cp, uc_width(cp, "UTF-8"));
    if (w < 0) {
        show(u, PIC_HIDDEN, 1, CELL_PLACEHOLDER);
    } else if (w == 0) {
        int invisible = cp == 0xFE0E || cp == 0xFE0F ||
                        uc_is_general_category(cp, UC_CATEGORY_Cf);
        show(u, invisible ? SHOW_NONE : SHOW_SELF, 0, 0);
    } else if (w == 1 && is_ambiguous(cp)) {
        show(u, SHOW_SELF, ambiwide ? 2 : 1, CELL_AMBIGUOUS);
    } else {
        show(u, SHOW_SELF, w > 2 ? 2 : w, 0);
    }
}

static void classify(unit *u, uint32_t cp, int ambiwide)
{
    if (is_plain_wide(cp)) {
        show(u, SHOW_SELF, 2, 0);
        return;
    }
    if (cp == '\t') {
        show(u, ' ', 1, 0);
        return;
    }
    uint32_t pic = control_picture(cp);
    if (pic)
        show(u, pic, 1, CELL_PLACEHOLDER);
    else
        classify_printable(u, cp, ambiwide);
}

/* Reads the unit of s[0..n) at byte i (i < n); returns its source bytes. */
static size_t unit_read(const char *s, size_t n, size_t i, int ambiwide,
                        unit *u)
{
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F) {
        u->cp = c;
        show(u, SHOW_SELF, 1, 0);
        return 1;
    }
    size_t len = utf8_decode(s + i, n - i, &u->cp);
    if (u->cp == UTF8_REPLACEMENT &&
        !(len == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
        show_replacement(u, ambiwide); /* invalid bytes */
    else
        classify(u, u->cp, ambiwide);
    return len;
}

int cells_ellipsis_width(int ambiwide)
{
    return ambiwide ? 2 : 1;
}

size_t cell_next(const char *s, size_t n, size_t i, int ambiwide, int base,
                 cell *c)
{
    unit u;
    size_t len = unit_read(s, n, i, ambiwide, &u);
    c->width = (unsigned char)u.width;
    c->flags = (unsigned char)u.flags;
    if (u.shown == SHOW_SELF && (u.width > 0 || base)) {
        memcpy(c->bytes, s + i, len); /* a valid code point: ≤ 4 bytes */
        c->len = (unsigned char)len;
    } else if (u.shown == SHOW_SELF || u.shown == SHOW_NONE) {
        c->len = 0;
    } else {
        c->len = (unsigned char)utf8_encode(u.shown, c->bytes);
    }
    return len;
}

int cells_measure(const char *s, size_t n, size_t i, int ambiwide,
                  size_t *len, uint32_t *cp)
{
    unit u;
    *len = unit_read(s, n, i, ambiwide, &u);
    if (cp)
        *cp = u.cp;
    return u.width;
}

int cells_width(const char *s, size_t n, int ambiwide)
{
    long long w = 0;
    size_t i = 0, len;
    while (i < n) {
        w += cells_measure(s, n, i, ambiwide, &len, NULL);
        i += len;
    }
    return w > INT_MAX ? INT_MAX : (int)w;
}

size_t cells_fit(const char *s, size_t n, int cols, int ambiwide, int *used,
                 int *trimmed)
{
    size_t i = 0, len;
    int w = 0;
    if (cols < 0)
        cols = 0;
    while (i < n) {
        int uw = cells_measure(s, n, i, ambiwide, &len, NULL);
        if (uw > cols - w)
            break;
        w += uw;
        i += len;
    }
    if (used)
        *used = w;
    if (trimmed)
        *trimmed = i < n;
    return i;
}

size_t cells_fit_ellipsis(const char *s, size_t n, int cols, int ambiwide,
                          int *used, int *ellipsis)
{
    int w, cut, ew = cells_ellipsis_width(ambiwide);
    size_t k = cells_fit(s, n, cols, ambiwide, &w, &cut);
    if (cut && cols >= ew) {
        k = cells_fit(s, k, cols - ew, ambiwide, &w, NULL);
    } else {
        ew = 0;
    }
    if (used)
        *used = w;
    if (ellipsis)
        *ellipsis = ew;
    return k;
}

size_t cells_skip(const char *s, size_t n, int cols, int ambiwide, int *pad)
{
    size_t i = 0, len;
    int w = 0;
    while (i < n && w < cols) {
        w += cells_measure(s, n, i, ambiwide, &len, NULL);
        i += len;
    }
    while (i > 0 && i < n && cells_measure(s, n, i, ambiwide, &len, NULL) == 0)
        i += len; /* marks of the last unit skipped go with it */
    if (pad)
        *pad = w > cols && cols > 0 ? w - cols : 0;
    return i;
}

int cells_wcwidth(uint32_t cp, int ambiwide)
{
    if (cp >= 0x20 && cp < 0x7F) /* curses asks for every character */
        return 1;
    if (cp == 0)
        return 0;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    unit u;
    classify(&u, cp, ambiwide);
    return u.shown == SHOW_SELF || u.shown == SHOW_NONE ? u.width : -1;
}

size_t cells_render(const char *s, size_t n, int base, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    cell c;
    while (i < n) {
        size_t len = cell_next(s, n, i, 0, base, &c);
        if (c.len > cap - o)
            break;
        if (c.len) {
            memcpy(out + o, c.bytes, c.len);
            o += c.len;
        }
        base = base || c.width > 0;
        i += len;
    }
    return o;
}
