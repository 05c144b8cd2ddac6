#!/usr/bin/env bash
# indicators.sh — `baogao indicators` on the samples: the columns; --json
# parses and carries the TSV's rows and fields (plus start/end within the
# clean text, agreement, others); --csv read back by Python's csv module
# equals the TSV; --kind, --period and --name keep exactly the rows they
# name (--name in simplified, traditional, full-width and pinyin initials
# gives the same rows; it matches the name or the canonical name); exit 1
# when nothing is found (also a report without numbers), 2 for a bad
# --kind, --period or --name, or one given to another verb. Consistency:
# 000 and 001 (a traditional copy) agree on 2023's 地区生产总值, and a copy
# of 001 with the number changed (made here) conflicts, in --json.
. "$(dirname "$0")/lib.sh"

A="$DATA/000_5fb319a1fb0eca91.txt"
B="$DATA/001_2cdd38cdf6c8a87a.txt"
mkdir -p "$T_TMP/changed"
C="$T_TMP/changed/001_changed.txt"
sed 's/1277\.93/1299.99/g' "$B" > "$C"
printf '关于做好本地区工作的报告\n\n一、总体要求\n\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n' > "$T_TMP/nonumbers.txt"

t_python "indicators" "$BAOGAO" "$DATA" "$T_TMP" "$(dirname "$0")" <<'PY'
import csv, io, json, math, os, re, subprocess, sys, unicodedata
baogao, data, tmp = sys.argv[1:4]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[4])
from checks import check, done

A = os.path.join(data, '000_5fb319a1fb0eca91.txt')
B = os.path.join(data, '001_2cdd38cdf6c8a87a.txt')
C = os.path.join(tmp, 'changed', '001_changed.txt')
COLS = 'path name canonical value unit amount change period kind note line section'.split()
UNESCAPE = {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

def tsv(args):
    rc, out, _ = run(['indicators'] + args)
    lines = out.split('\n')
    rows = [[re.sub(r'\\(.)', lambda m: UNESCAPE[m.group(1)], f) for f in l.split('\t')]
            for l in lines[:-1]]
    return rc, rows

def js(args):
    rc, out, _ = run(['--json', 'indicators'] + args)
    try:
        return rc, json.loads(out)
    except ValueError as e:
        check('indicators --json %s parses (%s)' % (' '.join(args), e), False)
        return rc, []

# Columns, formats.
for target in ([A], [B], [data]):
    name = ' '.join(os.path.basename(t) for t in target)
    rc, rows = tsv(target)
    check(name + ': exit 0 (%d)' % rc, rc == 0)
    check(name + ': TSV header', rows and rows[0] == COLS)
    check(name + ': TSV rows, 12 fields each', len(rows) > 1 and {len(r) for r in rows} == {12})
    rcj, objs = js(target)
    check(name + ': --json as many rows, exit as TSV', len(objs) == len(rows) - 1 and rcj == rc)
    same = all(str(o[c]) == r[i] or (c == 'amount' and (o[c] is None and r[i] == '' or
                                                       o[c] is not None and r[i] != '' and
                                                       math.isclose(o[c], float(r[i]))))
               for o, r in zip(objs, rows[1:]) for i, c in enumerate(COLS))
    check(name + ': --json fields = TSV fields', same)
    extra = all(isinstance(o['start'], int) and isinstance(o['end'], int) and
                0 <= o['start'] <= o['end'] and o['agreement'] in ('', 'agree', 'conflict') and
                isinstance(o['others'], list) and o['path'] not in o['others'] for o in objs)
    check(name + ': --json start <= end, agreement, others', extra)
    rcc, out, _ = run(['--csv', 'indicators'] + target)
    back = list(csv.reader(io.StringIO(out, newline=''), strict=True))
    check(name + ': --csv read back = TSV', back == rows and rcc == rc)
    check(name + ': kinds and periods well formed',
          all(r[8] in ('actual', 'target', 'expected') and re.fullmatch(r'(\d{4}(-\d{4})?)?', r[7])
              for r in rows[1:]))
    check(name + ': a value has its unit; an amount has a value (a ratio 0.4:27.8:71.8 has none)',
          all((r[3] == '') == (r[4] == '') and (r[5] == '' or r[3] != '') and
              (r[5] != '' or r[3] == '' or ':' in r[3]) for r in rows[1:]))

# The clean text holds the number stated at start..end.
_, clean, _ = run(['cat', A])
_, objs = js([A])
raw = clean.encode('utf-8')
valued = [o for o in objs if o['value'] and o['end'] > o['start']]
ok = [o for o in valued if unicodedata.normalize('NFKC', raw[o['start']:o['end']].decode('utf-8', 'replace'))
      .startswith(o['value'][:1])]
check('000: start..end is the number stated (%d of %d)' % (len(ok), len(valued)),
      valued and len(ok) >= 0.9 * len(valued))

# Filters.
_, every = tsv([data])
for args, keep in ((['--kind', 'target'], lambda r: r[8] == 'target'),
                   (['--kind=actual'], lambda r: r[8] == 'actual'),
                   (['--period', '2023'], lambda r: r[7] == '2023'),
                   (['--period', '2021-2025'], lambda r: r[7] == '2021-2025'),
                   (['--period', '2021—2025'], lambda r: r[7] == '2021-2025'),
                   (['--kind', 'target', '--period', '2024'], lambda r: r[8] == 'target' and r[7] == '2024')):
    rc, rows = tsv(args + [data])
    want = [every[0]] + [r for r in every[1:] if keep(r)]
    check('--%s: the rows it names (%d)' % (' '.join(args), len(rows) - 1),
          rows == want and (rc == 0) == (len(want) > 1))
rc, gdp = tsv(['--name', '地区生产总值', data])
check('--name 地区生产总值: found (%d)' % (len(gdp) - 1), rc == 0 and len(gdp) > 2)
check('--name 地区生产总值: every row names it',
      all('地区生产总值' in r[2] or '地区生产总值' in r[1] or '地區生產總值' in r[1] for r in gdp[1:]))
check('--name 地区生产总值: every row of it', len(gdp) - 1 ==
      sum(1 for r in every[1:] if '地区生产总值' in r[1] or '地区生产总值' in r[2] or '地區生產總值' in r[1]))
for q in ('地區生產總值', 'dqsczz', 'DQSCZZ', 'diqushengchanzongzhi'):
    rc, rows = tsv(['--name', q, data])
    check('--name %s = --name 地区生产总值' % q, rc == 0 and rows == gdp)
rc, rows = tsv(['--name', 'GDP', data])
concept = [r for r in every[1:] if r[2] == '地区生产总值']
check('--name GDP: every row of its concept 地区生产总值 (%d)' % len(concept),
      rc == 0 and concept and all(r in rows for r in concept))
rc, rows = tsv(['--name', '地区生产总值 -全市', data])
check('--name with an exclusion', rc == 0 and all('全市' not in r[1] for r in rows[1:]))

# Exit status.
for args, want in ((['--name', '没有这个指标的名字', data], 1), ([os.path.join(tmp, 'nonumbers.txt')], 1),
                   ([os.path.join(tmp, 'missing.txt')], 1),
                   (['--kind', 'planned', data], 2), (['--kind', '', data], 2),
                   (['--period', '2023年', data], 2), (['--period', '2025-2021', data], 2),
                   (['--name', '', data], 2), (['--name', '-x', data], 2)):
    rc, out, err = run(['indicators'] + args)
    check('indicators %s: exit %d (%d)' % (' '.join(args), want, rc), rc == want)
    check('indicators %s: %s' % (' '.join(args), 'a message' if want == 2 else 'header only'),
          (err.startswith('baogao: ') and not out) if want == 2 else out == '\t'.join(COLS) + '\n')
for args in (['list', '--name', 'x'], ['search', '经济', '--kind', 'actual'], ['indicators', '--name']):
    rc, out, err = run(args)
    check('%s: a usage error (%d)' % (' '.join(args), rc), rc == 2 and not out and err.startswith('baogao: '))
rc, out, _ = run(['--help'])
check('--help names the verb and its options',
      re.search(r'^  indicators ', out, re.M) and '--name TEXT' in out and '--kind' in out and '--period' in out)

# Consistency.
def gdp2023(objs, path):
    return [o for o in objs if o['path'] == path and o['canonical'] == '地区生产总值' and
            o['period'] == '2023' and o['kind'] == 'actual' and o['value']]
_, objs = js([A, B])
a, b = gdp2023(objs, A), gdp2023(objs, B)
check('000 and 001 state 2023 地区生产总值 (%d, %d)' % (len(a), len(b)), a and b)
check('000 and 001: the value 1277.93 亿元', {(o['value'], o['unit']) for o in a} >= {('1277.93', '亿元')}
      and any(o['value'] == '1277.93' for o in b))
check('000 and 001 agree on it', all(o['agreement'] == 'agree' for o in a + b))
check('000 and 001 name each other', all(o['others'] == [B] for o in a) and all(o['others'] == [A] for o in b))
for targets in ([A, C], [B, C], [A, B, C]):
    _, objs = js(targets)
    rows = [o for t in targets for o in gdp2023(objs, t)]
    name = ' '.join(os.path.basename(t) for t in targets)
    check(name + ': the changed copy conflicts (%s)' % sorted({o['agreement'] for o in rows}),
          rows and all(o['agreement'] == 'conflict' for o in rows))
    check(name + ': and names the others', all(sorted(o['others']) == sorted(t for t in targets if t != o['path'])
                                               for o in rows))
    check(name + ': the changed copy says 1299.99', any(o['value'] == '1299.99' for o in gdp2023(objs, C)))
rc, rows = tsv([A, C])
check('TSV has no consistency column (the 12 columns)', rc == 0 and rows[0] == COLS)
done()
PY
t_done
