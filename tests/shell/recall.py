# recall.py — the indicators a reader's path finds against the text
# path's: rows of `baogao indicators` as (name, value, unit, change,
# period, kind), counted with multiplicity; recall = the text path's rows
# found / its rows. Prints "NAME: indicators recall R against the text
# path (HIT of ALL)" on stderr; exits 1 below FLOOR (default 0.98: within
# 0.02 of the text path's). --squeeze: names compared without their white
# space (a paged original cannot show the spaces a text file has between
# Chinese and digits: 对口帮扶 6 省 7 县).
# Usage: python3 recall.py [--squeeze] TEXT.tsv GOT.tsv NAME [FLOOR]
import collections, sys


SQUEEZE = '--squeeze' in sys.argv
if SQUEEZE:
    sys.argv.remove('--squeeze')


def rows(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    head = lines[0].split('\t')
    keep = [head.index(c) for c in ('name', 'value', 'unit', 'change', 'period', 'kind')]
    name = head.index('name')
    def key(fields):
        return tuple(fields[k].replace(' ', '') if SQUEEZE and k == name else fields[k]
                     for k in keep)
    return collections.Counter(key(l.split('\t')) for l in lines[1:] if l)


def main():
    want_path, got_path, name = sys.argv[1:4]
    floor = float(sys.argv[4]) if len(sys.argv) > 4 else 0.98
    want, got = rows(want_path), rows(got_path)
    hit = sum(min(n, got[k]) for k, n in want.items())
    recall = hit / max(1, sum(want.values()))
    print('%s: indicators recall %.3f against the text path (%d of %d)'
          % (name, recall, hit, sum(want.values())), file=sys.stderr)
    sys.exit(0 if recall >= floor else 1)


main()
