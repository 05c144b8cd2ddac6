# open002 — Enter on row 3 of the Reports pane opens 002 in the reader
# and moves the focus there; the outline shows its sections.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys_to '海珠区2023年' Enter
scr_refresh
scr_golden open002
