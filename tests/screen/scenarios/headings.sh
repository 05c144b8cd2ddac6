# headings — in 003's reader (chapters 第X章, sections 第X节, items 1.):
# ] ] ] goes to the third heading, [ back one, } to the next heading of
# the same level, { back to the previous one of that level.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys j
scr_keys_to '远景目标纲要' Enter
scr_keys ']'
scr_keys ']'
scr_keys ']'
scr_golden headings_next3
scr_keys '['
scr_golden headings_prev
scr_keys '}'
scr_golden headings_sibling_next
scr_keys '{'
scr_golden headings_sibling_prev
