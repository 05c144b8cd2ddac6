# uncut.py — no paragraph cut in two: each paragraph wanted appears
# inside one line of GOT (`baogao cat` output), white space removed from
# both. The paragraphs wanted are either
#   the lines of WANT (another `baogao cat` output, e.g. the text path's)
#   that are no table row, or, with --layout,
#   the numbered paragraphs ("12.  text…") of WANT, a `pdftotext -layout`
#   output: each from its number to the next blank line or the next
#   paragraph's start (a number, a bullet, a parenthesis), across page
#   ends (the blank lines and the page number before a form feed).
# Prints the first misses and "NAME: K of N paragraphs in one line";
# exits 1 on a miss (or when no paragraph is wanted).
# Usage: python3 uncut.py [--layout] WANT GOT NAME
import re, sys

START = re.compile(r'^\s*([0-9]+\.\s|•|[(（])')


def squeeze(s):
    return re.sub(r'\s+', '', s)


def cat_paragraphs(text):
    return [l for l in text.split('\n') if l.strip() and not l.lstrip().startswith('|')]


def layout_lines(text):
    """The lines of the pages in order, each page without the blank lines
    and the page number at its end."""
    out = []
    for page in text.split('\f'):
        lines = page.rstrip().split('\n')
        if lines and re.fullmatch(r'\s*[0-9]+\s*', lines[-1]):
            lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
        out += lines
    return out


def numbered_paragraphs(text):
    paras, cur = [], None
    for l in layout_lines(text):
        if cur is not None and (not l.strip() or START.match(l)):
            paras.append(cur)
            cur = None
        if re.match(r'^[0-9]+\.\s', l):
            cur = l
        elif cur is not None:
            cur += l
    if cur is not None:
        paras.append(cur)
    return paras


def main():
    args = sys.argv[1:]
    layout = args[0] == '--layout'
    want_path, got_path, name = args[1:4] if layout else args[0:3]
    want = open(want_path, encoding='utf-8').read()
    paras = numbered_paragraphs(want) if layout else cat_paragraphs(want)
    # the lines squeezed, one a line: a paragraph without a newline found
    # in it lies inside one line
    got = '\n'.join(squeeze(l) for l in open(got_path, encoding='utf-8').read().split('\n'))
    missed = [p for p in paras if squeeze(p) not in got]
    for p in missed[:3]:
        print('  cut or missing: %s…%s' % (squeeze(p)[:16], squeeze(p)[-8:]))
    print('%s: %d of %d paragraphs in one line' % (name, len(paras) - len(missed), len(paras)))
    sys.exit(1 if missed or not paras else 0)


main()
