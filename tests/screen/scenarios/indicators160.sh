# indicators160 — the Indicators view of 000 at 160×48: every column at
# its width, the notes whole.
scr_start 160 48
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
scr_golden indicators160
