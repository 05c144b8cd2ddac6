#!/usr/bin/env bash
# list.sh — `baogao list` over the samples against tests/gold/metadata.tsv:
# region (exactly), kind, year, script, the
# years reviewed and planned, and duplicate_of (004 → 003, nothing else);
# every region's code and chain agree (the chain ends with the region's
# last unit, the code is the chain's); the TSV header and rows, --json,
# and the exit status.
. "$(dirname "$0")/lib.sh"
run() { timeout 120 "$BAOGAO" "$@"; }

run list "$DATA"/00?_*.txt > "$T_TMP/list.tsv"; rc=$?
[ $rc -eq 0 ]; t_check "list exits 0 (got $rc)" $?
[ "$(head -1 "$T_TMP/list.tsv")" = "$(printf 'path\tregion\tregion_code\tregion_chain\tyear\tkind\tscript\tencoding\tformat\ttitle\tduplicate_of\tsimilarity')" ]
t_check "TSV header" $?
run list --json "$DATA"/00?_*.txt > "$T_TMP/list.json"; rc=$?
[ $rc -eq 0 ]; t_check "list --json exits 0 (got $rc)" $?
python3 -m json.tool "$T_TMP/list.json" > /dev/null; t_check "list --json parses" $?

# Each check prints "PASS<tab>name" or "FAIL<tab>name"; "#" lines report.
python3 - "$GOLD/metadata.tsv" "$T_TMP/list.json" "$T_TMP/list.tsv" > "$T_TMP/checks" <<'PY'
import csv, json, os, sys
gold = {r['file']: r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'),
                                                delimiter='\t', quoting=csv.QUOTE_NONE)}
docs = {os.path.basename(d['path']): d for d in json.load(open(sys.argv[2], encoding='utf-8'))}
tsv = list(csv.reader(open(sys.argv[3], encoding='utf-8'), delimiter='\t',
                      quoting=csv.QUOTE_NONE))
def check(name, ok):
    print('%s\t%s' % ('PASS' if ok else 'FAIL', name))
fields = {
    'region': lambda g, d: g['region'] == d['region'],
    'kind': lambda g, d: g['kind'] == d['kind'],
    'year': lambda g, d: str(d['year']) == g['year'],
    'script': lambda g, d: g['script'] == d['script'],
    'reviews': lambda g, d: (d['reviews'] or '') == g['reviews'],
    'plans': lambda g, d: (d['plans'] or '') == g['plans'],
    'duplicate_of': lambda g, d: os.path.basename(d['duplicate_of'] or '') == g['duplicate_of'],
}
matched = {f: 0 for f in fields}
for name, g in sorted(gold.items()):
    d = docs.get(name)
    check('%s is listed' % name, d is not None)
    if not d:
        continue
    for f, same in fields.items():
        ok = same(g, d)
        matched[f] += ok
        check('%s: %s %s (got %s)' % (name, f, g[f] or '(none)', d.get(f)), ok)
print('# matches per field over %d files: %s' % (len(gold), ', '.join(
    '%s %d' % (f, n) for f, n in matched.items())))
others = [n for n, d in docs.items() if n not in gold and d['duplicate_of']]
check('no other document is a duplicate (got %s)' % others, not others)
d4 = docs.get('004_6a50484e68e916d5.txt', {})
check('004 ~ 003 similarity at least 0.9 (got %s)' % d4.get('similarity'),
      (d4.get('similarity') or 0) >= 0.9)
check('no similarity without a duplicate',
      all((d['similarity'] is None) == (d['duplicate_of'] is None) for d in docs.values()))
check('reviews and plans read like 2023 or 2016-2020',
      all(v is None or v.replace('-', '').isdigit() for d in docs.values()
          for v in (d['reviews'], d['plans'])))
# The TSV says the same as the JSON.
body = tsv[1:]
check('TSV: one row per document', len(body) == len(docs))
check('TSV: twelve fields on every row', all(len(r) == 12 for r in body))
for d in docs.values():
    chain = (d['region_chain'] or '').split(' › ')
    check('%s: region %s in chain %s, code %s' % (os.path.basename(d['path']), d['region'],
          d['region_chain'], d['region_code']),
          bool(d['region_code']) and d['region'].endswith(chain[-1]) and
          len(d['region_code']) == 2 * len(chain))
for r in body:
    d = docs.get(os.path.basename(r[0]), {})
    same = (r[1] == d.get('region') and r[2] == (d.get('region_code') or '') and
            r[3] == (d.get('region_chain') or '') and r[4] == str(d.get('year') or '') and
            r[5] == d.get('kind') and r[8] == d.get('format') == 'text' and
            r[9] == d.get('title') and r[10] == (d.get('duplicate_of') or ''))
    check('TSV row of %s agrees with the JSON' % os.path.basename(r[0]), same)
PY
t_check "python checks ran" $?
grep '^#' "$T_TMP/checks"
while IFS=$'\t' read -r verdict name; do
    [ "$verdict" = PASS ]; t_check "$name" $?
done < <(grep -v '^#' "$T_TMP/checks")

# Titles are the reports' own, in their own script.
grep -q $'\t2024年政府工作報告\t' "$T_TMP/list.tsv"; t_check "001 title in traditional" $?
grep -q $'\t海珠区2023年政府工作报告\t' "$T_TMP/list.tsv"; t_check "002 title" $?
grep -q $'\t广州市荔湾区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\t' "$T_TMP/list.tsv"
t_check "003 title: the 纲要, not the notice that issues it" $?

# Nothing loaded: exit 1, and the header alone.
mkdir -p "$T_TMP/empty"
run list "$T_TMP/empty" > "$T_TMP/out" 2> /dev/null; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$T_TMP/out")" -eq 1 ]
t_check "empty folder: exit 1, header only (got $rc)" $?
run list --json "$T_TMP/missing.txt" > "$T_TMP/out" 2> /dev/null; rc=$?
[ $rc -eq 1 ] && python3 -m json.tool "$T_TMP/out" > /dev/null
t_check "missing file: exit 1, --json still parses (got $rc)" $?
t_done
