/* ncwidth.h — curses counts cells as cells.c does: ncwidth.c defines the
 * C library's wcwidth for the whole program, with the widths of
 * cells_wcwidth in the mode term.c sets here. */
#ifndef BAOGAO_NCWIDTH_H
#define BAOGAO_NCWIDTH_H

/* Whether curses, once started, counts an ambiguous-width character as
 * cells.c does in the current mode (it does unless the program was linked
 * so that curses cannot see ncwidth.c's wcwidth, e.g. statically). Calling
 * it is also what links ncwidth.c into the program. */
int ncwidth_in_curses(void);

/* The mode wcwidth counts in: ambiguous-width characters two cells when
 * ambiwide is nonzero (term.c calls it once it knows, before curses
 * starts). */
void ncwidth_set_ambiwide(int ambiwide);

#endif
