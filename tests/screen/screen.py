#!/usr/bin/env python3
"""screen.py — helpers of the screen tests over tmux captures.

  screen.py plain       stdin: a `capture-pane -p -e` capture; stdout: the
                        text as `capture-pane -p` gives it, but with the
                        VT100 line-drawing set (SO ... SI) shown as the box
                        characters it stands for, so goldens are readable
  screen.py visible     stdin: a capture with escapes; stdout: the same with
                        ESC as ^[ and SO/SI as ^N/^O (for -e goldens)
  screen.py colours     stdin: a -e capture; prints every SGR that sets a
                        colour (30-37, 38;..., 40-47, 48;..., 90-107); exit 1
                        when there is one
  screen.py same A B    A and B are -e captures in the visible form: exit 0
                        when they look the same on a terminal, cell by cell
                        (character, colours, attributes), where the colour a
                        blank cell is written in is not seen unless it is
                        reversed or underlined, and a line's end is blank;
                        else print the first cell that differs, exit 1
  screen.py reader      stdin: a plain screen (see plain); stdout: the
                        reader's rows (right of the ┬ of the top line,
                        without the borders)
  screen.py widths W [--text CLEAN] [--name NAME] FILE...
                        each FILE is one page (capture-pane -p -e) of the main
                        layout W cells wide: every line is exactly W cells
                        (East Asian Wide/Fullwidth 2, else 1; the status line
                        may end one short), the borders are whole (nothing
                        spilled over a pane's edge), no reader row (right of
                        the top line's ┬) starts with ，。、；：？！）」』】》…
                        or ends with （「『【《,
                        and with --text (the report's `baogao cat`) every
                        reader row of text, and every pair of rows of one
                        block, is text of the report with nothing cut or
                        dropped; prints FAIL lines, then "N checks, M failed"
"""
import re
import signal
import sys
import unicodedata

# The VT100 special graphics set, as terminals draw it.
ACS = {
    'j': '┘', 'k': '┐', 'l': '┌', 'm': '└', 'n': '┼', 'q': '─', 't': '├',
    'u': '┤', 'v': '┴', 'w': '┬', 'x': '│', 'a': '▒', '`': '◆', 'f': '°',
    'g': '±', '~': '·', ',': '←', '+': '→', '.': '↓', '-': '↑', 'h': '░',
    'i': '␋', '0': '█', 'o': '⎺', 'p': '⎻', 'r': '⎼', 's': '⎽', 'y': '≤',
    'z': '≥', '{': 'π', '|': '≠', '}': '£',
}

SGR = re.compile(r'\x1b\[([0-9;:]*)m')
ESC_ANY = re.compile(r'\x1b(\[[0-9;:?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)')

# No reader line may start with one of these, nor end with one of the
# second set (issue 4, line breaking).
FORBIDDEN_START = set('，。、；：？！）」』】》…')
FORBIDDEN_END = set('（「『【《')


def read_stdin():
    return sys.stdin.buffer.read().decode('utf-8', 'replace')


def tokens(text):
    """The characters of a -e capture, the VT100 line-drawing set (SO ...
    SI) shown as the box characters it stands for, as ('char', c), and its
    SGR sequences as ('sgr', params); other escapes are dropped."""
    acs, i = False, 0
    while i < len(text):
        c = text[i]
        if c == '\x0e':
            acs = True
        elif c == '\x0f':
            acs = False
        elif c == '\x1b':
            m = SGR.match(text, i)
            if m:
                yield 'sgr', m.group(1)
            m = m or ESC_ANY.match(text, i)
            i = m.end() if m else i + 1
            continue
        else:
            yield 'char', ACS.get(c, c) if acs and c != '\n' else c
        i += 1


def plain(text):
    return ''.join(v for kind, v in tokens(text) if kind == 'char')


def visible(text):
    return text.replace('\x1b', '^[').replace('\x0e', '^N').replace('\x0f', '^O')


def colours(text):
    bad = []
    for m in SGR.finditer(text):
        params = [p for p in re.split('[;:]', m.group(1)) if p != '']
        j = 0
        while j < len(params):
            try:
                v = int(params[j])
            except ValueError:
                j += 1
                continue
            if v in (38, 48, 58):
                bad.append(m.group(0))
                break
            if 30 <= v <= 37 or 40 <= v <= 47 or 90 <= v <= 97 or 100 <= v <= 107:
                bad.append(m.group(0))
                break
            j += 1
    return bad


def sgr_apply(state, params):
    """The pen after one SGR: state is a dict fg, bg, attrs (a frozenset
    of the attribute numbers on)."""
    ps = [int(p) if p.isdigit() else 0 for p in re.split('[;:]', params)] \
        if params else [0]
    j = 0
    while j < len(ps):
        v = ps[j]
        if v == 0:
            state.update(fg=None, bg=None, attrs=frozenset())
        elif v in (38, 48, 58):
            if j + 1 < len(ps) and ps[j + 1] == 5:
                colour, j = ('5', ps[j + 2] if j + 2 < len(ps) else 0), j + 2
            elif j + 1 < len(ps) and ps[j + 1] == 2:
                colour, j = ('2',) + tuple(ps[j + 2:j + 5]), j + 4
            else:
                colour = None
            if v == 38:
                state['fg'] = colour
            elif v == 48:
                state['bg'] = colour
        elif 30 <= v <= 37 or 90 <= v <= 97:
            state['fg'] = v
        elif v == 39:
            state['fg'] = None
        elif 40 <= v <= 47 or 100 <= v <= 107:
            state['bg'] = v
        elif v == 49:
            state['bg'] = None
        elif 1 <= v <= 9:
            state['attrs'] = state['attrs'] | {v}
        elif v == 22:
            state['attrs'] = state['attrs'] - {1, 2}
        elif 23 <= v <= 29:
            state['attrs'] = state['attrs'] - {v - 20}
        j += 1


def screen_cells(text):
    """A -e capture (raw escapes) as rows of cells (character, fg, bg,
    attrs), each as a terminal shows it: the fg of a blank cell that is
    neither reversed nor underlined is dropped, and blank default cells at
    a row's end are dropped (the terminal shows nothing there either)."""
    rows = []
    for line in text.split('\n'):
        state = {'fg': None, 'bg': None, 'attrs': frozenset()}
        row = []
        for kind, v in tokens(line):
            if kind == 'sgr':
                sgr_apply(state, v)
                continue
            fg = state['fg']
            if v == ' ' and not state['attrs'] & {4, 7}:
                fg = None
            row.append((v, fg, state['bg'], state['attrs']))
        while row and row[-1] == (' ', None, None, frozenset()):
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def unvisible(text):
    return text.replace('^[', '\x1b').replace('^N', '\x0e').replace('^O', '\x0f')


def same(path_a, path_b):
    """See the module's help: same A B."""
    with open(path_a, encoding='utf-8', errors='replace') as f:
        a = screen_cells(unvisible(f.read()))
    with open(path_b, encoding='utf-8', errors='replace') as f:
        b = screen_cells(unvisible(f.read()))
    for n in range(max(len(a), len(b))):
        ra = a[n] if n < len(a) else []
        rb = b[n] if n < len(b) else []
        if ra != rb:
            col = next((k for k in range(max(len(ra), len(rb)))
                        if k >= len(ra) or k >= len(rb) or ra[k] != rb[k]))
            print('row %d, cell %d: %r against %r' % (
                n + 1, col + 1, ra[col] if col < len(ra) else None,
                rb[col] if col < len(rb) else None))
            return 1
    return 0


def cells(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1
               for c in s if unicodedata.combining(c) == 0)


def border_column(line):
    """The column (in cells) of the junction ┬ on the top line: the
    left panes' right border, which the reader follows."""
    col = 0
    for c in line:
        if c == '┬':
            return col
        col += cells(c)
    return None


def cut_cells(line, start):
    """The part of line from cell `start` on (a wide character straddling
    `start` is dropped)."""
    col, out = 0, []
    for c in line:
        w = cells(c)
        if col >= start:
            out.append(c)
        col += w
    return ''.join(out)


def is_table_row(text):
    return any(c in text for c in '│─┼├┤┌┐└┘┬┴')


def widths(args):
    """See the module's help: widths W [--text CLEAN] [--name NAME] FILE..."""
    width = int(args.pop(0))
    clean, name = None, ''
    while args and args[0].startswith('--'):
        opt = args.pop(0)
        if opt == '--text':
            with open(args.pop(0), encoding='utf-8', errors='replace') as f:
                clean = re.sub(r'\s+', '', f.read())
        elif opt == '--name':
            name = args.pop(0) + ' '
    checks = fails = 0

    def fail(path, n, what, line):
        nonlocal fails
        fails += 1
        print('FAIL: %s%s line %d: %s: %r'
              % (name, path.rsplit('/', 1)[-1], n, what, line))

    for path in args:
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = plain(f.read()).split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        if len(lines) < 4:
            checks += 1
            fail(path, 1, 'not the main layout', '\n'.join(lines))
            continue
        bx = border_column(lines[0])
        # Cells: every line of the boxes is exactly the width; the status
        # line may end one short (its last cell is erased, not written).
        for n, line in enumerate(lines, 1):
            checks += 1
            w = cells(line)
            ok = w == width or (n == len(lines) and w == width - 1)
            if not ok:
                fail(path, n, '%d cells, not %d' % (w, width), line)
        # Borders: a character spilling over a pane's edge overwrites one.
        for n, line in enumerate(lines[:-1], 1):
            checks += 1
            first, last = line[:1], line[-1:]
            mid = cut_cells(line, bx)[:1] if bx is not None else ''
            if n == 1:
                ok = (first, mid, last) == ('┌', '┬', '┐')
            elif n == len(lines) - 1:
                ok = (first, mid, last) == ('└', '┴', '┘')
            else:
                ok = first in '│├' and mid in ('│', '┤') and last == '│'
            if not ok:
                fail(path, n, 'a border is broken (%r %r %r)'
                     % (first, mid, last), line)
        if bx is None:
            continue
        # The reader's rows: no forbidden first character; each row of
        # text is text of the report (nothing cut, dropped or doubled),
        # and so is each row with the next one of the same block.
        rows = [cut_cells(l, bx + 1)[:-1] for l in lines[1:-2]]
        prev = None
        for n, row in enumerate(rows, 2):
            text = row.strip(' ')
            if not text or is_table_row(row):
                prev = None
                continue
            checks += 1
            if text[0] in FORBIDDEN_START:
                fail(path, n, 'reader row starts with ' + text[0], row)
            checks += 1
            if text[-1] in FORBIDDEN_END:
                fail(path, n, 'reader row ends with ' + text[-1], row)
            if clean is not None:
                key = re.sub(r'\s+', '', text)
                checks += 1
                if key not in clean:
                    fail(path, n, 'reader row is not text of the report', row)
                elif prev is not None:
                    checks += 1
                    if prev + key not in clean:
                        fail(path, n, 'reader row does not follow the row '
                             'above', row)
                prev = key
    print('%d checks, %d failed' % (checks, fails))
    return 1 if fails else 0


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'plain':
        sys.stdout.write(plain(read_stdin()))
    elif cmd == 'visible':
        sys.stdout.write(visible(read_stdin()))
    elif cmd == 'colours':
        bad = colours(read_stdin())
        for b in sorted(set(bad)):
            print(visible(b))
        return 1 if bad else 0
    elif cmd == 'reader':
        lines = read_stdin().split('\n')
        bx = border_column(lines[0]) if lines else None
        if bx is not None:
            for line in lines[1:-2]:
                sys.stdout.write(cut_cells(line, bx + 1).rstrip(' │') + '\n')
    elif cmd == 'widths':
        return widths(sys.argv[2:])
    elif cmd == 'same' and len(sys.argv) == 4:
        return same(sys.argv[2], sys.argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
