# open000 — Enter on row 1 of the Reports pane opens 000 in the reader
# and moves the focus there (bold title; the Reports bar turns grey);
# the outline shows its sections.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to '计划执行情况 ·' Enter
scr_refresh
scr_golden open000 -e
