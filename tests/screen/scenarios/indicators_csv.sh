# indicators_csv — w writes the rows shown (filtered, sorted) as CSV to the
# file named at the prompt (./baogao-indicators.csv in the current folder
# by default); Python's csv module reads back those rows in that order; w
# again asks before overwriting (n leaves the file); a report's folder is
# refused, saying why.
out="$T_TMP/csvout"
mkdir -p "$out"
SCR_CWD=$out scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
scr_keys /
scr_type 'dqsczz'
scr_keys Enter
scr_keys '>'
scr_keys '>'
scr_keys_to 'write CSV to: ./baogao-indicators.csv' w
scr_keys_to 'wrote' Enter
[[ $(scr_screen | tail -n 1) == *'wrote 2 rows to ./baogao-indicators.csv'* ]]
t_check "$SCR_SCENARIO: the status line says what was written" $?
scr_screen >"$T_TMP/screen.txt"
"$SCR_PYTHON" -I -S - "$out/baogao-indicators.csv" "$T_TMP/screen.txt" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
# The rows on screen: lines 3 and 4 (under the border and the header),
# their first word the name.
screen = open(sys.argv[2], encoding='utf-8').read().split('\n')
names = [l[1:].split()[0] for l in screen[2:4]]
assert rows[0] == ['name', 'value', 'unit', 'change', 'period', 'kind', 'note'], rows[0]
assert len(rows) == 3, rows
assert [r[0] for r in rows[1:]] == names, (rows, names)
assert rows[1][1:4] == ['1277.93', '亿元', '+4.8%'], rows[1]
assert rows[2][1:4] == ['', '', '+5%'], rows[2]
PY
t_check "$SCR_SCENARIO: Python reads back the two rows shown, in their order" $?
scr_keys w
scr_keys_to 'overwrite it? y/n' Enter
scr_keys_to 'nothing written' n
[ -s "$out/baogao-indicators.csv" ]
t_check "$SCR_SCENARIO: n leaves the file as it was" $?
scr_keys w
scr_keys C-u
scr_type "$SRCDIR/assets/reports/x.csv"
scr_keys_to 'not written' Enter
[[ $(scr_screen | tail -n 1) == *'is the folder of report'* ]] && [ ! -e "$SRCDIR/assets/reports/x.csv" ]
t_check "$SCR_SCENARIO: a report's folder is refused, saying why" $?
