/* ambiwide_preload.c — an LD_PRELOAD library that makes a program count
 * East Asian Ambiguous characters (“”…—·①, Unicode property EAW=A) two
 * cells wide, as a CJK terminal in ambiguous-wide mode draws them.
 * ambiwide.sh loads it into its tmux server (tmux measures with wcwidth)
 * so that the pane behaves like such a terminal. Not installed, never
 * linked into baogao. The property comes from ICU, not from ui/cells.c:
 * the test compares two independent answers. */
#include <dlfcn.h>
#include <wchar.h>

#include <unicode/uchar.h>

int wcwidth(wchar_t wc)
{
    static int (*libc_wcwidth)(wchar_t);
    if (!libc_wcwidth)
        *(void **)&libc_wcwidth = dlsym(RTLD_NEXT, "wcwidth");
    int w = libc_wcwidth ? libc_wcwidth(wc) : -1;
    if (w == 1 && wc > 0x7F &&
        u_getIntPropertyValue((UChar32)wc, UCHAR_EAST_ASIAN_WIDTH) ==
            U_EA_AMBIGUOUS)
        return 2;
    return w;
}
