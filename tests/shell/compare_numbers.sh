#!/usr/bin/env bash
# compare_numbers.sh — `baogao compare --indicators` and `--targets` on the
# samples: the columns; 000 against 001 (its traditional copy, the same
# district and year): 2023's 地区生产总值 1277.93亿元 is same, across
# scripts, every indicator of each report in one row; 000 against a copy
# a year later (every year +1, made here, its 2023 outcomes now 2024's,
# the growth of 地区生产总值 set to 5.3%): 2024's 地区生产总值增长5%以上 met,
# 固定资产投资 560亿元以上 missed (540.3亿元), each with its rule; --json
# carries the same rows under indicators and targets beside sections;
# --csv equals the TSV; --indicators for another verb is a usage error.
. "$(dirname "$0")/lib.sh"

python3 - "$DATA/000_5fb319a1fb0eca91.txt" "$T_TMP/next.txt" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'(?<![0-9])20(1[5-9]|2[0-9])(?![0-9])', lambda m: '20%02d' % (int(m.group(1)) + 1), s)
s = s.replace('全年地区生产总值1277.93亿元,增长4.8%', '全年地区生产总值1277.93亿元,增长5.3%', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY

t_python "compare_numbers" "$BAOGAO" "$DATA" "$T_TMP" "$(dirname "$0")" <<'PY'
import csv, io, json, os, subprocess, sys
baogao, data, tmp = sys.argv[1:4]
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
from checks import check, done

A = os.path.join(data, '000_5fb319a1fb0eca91.txt')
B = os.path.join(data, '001_2cdd38cdf6c8a87a.txt')
N = os.path.join(tmp, 'next.txt')
DCOLS = 'name canonical a_period a_value a_unit b_period b_value b_unit delta delta_pct status a_line b_line'.split()
TCOLS = 'name canonical period target target_note actual met rule target_line actual_line'.split()

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

def rows(args):
    rc, out, err = run(args)
    lines = [l for l in out.split('\n') if l]
    return rc, lines[0].split('\t') if lines else [], [l.split('\t') for l in lines[1:]]

def count(path):
    rc, out, _ = run(['indicators', path])
    return len([l for l in out.split('\n') if l]) - 1

rc, head, d = rows(['compare', '--indicators', A, B])
check('compare --indicators: exit 0, the columns (%d %s)' % (rc, head), rc == 0 and head == DCOLS)
gdp = [r for r in d if r[1] == '地区生产总值' and r[2] == '2023' and r[3] == '1277.93']
check("2023's 地区生产总值 1277.93亿元 in both: same, delta 0 (%s)" % gdp,
      len(gdp) == 1 and gdp[0][6] == '1277.93' and gdp[0][10] == 'same' and gdp[0][8] == '0')
na = sum(1 for r in d if r[11]); nb = sum(1 for r in d if r[12])
check('every indicator of each report once (%d %d of %d %d)'
      % (na, nb, count(A), count(B)), na == count(A) and nb == count(B))
check('added rows have no A line, removed rows no B line',
      all((r[10] == 'added') == (not r[11]) and (r[10] == 'removed') == (not r[12]) for r in d))

rc, head, t = rows(['compare', '--targets', A, N])
check('compare --targets: exit 0, the columns (%s)' % head, rc == 0 and head == TCOLS)
g = [r for r in t if r[1] == '地区生产总值' and r[2] == '2024' and r[3] == '+5%']
check('2024 地区生产总值增长5%%以上 against 5.3%%: met by the 以上 rule (%s)' % g,
      len(g) == 1 and g[0][5] == '+5.3%' and g[0][6] == 'met' and '以上' in g[0][7])
f = [r for r in t if r[1] == '固定资产投资' and r[3] == '560亿元']
check('固定资产投资 560亿元以上 against 540.3亿元: missed (%s)' % f,
      len(f) == 1 and f[0][5] == '540.3亿元' and f[0][6] == 'missed')
check('every verdict met, missed or unknown', all(r[6] in ('met', 'missed', 'unknown') for r in t))
check('a verdict other than unknown has an actual', all((r[6] == 'unknown') or r[5] for r in t))

# year over year: A's 2023 pairs with the copy's 2024
rc, _, y = rows(['compare', '--indicators', A, N])
yg = [r for r in y if r[1] == '地区生产总值' and r[2] == '2023' and r[5] == '2024' and r[3] == '1277.93']
# the amount is the same, the growth is not (4.8% in A, 5.3% in the copy):
# changed, with a delta of 0 on the amount
check('year over year: 2023 in A with 2024 in the copy, changed (the growth), delta 0 (%s)' % yg,
      len(yg) == 1 and yg[0][10] == 'changed' and yg[0][8] == '0')

rc, out, _ = run(['compare', '--json', A, N])
js = json.loads(out)
check('JSON keys: %s' % sorted(js), set(js) == {'a', 'b', 'sections', 'indicators', 'targets', 'terms'})
check('JSON: as many indicator and target rows as the TSV',
      len(js['indicators']) == len(y) and len(js['targets']) == len(t))
jg = [o for o in js['targets'] if o['canonical'] == '地区生产总值' and o['period'] == '2024'
      and o['target']['change'] == '+5%']
check('JSON target with its target and actual objects', len(jg) == 1 and jg[0]['met'] == 'met' and jg[0]['actual']['change'] == '+5.3%'
      and jg[0]['target']['line'] == int(g[0][8]))
check('JSON indicator rows: name canonical status delta delta_pct delta_on a b', all(set(o) == {'name', 'canonical', 'status', 'delta', 'delta_pct', 'delta_on', 'a', 'b'}
          for o in js['indicators']))
rc, out, _ = run(['compare', '--indicators', '--csv', A, B])
check('--csv equals the TSV', list(csv.reader(io.StringIO(out)))[1:] == d)
rc, _, err = run(['list', '--indicators', A])
check('--indicators for another verb: exit 2 (%d)' % rc, rc == 2 and '--indicators' in err)
done()
PY
t_done
