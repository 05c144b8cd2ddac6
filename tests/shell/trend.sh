#!/usr/bin/env bash
# trend.sh — `baogao trend QUERY [PATH...]`:
# - on the five samples, 营商环境: a row per region and year whose hits
#   are the sum of `baogao search`'s hits per report of that region and
#   year (computed here from search --json and list --json), 004 (the
#   near-duplicate of 003, same district and year) counted once; the rate
#   per 10,000 characters from the report's characters (counted here from
#   cat --json); the first place the earliest hit of the group's first
#   report; sorted by region code then year; --by year and --by region
#   sum the same hits; --csv and --json give the TSV's rows; --each gives
#   one column per query equal to each query's own run;
# - a corpus made here: 002 (simplified) and 001 (traditional) copied under
#   five years each, with a phrase inserted a known number of times per
#   year (in the copy's own script), every year of the text moved, a
#   near-duplicate of one copy beside it (pairing points every copy at one
#   primary, of another year: the two of one year still count once): the
#   trend equals the insertions exactly, region by region and
#   year by year; the first year and first line are those of the first
#   insertion; simplified and traditional copies count the same;
# - exit 1 when nothing is found, 2 without a QUERY or for a bad --by.
. "$(dirname "$0")/lib.sh"

t_python "trend" "$BAOGAO" "$DATA" "$T_TMP" "$(dirname "$0")" <<'PY'
import csv, glob, io, json, os, re, subprocess, sys
baogao, data, tmp = sys.argv[1:4]
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
from checks import check, done

SAMPLES = sorted(glob.glob(os.path.join(data, '*.txt')))
COLS = 'region year reports hits per_10k first_path first_line'.split()

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

def tsv(out):
    lines = out.rstrip('\n').split('\n')
    return lines[0].split('\t'), [l.split('\t') for l in lines[1:] if l]

def chars(text):
    return sum(1 for ch in text if ch not in ' \t\r\n\u3000')

# what the other verbs say of each report: region, code, year, duplicate
rc, out, _ = run(['list', '--json'] + SAMPLES)
meta = {d['path']: d for d in json.loads(out)}
rc, out, _ = run(['search', '--json', '营商环境'] + SAMPLES)
hits = {}
for h in json.loads(out):
    hits.setdefault(h['path'], []).append(h)
rc, out, _ = run(['cat', '--json'] + SAMPLES)
nchars = {d['path']: sum(chars(p['text']) for p in d['paragraphs']) for d in json.loads(out)}

def counted(p):
    d = meta[p]
    of = d['duplicate_of']
    return not (of and meta[of]['region'] == d['region'] and meta[of]['year'] == d['year'])

# the expected rows: each region and year's reports that count
want = {}
for p in SAMPLES:
    if not counted(p):
        continue
    d = meta[p]
    g = want.setdefault((d['region_code'], d['region'], d['year']),
                        {'reports': 0, 'hits': 0, 'chars': 0, 'first': None})
    g['reports'] += 1
    g['hits'] += len(hits.get(p, []))
    g['chars'] += nchars[p]
    if hits.get(p) and g['first'] is None:
        first = min(hits[p], key=lambda h: h['start'])
        g['first'] = (p, str(first['line']))

rc, out, err = run(['trend', '营商环境'] + SAMPLES)
check('trend 营商环境 exits 0 (%d %s)' % (rc, err), rc == 0)
head, rows = tsv(out)
check('the columns: %s' % head, head == COLS)
keys = [(int(want_key[0]), want_key[2]) for want_key in sorted(want, key=lambda k: (int(k[0]), k[2]))]
check('one row per region and year (%d rows, %d groups)' % (len(rows), len(want)), len(rows) == len(want))
for (code, region, year), g in sorted(want.items(), key=lambda kv: (int(kv[0][0]), kv[0][2])):
    r = [x for x in rows if x[0] == region and x[1] == str(year)]
    ok = len(r) == 1
    check('%s %s: one row' % (region, year), ok)
    if not ok:
        continue
    r = r[0]
    check('%s %s: reports %s = %d' % (region, year, r[2], g['reports']), r[2] == str(g['reports']))
    check('%s %s: hits %s = search\'s %d' % (region, year, r[3], g['hits']), r[3] == str(g['hits']))
    rate = '%.2f' % (10000.0 * g['hits'] / g['chars'])
    check('%s %s: per_10k %s = %s' % (region, year, r[4], rate), r[4] == rate)
    check('%s %s: first place %s:%s = %s' % (region, year, r[5], r[6], g['first']),
          (r[5], r[6]) == g['first'])
check('sorted by region code then year',
      [(x[0], x[1]) for x in rows] ==
      [(k[1], str(k[2])) for k in sorted(want, key=lambda k: (int(k[0]), k[2]))])

# 003/004: the same report in two files, counted once
dup = [p for p in SAMPLES if not counted(p)]
check('one sample is a near-duplicate of a report of its region and year (%s)' % dup, len(dup) == 1)
if dup:
    d = meta[dup[0]]
    r = [x for x in rows if x[0] == d['region'] and x[1] == str(d['year'])]
    prim = d['duplicate_of']
    check('the near-duplicate counted once: %s hits = its primary\'s %d, not %d'
          % (r[0][3] if r else None, len(hits.get(prim, [])),
             len(hits.get(prim, [])) + len(hits.get(dup[0], []))),
          bool(r) and r[0][3] == str(len(hits.get(prim, []))) and r[0][2] == '1')

# --by year, --by region: the same hits summed across the other
total = sum(g['hits'] for g in want.values())
rc, out, _ = run(['trend', '--by', 'year', '营商环境'] + SAMPLES)
yh, yr = tsv(out)
check('--by year: no region column (%s)' % yh, yh == COLS[1:])
years = sorted({k[2] for k in want})
check('--by year: one row a year %s' % [x[0] for x in yr], [x[0] for x in yr] == [str(y) for y in years])
for x in yr:
    w = sum(g['hits'] for k, g in want.items() if str(k[2]) == x[0])
    check('--by year %s: %s hits = %d' % (x[0], x[2], w), x[2] == str(w))
rc, out, _ = run(['trend', '--by', 'region', '营商环境'] + SAMPLES)
rh, rr = tsv(out)
check('--by region: no year column (%s)' % rh, rh == [COLS[0]] + COLS[2:])
check('--by region: the same total (%d)' % total, sum(int(x[2]) for x in rr) == total)

# --csv and --json: the TSV's rows
rc, out, _ = run(['trend', '--csv', '营商环境'] + SAMPLES)
got = list(csv.reader(io.StringIO(out)))
check('--csv: the TSV\'s rows', got == [head] + rows)
rc, out, _ = run(['trend', '--json', '营商环境'] + SAMPLES)
j = json.loads(out)
flat = [[o['region'] or '', str(o['year'] or ''), str(o['reports']), str(o['hits']),
         '%.2f' % o['per_10k'], o['first_path'] or '', str(o['first_line'] or '')] for o in j]
check('--json: the TSV\'s rows', flat == rows)
check('--json: chars and region codes', all(o['chars'] > 0 and o['region_code'] for o in j))

# --each: one count column per query, equal to each query's own run
Q = ['营商环境', '高质量发展', 'yshj', '不存在的提法']
rc, out, _ = run(['trend', '--each'] + Q + SAMPLES)
eh, er = tsv(out)
check('--each: region year reports then a column per query (%s)' % eh, eh == ['region', 'year', 'reports'] + Q)
for i, q in enumerate(Q):
    rc1, o1, _ = run(['trend', q] + SAMPLES)
    h1, r1 = tsv(o1)
    check('--each %s: the column equals its own run' % q,
          [x[3 + i] for x in er] == [x[3] for x in r1] and rc1 == (1 if q == '不存在的提法' else 0))
rc, out, _ = run(['trend', '--json', '--each'] + Q + SAMPLES)
j = json.loads(out)
check('--each --json: the queries of each row, in order',
      all([x['query'] for x in o['queries']] == Q for o in j) and len(j) == len(er))

# exit statuses
rc, out, _ = run(['trend', '不存在的提法'] + SAMPLES)
check('no hit: exit 1, every row still there with 0 (%d)' % rc,
      rc == 1 and all(x[3] == '0' and x[5] == '' for x in tsv(out)[1]))
rc, _, err = run(['trend'])
check('no QUERY: exit 2 (%d %s)' % (rc, err.strip()), rc == 2 and 'QUERY' in err)
rc, _, err = run(['trend', '--by', 'month', '营商环境'] + SAMPLES)
check('--by month: exit 2 (%d %s)' % (rc, err.strip()), rc == 2 and '--by' in err)
rc, _, err = run(['trend', '--each', 'no/such/dir'] + SAMPLES)
check('--each with a mistyped PATH: named, exit 2 (%d %s)' % (rc, err.strip()),
      rc == 2 and 'no/such/dir' in err)

# ---- a corpus made here ------------------------------------------------
S = open(os.path.join(data, '002_f7d3045b65ec1e49.txt'), encoding='utf-8').read()
T = open(os.path.join(data, '001_2cdd38cdf6c8a87a.txt'), encoding='utf-8').read()
PHRASE = {'s': '低空飞行服务站', 't': '低空飛行服務站'}
YEARS = {2017: 0, 2018: 1, 2019: 4, 2020: 2, 2021: 7}  # not 2015/2016: 2015–2029 is what moves
corpus = os.path.join(tmp, 'years')
os.makedirs(corpus)

def with_year(text, shift):
    """every year of the text (2015–2029) moved by shift, as a report of
    another year would name its own"""
    return re.sub(r'(?<![0-9])20(1[5-9]|2[0-9])(?![0-9])',
                  lambda m: str(2000 + int(m.group(1)) + shift), text)

def insert(text, n, phrase):
    """n sentences with the phrase at the ends of the longest paragraphs;
    returns the text and the 1-based line of the first insertion."""
    lines = text.split('\n')
    order = sorted(range(len(lines)), key=lambda i: (-len(lines[i]), i))[:max(n, 1)]
    chosen = sorted(order[:n])
    for i in chosen:
        lines[i] += '建设' + phrase + '。'
    return '\n'.join(lines), (chosen[0] + 1 if chosen else None)

made = {}
for year, n in YEARS.items():
    s, line_s = insert(with_year(S, year - 2023), n, PHRASE['s'])
    t, line_t = insert(with_year(T, year - 2024), n, PHRASE['t'])
    ps = os.path.join(corpus, 'haizhu_%d.txt' % year)
    pt = os.path.join(corpus, 'liwan_%d.txt' % year)
    open(ps, 'w', encoding='utf-8').write(s)
    open(pt, 'w', encoding='utf-8').write(t)
    made[year] = (ps, line_s, pt, line_t)
# a near-duplicate of 2019's simplified copy, one line dropped
dupe = os.path.join(corpus, 'haizhu_2019_copy.txt')
lines = open(made[2019][0], encoding='utf-8').read().split('\n')
open(dupe, 'w', encoding='utf-8').write('\n'.join(lines[:40] + lines[41:]))

rc, out, _ = run(['list', '--json', corpus])
lm = {d['path']: d for d in json.loads(out)}
check('the copies are of their years and districts (%s)' %
      sorted((d['region'], d['year']) for d in lm.values()),
      all(lm[made[y][0]]['year'] == y and lm[made[y][2]]['year'] == y for y in YEARS) and
      len({lm[made[y][0]]['region'] for y in YEARS}) == 1 and
      len({lm[made[y][2]]['region'] for y in YEARS}) == 1)
root = lambda p: lm[p]['duplicate_of'] or p
check('the copy of 2019 and 2019 are near-duplicates (of each other or of one primary: %s, %s)'
      % (lm[dupe]['duplicate_of'], lm[made[2019][0]]['duplicate_of']),
      root(dupe) == root(made[2019][0]))

rc, out, err = run(['trend', PHRASE['s'], corpus])
check('made corpus: exit 0 (%d %s)' % (rc, err), rc == 0)
_, mr = tsv(out)
sreg, treg = lm[made[2017][0]]['region'], lm[made[2017][2]]['region']
for year, n in YEARS.items():
    for reg, side in ((sreg, 's'), (treg, 't')):
        r = [x for x in mr if x[0] == reg and x[1] == str(year)]
        check('%s %d: %s hits = %d inserted (%s)' % (reg, year, r[0][3] if r else None, n,
                                                     'simplified' if side == 's' else 'traditional'),
              len(r) == 1 and r[0][3] == str(n) and r[0][2] == '1')
        if len(r) == 1 and n:
            path, line = (made[year][0], made[year][1]) if side == 's' else (made[year][2], made[year][3])
            check('%s %d: first place %s:%s = %s:%s' % (reg, year, r[0][5], r[0][6], path, line),
                  r[0][5] == path and r[0][6] == str(line))
rc, out, _ = run(['trend', '--by', 'year', PHRASE['t'], corpus])
_, br = tsv(out)
check('made corpus --by year: twice the insertions a year, whatever the script typed (%s)' %
      [(x[0], x[2]) for x in br],
      [(x[0], x[2]) for x in br] == [(str(y), str(2 * n)) for y, n in sorted(YEARS.items())])
first = min(y for y, n in YEARS.items() if n)
check('made corpus: the first year with a hit is %d (%s)' % (first, br[0] if br else None),
      [x for x in br if x[2] != '0'][0][0] == str(first))
rc, out, _ = run(['trend', '--json', '--by', 'region', PHRASE['s'], corpus])
j = json.loads(out)
check('made corpus --by region: first_year %d in both districts (%s)' % (first, [o['first_year'] for o in j]),
      len(j) == 2 and all(o['first_year'] == first for o in j))
check('made corpus --by region: %d hits each' % sum(YEARS.values()),
      all(o['hits'] == sum(YEARS.values()) for o in j))
done()
PY
t_done
