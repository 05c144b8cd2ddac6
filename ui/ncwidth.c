/* ncwidth.c — wcwidth(3) for the whole program, so that curses counts
 * cells as cells.c does (see ncwidth.h).
 *
 * ncurses measures every character it is given with the C library's
 * wcwidth, and glibc's makes East Asian Ambiguous characters (“”…—·①)
 * one cell. With ambiwide (--ambiwide, or a terminal measured to draw
 * them wide) our layout gives them two; curses would then believe the
 * cursor one cell short per such character, and on a terminal that draws
 * them wide borders and text shift. A function defined in the executable
 * is found first for calls made from shared libraries too (the linker
 * exports it to the dynamic symbol table because libncursesw refers to
 * it), so ncurses calls this one. wcwidth is the only width function
 * libncursesw 6 imports (nm -D --undefined-only), so wcswidth is left to
 * the C library. The linker takes this file out of the ui library only
 * because term.c calls ncwidth_in_curses, which also checks that curses
 * really counts with it. */
#include "ncwidth.h"

#include <wchar.h>

#include <ncursesw/curses.h>

#include "cells.h"

/* The mode term.c measured or was told (ncwidth_set_ambiwide): kept here,
 * so that this file needs nothing of term.c's. */
static int wide;

void ncwidth_set_ambiwide(int ambiwide)
{
    wide = ambiwide != 0;
}

int wcwidth(wchar_t wc)
{
    if (wc < 0)
        return -1;
    return cells_wcwidth((uint32_t)wc, wide);
}

int ncwidth_in_curses(void)
{
    WINDOW *pad = newpad(1, 4);
    if (!pad)
        return 0;
    waddstr(pad, CELLS_ELLIPSIS);
    int x = getcurx(pad);
    delwin(pad);
    return x == cells_ellipsis_width(wide);
}
