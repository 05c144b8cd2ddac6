#!/usr/bin/env bash
# export.sh — `baogao export` over the bundled samples and tests/data/more:
# the SQLite file opens with sqlite3 and holds the tables of
# assets/export_schema.sql; its documents agree with `baogao list`
# (paths, regions, sections and tables per document, duplicate_of), its
# indicators with `baogao indicators` (by canonical name, row by row),
# its full-text table with `baogao search` (a Chinese substring; a
# simplified query finds the traditional 001 only through the folded
# column); --force, an existing FILE, a bad FILE and usage errors; the
# JSON lines and the _bulk format parse line by line, ids are unique and
# every id referenced exists; assets/opensearch-mapping.json maps every
# field; nothing is written next to the reports.
. "$(dirname "$0")/lib.sh"
run() { timeout 120 "$BAOGAO" "$@"; }
INPUTS=("$DATA"/00?_*.txt "$DATA/more")
DB="$T_TMP/out.db"

before=$(ls -laR "$DATA" | md5sum)
run export --sqlite "$DB" "${INPUTS[@]}" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$T_TMP/err" ]; t_check "export --sqlite exits 0, says nothing (got $rc)" $?
[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ]; t_check "sqlite3 opens the file: integrity ok" $?
n=$(sqlite3 "$DB" 'SELECT count(*) FROM documents'); [ "${n:-0}" -gt 5 ]
t_check "documents written (got $n)" $?
[ "$(ls -laR "$DATA" | md5sum)" = "$before" ]; t_check "nothing written next to the reports" $?

run list --json "${INPUTS[@]}" > "$T_TMP/list.json"
run indicators --json "${INPUTS[@]}" > "$T_TMP/ind.json"
Q1=人民政府 Q2=荔湾区人民政府
run search "$Q1" "${INPUTS[@]}" > "$T_TMP/s1.tsv"
run search "$Q2" "${INPUTS[@]}" > "$T_TMP/s2.tsv"
t_python "sqlite against list, indicators, search" "$DB" "$T_TMP/list.json" \
    "$T_TMP/ind.json" "$T_TMP/s1.tsv" "$T_TMP/s2.tsv" "$Q1" "$Q2" \
    "$SRCDIR/assets/export_schema.sql" <<'PY'
import collections, csv, json, re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
lst = json.load(open(sys.argv[2], encoding='utf-8'))
ind = json.load(open(sys.argv[3], encoding='utf-8'))
def hits(p):
    rows = list(csv.DictReader(open(p, encoding='utf-8'), delimiter='\t',
                               quoting=csv.QUOTE_NONE))
    return {r['path'] for r in rows}
s1, s2 = hits(sys.argv[4]), hits(sys.argv[5])
q1, q2 = sys.argv[6], sys.argv[7]
schema = open(sys.argv[8], encoding='utf-8').read()
n = bad = 0
def check(name, ok):
    global n, bad
    n += 1
    if not ok:
        bad += 1
        print('FAIL: ' + name)
q = lambda sql, *a: db.execute(sql, a).fetchall()
made = {r[0] for r in q("SELECT name FROM sqlite_master WHERE type IN ('table','index')")}
for t in re.findall(r'CREATE (?:VIRTUAL )?TABLE (\w+)', schema):
    check('table %s from the schema file' % t, t in made)
docs = {r[0]: r for r in q('SELECT id, path, region, duplicate_of, format FROM documents')}
paths = {r[1]: r[0] for r in docs.values()}
check('documents are list\'s rows, in order (%d, %d)' % (len(docs), len(lst)),
      [r[1] for r in sorted(docs.values())] == [d['path'] for d in lst])
by_region = collections.Counter(r[0] for r in q('SELECT coalesce(region, \'\') FROM documents'))
check('documents by region as list', by_region == collections.Counter(d['region'] for d in lst))
formats = collections.Counter(r[0] for r in q('SELECT format FROM documents'))
check('more than one format exported (%s)' % dict(formats), len(formats) > 1)
secs = dict(q('SELECT d.path, count(s.id) FROM documents d LEFT JOIN sections s ON s.document = d.id GROUP BY d.id'))
tabs = dict(q('SELECT d.path, count(t.id) FROM documents d LEFT JOIN tables t ON t.document = d.id GROUP BY d.id'))
for d in lst:
    check('sections of %s' % d['path'], secs.get(d['path']) == d['sections'])
    check('tables of %s' % d['path'], tabs.get(d['path']) == d['tables'])
    dup = q('SELECT o.path FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of WHERE d.path = ?', d['path'])
    check('duplicate_of of %s' % d['path'], dup and dup[0][0] == d['duplicate_of'])
check('some duplicate found', any(d['duplicate_of'] for d in lst))
check('parents are sections of the same document',
      q('SELECT count(*) FROM sections s JOIN sections p ON p.id = s.parent WHERE p.document != s.document')[0][0] == 0
      and q('SELECT count(*) FROM sections s LEFT JOIN sections p ON p.id = s.parent WHERE s.parent IS NOT NULL AND p.id IS NULL')[0][0] == 0)
cells = q('SELECT count(*) FROM cells c JOIN tables t ON t.id = c.tbl')[0][0]
check('cells belong to tables (%d)' % cells, cells > 0 and cells == q('SELECT count(*) FROM cells')[0][0])
by_canon = collections.Counter(r[0] for r in q('SELECT canonical FROM indicators'))
check('indicators by canonical name as indicators (%d, %d)' % (sum(by_canon.values()), len(ind)),
      by_canon == collections.Counter(i['canonical'] for i in ind))
rows = collections.Counter(q('''SELECT d.path, i.name, i.canonical, coalesce(i.value, ''), coalesce(i.unit, ''),
    coalesce(i.change, ''), coalesce(i.period, ''), i.kind, coalesce(i.note, ''), i.line
    FROM indicators i JOIN documents d ON d.id = i.document'''))
want = collections.Counter((i['path'], i['name'], i['canonical'], i['value'], i['unit'], i['change'],
                            i['period'], i['kind'], i['note'], i['line']) for i in ind)
check('indicators row by row as indicators', rows == want)
insec = q('SELECT count(*) FROM indicators i JOIN sections s ON s.id = i.section WHERE s.document != i.document')[0][0]
check('an indicator\'s section is its document\'s', insec == 0)
def fts(col, query):
    return {r[0] for r in q('SELECT d.path FROM section_text f JOIN documents d ON d.id = f.document '
                            'WHERE section_text MATCH ?', '{%s}: "%s"' % (col, query))}
check('FTS5 %s: the documents search finds (%d)' % (q1, len(s1)), s1 and fts('folded', q1) == s1)
check('FTS5 %s: the documents search finds (%d)' % (q2, len(s2)), s2 and fts('folded', q2) == s2)
trad = [p for p in s2 if '/001_' in p]
check('search %s finds the traditional 001' % q2, len(trad) == 1)
check('the folded column, not the text, finds 001', trad and trad[0] not in fts('text', q2))
text = q("SELECT f.text FROM section_text f JOIN sections s ON s.id = f.section LIMIT 1")
check('a section\'s text starts with its heading', text and q(
    "SELECT count(*) FROM section_text f JOIN sections s ON s.id = f.section WHERE instr(f.text, s.title) = 0")[0][0] == 0)
print('%d checks, %d failed' % (n, bad))
PY

# An existing FILE: refused with one line (exit 2) and left as it was;
# --force replaces it; a folder or a file in no folder is no FILE.
sum1=$(md5sum < "$DB")
run export --sqlite "$DB" "$DATA"/000_*.txt 2> "$T_TMP/err"; rc=$?
[ $rc -eq 2 ]; t_check "an existing FILE: exit 2 (got $rc)" $?
[ "$(wc -l < "$T_TMP/err")" -eq 1 ] && grep -q "out.db.*--force" "$T_TMP/err"
t_check "an existing FILE: one line naming it and --force" $?
[ "$(md5sum < "$DB")" = "$sum1" ]; t_check "an existing FILE is left alone" $?
run export --sqlite "$DB" --force "$DATA"/000_*.txt; rc=$?
[ $rc -eq 0 ] && [ "$(sqlite3 "$DB" 'SELECT count(*) FROM documents')" = 1 ]
t_check "--force replaces it (exit $rc)" $?
run export --sqlite "$T_TMP" --force "$DATA"/000_*.txt 2> /dev/null; rc=$?
[ $rc -eq 2 ]; t_check "a folder as FILE: exit 2 (got $rc)" $?
run export --sqlite "$T_TMP/no/such.db" "$DATA"/000_*.txt 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q "no/such.db" "$T_TMP/err" && [ ! -e "$T_TMP/no/such.db" ]
t_check "an unwritable FILE: exit 1, named (got $rc)" $?
run export --sqlite "$T_TMP/none.db" "$T_TMP/nothing.txt" 2> /dev/null; rc=$?
[ $rc -eq 1 ] && [ ! -e "$T_TMP/none.db" ]; t_check "nothing loaded: exit 1, no file left (got $rc)" $?

# Usage errors: exit 2.
for args in "export" "export --sqlite $T_TMP/a.db --jsonl" "export --jsonl --force" \
            "export --bulk idx" "list --jsonl" "export --jsonl --json"; do
    run $args "$DATA"/000_*.txt > /dev/null 2>&1; rc=$?
    [ $rc -eq 2 ]; t_check "$args: exit 2 (got $rc)" $?
done

run export --jsonl "${INPUTS[@]}" > "$T_TMP/out.jsonl"; rc=$?
[ $rc -eq 0 ]; t_check "export --jsonl exits 0 (got $rc)" $?
run export --jsonl --bulk reports "${INPUTS[@]}" > "$T_TMP/bulk.jsonl"; rc=$?
[ $rc -eq 0 ]; t_check "export --jsonl --bulk exits 0 (got $rc)" $?
run export --sqlite "$T_TMP/all.db" "${INPUTS[@]}"
t_python "jsonl and bulk" "$T_TMP/out.jsonl" "$T_TMP/bulk.jsonl" "$T_TMP/all.db" \
    "$SRCDIR/assets/opensearch-mapping.json" <<'PY'
import collections, json, sqlite3, sys
n = bad = 0
def check(name, ok):
    global n, bad
    n += 1
    if not ok:
        bad += 1
        print('FAIL: ' + name)
def lines(p):
    out = []
    for k, line in enumerate(open(p, encoding='utf-8')):
        try:
            out.append(json.loads(line))
        except ValueError:
            check('%s line %d parses' % (p, k + 1), False)
    return out
objs = lines(sys.argv[1])
bulk = lines(sys.argv[2])
check('every line parses (%d)' % len(objs), len(objs) > 0)
ids = [o['id'] for o in objs]
check('ids are unique', len(ids) == len(set(ids)))
have = set(ids)
refs = [(o['id'], k, o[k]) for o in objs for k in ('document', 'parent', 'section', 'duplicate_of')
        if o.get(k) is not None]
missing = [r for r in refs if r[2] not in have]
check('every id referenced exists (%d references)' % len(refs), refs and not missing)
for m in missing[:3]:
    print('# missing', m)
types = collections.Counter(o['type'] for o in objs)
db = sqlite3.connect(sys.argv[3])
for t, table in (('document', 'documents'), ('section', 'sections'), ('indicator', 'indicators')):
    want = db.execute('SELECT count(*) FROM %s' % table).fetchone()[0]
    check('%s lines as the SQLite %s (%d, %d)' % (t, table, types[t], want), types[t] == want)
check('only documents, sections, indicators', set(types) == {'document', 'section', 'indicator'})
check('ids link: a section d3/s12 is of d3',
      all(o['id'].split('/')[0] == o['document'] for o in objs if o['type'] != 'document'))
dups = db.execute('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL').fetchone()[0]
check('duplicate_of as SQLite', sum(1 for o in objs if o['type'] == 'document' and o['duplicate_of']) == dups)
check('bulk: an action line before each object', len(bulk) == 2 * len(objs))
ok = all(a.keys() == {'index'} and a['index'] == {'_index': 'reports', '_id': o['id']}
         for a, o in zip(bulk[0::2], bulk[1::2]))
check('bulk: action {"index":{"_index":INDEX,"_id":id}}', ok)
check('bulk: the objects of --jsonl', bulk[1::2] == objs)
mapping = json.load(open(sys.argv[4], encoding='utf-8'))
props = mapping['mappings']['properties']
unmapped = {k for o in objs for k in o} - set(props)
check('the mapping names every field (%s unmapped)' % sorted(unmapped), not unmapped)
check('the mapping: icu_analyzer and cjk_bigram on text',
      props['text']['analyzer'] == 'icu_analyzer' and
      'cjk_bigram' in mapping['settings']['analysis']['analyzer'][props['text']['fields']['bigram']['analyzer']]['filter'])
print('%d checks, %d failed' % (n, bad))
PY
t_done
