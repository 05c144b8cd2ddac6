# resize — 002 open at its third heading at 120×40, then the window
# shrinks to 70×20 and grows back: each layout is whole (borders, the
# left column's width, no cut characters, titles shortened with …) and
# the heading stays at the top (a heading starts a line at any width;
# for a top line inside a paragraph see bug_resize_drift).
scr_start 120 40
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys_to '海珠区2023年' Enter
scr_keys ']'
scr_keys ']'
scr_keys ']'
scr_golden resize_120x40
scr_resize 70 20
scr_refresh
scr_golden resize_70x20
scr_resize 120 40
scr_refresh
scr_screen >"$T_TMP/screen.txt"
SCR_NO_UPDATE=1 scr_compare resize_120x40.txt "$T_TMP/screen.txt"
