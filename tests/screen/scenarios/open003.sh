# open003 — Enter on row 4 of the Reports pane opens 003 in the reader
# and moves the focus there; the outline shows its sections.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys j
scr_keys_to '远景目标纲要' Enter
scr_refresh
scr_golden open003
