#!/usr/bin/env bash
# csv.sh — --csv of every verb that prints rows, over each sample, the
# samples' folder, two files at once and a hostile folder (a file name and
# fields holding comma, quote, newline, tab and backslash): Python's csv
# module reads back the same rows as the TSV does (its \t \n \r \\
# unescaped), row by row; the bytes are what Python's csv.writer makes of
# those rows (RFC 4180: CRLF, minimal quoting); --csv-bom is EF BB BF and
# then the same bytes; the exit status is the TSV's. cat --csv, --csv with
# the terminal UI, and --json with --csv are usage errors.
. "$(dirname "$0")/lib.sh"

H="$T_TMP/hostile"
mkdir -p "$H"
cp "$DATA/003_af7b2255ab1e9056.txt" "$H/a,b \"q\""$'\t'"t\\x"$'\n'"n.txt"
printf '| a | b\n|---\n| 1 | 2,"x" | 3\\y | 4 |\n| | 5 |\n第一章 a,"b"\\c\n（一）\n1.\n' > "$H/ragged.md"
printf 'title,full_text,note\n"t,1","一、总体\n经济增长，""引号""\\反斜杠 a,b","a,b\tc ""d"" e\\f"\n' > "$H/export.csv"

t_python "csv read back" "$BAOGAO" "$DATA" "$H" "$(dirname "$0")" <<'PY'
import csv, glob, io, os, re, subprocess, sys
baogao, data, hostile = sys.argv[1:4]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[4])
from checks import check, done
csv.field_size_limit(sys.maxsize)

UNESCAPE = {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}
def tsv_rows(out):
    text = out.decode('utf-8')
    if not text.endswith('\n') or '\r' in text:
        return None
    return [[re.sub(r'\\(.)', lambda m: UNESCAPE[m.group(1)], f) for f in line.split('\t')]
            for line in text[:-1].split('\n')]
def csv_rows(out):
    try:
        return list(csv.reader(io.StringIO(out.decode('utf-8'), newline=''), strict=True))
    except csv.Error as e:
        print('  csv: %s' % e)
        return []
def csv_bytes(rows):
    b = io.StringIO(newline='')
    csv.writer(b, lineterminator='\r\n').writerows(rows)
    return b.getvalue().encode('utf-8')
def run(args):
    r = subprocess.run([baogao] + args, capture_output=True)
    return r.returncode, r.stdout

samples = sorted(glob.glob(os.path.join(data, '00?_*.txt')))
targets = [[s] for s in samples] + [[data], [hostile], [samples[1], samples[3]]]
verbs = [['list'], ['outline'], ['tables'], ['check'], ['search', '经济'],
         ['search', 'jingji'], ['search', '引号'], ['indicators'],
         ['indicators', '--name', 'dqsczz']]
hostile_chars = set()
for verb in verbs:
    for target in targets:
        name = ' '.join(verb + [os.path.basename(t) for t in target])
        rc_t, tsv = run(verb + target)
        rc_c, out = run(verb + ['--csv'] + target)
        rc_b, bom = run(verb + ['--csv-bom'] + target)
        check(name + ': exit status as TSV (%d %d %d)' % (rc_t, rc_c, rc_b),
              rc_t == rc_c == rc_b and rc_t in (0, 1))
        want = tsv_rows(tsv)
        check(name + ': TSV reads back', want is not None and len(want) >= 1)
        got = csv_rows(out)
        if not check(name + ': CSV rows = TSV rows (%d, %d)' % (len(got), len(want or [])),
                     got == want):
            for i, (g, w) in enumerate(zip(got, want or [])):
                if g != w:
                    print('  row %d: csv %r\n          tsv %r' % (i, g, w))
                    break
        check(name + ': CSV bytes are csv.writer\'s', out == csv_bytes(got))
        check(name + ': --csv-bom is EF BB BF + --csv', bom == b'\xef\xbb\xbf' + out)
        if hostile in target:
            hostile_chars |= {c for row in got for f in row for c in ',"\n\t\\' if c in f}
        if verb[0] == 'tables' and target == [hostile]:
            widths = {len(r) for r in got}
            check(name + ': rows as wide as their table (%s)' % sorted(widths), len(widths) > 1)
# The hostile folder really put every special character through.
check('hostile fields hold , " newline tab backslash (%r)' % ''.join(sorted(hostile_chars)),
      hostile_chars == set(',"\n\t\\'))
done()
PY

for args in "cat --csv $DATA" "cat --csv-bom" "--csv $DATA/001_2cdd38cdf6c8a87a.txt" "list --json --csv"; do
    # shellcheck disable=SC2086
    "$BAOGAO" $args > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
    [ $rc -eq 2 ] && [ ! -s "$T_TMP/out" ] && grep -q -- '--csv' "$T_TMP/err"
    t_check "baogao $args: usage error naming --csv (exit $rc)" $?
done
"$BAOGAO" cat --csv "$DATA" 2> "$T_TMP/err" > /dev/null
grep -q '^baogao: cat prints text, not rows; --csv is for list, outline, tables, search, trend, indicators, timeline, compare, check, cache$' "$T_TMP/err"
t_check "cat --csv says why and which verbs take --csv" $?
t_done
