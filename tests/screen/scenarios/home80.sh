# home80 — the home screen at 80×24: four report rows (004 folded under
# 003 as ×2), 000 shown in the reader, the focus (bold title, blue bar)
# on Reports.
scr_start 80 24
scr_wait 'Reports 4'
scr_refresh
scr_golden home80 -e
