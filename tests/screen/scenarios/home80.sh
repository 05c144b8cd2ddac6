# home80 — the home screen at 80×24: four report rows (004 folded under
# 003 as ×2: the title is cut, never the marker), 000 shown in the
# reader, the focus (bold title, blue bar) on Reports.
scr_start 80 24
scr_wait 'Reports 4'
scr_refresh
scr_golden home80 -e
[[ $(scr_screen | sed -n 5p) == '│ 荔湾区 2021 '*'… ×2 │'* ]]
t_check "$SCR_SCENARIO: 003's row ends in ×2 after its cut title" $?
