#!/usr/bin/env bash
# repair001.sh — 001 after cat: no pinyin annotation, no spam line, and
# the 14 mojibake-damaged headings of the gold file back with marker and
# title (a lost character inferred from its lead byte and pinyin, or
# marked U+FFFD).
. "$(dirname "$0")/lib.sh"
f=001_2cdd38cdf6c8a87a
"$BAOGAO" cat "$DATA/$f.txt" > "$T_TMP/001.txt"
t_python "python checks of 001" "$T_TMP/001.txt" "$GOLD/$f.mojibake.tsv" <<'PY'
import re, sys, unicodedata
text = open(sys.argv[1], encoding='utf-8').read()
lines = text.split('\n')
fails = 0
def check(name, ok):
    global fails
    if not ok:
        fails += 1
        print('FAIL:', name)
    else:
        print('ok:', name)
ann = re.findall(r'[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)', text)
check('no pinyin annotation left (%d found: %s)' % (len(ann), ann[:3]), not ann)
check('no spam line', '无码' not in text and '人妻' not in text)
check('no breadcrumb or furniture', '【打印】' not in text and '瀏覽次數' not in text)
# The signature of these runs: a ? then 。 and shifted bopomofo/box drawing.
check('no shifted heading run left', not re.search(r'\?。', text))
rows = [r.split('\t') for r in open(sys.argv[2], encoding='utf-8').read().splitlines()[1:]]
def fold(s):
    return unicodedata.normalize('NFKC', s)
inferred = 0
for line, marker, garbled, title, inferred_title, note, detail in rows:
    want = fold(marker) + inferred_title
    found = [l for l in lines if l.startswith(fold(marker))
             and fold(l).startswith(fold(marker))]
    best = None
    for l in lines:
        l2 = fold(l)
        if not l2.startswith(fold(marker)):
            continue
        got = l2[len(fold(marker)):len(fold(marker)) + len(inferred_title)]
        ok = all(g == w or (g == '\ufffd' and note == 'partial')
                 for g, w in zip(got, fold(inferred_title))) and len(got) == len(inferred_title)
        if ok:
            best = got
            break
    check('line %s heading %s%s recovered' % (line, marker, inferred_title[:8]), best is not None)
    if best is not None and '\ufffd' not in best and note == 'partial':
        inferred += 1
print('partial headings with the lost character inferred: %d of %d' %
      (inferred, sum(1 for r in rows if r[5] == 'partial')))
print('%d checks, %d failed' % (4 + len(rows), fails))
sys.exit(1 if fails else 0)
PY
t_done
