#!/usr/bin/env bash
# regions.sh — the region of reports nobody tuned for: `baogao list
# --json` over the .txt samples of tests/data/more against the region,
# code and chain of tests/gold/more/metadata.tsv; the same reports under
# file names saying nothing (the text alone) and under a file name naming
# another city (the text's statement wins, only a bare 我代表市人民政府
# leaves it to the name); a CSV export whose province column contradicts
# its text (the column wins); a national report (全国).
. "$(dirname "$0")/lib.sh"
MORE="$DATA/more"

t_python "regions of the samples" "$BAOGAO" "$MORE" "$GOLD/more/metadata.tsv" "$T_TMP" \
         "$(dirname "$0")" <<'PY'
import csv, json, os, shutil, subprocess, sys
baogao, more, gold_path, tmp = sys.argv[1:5]
sys.path.insert(0, sys.argv[5])
from checks import check, done
gold = [r for r in csv.DictReader(open(gold_path, encoding='utf-8'), delimiter='\t',
                                  quoting=csv.QUOTE_NONE) if r['file'].endswith('.txt')]
def listed(paths):
    out = subprocess.run([baogao, 'list', '--json'] + paths, capture_output=True,
                         timeout=120).stdout
    return {d['path']: d for d in json.loads(out)}

def check_region(what, d, g):
    got = (d.get('region'), d.get('region_code'), d.get('region_chain'))
    want = (g['region'], g['code'], g['chain'])
    check('%s: region, code, chain %s (got %s)' % (what, want, got), got == want)

check('five .txt samples in the gold', len(gold) == 5)
paths = [os.path.join(more, g['file']) for g in gold]
docs = listed(paths)
for g, p in zip(gold, paths):
    check_region(g['file'], docs.get(p, {}), g)

# Names that say nothing: the text alone.
plain = os.path.join(tmp, 'plain')
os.mkdir(plain)
copies = []
for i, p in enumerate(paths):
    copies.append(os.path.join(plain, 'report%d.txt' % i))
    shutil.copy(p, copies[-1])
docs = listed(copies)
for g, p in zip(gold, copies):
    check_region(g['file'] + ' as ' + os.path.basename(p), docs.get(p, {}), g)

# A file named after another city: a report stating its region keeps it;
# 益阳's says only 我代表市人民政府, so the name (a 市) decides.
named = os.path.join(tmp, 'named')
os.mkdir(named)
for g, p in zip(gold, paths):
    q = os.path.join(named, g['file'].replace('/', '_') + '三亚.txt')
    shutil.copy(p, q)
    d = listed([q]).get(q, {})
    if g['code'] == '4309':
        check('益阳 named 三亚: 三亚市 (got %s)' % d.get('region'),
              d.get('region') == '三亚市' and d.get('region_code') == '4602')
    else:
        check_region(g['file'] + ' named 三亚', d, g)

# A CSV export: its province column wins over the text.
text = open(os.path.join(more, 'city-2024/黔东南.txt'), encoding='utf-8').read()
rows = os.path.join(tmp, 'rows.csv')
with open(rows, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['province', 'city', 'full_text'])
    w.writerow(['湖南省', '益阳市', text])
    w.writerow(['', '', text])
    w.writerow(['西藏', '', text])
docs = listed([rows])
got = [(docs.get(rows + '#%d' % i, {}).get('region'),
        docs.get(rows + '#%d' % i, {}).get('region_code')) for i in (1, 2, 3)]
check('CSV columns win: 益阳市, else the text, 西藏 (got %s)' % got,
      got == [('益阳市', '4309'), ('黔东南苗族侗族自治州', '5226'),
              ('西藏自治区', '54')])

# The State Council's report.
nat = os.path.join(tmp, 'national.txt')
open(nat, 'w', encoding='utf-8').write(
    '政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n'
    '国务院总理 李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作。'
    '广东、江苏、浙江经济大省挑大梁，行政区划调整稳妥推进，示范区建设加快。\n')
d = listed([nat]).get(nat, {})
check('national report: 全国, no code (got %s %s)' % (d.get('region'), d.get('region_code')),
      d.get('region') == '全国' and d.get('region_code') is None)
done()
PY
t_done
