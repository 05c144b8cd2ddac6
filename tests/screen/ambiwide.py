#!/usr/bin/env python3
"""ambiwide.py — the check of ambiwide.sh: screens of the main layout on a
terminal that draws East Asian Ambiguous characters (“”…—·①) two cells
wide, as tmux with ambiwide_preload.so counts them.

  ambiwide.py W FILE...   each FILE is one page (capture-pane -p -e) W
                          cells wide: every line is exactly W cells (East
                          Asian Wide, Fullwidth and Ambiguous 2, marks 0,
                          else 1; the VT100 line drawing set 1: tmux keeps
                          it as ASCII), the status line may end one short;
                          the borders are whole and the line between the
                          left panes and the reader is in the column of the
                          top line's ┬ on every row; prints FAIL lines,
                          then "N checks, M failed"
"""
import os
import signal
import sys
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screen  # noqa: E402  (ACS, ESC_ANY: the capture format)


def width(c):
    if unicodedata.category(c) in ('Mn', 'Me'):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ('W', 'F', 'A') else 1


def rows(text):
    """The capture as rows of (character, cells), line drawing shown as
    the box characters it stands for, one cell each."""
    out, row, acs, i = [], [], False, 0
    while i < len(text):
        c = text[i]
        if c == '\x1b':
            m = screen.ESC_ANY.match(text, i)
            i = m.end() if m else i + 1
            continue
        if c == '\n':
            out.append(row)
            row = []
        elif c == '\x0e':
            acs = True
        elif c == '\x0f':
            acs = False
        elif acs:
            row.append((screen.ACS.get(c, c), 1))
        else:
            row.append((c, width(c)))
        i += 1
    if row:
        out.append(row)
    return out


def text(row):
    return ''.join(c for c, _ in row)


def at_columns(row):
    """{column: character} of the characters that start a cell."""
    col, at = 0, {}
    for c, w in row:
        if w:
            at[col] = c
        col += w
    return at


def check(path, cols, fail):
    """The checks of one page; returns how many were made."""
    with open(path, encoding='utf-8', errors='replace') as f:
        lines = rows(f.read())
    if len(lines) < 4:
        fail(path, 1, 'not the main layout', '\n'.join(map(text, lines)))
        return 1
    checks = 0
    top = at_columns(lines[0])
    bx = next((x for x, c in sorted(top.items()) if c == '┬'), None)
    for n, row in enumerate(lines, 1):
        checks += 1
        w = sum(cw for _, cw in row)
        if not (w == cols or (n == len(lines) and w == cols - 1)):
            fail(path, n, '%d cells, not %d' % (w, cols), text(row))
    for n, row in enumerate(lines[:-1], 1):
        checks += 1
        at = at_columns(row)
        ends = (at.get(0), at.get(bx), at.get(cols - 1))
        if n == 1:
            ok = ends == ('┌', '┬', '┐')
        elif n == len(lines) - 1:
            ok = ends == ('└', '┴', '┘')
        else:
            ok = ends[0] in ('│', '├') and ends[1] in ('│', '┤') and \
                ends[2] == '│'
        if bx is None or not ok:
            fail(path, n, 'borders %r at columns 0, %s, %d'
                 % (ends, bx, cols - 1), text(row))
    return checks


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    cols, fails = int(sys.argv[1]), 0

    def fail(path, n, what, line):
        nonlocal fails
        fails += 1
        print('FAIL: %s line %d: %s: %r'
              % (path.rsplit('/', 1)[-1], n, what, line))

    checks = sum(check(path, cols, fail) for path in sys.argv[2:])
    print('%d checks, %d failed' % (checks, fails))
    return 1 if fails else 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
