# open004 — 004 (a near-duplicate of 003, folded in the corpus view) given
# on the command line: one report, open in the reader.
scr_start 80 24 -- tests/data/004_6a50484e68e916d5.txt
scr_wait 'Reports 1'
scr_keys_to '1/1' Enter
scr_refresh
scr_golden open004
