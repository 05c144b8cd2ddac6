/* test_cells.c — unit tests of ui/cells: widths (ASCII, CJK, full-width,
 * ambiguous in both modes, combining, emoji), the placeholder of every
 * class of control and invalid input, fitting, ellipsis, skipping and
 * rendering at odd widths around double-width characters; agreement with
 * the C library's wcwidth, which ncurses and tmux count with. */
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uniwidth.h>
#include <wchar.h>

#include "cells.h"
#include "check.h"
#include "utf8.h"

/* Width of a NUL-terminated string. */
static int wid(const char *s, int ambiwide)
{
    return cells_width(s, strlen(s), ambiwide);
}

/* The sanitized bytes of s, in a static buffer (NUL-terminated). */
static const char *render(const char *s, size_t n, int base)
{
    static char out[4096];
    size_t k = cells_render(s, n, base, out, sizeof out - 1);
    out[k] = '\0';
    return out;
}

static const char *rend(const char *s)
{
    return render(s, strlen(s), 0);
}

/* The one cell of a string that is one unit. */
static cell one(const char *s, size_t n, int ambiwide)
{
    cell c;
    size_t used = cell_next(s, n, 0, ambiwide, 1, &c);
    CHECK_INT(used, n);
    return c;
}

static void test_width_basic(void)
{
    CHECK_INT(wid("", 0), 0);
    CHECK_INT(wid("abc", 0), 3);
    CHECK_INT(wid("abc", 1), 3);
    CHECK_INT(wid("中文", 0), 4);                       /* CJK: 2 each */
    CHECK_INT(wid("中文", 1), 4);
    CHECK_INT(wid("荔湾区2024年", 0), 12);
    CHECK_INT(wid("，。、；：？！（）", 0), 18); /* full-width punctuation */
    CHECK_INT(wid("「」『』【】《》〔〕", 0), 20);
    CHECK_INT(wid("\xE3\x80\x80", 0), 2);              /* ideographic space */
    CHECK_INT(wid("ＡＢＣ１２３％", 0), 14);           /* full-width forms */
    CHECK_INT(wid("ｱｲｳ", 0), 3);                       /* half-width katakana */
    CHECK_INT(wid("\xF0\xA0\x80\x80", 0), 2);          /* 𠀀, plane 2 */
    CHECK_INT(wid("\xF0\x9F\x98\x80", 0), 2);          /* 😀 */
    CHECK_INT(wid("\xF0\x9F\x98\x80", 1), 2);
    CHECK_INT(wid("\xE2\x8C\x9A", 0), 2);              /* ⌚ (EAW W) */
    CHECK_INT(wid("\xC2\xA9", 1), 1);                  /* © is Neutral */
    CHECK_INT(wid("\xE2\x82\xA9", 1), 1);              /* ₩ is Half-width */
}

/* East Asian Ambiguous: narrow by default, wide with ambiwide. */
static void test_width_ambiguous(void)
{
    static const char *amb[] = {
        /* “ ” ‘ ’ */
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
        "—", "…", "·", "①", "⑳", "Ⅰ", "ⅹ", "※", "℃", "×", "÷",
        "§", "°", "±", "α", "Ω", "я", "─", "■", "○", "★", "→", "é",
        "ā", "ǎ",
        "\xEE\x9F\xAD", /* U+E7ED, private use */
        "\xEF\xBF\xBD", /* U+FFFD itself */
    };
    for (size_t k = 0; k < sizeof amb / sizeof amb[0]; k++) {
        size_t n = strlen(amb[k]);
        cell narrow = one(amb[k], n, 0), wide = one(amb[k], n, 1);
        if (!CHECK_INT(narrow.width, 1) || !CHECK_INT(wide.width, 2))
            printf("  ambiguous: %s\n", amb[k]);
        CHECK(narrow.flags & CELL_AMBIGUOUS);
        CHECK_MEM(narrow.bytes, narrow.len, amb[k]); /* sent as they are */
    }
    CHECK_INT(wid("“拼经济、促发展”……", 0), 1 + 14 + 1 + 2);
    CHECK_INT(wid("“拼经济、促发展”……", 1), 2 + 14 + 2 + 4);
    CHECK(!(one("a", 1, 1).flags & CELL_AMBIGUOUS));
    CHECK(!(one("中", 3, 1).flags & CELL_AMBIGUOUS));
    CHECK_INT(cells_ellipsis_width(0), 1);
    CHECK_INT(cells_ellipsis_width(1), 2);
    CHECK_INT(wid(CELLS_ELLIPSIS, 0), 1);
    CHECK_INT(wid(CELLS_ELLIPSIS, 1), 2);
}

/* What libunistring does, and why cells.c keeps its own Ambiguous table:
 * a CJK encoding name makes all of U+00A1..U+FF60 double, not just EAW=A. */
static void test_libunistring_width(void)
{
    CHECK_INT(uc_width(0x201C, "UTF-8"), 1); /* “ */
    CHECK_INT(uc_width(0x201C, "GBK"), 2);
    CHECK_INT(uc_width(0x201C, "EUC-JP"), 2);
    CHECK_INT(uc_width(0xA9, "GBK"), 2);     /* © — Neutral, yet 2 */
    CHECK_INT(uc_width(0x2500, "GBK"), 2);
    CHECK_INT(uc_width(0x241B, "GBK"), 2);   /* ␛ — Neutral, yet 2 */
    CHECK_INT(uc_width(0xFFFD, "GBK"), 1);   /* Ambiguous, yet 1 */
    CHECK_INT(uc_width(0x4E2D, "UTF-8"), 2);
    CHECK_INT(uc_width(0x301, "UTF-8"), 0);
    CHECK_INT(uc_width(0x1B, "UTF-8"), -1);
    /* ours: placeholders stay 1 cell when ambiguous characters are 2 */
    CHECK_INT(one("\x1B", 1, 1).width, 1);
    CHECK_INT(one("\xC2\x9B", 2, 1).width, 1);
}

/* The widths agree with the C library's wcwidth (ncurses and tmux count
 * with it) for every character it knows, but where cells.h decides
 * otherwise on purpose: placeholders and characters not sent. */
static void test_agrees_with_wcwidth(void)
{
    CHECK_INT(wid("\xE4\xB7\x80", 0), 2);  /* U+4DC0 ䷀, wide in glibc */
    CHECK_INT(wid("\xE3\x89\x88", 0), 2);  /* U+3248 ㉈ */
    CHECK_INT(wid("a\xE0\xB2\xBF", 0), 1); /* U+0CBF, a vowel sign (Mn) */
    if (!setlocale(LC_CTYPE, "C.UTF-8")) {
        printf("no C.UTF-8 locale: widths not compared with wcwidth\n");
        return;
    }
    unsigned differ = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        char s[4];
        size_t n = utf8_encode(cp, s);
        int libc = wcwidth((wchar_t)cp);
        cell c;
        if (libc < 0 || (cp >= 0xD800 && cp <= 0xDFFF))
            continue;
        cell_next(s, n, 0, 0, 1, &c);
        if ((c.flags & CELL_PLACEHOLDER) || c.len == 0)
            continue;
        if (c.width != libc && differ++ < 5)
            printf("  U+%04X: width %d, wcwidth %d\n", (unsigned)cp,
                   c.width, libc);
    }
    setlocale(LC_CTYPE, "C");
    CHECK_INT(differ, 0);
}

static void test_width_zero(void)
{
    CHECK_INT(wid("e\xCC\x81", 0), 1);            /* e + combining acute */
    CHECK_INT(wid("\xCC\x81", 0), 0);
    CHECK_INT(wid("\xE3\x82\x99", 0), 0);         /* combining kana voicing */
    CHECK_INT(wid("a\xE2\x80\x8B" "b", 0), 2);    /* zero-width space */
    CHECK_INT(wid("a\xC2\xAD" "b", 0), 2);        /* soft hyphen */
    CHECK_INT(wid("\xEF\xBB\xBF" "a", 0), 1);     /* BOM */
    CHECK_INT(wid("\xE2\x9D\xA4\xEF\xB8\x8F", 0), 1); /* ❤ + VS16 */
    /* a family: three emoji joined by ZWJ, measured as three */
    CHECK_INT(wid("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
                  "\xF0\x9F\x91\xA7", 0), 6);
}

/* Every C0 control but TAB becomes its Control Picture; nothing raw. */
static void test_c0(void)
{
    for (unsigned c = 0; c < 0x20; c++) {
        char s[1] = {(char)c}, want[4];
        cell k = one(s, 1, 0);
        if (c == '\t') {
            CHECK_MEM(k.bytes, k.len, " ");
            CHECK_INT(k.flags, 0);
        } else {
            size_t wl = utf8_encode(0x2400 + c, want);
            want[wl] = '\0';
            CHECK_MEM(k.bytes, k.len, want);
            CHECK_INT(k.flags, CELL_PLACEHOLDER);
        }
        CHECK_INT(k.width, 1);
        CHECK_INT(one(s, 1, 1).width, 1);
    }
    CHECK_STR(rend("\x1B[31m红\x1B[0m"), "␛[31m红␛[0m");
    CHECK_INT(wid("\x1B[31m红\x1B[0m", 0), 1 + 4 + 2 + 1 + 3);
    CHECK_STR(rend("a\tb"), "a b");
    CHECK_STR(rend("a\r\nb"), "a␍␊b");
    CHECK_STR(render("\0x", 2, 0), "␀x");
    CHECK_STR(rend("\x7F"), "␡");
    CHECK_INT(one("\x7F", 1, 1).width, 1);
    CHECK_INT(one("\x7F", 1, 0).flags, CELL_PLACEHOLDER);
}

/* C1 controls, bidi controls and separators. */
static void test_c1_bidi(void)
{
    for (unsigned c = 0x80; c <= 0x9F; c++) {
        char s[2];
        utf8_encode(c, s);
        cell k = one(s, 2, 0);
        CHECK_MEM(k.bytes, k.len, "⍰");
        CHECK_INT(k.width, 1);
        CHECK_INT(k.flags, CELL_PLACEHOLDER);
    }
    CHECK_STR(rend("a\xC2\x9B" "31mb"), "a⍰31mb");  /* C1 CSI, encoded */
    CHECK_STR(rend("a\x9B" "31mb"), "a�31mb");       /* a raw 0x9B byte */
    static const unsigned bidi[] = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B,
                                    0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                                    0x2068, 0x2069};
    for (size_t k = 0; k < sizeof bidi / sizeof bidi[0]; k++) {
        char s[4];
        size_t n = utf8_encode(bidi[k], s);
        cell c = one(s, n, 1);
        CHECK_MEM(c.bytes, c.len, "⍰");
        CHECK_INT(c.width, 1);
        CHECK_STR(render(s, n, 0), "⍰"); /* even at line start */
    }
    CHECK_STR(rend("abc\xE2\x80\xAE" "fed"), "abc⍰fed"); /* U+202E */
    CHECK_INT(wid("abc\xE2\x80\xAE" "fed", 0), 7);
    CHECK_STR(rend("a\xE2\x80\xA8" "b\xE2\x80\xA9"), "a␤b␤");
}

/* Invalid UTF-8 and code points no terminal knows become U+FFFD. */
static void test_invalid(void)
{
    CHECK_STR(rend("\xFF"), "�");
    CHECK_STR(rend("a\xC3"), "a�");                 /* truncated at the end */
    CHECK_STR(rend("\xE4\xB8" "A"), "�A");           /* one maximal prefix */
    CHECK_STR(rend("\xC0\xAF"), "��");              /* overlong */
    CHECK_STR(rend("\xED\xA0\x80"), "���");         /* a surrogate */
    CHECK_STR(rend("\xF5\x80"), "��");
    CHECK_STR(rend("\xCD\xB8"), "�");               /* U+0378 unassigned */
    CHECK_STR(rend("\xEF\xBF\xBE"), "�");           /* U+FFFE */
    CHECK_STR(rend("\xEF\xB7\x90"), "�");           /* U+FDD0 */
    CHECK_STR(rend("\xF4\x8F\xBF\xBF"), "�");       /* U+10FFFF */
    cell bad = one("\xFF", 1, 0), real = one("\xEF\xBF\xBD", 3, 0);
    CHECK_INT(bad.width, 1);
    CHECK_INT(one("\xFF", 1, 1).width, 2);           /* FFFD is Ambiguous */
    CHECK(bad.flags & CELL_PLACEHOLDER);
    CHECK(!(real.flags & CELL_PLACEHOLDER));         /* a U+FFFD of the text */
    CHECK_MEM(real.bytes, real.len, "�");
    size_t len;
    uint32_t cp;
    CHECK_INT(cells_measure("\xE4\xB8" "A", 3, 0, 0, &len, &cp), 1);
    CHECK_INT(len, 2);
    CHECK_INT(cp, 0xFFFD);
    CHECK_INT(cells_measure("x中", 4, 1, 0, &len, &cp), 2);
    CHECK_INT(len, 3);
    CHECK_INT(cp, 0x4E2D);
}

/* Invisible characters are not sent; marks without a base are dropped. */
static void test_dropped(void)
{
    CHECK_STR(rend("a\xE2\x80\x8B" "b"), "ab");      /* ZWSP */
    CHECK_STR(rend("a\xC2\xAD" "b"), "ab");          /* soft hyphen */
    CHECK_STR(rend("\xEF\xBB\xBF" "a"), "a");        /* BOM */
    CHECK_STR(rend("a\xE2\x81\xA0" "b"), "ab");      /* word joiner */
    CHECK_STR(rend("\xE2\x9D\xA4\xEF\xB8\x8F"), "❤"); /* VS16 */
    CHECK_STR(rend("e\xCC\x81"), "e\xCC\x81");       /* kept on its base */
    CHECK_STR(rend("\xCC\x81" "e"), "e");            /* nothing to sit on */
    CHECK_STR(rend("\xCC\x81\xCC\x81" "e\xCC\x81"), "e\xCC\x81");
    CHECK_STR(render("\xCC\x81" "e", 3, 1), "\xCC\x81" "e"); /* base drawn */
    CHECK_STR(rend("\x1B\xCC\x81"), "␛\xCC\x81");   /* on a placeholder */
    cell c;
    CHECK_INT(cell_next("\xCC\x81", 2, 0, 0, 0, &c), 2);
    CHECK_INT(c.len, 0);
    CHECK_INT(c.width, 0);
    CHECK_INT(cell_next("\xCC\x81", 2, 0, 0, 1, &c), 2);
    CHECK_INT(c.len, 2);
    CHECK_INT(c.width, 0);
}

/* Is s[0..n) free of anything a terminal would act on? */
static int safe_bytes(const char *s, size_t n)
{
    if (!utf8_valid(s, n))
        return 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C ||
            cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
            (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029)
            return 0;
    }
    return 1;
}

/* Every code point in both modes, and random bytes: the output is always
 * safe, widths are 0–2, a placeholder is 1 cell (U+FFFD: 1, or 2 with
 * ambiwide), and what curses counts (cells_wcwidth) is the width of every
 * character sent as itself (a tab is drawn as spaces). */
static void test_all_code_points(void)
{
    unsigned bad = 0, badwidth = 0, badph = 0, badwc = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char s[4];
        size_t n = utf8_encode(cp, s);
        for (int amb = 0; amb <= 1; amb++) {
            cell c;
            cell_next(s, n, 0, amb, 1, &c);
            bad += !safe_bytes(c.bytes, c.len);
            badwidth += c.width > 2 || (c.len == 0 && c.width != 0);
            if (c.flags & CELL_PLACEHOLDER)
                badph += c.width != ((c.flags & CELL_AMBIGUOUS) && amb ? 2 : 1);
            else if (c.len && cp && cp != '\t')
                badwc += cells_wcwidth(cp, amb) != c.width;
        }
    }
    CHECK_INT(bad, 0);
    CHECK_INT(badwidth, 0);
    CHECK_INT(badph, 0);
    CHECK_INT(badwc, 0);
}

/* cells_wcwidth (what curses counts with, ui/ncwidth.c) on named code
 * points; test_all_code_points checks it against cell_next on all. */
static void test_wcwidth(void)
{
    CHECK_INT(cells_wcwidth(0x201C, 0), 1); /* “ */
    CHECK_INT(cells_wcwidth(0x201C, 1), 2);
    CHECK_INT(cells_wcwidth(0x2026, 1), 2); /* … */
    CHECK_INT(cells_wcwidth(0x4E2D, 0), 2); /* 中 */
    CHECK_INT(cells_wcwidth('a', 1), 1);
    CHECK_INT(cells_wcwidth(0, 0), 0);
    CHECK_INT(cells_wcwidth(0x1B, 0), -1);  /* ESC: never sent */
    CHECK_INT(cells_wcwidth(0x9B, 0), -1);  /* C1 CSI */
    CHECK_INT(cells_wcwidth(0xD800, 0), -1);
    CHECK_INT(cells_wcwidth(0x110000, 0), -1);
}

static void test_random_bytes(void)
{
    unsigned bad = 0, badsum = 0, badmax = 0;
    char s[64], out[CELLS_RENDER_MAX(64)];
    srand(4);
    for (int round = 0; round < 20000; round++) {
        size_t n = (size_t)(rand() % 64);
        for (size_t i = 0; i < n; i++)
            s[i] = (char)(round % 2 ? rand() : 0x80 + rand() % 0x80);
        size_t k = cells_render(s, n, 0, out, sizeof out);
        bad += !safe_bytes(out, k);
        badmax += k > CELLS_RENDER_MAX(n);
        int sum = 0, amb = round % 3 == 0;
        cell c;
        for (size_t i = 0; i < n; sum += c.width)
            i += cell_next(s, n, i, amb, 0, &c);
        badsum += sum != cells_width(s, n, amb);
    }
    CHECK_INT(bad, 0);
    CHECK_INT(badsum, 0);
    CHECK_INT(badmax, 0);
}

#define CHECK_FIT(s, cols, amb, want, want_used, want_trim)                 \
    do {                                                                    \
        int used_ = -1, trim_ = -1;                                         \
        size_t k_ = cells_fit((s), strlen(s), (cols), (amb), &used_, &trim_); \
        CHECK_MEM((s), k_, (want));                                         \
        CHECK_INT(used_, (want_used));                                      \
        CHECK_INT(trim_, (want_trim));                                      \
    } while (0)

static void test_fit(void)
{
    CHECK_FIT("中文abc", 7, 0, "中文abc", 7, 0);
    CHECK_FIT("中文abc", 100, 0, "中文abc", 7, 0);
    CHECK_FIT("中文abc", 6, 0, "中文ab", 6, 1);
    CHECK_FIT("中文abc", 5, 0, "中文a", 5, 1);
    CHECK_FIT("中文abc", 4, 0, "中文", 4, 1);
    CHECK_FIT("中文abc", 3, 0, "中", 2, 1);     /* 文 would be cut: stop */
    CHECK_FIT("中文abc", 2, 0, "中", 2, 1);
    CHECK_FIT("中文abc", 1, 0, "", 0, 1);
    CHECK_FIT("中文abc", 0, 0, "", 0, 1);
    CHECK_FIT("中文abc", -3, 0, "", 0, 1);
    CHECK_FIT("a中文", 2, 0, "a", 1, 1);
    CHECK_FIT("a中文", 3, 0, "a中", 3, 1);
    CHECK_FIT("a中文", 4, 0, "a中", 3, 1);
    CHECK_FIT("a中文", 5, 0, "a中文", 5, 0);
    CHECK_FIT("", 5, 0, "", 0, 0);
    CHECK_FIT("ab\xCC\x81" "c", 2, 0, "ab\xCC\x81", 2, 1); /* mark kept */
    CHECK_FIT("\xCC\x81", 0, 0, "\xCC\x81", 0, 0);
    CHECK_FIT("“中”", 4, 0, "“中”", 4, 0);
    CHECK_FIT("“中”", 4, 1, "“中", 4, 1);
    CHECK_FIT("“中”", 3, 1, "“", 2, 1);
    CHECK_FIT("“中”", 1, 1, "", 0, 1);
    CHECK_FIT("\x1B[1m", 2, 0, "\x1B[", 2, 1);   /* a placeholder is a cell */
}

/* At every width: the fit is whole units, as wide as it says, ≤ cols,
 * and maximal (the next unit would not fit). */
static void test_fit_all_widths(void)
{
    static const char *s[] = {
        "中文abc", "a中b文c", "“拼经济、促发展”", "①②③…—·",
        "e\xCC\x81中\xCC\x81x",
        "\x1B[31m红\xC2\x9B\xE2\x80\xAE", "\xFF\xFE中\xE4\xB8", "😀a😀",
    };
    unsigned bad = 0;
    for (size_t k = 0; k < sizeof s / sizeof s[0]; k++) {
        size_t n = strlen(s[k]);
        for (int amb = 0; amb <= 1; amb++) {
            int total = cells_width(s[k], n, amb);
            for (int cols = 0; cols <= total + 1; cols++) {
                int used, trim, ell;
                size_t fit = cells_fit(s[k], n, cols, amb, &used, &trim);
                bad += used > cols || used != cells_width(s[k], fit, amb);
                bad += trim != (fit < n) || (trim && total <= cols);
                if (trim) {
                    size_t len;
                    bad += cells_measure(s[k], n, fit, amb, &len, NULL) <=
                           cols - used;
                }
                size_t e = cells_fit_ellipsis(s[k], n, cols, amb, &used, &ell);
                bad += used + ell > cols || used != cells_width(s[k], e, amb);
                bad += (ell != 0) != (total > cols && cols >= (amb ? 2 : 1));
            }
        }
    }
    CHECK_INT(bad, 0);
}

static void test_ellipsis(void)
{
    const char *s = "中文abc";
    size_t n = strlen(s);
    int used, ell;
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 7, 0, &used, &ell), "中文abc");
    CHECK_INT(used, 7);
    CHECK_INT(ell, 0);
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 6, 0, &used, &ell), "中文a");
    CHECK_INT(used, 5);
    CHECK_INT(ell, 1);
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 5, 0, &used, &ell), "中文");
    CHECK_INT(used, 4);
    CHECK_INT(ell, 1);
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 4, 0, &used, &ell), "中");
    CHECK_INT(used, 2);
    CHECK_INT(ell, 1);                    /* 3 cells drawn: the caller pads */
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 5, 1, &used, &ell), "中");
    CHECK_INT(used, 2);
    CHECK_INT(ell, 2);
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 1, 1, &used, &ell), "");
    CHECK_INT(used, 0);
    CHECK_INT(ell, 0);                    /* no room for a 2-cell … */
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 1, 0, &used, &ell), "");
    CHECK_INT(ell, 1);
    CHECK_MEM(s, cells_fit_ellipsis(s, n, 0, 0, &used, &ell), "");
    CHECK_INT(ell, 0);
    CHECK_INT(cells_fit_ellipsis(s, n, 3, 0, NULL, NULL), 3);
}

static void test_skip(void)
{
    const char *s = "中文abc";
    size_t n = strlen(s);
    int pad = -1;
    CHECK_INT(cells_skip(s, n, 0, 0, &pad), 0);
    CHECK_INT(pad, 0);
    CHECK_INT(cells_skip(s, n, 1, 0, &pad), 3);  /* 中 cut: skipped whole */
    CHECK_INT(pad, 1);
    CHECK_INT(cells_skip(s, n, 2, 0, &pad), 3);
    CHECK_INT(pad, 0);
    CHECK_INT(cells_skip(s, n, 3, 0, &pad), 6);
    CHECK_INT(pad, 1);
    CHECK_INT(cells_skip(s, n, 5, 0, &pad), 7);
    CHECK_INT(pad, 0);
    CHECK_INT(cells_skip(s, n, 100, 0, &pad), n);
    CHECK_INT(pad, 0);
    CHECK_INT(cells_skip("e\xCC\x81x", 4, 1, 0, &pad), 3); /* mark goes too */
    CHECK_INT(cells_skip("“x", 4, 1, 1, &pad), 3);
    CHECK_INT(pad, 1);
}

static void test_render_cap(void)
{
    char out[8];
    CHECK_INT(cells_render("中文", 6, 0, out, 5), 3);   /* whole units only */
    CHECK_MEM(out, 3, "中");
    CHECK_INT(cells_render("\x1B\x1B", 2, 0, out, 5), 3);
    CHECK_INT(cells_render("abc", 3, 0, NULL, 0), 0);
    CHECK_INT(cells_render("\xCC\x81", 2, 0, NULL, 0), 0);
}

int main(void)
{
    test_width_basic();
    test_width_ambiguous();
    test_libunistring_width();
    test_agrees_with_wcwidth();
    test_width_zero();
    test_c0();
    test_c1_bidi();
    test_invalid();
    test_dropped();
    test_all_code_points();
    test_wcwidth();
    test_random_bytes();
    test_fit();
    test_fit_all_widths();
    test_ellipsis();
    test_skip();
    test_render_cap();
    return check_done();
}
