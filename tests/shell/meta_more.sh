#!/usr/bin/env bash
# meta_more.sh — `baogao list --json` over the development samples of
# tests/data/more (their .txt: two GBK district reports, three title-less
# or spaced-title city reports) against tests/gold/more/metadata.tsv: the
# kind, the year, the years reviewed and planned, the script. The region
# column is checked where the region is built, not here.
. "$(dirname "$0")/lib.sh"
MORE="$DATA/more"
FILES=(district-gbk/2012.txt district-gbk/2013.txt city-2024/益阳.txt
       city-2024/锡林郭勒.txt city-2024/黔东南.txt)

(cd "$MORE" && timeout 120 "$BAOGAO" list --json "${FILES[@]}") > "$T_TMP/list.json"
rc=$?
[ $rc -eq 0 ]; t_check "list --json exits 0 (got $rc)" $?

t_python "more metadata" "$GOLD/more/metadata.tsv" "$T_TMP/list.json" \
    "$SRCDIR/tests/shell" "${FILES[@]}" <<'PY'
import csv, json, sys
sys.path.insert(0, sys.argv[3])
from checks import check, done
gold = {r['file']: r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'),
                                                delimiter='\t', quoting=csv.QUOTE_NONE)}
docs = {d['path']: d for d in json.load(open(sys.argv[2], encoding='utf-8'))}
check('every file listed is in the gold', set(sys.argv[4:]) <= set(gold))
for name in sys.argv[4:]:
    g, d = gold.get(name, {}), docs.get(name)
    if not check('%s is listed' % name, d is not None):
        continue
    got = {'kind': d['kind'], 'year': str(d['year'] or ''), 'reviews': d['reviews'] or '',
           'plans': d['plans'] or '', 'script': d['script']}
    for field, value in got.items():
        check('%s: %s %s (got %s)' % (name, field, g.get(field), value), g.get(field) == value)
done()
PY
t_done
