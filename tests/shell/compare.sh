#!/usr/bin/env bash
# compare.sh — `baogao compare A B` on the samples: the TSV's columns
# (status a_line a_marker a_title b_line b_marker b_title similarity,
# empty fields for the missing side, a similarity of three decimals in
# 0..1); a report against itself all same; 003 against 004 (the same plan
# without headings): nothing only in 004, and what is only in 003 is its
# tables, its appendix and 第九章 to the end; 000 against 001 (traditional):
# 一、 with 一、 and 二、 with 二、; --json one object {a, b, sections, indicators, targets, terms} with
# the reports' path, title, region, year and kind, the TSV's rows (null
# for a missing side), the numbers in compare_numbers.sh; --csv the TSV's rows; exit 2 and
# a message without exactly two reports (a folder of many), 1 naming a
# file that cannot be read.
. "$(dirname "$0")/lib.sh"

t_python "compare" "$BAOGAO" "$DATA" "$(dirname "$0")" <<'PY'
import csv, io, json, os, re, subprocess, sys
baogao, data = sys.argv[1:3]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[3])
from checks import check, done

S = {k: os.path.join(data, f) for k, f in [
    ('000', '000_5fb319a1fb0eca91.txt'), ('001', '001_2cdd38cdf6c8a87a.txt'),
    ('003', '003_af7b2255ab1e9056.txt'), ('004', '004_6a50484e68e916d5.txt')]}
COLS = 'status a_line a_marker a_title b_line b_marker b_title similarity'.split()
STATUSES = {'same', 'changed', 'added', 'removed', 'moved'}
UNESCAPE = {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

def unescape(f):
    return re.sub(r'\\(.)', lambda m: UNESCAPE.get(m.group(1), m.group(0)), f)

def tsv(a, b):
    rc, out, _ = run(['compare', S[a], S[b]])
    lines = out.rstrip('\n').split('\n')
    return rc, lines[0].split('\t'), [[unescape(f) for f in l.split('\t')] for l in lines[1:]]

for a, b in [('000', '001'), ('003', '004'), ('004', '003'), ('000', '000')]:
    rc, head, rows = tsv(a, b)
    name = 'compare %s %s' % (a, b)
    check(name + ': exit 0', rc == 0)
    check(name + ': the columns', head == COLS)
    check(name + ': rows', len(rows) > 10 and all(len(r) == 8 for r in rows))
    check(name + ': statuses', all(r[0] in STATUSES for r in rows))
    check(name + ': similarity', all(re.fullmatch(r'[01]\.\d{3}', r[7]) and float(r[7]) <= 1 for r in rows))
    check(name + ': a side missing only when added',
          all((r[1] == '' and r[2] == '' and r[3] == '') == (r[0] == 'added') for r in rows))
    check(name + ': b side missing only when removed',
          all((r[4] == '' and r[5] == '' and r[6] == '') == (r[0] == 'removed') for r in rows))
    check(name + ': lines are numbers', all(re.fullmatch(r'\d*', r[1] + r[4]) for r in rows))

rc, _, rows = tsv('000', '000')
check('a report against itself: all same, similarity 1',
      all(r[0] == 'same' and r[7] == '1.000' and r[1] == r[4] for r in rows))

rc, _, rows = tsv('003', '004')
removed = [r for r in rows if r[0] == 'removed']
ninth = [r for r in rows if r[2] == '第九章']
check('003 004: nothing only in 004', not [r for r in rows if r[0] == 'added'])
check('003 004: 第九章 only in 003', len(ninth) == 1 and ninth[0][0] == 'removed')
last = int(ninth[0][1]) if ninth else 0
check('003 004: only 003 tables, appendix, 第九章 on',
      removed and all(r[3].startswith('表') or r[3].startswith('附件') or int(r[1]) >= last
                      for r in removed))
check('003 004: every section from 第九章 on only in 003',
      all(r[0] == 'removed' for r in rows if r[1] and int(r[1]) >= last and r[2]))
check('003 004: the tables only in 003', len([r for r in removed if r[3].startswith('表 ')]) >= 3)
check('003 004: in 004 order', [int(r[4]) for r in rows if r[4]] == sorted(int(r[4]) for r in rows if r[4]))
rc, _, back = tsv('004', '003')
check('004 003: the same pairs reversed', sorted((r[4], r[1]) for r in rows) ==
      sorted((r[1], r[4]) for r in back))

rc, _, rows = tsv('000', '001')
for m in ['一、', '二、']:
    check('000 001: %s with %s' % (m, m), [r[0] for r in rows if r[2] == m and r[5] == m] == ['changed'])

# --json: one object
rc, out, _ = run(['--json', 'compare', S['000'], S['001']])
try:
    j = json.loads(out)
except ValueError:
    j = {}
check('json: one object of a, b, sections, indicators, targets, terms', isinstance(j, dict) and list(j) == ['a', 'b', 'sections', 'indicators', 'targets', 'terms'])
for side, k in [('a', '000'), ('b', '001')]:
    r = j.get(side, {})
    check('json: %s report' % side, list(r) == ['path', 'title', 'region', 'year', 'kind'] and
          r['path'] == S[k] and r['region'] == '广州市荔湾区' and r['year'] == 2024)
check('json: kinds', j['a']['kind'] == 'plan-execution' and j['b']['kind'] == 'work-report')
secs = j.get('sections', [])
check('json: a row each', len(secs) == len(rows))
def side_of(r, i):
    return None if r[i] == '' else {'marker': r[i + 1], 'title': r[i + 2], 'line': int(r[i])}
check('json: the rows of the TSV', all(
    list(s) == ['status', 'similarity', 'a', 'b'] and s['status'] == r[0] and
    '%.3f' % s['similarity'] == r[7] and s['a'] == side_of(r, 1) and s['b'] == side_of(r, 4)
    for s, r in zip(secs, rows)))

# --csv: the TSV's rows
rc, out, _ = run(['--csv', 'compare', S['003'], S['004']])
got = list(csv.reader(io.StringIO(out, newline='')))
rc2, head, rows = tsv('003', '004')
check('csv: the TSV rows', rc == 0 and got == [head] + rows)

# usage and errors
for args in [['compare'], ['compare', S['000']], ['compare', S['000'], S['001'], S['003']]]:
    rc, out, err = run(args)
    check('exit 2: %d paths' % (len(args) - 1), rc == 2 and out == '' and 'two reports' in err)
rc, out, err = run(['compare', S['000'], data])
check('exit 2 for a folder of many, named', rc == 2 and data in err)
rc, out, err = run(['compare', S['000'], '/nonexistent/report.txt'])
check('exit 1 naming a file not there', rc == 1 and '/nonexistent/report.txt' in err and out == '')
rc, out, _ = run(['--help'])
check('help names compare', re.search(r'^  compare +PATH_A PATH_B', out, re.M) is not None)
done()
PY
t_done
