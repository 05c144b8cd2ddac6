#!/usr/bin/env bash
# timeline.sh — `baogao timeline NAME [PATH...]` on the samples: the
# columns; one row for every indicator `indicators --name NAME` prints
# (the same statements: path, line, value), sorted by region then period
# then kind; 000 and 001 (its traditional copy) both listed for 2023's
# 地区生产总值 and marked agree, and a copy of 001 with the number changed
# (made here) listed beside them and marked conflict; --kind and
# --period narrow it; --json parses with the TSV's rows plus name,
# canonical, note, section; --csv equals the TSV; the name in pinyin
# initials gives the same rows; exit 1 for a name nothing states, 2
# without NAME or with --name.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T_TMP/changed"
sed 's/1277\.93/1299.99/g' "$DATA/001_2cdd38cdf6c8a87a.txt" > "$T_TMP/changed/001_changed.txt"

t_python "timeline" "$BAOGAO" "$DATA" "$T_TMP" "$(dirname "$0")" <<'PY'
import csv, io, json, os, subprocess, sys
baogao, data, tmp = sys.argv[1:4]
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
from checks import check, done

A = os.path.join(data, '000_5fb319a1fb0eca91.txt')
B = os.path.join(data, '001_2cdd38cdf6c8a87a.txt')
C = os.path.join(tmp, 'changed', '001_changed.txt')
COLS = 'region period kind value unit amount change path line agreement'.split()

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

def rows(out):
    lines = [l for l in out.split('\n') if l]
    return lines[0].split('\t'), [l.split('\t') for l in lines[1:]]

rc, out, err = run(['timeline', '地区生产总值', data])
check('timeline exits 0 on the samples (%d %s)' % (rc, err), rc == 0)
head, tl = rows(out)
check('the columns: %s' % head, head == COLS)
check('%d rows' % len(tl), len(tl) > 10)

# the same statements as indicators --name
rc, out, _ = run(['indicators', '--name', '地区生产总值', data])
ih, ir = rows(out)
pi, li, vi = ih.index('path'), ih.index('line'), ih.index('value')
want = sorted((r[pi], r[li], r[vi]) for r in ir)
got = sorted((r[7], r[8], r[3]) for r in tl)
check('timeline states what indicators --name states (%d and %d rows)' % (len(got), len(want)), got == want)

# sorted by region, then period (unknown last), then kind
def year(p, k):
    return int(p.split('-')[k]) if p else 99999
KIND = {'actual': 0, 'target': 1, 'expected': 2}
keys = [(r[0] == '', r[0], year(r[1], 0), year(r[1], -1), KIND[r[2]]) for r in tl]
check('rows by region, period, kind', keys == sorted(keys))

# agreement and a conflict
def of(rs, path_end, period):
    return [r for r in rs if r[7].endswith(path_end) and r[1] == period and r[2] == 'actual'
            and r[3] in ('1277.93', '1299.99')]
rc, out, _ = run(['timeline', '地区生产总值', A, B])
_, two = rows(out)
a, b = of(two, '000_5fb319a1fb0eca91.txt', '2023'), of(two, '001_2cdd38cdf6c8a87a.txt', '2023')
check('000 and 001 state 2023 alike: agree (%s %s)' % (a, b),
      len(a) == 1 and len(b) == 1 and a[0][9] == b[0][9] == 'agree')
check('side by side, 000 first', two.index(a[0]) + 1 == two.index(b[0]))
rc, out, _ = run(['timeline', '地区生产总值', A, B, C])
_, three = rows(out)
c = of(three, '001_changed.txt', '2023')
a = of(three, '000_5fb319a1fb0eca91.txt', '2023')
check('a copy stating 1299.99: both marked conflict (%s %s)' % (a, c),
      len(c) == 1 and c[0][3] == '1299.99' and c[0][9] == 'conflict' and a[0][9] == 'conflict')

# filters
rc, out, _ = run(['timeline', '地区生产总值', '--kind', 'target', data])
_, t = rows(out)
check('--kind target: targets only (%d)' % len(t), t and all(r[2] == 'target' for r in t))
rc, out, _ = run(['timeline', '地区生产总值', '--period', '2023', data])
_, p = rows(out)
check('--period 2023 (%d)' % len(p), p and all(r[1] == '2023' for r in p))
rc, out, _ = run(['timeline', 'dqsczz', data])
_, py = rows(out)
check('pinyin initials dqsczz: the same rows', sorted(py) == sorted(tl))

# --json and --csv
rc, out, _ = run(['timeline', '地区生产总值', '--json', data])
js = json.loads(out)
check('--json: every row with the columns and name, canonical, note, section',
      len(js) == len(tl) and all(set(COLS + ['name', 'canonical', 'note', 'section']) <= set(o) for o in js))
check('--json rows in the TSV order',
      [str(o['line']) for o in js] == [r[8] for r in tl] and [o['value'] for o in js] == [r[3] for r in tl])
rc, out, _ = run(['timeline', '地区生产总值', '--csv', data])
cs = list(csv.reader(io.StringIO(out)))
check('--csv equals the TSV', cs[0] == COLS and cs[1:] == tl)

# exit statuses
rc, out, err = run(['timeline', '不存在的指标名称', data])
check('a name nothing states: exit 1 (%d)' % rc, rc == 1 and out.count('\n') <= 1)
rc, _, err = run(['timeline'])
check('no NAME: exit 2 and says so (%d %s)' % (rc, err), rc == 2 and 'NAME' in err)
rc, _, err = run(['timeline', '地区生产总值', '--name', 'x', data])
check('--name with timeline: exit 2 (%d)' % rc, rc == 2)
done()
PY
t_done
