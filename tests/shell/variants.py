"""variants.py — the synthetic corpus of the layout tests, made at test time
from the sample reports: copies written as export tools escape text,
hard-wrapped at a fixed width, with page furniture every 40 lines, and a
copy that discusses the <U+XXXX> notation (which must keep it).

python3 variants.py OUTDIR SAMPLE... writes OUTDIR/<stem>.<variant>.txt for
every sample and variant, UTF-8 with LF; it prints nothing."""
import os
import sys
import unicodedata

# Closing punctuation a fixed-width wrapper never puts at a line start.
NO_START = set('，。、；：？！）”’》」』】…,.;:?!)')


def read(path):
    data = open(path, 'rb').read()
    for enc in ('utf-8-sig', 'gb18030'):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    return text.replace('\r\n', '\n').replace('\r', '\n').split('\n')


def cells(ch):
    return 2 if unicodedata.east_asian_width(ch) in 'WF' else 1


def wrap_line(line, width):
    """line cut into pieces of at most width cells (one closing mark may
    hang past it, as word processors let it)."""
    out, cur, used = [], '', 0
    for ch in line:
        w = cells(ch)
        if used + w > width and cur and ch not in NO_START:
            out.append(cur)
            cur, used = '', 0
        cur += ch
        used += w
    if cur:
        out.append(cur)
    return out


def wrapped(lines, width, indent):
    """Every paragraph cut at width cells, no blank line between them;
    indent: each paragraph opens with two ideographic spaces."""
    out = []
    for line in lines:
        body = line.strip(' \t\u3000\u00a0')
        if not body:
            continue
        if body.startswith('|'):
            out.append(body)
            continue
        out.extend(wrap_line(('\u3000\u3000' if indent else '') + body, width))
    return out


def running_head(lines):
    """The first line when it is a title (no closing mark), else 政府工作报告."""
    first = next((l.strip() for l in lines if l.strip()), '')
    return first if first and first[-1] not in NO_START | set('：') else '政府工作报告'


def furnished(lines, style):
    """A page break every 40 lines (every quarter of a file shorter than 160
    lines, so that each has three): style 1 `- N -` alone; 2 the title as a
    running head and `第 N 页`, with blank lines around; 3 a bare page
    number, then a form feed and the title."""
    title, out = running_head(lines), []
    page_lines = min(40, max(len(lines) // 4, 1))
    for i, line in enumerate(lines):
        if i and i % page_lines == 0:
            page = i // page_lines
            if style == 1:
                out += ['- %d -' % page]
            elif style == 2:
                out += ['', '第 %d 页' % page, '', title, '']
            else:
                out += ['%d' % page, '\f' + title]
        out.append(line)
    return out


def lead(line):
    body = line.lstrip(' \t\u3000\u00a0')
    return line[:len(line) - len(body)], body


def escaped(lines, style):
    """1: R's writer, <U+00A0> opening every paragraph; 2: a second JSON
    encoding, every ideographic space as \\u3000 and two opening each
    paragraph; 3: HTML escaped twice, &amp;nbsp; opening paragraphs and
    &amp;#12288; for ideographic spaces."""
    out = []
    for line in lines:
        indent, body = lead(line)
        if not body:
            out.append(line)
        elif style == 1:
            out.append('<U+00A0>' + body)
        elif style == 2:
            out.append('\\u3000\\u3000' + body.replace('\u3000', '\\u3000'))
        else:
            out.append('&amp;nbsp;&amp;nbsp;' + body.replace('\u3000', '&amp;#12288;'))
    return out


# Prose about the notation, put in twice: it must stay as written.
DISCUSS = ('说明：R语言在非UTF-8环境下导出文本时，会把不间断空格写成<U+00A0>，'
           '把全角空格写成<U+3000>，读入时应还原。')


def discussing(lines):
    out = list(lines)
    for at in (len(out) * 2 // 3, len(out) // 3):
        out[at:at] = ['', DISCUSS, '']
    return out


VARIANTS = {
    'esc1': lambda l: escaped(l, 1),
    'esc2': lambda l: escaped(l, 2),
    'esc3': lambda l: escaped(l, 3),
    'wrap40': lambda l: wrapped(l, 40, False),
    'wrap60': lambda l: wrapped(l, 60, True),
    'wrap80': lambda l: wrapped(l, 80, False),
    'page1': lambda l: furnished(l, 1),
    'page2': lambda l: furnished(l, 2),
    'page3': lambda l: furnished(l, 3),
    'discuss': discussing,
}


def main():
    outdir = sys.argv[1]
    for path in sys.argv[2:]:
        stem = os.path.splitext(os.path.basename(path))[0]
        lines = read(path)
        for name, make in VARIANTS.items():
            with open(os.path.join(outdir, '%s.%s.txt' % (stem, name)), 'w',
                      encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(make(lines)) + '\n')


if __name__ == '__main__':
    main()
