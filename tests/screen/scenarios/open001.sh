# open001 — Enter on row 2 of the Reports pane opens 001 in the reader
# and moves the focus there; the outline shows its sections.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys_to '工作報告 ·' Enter
scr_refresh
scr_golden open001
