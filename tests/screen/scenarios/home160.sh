# home160 — the home screen at 160×48: the left column stops growing at
# 40 cells, the reader takes the rest.
scr_start 160 48
scr_wait 'Reports 4'
scr_refresh
scr_golden home160
