#!/usr/bin/env bash
# layouts.sh — the synthetic corpus of other publishers' layouts, made here
# from the samples (shell/variants.py): each sample written as export tools
# escape text (<U+00A0>, \u3000, &amp;nbsp;), hard-wrapped at 40, 60 and 80
# cells, and with page furniture every 40 lines in three styles; and a copy
# that discusses the <U+XXXX> notation.
#   escapes, furniture: the same outline (level, marker, title) and the
#     same cat as the sample, byte for byte, and check counts what went;
#   wraps: "nearly" the same cat — the same characters in the same order
#     once line breaks and spaces are set aside, and the same paragraphs
#     but where a paragraph's last line happened to be full width (the
#     text cannot tell it is the last: joined to the next one) — at most
#     10% of the sample's paragraph ends lost and 1% added, per width
#     over all samples; the outline the same on at least 9 copies in 10,
#     and on every copy its headings all found, in order (level and
#     marker the same, one title the start of the other: a heading whose
#     line was full width may take its body's first words, or lose its
#     tail), none added;
#   the copy on the notation keeps it as written, nothing counted;
#   the samples themselves: nothing escaped, unwrapped or removed as
#   running furniture; their indents (ideographic spaces) and lines of
#   only spaces gone from cat.
. "$(dirname "$0")/lib.sh"
samples=$(ls "$DATA"/*.txt "$DATA"/more/*/*.txt)
mkdir -p "$T_TMP/v"
python3 "$SRCDIR/tests/shell/variants.py" "$T_TMP/v" $samples
t_check "variants made" $?
for f in $samples "$T_TMP"/v/*.txt; do
    b=$(basename "$f" .txt)
    "$BAOGAO" outline "$f" | cut -f1-3 > "$T_TMP/$b.outline"
    "$BAOGAO" cat "$f" > "$T_TMP/$b.cat"
    "$BAOGAO" check "$f" > "$T_TMP/$b.check"
done
t_python "layout variants" "$T_TMP" "$(dirname "$0")" $samples <<'PY'
import os, re, sys
tmp, samples = sys.argv[1], sys.argv[3:]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[2])
from checks import check, done


def ok(cond, what):
    check(what, cond)

def read(name, ext):
    return open(os.path.join(tmp, name + '.' + ext), encoding='utf-8').read()

def counts(name):
    head, row = read(name, 'check').splitlines()[:2]
    return dict(zip(head.split('\t'), row.split('\t')))

def paragraphs(name):
    return [re.sub(r'\s+', '', l) for l in read(name, 'cat').split('\n') if l.strip()]

def ends(paras):
    at, out = 0, set()
    for p in paras:
        at += len(p)
        out.add(at)
    return out

def rows(name):
    return read(name, 'outline').splitlines()[1:]

def same_heading(x, y):
    x, y = x.split('\t'), y.split('\t')
    return x[:2] == y[:2] and (x[2].startswith(y[2]) or y[2].startswith(x[2]))

stems = [os.path.splitext(os.path.basename(s))[0] for s in samples]
lost = {w: 0 for w in (40, 60, 80)}
added = dict(lost)
total = dict(lost)
same_outline = copies = 0
SPACE = ' \t\u3000\u00a0'
for s in stems:
    # Indents (ideographic spaces), lines of only spaces (district-gbk):
    # no paragraph starts or ends with a space, none is only spaces, one
    # blank line at most between blocks.
    cat = read(s, 'cat').split('\n')[:-1]
    ok(all(l == l.strip(SPACE) for l in cat), s + ': no line opens or ends with a space')
    ok('\n\n\n' not in read(s, 'cat'), s + ': one blank line between blocks')
    c = counts(s)
    for k in ('escapes', 'page_numbers', 'running_heads', 'unwrapped'):
        ok(c[k] == '0', '%s: %s %s on the sample' % (s, k, c[k]))
    for v in ('esc1', 'esc2', 'esc3', 'page1', 'page2', 'page3'):
        n = s + '.' + v
        ok(read(n, 'outline') == read(s, 'outline'), n + ': outline')
        ok(read(n, 'cat') == read(s, 'cat'), n + ': cat')
        k = 'escapes' if v.startswith('esc') else 'page_numbers'
        ok(int(counts(n)[k]) >= 3, '%s: %s %s' % (n, k, counts(n)[k]))
    n = s + '.discuss'
    ok(read(n, 'cat').count('写成<U+00A0>，把全角空格写成<U+3000>') == 2,
          n + ': the notation kept')
    ok(counts(n)['escapes'] == '0', n + ': nothing escaped')
    a = paragraphs(s)
    for w in (40, 60, 80):
        n = '%s.wrap%d' % (s, w)
        b = paragraphs(n)
        ok(''.join(a) == ''.join(b), n + ': the same text')
        ok(int(counts(n)['unwrapped']) > 0, n + ': unwrapped')
        ea, eb = ends(a), ends(b)
        lost[w] += len(ea - eb)
        added[w] += len(eb - ea)
        total[w] += len(ea)
        ra, rb = rows(s), rows(n)
        copies += 1
        same_outline += ra == rb
        ok(len(ra) == len(rb) and all(same_heading(x, y) for x, y in zip(ra, rb)),
              '%s: headings (%d, sample %d)' % (n, len(rb), len(ra)))
for w in (40, 60, 80):
    print('wrap%d: %d of %d paragraph ends lost (%.1f%%), %d added' %
          (w, lost[w], total[w], 100.0 * lost[w] / total[w], added[w]))
    ok(lost[w] * 10 <= total[w], 'wrap%d: paragraph ends lost' % w)
    ok(added[w] * 100 <= total[w], 'wrap%d: paragraph ends added' % w)
print('wraps: outline the same on %d of %d copies' % (same_outline, copies))
ok(same_outline * 10 >= copies * 9, 'wraps: outlines the same')
done()
PY
t_done
