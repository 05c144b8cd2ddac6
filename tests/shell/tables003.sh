#!/usr/bin/env bash
# tables003.sh — `baogao tables` over 003 against the gold tables: three
# data tables (表 1, 表 2, 附件 1) with their captions, data row counts and
# first lines; 表 1's spilled sub-rows attached to their indicator; page
# splits joined; the table of contents recognised and kept apart. Also the
# output formats, and hostile tables (a row of 100,000 bars, 10,000 rows).
. "$(dirname "$0")/lib.sh"
f=003_af7b2255ab1e9056
run() { timeout 120 "$BAOGAO" "$@"; }

run tables --json "$DATA/$f.txt" > "$T_TMP/t.json"; rc=$?
[ $rc -eq 0 ]; t_check "tables --json exits 0 (got $rc)" $?
python3 -m json.tool "$T_TMP/t.json" > /dev/null; t_check "--json parses" $?
run tables "$DATA/$f.txt" > "$T_TMP/t.tsv"; rc=$?
[ $rc -eq 0 ]; t_check "tables exits 0 (got $rc)" $?

# Each check prints "PASS<tab>name" or "FAIL<tab>name".
python3 - "$T_TMP/t.json" "$T_TMP/t.tsv" "$GOLD/$f.tables.tsv" > "$T_TMP/checks" <<'PY'
import csv, json, sys
tables = json.load(open(sys.argv[1], encoding='utf-8'))
def check(name, ok):
    print('%s\t%s' % ('PASS' if ok else 'FAIL', name))
data = [t for t in tables if not t['toc']]
toc = [t for t in tables if t['toc']]
gold = list(csv.DictReader(open(sys.argv[3], encoding='utf-8'), delimiter='\t'))
check('three data tables (got %d)' % len(data), len(data) == len(gold) == 3)
for g, t in zip(gold, data):
    name = g['table']
    check('%s: label (got %s)' % (name, t['label']), t['label'] == g['table'])
    check('%s: caption (got %s)' % (name, t['caption']), t['caption'] == g['caption'])
    check('%s: %s data rows (got %d)' % (name, g['rows'], t['data_rows']),
          t['data_rows'] == int(g['rows']))
    check('%s: data_rows counts the non-header rows' % name,
          t['data_rows'] == sum(not r['header'] for r in t['rows']))
    check('%s: first line %s (got %d)' % (name, g['line'], t['line']),
          t['line'] == int(g['line']) == t['rows'][0]['line'] and t['rows'][0]['header'])
    check('%s: no separator rows' % name,
          not any(set(''.join(r['cells'])) <= set('-:') and r['cells'] and ''.join(r['cells'])
                  for r in t['rows']))
t1, t2, a1 = (data + [None] * 3)[:3]
if t1:
    by_line = {r['line']: r for r in t1['rows']}
    spill = {r['line']: t1['rows'][r['spill_of']]['line']
             for r in t1['rows'] if r['spill_of'] is not None}
    check('表 1: rows 170-172 are sub-rows of row 169 (got %s)' % spill,
          spill == {170: 169, 171: 169, 172: 169})
    check('表 1: sub-row 170 holds 化学需氧量',
          '化学需氧量' in by_line.get(170, {}).get('cells', []))
    check('表 1: one header row', sum(r['header'] for r in t1['rows']) == 1)
if t2:
    check('表 2: one table over lines 249-276, header repeated at 259',
          [r['line'] for r in t2['rows'] if r['header']] == [249, 259]
          and t2['rows'][-1]['line'] == 276)
    check('表 2: no spills', all(r['spill_of'] is None for r in t2['rows']))
if a1:
    check('附件 1: one table over 712-740, headers at 712 719 729',
          [r['line'] for r in a1['rows'] if r['header']] == [712, 719, 729]
          and a1['rows'][-1]['line'] == 740)
check('one table of contents (got %d)' % len(toc), len(toc) == 1)
if toc:
    lines = [r['line'] for r in toc[0]['rows']]
    check('TOC spans lines 25-89 (got %d-%d)' % (min(lines), max(lines)),
          toc[0]['line'] == 25 and min(lines) == 25 and max(lines) == 89)
    check('TOC labelled 目录', toc[0]['label'] == '目录')
    # Each 第X章/节 entry links to its heading (the heading's line).
    links = [r['heading'] for r in toc[0]['rows'] if r['heading'] is not None]
    outline = [r.split('\t') for r in
               open(sys.argv[3].replace('tables', 'outline'), encoding='utf-8').read().splitlines()[1:]]
    want = [int(r[3]) for r in outline if r[0] in ('1', '2')]
    check('TOC: the 55 第X章/节 entries link to their headings (got %d)' % len(links),
          links == want and len(want) == 55)
# TSV: a header, then one line per row of the data tables only.
rows = list(csv.reader(open(sys.argv[2], encoding='utf-8'), delimiter='\t',
                       quoting=csv.QUOTE_NONE))
check('TSV header', rows and rows[0][:4] == ['table', 'caption', 'row', 'cells'])
body = rows[1:]
check('TSV: a line per data-table row (%d)' % len(body),
      len(body) == sum(len(t['rows']) for t in data))
check('TSV: no TOC rows', all(r[0] != '目录' for r in body))
subs = [r[2] for r in body if r[0] == '表 1' and '.' in r[2]]
check('TSV: 表 1 sub-rows 15.1-15.3 (got %s)' % subs, subs == ['15.1', '15.2', '15.3'])
heads = [r[0] for r in body if r[2] == 'header']
check('TSV: header rows marked (got %d)' % len(heads), len(heads) == 6)
check('TSV: 表 1 ends at row 18',
      [r[2] for r in body if r[0] == '表 1'][-1:] == ['18'])
PY
t_check "python checks ran" $?
while IFS=$'\t' read -r verdict name; do
    [ "$verdict" = PASS ]; t_check "$name" $?
done < "$T_TMP/checks"

# A document without tables: the header alone, exit 0; nothing loaded: 1.
run tables "$DATA/000_5fb319a1fb0eca91.txt" > "$T_TMP/none" 2>&1; rc=$?
[ $rc -eq 0 ] && [ "$(cat "$T_TMP/none")" = "$(printf 'table\tcaption\trow\tcells')" ]
t_check "no tables: header only, exit 0 (got $rc)" $?
run tables "$T_TMP/missing.txt" > /dev/null 2>&1; rc=$?
[ $rc -eq 1 ]; t_check "missing file: exit 1 (got $rc)" $?

# Hostile tables: a row of 100,000 bars, 10,000 rows, a lone bar.
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('表 9：大表\n\n| a | b |\n|---|---|\n' + '|' * 100000 + '\n')
    f.write(''.join('| %d | x\\\\|y |\n' % i for i in range(10000)) + '|\n')
" "$T_TMP/hostile.txt"
run tables --json "$T_TMP/hostile.txt" > "$T_TMP/h.json"; rc=$?
[ $rc -eq 0 ]; t_check "hostile tables: exit 0 (got $rc)" $?
python3 - "$T_TMP/h.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
ok = (len(t) == 1 and t[0]['label'] == '表 9' and t[0]['data_rows'] == 10002
      and max(len(r['cells']) for r in t[0]['rows']) <= 256
      and t[0]['rows'][2]['cells'] == ['0', 'x|y'])
print('hostile tables: one table, cells capped, escaped bar kept' if ok else 'FAIL: hostile %s' % t[:1])
sys.exit(0 if ok else 1)
PY
t_check "hostile tables: one table of 10,002 rows, cells capped" $?
t_done
